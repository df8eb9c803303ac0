"""Filler and question words never count as a match or get marked (walk 6, C7), in English and Spanish."""

from __future__ import annotations

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex, default_synonyms
from reader.core.search.languages import spanish_plan
from reader.core.search.query import plan_query
from reader.core.search.synonyms import SynonymTable
from tests.core.search_library import write


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """Articles where "makes" and "out" are the only words shared with the questions below."""
    tmp = tmp_path_factory.mktemp("filler")
    lib = tmp / "lib"
    write(lib, "marrow.md", "Bone Marrow", "/marrow", "The bone marrow makes blood stem cells.")
    write(lib, "tasks.md", "Daily Tasks", "/tasks", "Some people are unable to carry out day-to-day tasks.")
    write(lib, "fatigue.md", "Fatigue", "/fatigue", "Chemotherapy can leave you very tired.")
    write(lib, "hair.md", "Hair Loss", "/hair", "Chemotherapy may cause the hair on your head to fall out.")
    built = SearchIndex.open(tmp / "cache")
    built.update(Library.load([lib]))
    yield built
    built.close()


def urls(index: SearchIndex, text: str) -> list[str]:
    return [hit.url.removeprefix("https://www.cancer.gov") for hit in index.search(text).hits]


def test_light_verbs_and_stop_words_find_nothing_and_are_not_marked(index: SearchIndex) -> None:
    found = index.search("chemo makes me tired")
    assert [h.url.removeprefix("https://www.cancer.gov") for h in found.hits] == ["/fatigue", "/hair"]
    assert not any("make" in phrase for phrase in found.marks)
    assert all("<b>makes</b>" not in h.snippet for h in found.hits)


def test_a_lay_phrase_with_a_small_word_still_counts_but_its_small_word_is_not_marked(index: SearchIndex) -> None:
    found = index.search("my hair is falling out")
    assert [h.url.removeprefix("https://www.cancer.gov") for h in found.hits][0] == "/hair"
    assert "/tasks" not in urls(index, "my hair is falling out")  # found on "out" alone before
    assert all("<b>out</b>" not in h.snippet for h in found.hits)
    assert ("hair", "loss") in found.marks  # the phrase's meaning is still searched and marked


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("what makes cancer come back", {"cancer", "come back"}),  # "come back" is a lay phrase
        ("throwing up after chemo", {"throwing up", "chemo"}),
        ("how long will it take to get results", {"results"}),
        ("is it going to hurt", {"hurt"}),
        ("what can I do about it", set()),
    ],
)
def test_only_content_words_and_lay_phrases_are_searched(question: str, kept: set[str]) -> None:
    plan = plan_query(question, default_synonyms(), SynonymTable())
    searched = {" ".join(c.typed) for c in plan.concepts if c.typed and not c.fixed}
    assert searched - {"how long"} == kept  # "how long" asks about survival: a kind of question


def test_spanish_question_verbs_are_not_searched() -> None:
    plan = spanish_plan("¿Qué puedo hacer si se me cae el pelo?", lambda _s: 1.0, lambda _t: True, None)
    assert [c.typed for c in plan.concepts] == [("cae",), ("pel",)]
    plan = spanish_plan("quiero saber sobre la quimioterapia", lambda _s: 1.0, lambda _t: True, None)
    assert [c.typed for c in plan.concepts] == [("quimioterapi",)]
