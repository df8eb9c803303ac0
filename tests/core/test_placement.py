"""Where an article sits: types and topics from its address, audience, twins, names, reading level."""

from __future__ import annotations

from pathlib import Path

from reader.core.library.catalog import Library
from reader.core.library.placement import (
    HEALTH_PROFESSIONAL,
    PATIENT,
    cancer_type_name,
    place,
    topic_name,
    twin_paths,
)
from reader.core.library.readability import article_grade, reading_badge, syllables
from tests.helpers import write_article

SITE = "https://www.cancer.gov"
TEXT = "This is a short article. It has a few plain sentences. You can read it."


def _write(folder: Path, name: str, title: str, path: str, types: str = "", body: str = TEXT) -> None:
    fields = {"cancerTypes": f"[{types}]"} if types else {}
    write_article(folder, name, title, SITE + path if path else "", body, **fields)


def test_front_matter_contradicting_the_address_is_ignored() -> None:
    placed = place("/types/leukemia/patient/child-all-treatment-pdq", "Childhood ALL Treatment", ("breast", "skin"))
    assert placed.cancer_types == ("leukemia", "childhood-cancers")
    assert "treatment" in placed.topics


def test_general_pages_belong_to_no_cancer_type() -> None:
    for path in ("/about-cancer/treatment/types/radiation-therapy",
                 "/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors",
                 "/about-cancer/treatment/side-effects/fatigue",
                 "/about-cancer/coping/feelings/depression-hp-pdq",
                 "/types/common-cancers"):  # fmt: skip
        assert place(path, "Page", ("breast", "lung", "prostate")).cancer_types == (), path
    assert place("/about-cancer/treatment/side-effects/fatigue", "Fatigue").topics == ("side-effects",)
    assert place("/about-cancer/treatment/drugs/pembrolizumab", "Pembrolizumab").topics == ("drugs",)
    assert "coping" in place("/about-cancer/coping/feelings/depression-hp-pdq", "Depression").topics


def test_treatments_in_front_matter_become_topics_not_types() -> None:
    placed = place("", "Our chemo room", ("Chemotherapy", "Breast", "General"), ("support",))
    assert placed.cancer_types == ("breast",)
    assert set(placed.topics) == {"treatment", "coping"}


def test_audience_from_address_and_title() -> None:
    assert place("/types/breast/hp/breast-treatment-pdq", "Breast Cancer Treatment").audience == HEALTH_PROFESSIONAL
    assert place("/about-cancer/treatment/side-effects/pain/pain-hp-pdq", "Pain").audience == HEALTH_PROFESSIONAL
    assert place("/types/x/y", "Thing—Health Professional Version").audience == HEALTH_PROFESSIONAL
    assert place("/types/breast/patient/breast-treatment-pdq", "Breast Cancer Treatment").audience == PATIENT
    assert place("", "Note", declared_audience="health professional").audience == HEALTH_PROFESSIONAL
    # cancer.gov front matter says "patient" on every page: the address wins.
    assert place("/types/lung/hp", "Lung", declared_audience="patient").audience == HEALTH_PROFESSIONAL


def test_twin_paths_both_ways() -> None:
    assert "/types/breast/patient/breast-treatment-pdq" in twin_paths("/types/breast/hp/breast-treatment-pdq")
    assert "/types/breast/hp/breast-treatment-pdq" in twin_paths("/types/breast/patient/breast-treatment-pdq")
    assert "/x/pain/pain-pdq" in twin_paths("/x/pain/pain-hp-pdq")
    assert "/x/pain/pain-hp-pdq" in twin_paths("/x/pain/pain-pdq")


