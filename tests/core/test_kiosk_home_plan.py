"""The kiosk home's plan: the most common cancers first, every type A-Z, patient articles only."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.kiosk.home_plan import all_types, articles_by_type, common_types
from reader.core.library.catalog import Library
from reader.core.library.placement import cancer_type_name
from tests.helpers import write_article

BODY = "# A page\n\nSome words about this part of cancer care, written for patients and families.\n"


def page(folder: Path, name: str, title: str, path: str, **fields: str) -> None:
    write_article(folder, name, title, f"https://www.cancer.gov{path}", BODY, **fields)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Types written A-Z, a general page tagged with a type, a version for doctors."""
    folder = tmp_path / "lib"
    for slug in ("adrenocortical", "bladder", "leukemia", "lung", "thyroid", "breast", "prostate"):
        page(folder, f"{slug}.md", f"What Is {slug.title()} Cancer?", f"/types/{slug}")
    page(folder, "leuk-tx.md", "Leukemia Treatment", "/types/leukemia/patient/treatment-pdq")
    page(folder, "leuk-hp.md", "Leukemia Treatment (PDQ®)–Health Professional Version",
         "/types/leukemia/hp/treatment-pdq")  # fmt: skip
    page(folder, "radiation.md", "Radiation Therapy", "/about-cancer/treatment/types/radiation-therapy",
         cancerTypes="[breast]")  # fmt: skip
    return Library.load([folder])


def test_most_common_cancers_come_first_then_every_type_a_to_z(library: Library) -> None:
    groups = articles_by_type(library)
    assert common_types(groups) == ["breast", "prostate", "lung", "bladder", "leukemia", "thyroid"]
    assert all_types(groups)[0] == "adrenocortical"
    names = [cancer_type_name(t) for t in all_types(groups)]
    assert names == sorted(names, key=str.casefold) and len(names) == 7


def test_only_patient_articles_and_only_where_the_address_puts_them(library: Library) -> None:
    groups = articles_by_type(library)
    assert [a.display_title for a in groups["leukemia"]] == ["What Is Leukemia Cancer?", "Leukemia Treatment"]
    assert [a.display_title for a in groups["breast"]] == ["What Is Breast Cancer?"]  # not radiation therapy


def test_a_types_list_leaves_out_research_news_and_puts_the_kiosks_language_first(tmp_path: Path) -> None:
    """Walk 9, C9-9: the Spanish kiosk's "Mama" listed 84 English titles A-Z, research news and interviews
    among them, the Spanish article about 30th."""
    folder = tmp_path / "lib"
    page(folder, "a.md", "Additional Surgery Varies Widely", "/types/breast/research/additional-surgery")
    page(folder, "i.md", "Interview on Modeling", "/types/breast/research/cisnet-interview-video")
    page(folder, "b.md", "Breast Cancer Treatment", "/types/breast/patient/breast-treatment-pdq")
    page(folder, "s.md", "Breast Cancer Screening", "/types/breast/patient/breast-screening-pdq")
    write_article(folder, "es.md", "Inmunoterapia para el cáncer de mama",
                  "https://cancer-reader.example/es/inmunoterapia", BODY, language="es",
                  translationOf="https://www.cancer.gov/types/breast/treatment/immunotherapy")  # fmt: skip
    library = Library.load([folder])
    spanish = [(a.language or "en", a.display_title) for a in articles_by_type(library, "es")["breast"]]
    assert spanish == [
        ("es", "Inmunoterapia para el cáncer de mama"),
        ("en", "Breast Cancer Screening"),
        ("en", "Breast Cancer Treatment"),
    ]
    english = [a.display_title for a in articles_by_type(library, "en")["breast"]]
    assert english == ["Breast Cancer Screening", "Breast Cancer Treatment", "Inmunoterapia para el cáncer de mama"]


def test_a_types_list_starts_with_its_overview_then_goes_a_to_z(tmp_path: Path) -> None:
    """Walk 10, C14: the kiosk's "Breast" started with "2003 Early Reproductive Events Workshop" and the
    "Breast Cancer" overview (the type's own /types/breast page) came third."""
    folder = tmp_path / "lib"
    page(folder, "w.md", "2003 Early Reproductive Events Workshop", "/types/breast/reproductive-events-workshop")
    page(folder, "a.md", "Alcohol and Breast Cancer Risk", "/types/breast/alcohol-risk")
    page(folder, "o.md", "Breast Cancer", "/types/breast/")
    page(folder, "l.md", "Lung Cancer Treatment", "/types/lung/patient/lung-treatment-pdq")
    page(folder, "lo.md", "Lung Cancer", "/types/lung")
    groups = articles_by_type(Library.load([folder]), "en")
    assert [a.display_title for a in groups["breast"]] == [
        "Breast Cancer",
        "2003 Early Reproductive Events Workshop",
        "Alcohol and Breast Cancer Risk",
    ]
    assert [a.display_title for a in groups["lung"]] == ["Lung Cancer", "Lung Cancer Treatment"]
