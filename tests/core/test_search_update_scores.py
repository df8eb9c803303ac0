"""An updated index scores as a fresh build of the same articles: removed or replaced articles count no more."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import CURRENT, SearchIndex
from tests.core.search_library import make_library, write
from tests.helpers import ROOT

SPANISH = ROOT / "resources" / "libraries" / "es"
QUERIES = ("chemotherapy", "lymphedema", "breast cancer", "diarrhea fluids", "immune system", "lung cancer screening")


def ranked(index: SearchIndex) -> dict[str, list[tuple[str, float]]]:
    """Each query's results: (article, score), best first."""
    return {q: [(h.key, round(h.score, 9)) for h in index.search(q, limit=20).hits] for q in QUERIES}


@pytest.fixture()
def opened() -> Iterator[list[SearchIndex]]:
    """The indexes a test opens, closed after it."""
    found: list[SearchIndex] = []
    yield found
    for index in found:
        index.close()


def fresh(tmp_path: Path, name: str, library: Library, opened: list[SearchIndex]) -> SearchIndex:
    """An index built from nothing for the library."""
    index = SearchIndex.open(tmp_path / name)
    opened.append(index)
    assert index.update(library).rebuilt
    return index


def test_after_switching_language_and_back_scores_are_a_fresh_builds(tmp_path: Path,
                                                                      opened: list[SearchIndex]) -> None:  # fmt: skip
    english = make_library(tmp_path / "en")
    index = fresh(tmp_path, "switched", english, opened)
    index.update(Library.load([tmp_path / "en", SPANISH]))  # the Spanish articles added ...
    report = index.update(english)  # ... and removed again
    assert report.removed and not report.rebuilt
    assert ranked(index) == ranked(fresh(tmp_path, "clean", english, opened))


def test_after_removing_and_adding_back_an_article_scores_are_a_fresh_builds(
    tmp_path: Path, opened: list[SearchIndex]
) -> None:
    folder = tmp_path / "en"
    english = make_library(folder)
    for n in range(12):  # more articles, so the removed one shares its segment with others
        write(folder, f"more-{n}.md", f"Cancer Topic {n}", f"/topic/{n}", f"Chemotherapy and breast cancer note {n}.")
    english = Library.load([folder])
    index = fresh(tmp_path, "updated", english, opened)
    moved = tmp_path / "lymph.md"
    (folder / "lymph.md").rename(moved)
    assert index.update(Library.load([folder])).removed == 1
    moved.rename(folder / "lymph.md")
    assert index.update(english).added == 1
    # and an article whose text changed: its old text counts no more
    write(folder, "fatigue.md", "Fatigue and Cancer", "/side-effects/fatigue", "Fatigue is common. Rest helps.")
    changed = Library.load([folder])
    report = index.update(changed)
    assert report.changed == 1 and not report.rebuilt
    assert ranked(index) == ranked(fresh(tmp_path, "clean", changed, opened))


def segments(index: SearchIndex) -> list[tuple[int, int]]:
    """(documents, of them deleted) of each segment of the index's current generation."""
    from whoosh import index as whoosh_index

    folder = index.root / (index.root / CURRENT).read_text(encoding="utf-8").strip()
    ix = whoosh_index.open_dir(str(folder))
    try:
        return sorted((s.doc_count_all(), s.deleted_count()) for s in ix._segments())
    finally:
        ix.close()


def test_one_changed_article_among_many_does_not_rewrite_its_segment(tmp_path: Path,
                                                                       opened: list[SearchIndex]) -> None:  # fmt: skip
    folder = tmp_path / "en"
    for n in range(60):
        write(folder, f"topic-{n}.md", f"Cancer Topic {n}", f"/topic/{n}", f"Chemotherapy and breast cancer note {n}.")
    index = fresh(tmp_path, "updated", Library.load([folder]), opened)
    assert segments(index) == [(60, 0)]
    write(folder, "topic-7.md", "Cancer Topic 7", "/topic/7", "Fatigue is common after chemotherapy.")
    assert index.update(Library.load([folder])).changed == 1
    # the old version stays marked deleted in the big segment (1 of 60, under REWRITE_SHARE) ...
    assert (60, 1) in segments(index)
    assert [h.url for h in index.search("fatigue").hits] == ["/topic/7"]
    # ... until enough of it has changed: then it is rewritten with its live articles only
    for n in (11, 12):
        write(folder, f"topic-{n}.md", f"Cancer Topic {n}", f"/topic/{n}", f"Fatigue note {n}.")
    assert index.update(Library.load([folder])).changed == 2
    assert all(deleted == 0 for _, deleted in segments(index))
    assert sum(count for count, _ in segments(index)) == 60
    assert ranked(index) == ranked(fresh(tmp_path, "clean", Library.load([folder]), opened))
