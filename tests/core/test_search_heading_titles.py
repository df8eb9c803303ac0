"""An article's own first heading names it when its front-matter title says something else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.search.build import document
from reader.core.search.index import SearchIndex
from reader.core.search.text import heading_title_words
from tests.core.search_library import write


def test_a_heading_that_names_the_article_otherwise_gives_its_missing_words() -> None:
    body = "# 2003 Early Reproductive Events Workshop - NCI\n\n# Abortion, Miscarriage, and Breast Cancer Risk: 2003 Workshop\n\nText."
    assert heading_title_words(body, "2003 Early Reproductive Events Workshop") == "abortion miscarriage breast cancer risk"


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Brain Cancer Treatment", "Brain Cancer Treatment (PDQ®)–Patient Version"),  # the site's words for a summary
        ("Recurrent Breast Cancer", "Breast Cancer Recurrence"),  # the same name said another way
        ("Stomach Cancer Survival Rates and Statistics", "Stomach Cancer Survival Rates and Prognosis"),
    ],
)
def test_a_heading_that_only_repeats_the_title_adds_nothing(title: str, heading: str) -> None:
    assert heading_title_words(f"# {title} - NCI\n\n# {heading}\n\nText.", title) == ""


def test_only_the_first_headings_name_the_article() -> None:
    body = "# Workshop - NCI\n\n# Workshop\n\n# Abortion and Breast Cancer Risk\n\nText."
    assert heading_title_words(body, "Workshop") == ""


@pytest.fixture(scope="module")
def named_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    lib = tmp_path_factory.mktemp("named") / "lib"
    write(lib, "ws.md", "2003 Early Reproductive Events Workshop", "/types/breast/abortion-miscarriage-risk",
          "# Abortion, Miscarriage, and Breast Cancer Risk: 2003 Workshop\n\nExperts met in 2003 and found "
          "that having an abortion or a miscarriage does not raise the risk of breast cancer.", "breast")  # fmt: skip
    write(lib, "pr.md", "Breast Cancer and Pregnancy", "/types/breast/pregnancy",
          "## Abortion and miscarriage\n\nAbortion does not change the risk, nor does a miscarriage. Abortion "
          "was studied.", "breast")  # fmt: skip
    index = SearchIndex.open(tmp_path_factory.mktemp("named-cache"))
    index.update(Library.load([lib]))
    yield index
    index.close()


def test_the_headings_name_is_searched_as_the_title_and_the_front_matter_title_is_shown(
    named_index: SearchIndex,
) -> None:
    hits = named_index.search("abortion miscarriage").hits
    assert hits[0].url == "/types/breast/abortion-miscarriage-risk"
    assert hits[0].title == "2003 Early Reproductive Events Workshop"


def test_a_news_storys_headline_adds_no_title_words(tmp_path: Path) -> None:
    # its headline says what the study found ("Improves Survival"), not what the page is about
    lib = tmp_path / "lib"
    write(lib, "news.md", "Drug for Breast Cancer", "/types/breast/research/drug-trial",
          "# New Drug Improves Survival in Women with Advanced Breast Cancer\n\nA study found the drug helps.", "breast")  # fmt: skip
    write(lib, "ws.md", "Workshop", "/types/breast/workshop", "# Abortion and Breast Cancer\n\nText.", "breast")
    docs = {a.site_path: document(a)[0] for a in Library.load([lib]).articles}
    assert docs["/types/breast/research/drug-trial"]["title"] == "Drug for Breast Cancer"
    assert docs["/types/breast/workshop"]["title"].split("\n") == ["Workshop", "abortion breast cancer"]
    assert docs["/types/breast/workshop"]["_stored_title"] == "Workshop"
