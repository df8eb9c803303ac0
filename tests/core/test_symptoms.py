"""Symptoms in everyday words point to the cancers whose "signs and symptoms" sections describe them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.files.locations import resource
from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex, symptom_topic
from reader.core.search.intent import CancerNames, IntentCues
from reader.core.search.query import plan_query
from reader.core.search.synonyms import SynonymTable
from reader.core.symptoms.matching import NEAR_BEST, OTHER_NEAR, SymptomMap
from reader.core.symptoms.sections import symptom_sections, symptom_stems
from tests.core.search_library import write

PANCREATIC = """## General Information About Pancreatic Cancer

### Signs and symptoms of pancreatic cancer include jaundice, pain, and weight loss.

Early on, pancreatic cancer may not cause any signs. As the cancer grows, symptoms may include:

- [jaundice](/Common/PopUps/popDefinition.aspx?id=1) (yellowing of the skin and whites of the eyes)
- dark urine
- pain in the upper abdomen and back

### Tests that examine the pancreas are used to diagnose pancreatic cancer.

A CT scan makes pictures of the pancreas.
"""


def test_a_signs_and_symptoms_section_is_mined_up_to_the_next_heading() -> None:
    sections = symptom_sections(PANCREATIC)
    assert len(sections) == 1
    assert "dark urine" in sections[0] and "yellowing of the skin" in sections[0]
    assert "CT scan" not in sections[0]  # the next heading of the same level ends it
    assert "popDefinition" not in sections[0]  # link targets are not words of the section
    stems = symptom_stems(PANCREATIC).split()
    assert {"jaundic", "yellow", "urin", "skin"} <= set(stems)
    assert "scan" not in stems


def test_headings_that_only_mention_symptoms_are_no_symptom_list() -> None:
    text = (
        "## Screening\n\n### Tests are used to screen for cancer when a person does not have symptoms.\n\n"
        "Screening finds polyps.\n\n## Symptom management\n\nRest helps.\n\n"
        "## Late effects\n\n#### Possible symptoms of kidney late effects include swelling.\n\nSwelling.\n"
    )
    assert symptom_sections(text) == []


def test_a_bare_heading_mark_takes_its_text_from_the_next_line() -> None:
    text = "## Overview\n\nIntro.\n\n##\n\nSigns and symptoms of bile duct cancer\n\n- itchy skin\n\n## Causes\n\nGallstones.\n"
    sections = symptom_sections(text)
    assert len(sections) == 1 and "itchy skin" in sections[0] and "Gallstones" not in sections[0]


def _map() -> SymptomMap:
    return SymptomMap.from_sections(
        [
            ("pancreatic", "jaundic yellow skin eye urin dark pain abdomen weight loss"),
            ("esophageal", "swallow pain hoars cough weight loss"),
            ("skin", "skin sore heal red patch mole chang"),
            ("liver", "jaundic yellow skin eye swell abdomen"),
            ("/side-effects/edema", "swell leg feet ankl"),
        ],
        is_cancer=lambda topic: not topic.startswith("/"),
    )


def ideas(*words: str) -> list[frozenset[str]]:
    return [frozenset(w.split("|")) for w in words]


def test_a_description_points_to_the_cancers_whose_sections_hold_it() -> None:
    found = _map().topics_for(ideas("skin", "eye", "yellow|jaundic"))
    assert set(found) == {"pancreatic", "liver"} and max(found.values()) == 1.0
    assert set(_map().topics_for(ideas("swallow", "hoars"))) == {"esophageal"}


def test_stems_are_kept_in_order_section_by_section() -> None:
    text = "## Signs of A\n\n- blood in the urine\n\n## Treatment\n\nSurgery.\n\n## Symptoms of B\n\n- a cough\n"
    assert symptom_stems(text).split() == ["sign", "blood", "urin", "|", "symptom", "cough"]


def test_words_side_by_side_in_a_section_count_more_than_words_apart() -> None:
    filler = " ".join(f"filler{n}" for n in range(30))
    table = SymptomMap.from_sections(
        [("kidney", f"blood {filler} urin"), ("bladder", f"blood urin {filler}"), ("lung", "cough blood"),
         ("colon", "stool blood"), ("liver", "yellow skin")],
        is_cancer=lambda topic: True,
    )  # fmt: skip
    # the same words, but the bladder section says "blood in the urine" outright
    found = table.fits(ideas("blood", "urin"))
    assert found["bladder"] > found["kidney"]
    sectioned = SymptomMap.from_sections([("a", "blood | urin"), ("b", "blood x x x x urin")], lambda t: True)
    assert not sectioned._side_by_side(0, {"blood"}, {"urin"})  # no phrase across two sections


def test_a_vague_or_side_effect_description_points_nowhere() -> None:
    assert _map().topics_for(ideas("swallow")) == {}  # one idea is no description
    assert _map().topics_for(ideas("swell", "leg", "feet")) == {}  # a side effect's page fits best
    assert _map().topics_for(ideas("lumpectomi", "whole", "breast")) == {}  # no symptom words
    # most of what is asked is no symptom any section lists
    assert _map().topics_for(ideas("pain", "insur", "cover", "bill", "weight")) == {}


def test_up_to_six_cancers_that_fit_alike_are_all_pointed_to_more_are_too_vague() -> None:
    def table(n: int) -> SymptomMap:
        return SymptomMap.from_sections([(f"cancer{i}", "jaundic yellow skin eye") for i in range(n)],
                                        is_cancer=lambda topic: True)  # fmt: skip

    assert set(table(6).topics_for(ideas("yellow", "skin", "eye"))) == {f"cancer{i}" for i in range(6)}
    assert table(7).topics_for(ideas("yellow", "skin", "eye")) == {}


def test_a_side_effect_page_must_fit_nearly_as_well_as_the_best_cancer_to_point_nowhere() -> None:
    def table(side_effect: str) -> SymptomMap:
        return SymptomMap.from_sections(
            [("bladder", "blood urin"), ("/side-effects/urination", side_effect), ("lung", "cough blood"),
             ("colon", "stool blood"), ("liver", "yellow skin")],
            is_cancer=lambda topic: not topic.startswith("/"),
        )  # fmt: skip

    # a longer page that says it as well scores a little less (0.79 of the best): the bladder still
    close = table("blood urin w1 w2")
    fits = close.fits(ideas("blood", "urin"))
    assert NEAR_BEST < fits["/side-effects/urination"] / fits["bladder"] < OTHER_NEAR
    assert close.topics_for(ideas("blood", "urin")) == {"bladder": 1.0}
    # one that fits nearly as well (0.87) or better: the question's own words find that page
    assert table("blood urin w1").topics_for(ideas("blood", "urin")) == {}


def test_each_articles_own_section_is_scored_by_its_address() -> None:
    table = SymptomMap.from_sections(
        [("uterine", "bleed menopaus vagin", False, "/types/uterine/a"),
         ("uterine", "bleed pain x y z menopaus", False, "/types/uterine/b"),
         ("lung", "cough", False, "/types/lung/c")],
        is_cancer=lambda topic: True,
    )  # fmt: skip
    found = table.article_fits(ideas("bleed", "menopaus"))
    assert set(found) == {"/types/uterine/a", "/types/uterine/b"}  # the lung section does not qualify
    assert found["/types/uterine/a"] > found["/types/uterine/b"]  # said side by side, in a short section
    assert table.fits(ideas("bleed", "menopaus")) == {"uterine": found["/types/uterine/a"]}


def test_a_pages_symptom_topic_is_its_cancer_type_or_the_page() -> None:
    assert symptom_topic("/types/pancreatic/patient/pancreatic-treatment-pdq", "x") == "pancreatic"
    assert symptom_topic("/about-cancer/treatment/side-effects/edema", "Edema") == (
        "/about-cancer/treatment/side-effects/edema"
    )
    assert symptom_topic("/types/pancreatic/research/new-drug", "x") == "/types/pancreatic/research/new-drug"


@pytest.fixture(scope="module")
def symptom_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    lib = tmp_path_factory.mktemp("symptom-lib")
    write(lib, "panc.md", "Pancreatic Cancer Treatment", "/types/pancreatic/patient/pancreatic-treatment-pdq",
          PANCREATIC, "pancreatic")  # fmt: skip
    write(lib, "skin.md", "Skin Cancer Treatment", "/types/skin/patient/skin-treatment-pdq",
          "Skin cancer forms in the skin. Protect the skin and the eyes from the sun.\n\n### Signs of skin cancer include a change in the skin.\n\n"
          "- a sore on the skin that does not heal\n- a red patch\n", "skin")  # fmt: skip
    write(lib, "eso.md", "Esophageal Cancer Treatment", "/types/esophageal/patient/esophageal-treatment-pdq",
          "### Signs and symptoms of esophageal cancer are weight loss and painful swallowing.\n\n"
          "- painful or difficult swallowing\n- hoarseness and cough\n", "esophageal")  # fmt: skip
    write(lib, "eyes.md", "Eye Problems", "/side-effects/eyes",
          "Dry eyes and skin rashes can happen during treatment.", "general")  # fmt: skip
    for n in range(8):  # ordinary articles, so that common words are common
        write(lib, f"other{n}.md", f"Coping {n}", f"/coping/{n}",
              "Talk with your doctor about pain, skin care and how you feel.", "general")  # fmt: skip
    built = SearchIndex.open(tmp_path_factory.mktemp("symptom-cache"))
    built.update(Library.load([lib]))
    yield built
    built.close()


def test_symptoms_in_everyday_words_find_the_cancer_that_causes_them(symptom_index: SearchIndex) -> None:
    hits = symptom_index.search("skin and eyes turning yellow").hits
    assert hits[0].url == "/types/pancreatic/patient/pancreatic-treatment-pdq"


def test_a_description_scores_each_article_by_its_own_section() -> None:
    table = SymptomMap.from_sections(
        [("pancreatic", "jaundic yellow skin eye urin dark", False, "/types/pancreatic/a"),
         ("pancreatic", " ".join(["pain", *(f"w{n}" for n in range(20)), "yellow", "skin", "eye"]), False,
          "/types/pancreatic/b"),  # a long section: a match there counts less
         ("skin", "skin sore heal red patch mole chang", False, "/types/skin/c")],
        is_cancer=lambda topic: True,
    )  # fmt: skip
    plan = plan_query("skin and eyes turning yellow", SynonymTable(), SynonymTable(), symptoms=table)
    assert set(plan.symptom_topics) == {"pancreatic"}
    assert plan.symptom_articles["/types/pancreatic/a"] == 1.0  # the best section
    assert 0.0 < plan.symptom_articles["/types/pancreatic/b"] < 1.0
    assert "/types/skin/c" not in plan.symptom_articles  # one idea of the question only


def test_a_question_that_names_a_cancer_is_not_pointed_elsewhere(symptom_index: SearchIndex) -> None:
    hits = symptom_index.search("skin cancer red patch").hits
    assert hits[0].url == "/types/skin/patient/skin-treatment-pdq"


@pytest.mark.corpus
def test_corpus_yellow_skin_finds_the_cancers_that_cause_jaundice(corpus_index: SearchIndex) -> None:
    urls = [h.url for h in corpus_index.search("skin and eyes turning yellow").hits[:3]]
    assert any(u.startswith(("/types/pancreatic/", "/types/gallbladder/", "/types/liver/")) for u in urls)


def test_only_a_real_signs_and_symptoms_section_answers_symptoms(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib, "screen.md", "Colon Cancer Screening", "/types/colon/patient/colon-screening-pdq",
          "## Screening is used when a person does not have symptoms\n\nBlood in stool tests.\n", "colon")  # fmt: skip
    write(lib, "treat.md", "Colon Cancer Treatment", "/types/colon/patient/colon-treatment-pdq",
          "## Signs of colon cancer include blood in the stool\n\n- blood in the stool\n", "colon")  # fmt: skip
    index = SearchIndex.open(tmp_path / "cache")
    try:
        index.update(Library.load([lib]))
        index.search("x")
        data = index._data
        assert data is not None
        answering = {data.fields(d)["url"] for d in data.section_docs("symptoms")}
        assert answering == {"/types/colon/patient/colon-treatment-pdq"}
    finally:
        index.close()


def test_an_index_without_symptom_records_still_searches(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib, "a.md", "Fatigue", "/a", "Fatigue and tiredness.")
    index = SearchIndex.open(tmp_path / "cache")
    try:
        index.update(Library.load([lib]))
        assert [h.url for h in index.search("tired and weak").hits] == ["/a"]
    finally:
        index.close()


def test_a_description_asked_about_in_request_words_is_still_a_description() -> None:
    cues = IntentCues.load(resource("search", "intents.txt"))
    names = CancerNames.from_articles([("/types/skin", "Skin Cancer"), ("/types/eye", "Eye Cancer")])
    for text in ("skin and eyes turning yellow", "tell me about skin and eyes turning yellow",
                 "i want to know about skin and eyes turning yellow",
                 "looking for info on skin and eyes turning yellow"):  # fmt: skip
        plan = plan_query(text, SynonymTable(), SynonymTable(), cues=cues, names=names, symptoms=_map())
        assert {w for c in plan.concepts for w in c.typed} == {"skin", "eyes", "turning", "yellow"}, text
        assert plan.types == frozenset(), text  # "skin" and "eye" are body parts here, no cancer named
        assert plan.kind is None and set(plan.symptom_topics) == {"pancreatic", "liver"}, text
    # a request about a cancer's name is still a "what is" question
    named = plan_query("tell me about skin cancer", SynonymTable(), SynonymTable(), cues=cues, names=names)
    assert named.kind == "overview" and named.types == {"skin"}


def test_a_grown_ups_symptoms_are_not_matched_to_childhood_pages_sections() -> None:
    table = SymptomMap.from_sections(
        [
            ("extracranial-germ-cell", "painless lump neck testicl", True),
            ("head-and-neck", "lump neck swallow hoars", False),
            ("lymphoma", "painless lump neck armpit groin fever", False),
        ],
        is_cancer=lambda topic: True,
    )
    asked = ideas("painless", "lump", "neck")
    assert "extracranial-germ-cell" not in table.topics_for(asked)  # an adult's question
    assert "extracranial-germ-cell" in table.topics_for(asked, child=True)  # "my child has a painless lump ..."
    assert "lymphoma" in table.topics_for(asked)


def test_one_lay_phrase_that_describes_is_as_many_ideas_as_its_words() -> None:
    table = SymptomMap.from_sections(
        [("lung", "cough blood sputum chest pain", False, "/types/lung/a"),
         ("head-and-neck", "mouth sore lump neck", False, "/types/head-and-neck/b")],
        is_cancer=lambda topic: not topic.startswith("/"),
    )  # fmt: skip
    lay = SynonymTable.parse("coughing up blood = blood in sputum\nmouth sores = stomatitis")
    # "coughing *up* blood": small words between its words, a description of two things
    assert set(plan_query("coughing up blood", lay, SynonymTable(), symptoms=table).symptom_topics) == {"lung"}
    # "mouth sores" is the name of one thing: no description to point with
    assert plan_query("mouth sores", lay, SynonymTable(), symptoms=table).symptom_topics == {}