def test_twins_are_paired_both_ways_and_a_missing_twin_is_fine(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    _write(lib, "p.md", "Breast Cancer Treatment", "/types/breast/patient/breast-treatment-pdq")
    _write(lib, "h.md", "Breast Cancer Treatment—Health Professional Version", "/types/breast/hp/breast-treatment-pdq")
    _write(lib, "alone.md", "Lung Cancer Treatment", "/types/lung/patient/lung-treatment-pdq")
    _write(lib, "alone-hp.md", "Colon Cancer Treatment (PDQ)", "/types/colorectal/hp/colon-treatment-pdq")
    library = Library.load([lib])
    patient = library.by_url("/types/breast/patient/breast-treatment-pdq")
    pro = library.by_url("/types/breast/hp/breast-treatment-pdq")
    assert patient is not None and pro is not None
    assert library.twin(patient) is pro and library.twin(pro) is patient
    assert library.twin(library.by_url("/types/lung/patient/lung-treatment-pdq")) is None
    assert library.twin(library.by_url("/types/colorectal/hp/colon-treatment-pdq")) is None
    assert [a.audience_level for a in library.sorted_for_browsing()][:2] == [PATIENT, PATIENT]


def test_twins_paired_by_title_when_addresses_differ(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    _write(lib, "p.md", "Thyroid Cancer Screening", "/types/thyroid/patient/thyroid-screening-pdq")
    _write(lib, "h.md", "Thyroid Cancer Screening (PDQ®)", "/types/thyroid/hp/thryoid-screening-pdq")
    library = Library.load([lib])
    patient = library.by_url("/types/thyroid/patient/thyroid-screening-pdq")
    assert patient is not None and library.twin(patient) is library.by_url("/types/thyroid/hp/thryoid-screening-pdq")
    _write(lib, "p2.md", "Treatment of Ovarian Borderline Tumors", "/types/ovarian/patient/ovarian-low-malignant-treatment-pdq")
    _write(lib, "h2.md", "Ovarian Borderline Tumors Treatment (PDQ®)", "/types/ovarian/hp/ovarian-borderline-tumors-treatment-pdq")
    _write(lib, "h3.md", "Ovarian Cancer Screening (PDQ®)", "/types/ovarian/hp/ovarian-screening-pdq")
    library = Library.load([lib])
    renamed = library.by_url("/types/ovarian/patient/ovarian-low-malignant-treatment-pdq")
    assert renamed is not None  # the same words in another order
    assert library.twin(renamed) is library.by_url("/types/ovarian/hp/ovarian-borderline-tumors-treatment-pdq")
    assert library.twin(library.by_url("/types/ovarian/hp/ovarian-screening-pdq")) is None


def test_names_are_for_patients_and_unknown_slugs_get_a_readable_fallback() -> None:
    assert cancer_type_name("aya") == "Adolescents and young adults"
    assert cancer_type_name("head-and-neck") == "Head and neck"
    assert cancer_type_name("head and neck") == "Head and neck"
    assert cancer_type_name("unknown-primary") == "Cancer of unknown primary"
    assert cancer_type_name("spleen-tumors") == "Spleen tumors"
    assert topic_name("agnostic-cancer-therapies-hp-pdq") == "Agnostic cancer therapies"
    for name in (cancer_type_name("gi-neuroendocrine-tumors"), topic_name("side-effects"), topic_name("drugs")):
        assert name[0].isupper() and "-" not in name and "pdq" not in name.lower().split()


def test_unknown_type_slug_still_places_the_article(tmp_path: Path) -> None:
    _write(tmp_path, "s.md", "Spleen Tumors", "/types/spleen-tumors/patient/spleen-treatment-pdq", "breast")
    [article] = Library.load([tmp_path])
    assert article.cancer_types == ("spleen-tumors",)


def test_reading_grade_is_lower_for_plain_text() -> None:
    plain = "Cancer is when cells grow out of control. " * 5 + "Your doctor can help. Ask what you want to know."
    dense = (
        "Immunohistochemical characterization of neuroendocrine differentiation demonstrates considerable "
        "heterogeneity, necessitating comprehensive multidisciplinary evaluation of therapeutic alternatives. "
    ) * 5
    easy, hard = article_grade(plain), article_grade(dense)
    assert easy is not None and hard is not None and easy < 6 < 14 < hard
    assert article_grade("Too short.") is None
    assert syllables("cancer") == 2 and syllables("the") == 1 and syllables("chemotherapy") == 5
    assert reading_badge(easy, PATIENT) == "Easy to read"
    assert reading_badge(hard, PATIENT) == "More detail"
    assert reading_badge(easy, HEALTH_PROFESSIONAL) == "For health professionals"


def test_a_translation_sits_where_the_page_it_translates_sits(tmp_path: Path) -> None:
    """Walk 7 C6: Spanish side-effect pages tagged `support` were filed under coping, not side effects."""
    placed = place("https://cancer-reader.example/es/diarrea", "Diarrea", (), ("support",),
                   translation_of="/about-cancer/treatment/side-effects/diarrhea")  # fmt: skip
    assert placed.topics == ("side-effects",)
    # cancer.gov's own Spanish pages: their address names no topic we know, so the original's does.
    espanol = place("/espanol/cancer/tratamiento/efectos-secundarios/diarrea", "Diarrea", (), ("support",),
                    translation_of="/about-cancer/treatment/side-effects/diarrhea")  # fmt: skip
    assert espanol.topics == ("side-effects",)
    # A translation whose own address says where it sits keeps that place.
    assert place("/types/lung", "Cáncer de pulmón", translation_of="/types/breast").cancer_types == ("lung",)
    # A page that translates nothing (or another site's page) still goes by its front matter.
    assert place("https://cancer-reader.example/es/sus-emociones", "Sus emociones", (), ("support",)).topics == (
        "coping",
    )
    write_article(tmp_path / "es", "diarrea.md", "Diarrea", "https://cancer-reader.example/es/diarrea", TEXT,
                  language="es", tags="[support]", cancerTypes="[breast]",
                  translationOf=SITE + "/about-cancer/treatment/side-effects/diarrhea")  # fmt: skip
    (article,) = Library.load([tmp_path / "es"]).articles
    assert (article.tags, article.cancer_types) == (("side-effects",), ())


def test_the_bundled_spanish_pages_sit_under_the_right_topic() -> None:
    from tests.helpers import ROOT

    library = Library.load([ROOT / "resources" / "libraries" / "es"])
    side_effects = sorted(a.display_title for a in library if "side-effects" in a.tags)
    coping = [a.display_title for a in library if "coping" in a.tags]
    assert len(side_effects) == 10 and "Diarrea" in side_effects and "Caída del cabello" in side_effects
    assert coping == ["Sus emociones y el cáncer"]
    treatment = {a.display_title for a in library if "treatment" in a.tags and not a.cancer_types}
    assert {"Quimioterapia: lo que usted debe saber", "Radioterapia", "Cirugía para el cáncer"} <= treatment
