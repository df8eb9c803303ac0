"""The kiosk home's plan: starting points by need, the most common cancers first, every type A-Z."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.kiosk.home_plan import (
    all_types,
    article_types,
    articles_by_type,
    common_types,
    is_professional,
    starting_points,
    type_label,
)
from reader.core.library.catalog import Library
from tests.helpers import write_article

BODY = "# A page\n\nSome words about it.\n"


def page(folder: Path, name: str, title: str, path: str, **fields: str) -> None:
    url = f"https://www.cancer.gov{path}" if path else ""
    write_article(folder, name, title, url, BODY, **fields)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Types written A-Z, wrong front matter on general pages, a doctors' version, a clinic's note."""
    folder = tmp_path / "lib"
    for slug in ("adrenocortical", "bladder", "leukemia", "lung", "thyroid", "breast", "prostate"):
        page(folder, f"{slug}.md", f"What Is {slug.title()} Cancer?", f"/types/{slug}", cancerTypes="[breast]")
    page(folder, "leuk-tx.md", "Leukemia Treatment", "/types/leukemia/patient/treatment-pdq")
    page(folder, "leuk-hp.md", "Leukemia Treatment (PDQ®)–Health Professional Version",
         "/types/leukemia/hp/treatment-pdq")  # fmt: skip
    page(folder, "radiation.md", "Radiation Therapy", "/about-cancer/treatment/types/radiation-therapy",
         cancerTypes="[breast]")  # fmt: skip
    page(folder, "types.md", "Types of Cancer Treatment", "/about-cancer/treatment/types")
    page(folder, "fatigue.md", "Fatigue", "/about-cancer/treatment/side-effects/fatigue")
    page(folder, "effects.md", "Side Effects of Cancer Treatment", "/about-cancer/treatment/side-effects")
    page(folder, "questions.md", "Questions to Ask about Cancer Treatment", "/about-cancer/treatment/questions")
    page(folder, "depression.md", "Depression (PDQ®)", "/about-cancer/coping/feelings/depression-hp-pdq",
         tags="[support]")  # fmt: skip
    page(folder, "coping.md", "Coping with Bladder Cancer", "/types/bladder/coping", tags="[support]")
    page(folder, "note.md", "Our lung clinic", "", cancerTypes="[lung, thyroid]")
    page(folder, "common.md", "Common Cancer Types", "/types/common-cancers", cancerTypes="[breast, lung]")
    return Library.load([folder])


def test_types_come_from_the_address_and_front_matter_only_without_one(library: Library) -> None:
    radiation = library.by_url("/about-cancer/treatment/types/radiation-therapy")
    assert radiation is not None and radiation.cancer_types == ("breast",)
    assert article_types(radiation) == ()  # a general page is about no single type
    note = next(a for a in library if a.display_title == "Our lung clinic")
    assert article_types(note) == ("lung", "thyroid")
    common = library.by_url("/types/common-cancers")
    assert common is not None and article_types(common) == ()  # a collection, not a type


def test_most_common_cancers_come_first_then_every_type_a_to_z(library: Library) -> None:
    groups = articles_by_type(library)
    assert common_types(groups) == ["breast", "prostate", "lung", "bladder", "leukemia", "thyroid"]
    assert [type_label(s) for s in all_types(groups)] == [
        "Adrenocortical", "Bladder", "Breast", "Leukemia", "Lung", "Prostate", "Thyroid",
    ]  # fmt: skip
    assert [a.display_title for a in groups["leukemia"]] == ["Leukemia Treatment", "What Is Leukemia Cancer?"]
    assert len(groups["breast"]) == 1  # the general pages tagged breast are not under Breast
    assert [a.display_title for a in groups["lung"]] == ["Our lung clinic", "What Is Lung Cancer?"]


def test_starting_points_by_need_with_the_named_pages_first_and_no_doctors_pages(library: Library) -> None:
    points = dict(starting_points(library))
    assert list(points) == ["What cancer is", "Treatment", "Side effects", "Support and coping",
                            "Questions for your doctor"]  # fmt: skip
    assert [a.display_title for a in points["Treatment"]] == ["Types of Cancer Treatment", "Radiation Therapy"]
    assert points["Side effects"][0].display_title == "Side Effects of Cancer Treatment"
    assert [a.display_title for a in points["Support and coping"]] == ["Coping with Bladder Cancer"]
    assert len(points["What cancer is"]) == 7
    assert not any(is_professional(a) for articles in points.values() for a in articles)


def test_a_library_without_those_pages_offers_no_empty_starting_point(tmp_path: Path) -> None:
    page(tmp_path / "lib", "note.md", "Parking at the clinic", "", tags="[visiting]")
    assert starting_points(Library.load([tmp_path / "lib"])) == []
