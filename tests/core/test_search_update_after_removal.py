"""Removing articles (a deleted file, a pack's copy that hid a folder's one) updates the index in place,
and an index that cannot be updated is built again, so search never stays stuck on an old state."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.packs.combined_index import CombinedSearchIndex, checked_source
from reader.core.search import index as index_module
from reader.core.search.index import SearchIndex
from reader.core.search.prebuilt import write_prebuilt
from tests.core.search_library import write


def sections(folder: Path) -> None:
    """Three articles: one with subheadings, one without any, one to remove.

    A segment rewritten without the removed article then holds a live article with no words in
    the "headings" field next to one with some (Whoosh gives such a length as None, not 0).
    """
    write(folder, "parking.md", "Clinic Parking", "/clinic/parking",
          "Where to park.\n\n## Parking for visitors\n\nThe garage is free for patients.")  # fmt: skip
    (folder / "meals.md").write_text(  # its only heading is its title: no words in "headings"
        "---\ntitle: Hospital Meals\nurl: https://clinic.example/meals\nlanguage: en\n---\n\n"
        "# Hospital Meals\n\nMeals come at noon. Ask for a menu.\n",
        encoding="utf-8",
    )
    write(folder, "zebra.md", "Zebrafish Research", "/research/zebrafish", "Zebrafish help research.")


def titles(index: SearchIndex, words: str) -> list[str]:
    return [hit.title for hit in index.search(words).hits]


def scores(index: SearchIndex, words: str) -> list[tuple[str, float]]:
    return [(hit.key, round(hit.score, 9)) for hit in index.search(words).hits]


def test_deleting_an_article_file_updates_the_index_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    sections(folder)
    index = SearchIndex.open(tmp_path / "cache")
    try:
        assert index.update(Library.load([folder])).rebuilt
        (folder / "zebra.md").unlink()
        report = index.update(Library.load([folder]))
        assert (report.removed, report.rebuilt) == (1, False)  # updated, not built again after a failure
        assert titles(index, "zebrafish") == []
        assert titles(index, "garage") == ["Clinic Parking"]
        assert titles(index, "menu") == ["Hospital Meals"]
        clean = SearchIndex.open(tmp_path / "clean")  # and scores as a fresh build's (the exact totals)
        try:
            assert clean.update(Library.load([folder])).rebuilt
            assert len(scores(clean, "clinic parking meals")) == 2
            assert scores(index, "clinic parking meals") == scores(clean, "clinic parking meals")
        finally:
            clean.close()
        # and the next change is taken in too
        write(folder, "wigs.md", "Wigs and Hats", "/side-effects/wigs", "A wig can help after hair loss.")
        report = index.update(Library.load([folder]))
        assert (report.added, report.rebuilt) == (1, False)
        assert titles(index, "wig") == ["Wigs and Hats"]
        assert index.status().documents == 3
    finally:
        index.close()


def test_removing_a_pack_that_hid_a_folders_article_updates_the_index_in_place(tmp_path: Path) -> None:
    folder, pack = tmp_path / "own", tmp_path / "pack"
    sections(folder)
    write(pack, "zebra.md", "Zebrafish Studies", "/research/zebrafish", "Zebrafish studies in a lab.")
    write_prebuilt(pack, tmp_path / "ix")
    source = checked_source("pack", tmp_path / "ix", pack)
    assert source is not None
    cache = tmp_path / "cache"
    index = CombinedSearchIndex.open_with(cache, [])
    try:
        assert index.update(Library.load([folder])).rebuilt
    finally:
        index.close()
    index = CombinedSearchIndex.open_with(cache, [source])  # the pack installed: its copy comes first
    try:
        report = index.update(Library.load([pack, folder]))
        assert (report.removed, report.rebuilt) == (1, False)
        assert titles(index, "zebrafish") == ["Zebrafish Studies"]
    finally:
        index.close()
    index = CombinedSearchIndex.open_with(cache, [])  # the pack removed: the folder's article is back
    try:
        report = index.update(Library.load([folder]))
        assert (report.added, report.rebuilt) == (1, False)
        assert titles(index, "zebrafish") == ["Zebrafish Research"]
        assert titles(index, "garage") == ["Clinic Parking"]
    finally:
        index.close()


def failing_update(*args: object, **kwargs: object) -> None:
    raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")


def test_an_index_that_cannot_be_updated_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    folder = tmp_path / "lib"
    sections(folder)
    index = SearchIndex.open(tmp_path / "cache")
    saved = tmp_path / "cache" / "pages" / "saved.html"  # beside the index: not the index's to touch
    saved.parent.mkdir(parents=True)
    saved.write_text("<p>a saved page</p>", encoding="utf-8")
    try:
        assert index.update(Library.load([folder])).rebuilt
        (folder / "zebra.md").unlink()
        write(folder, "wigs.md", "Wigs and Hats", "/side-effects/wigs", "A wig can help after hair loss.")
        monkeypatch.setattr(index_module, "update_in_place", failing_update)
        with caplog.at_level(logging.WARNING):
            report = index.update(Library.load([folder]))
        assert report.rebuilt and report.added == 3
        assert "building it again" in caplog.text
        assert titles(index, "wig") == ["Wigs and Hats"]
        assert titles(index, "zebrafish") == []
        assert index.status().searchable
        assert saved.read_text(encoding="utf-8") == "<p>a saved page</p>"
    finally:
        index.close()


class StopError(Exception):
    """What a caller's progress callback raises to stop an update (the window's cancel)."""


def test_a_stop_from_the_callers_progress_is_not_taken_for_a_broken_index(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    sections(folder)
    index = SearchIndex.open(tmp_path / "cache")
    try:
        index.update(Library.load([folder]))
        (folder / "zebra.md").unlink()
        write(folder, "wigs.md", "Wigs and Hats", "/side-effects/wigs", "A wig can help after hair loss.")
        told: list[int] = []

        def stop(done: int, total: int) -> None:
            told.append(done)
            raise StopError

        with pytest.raises(StopError):
            index.update(Library.load([folder]), progress=stop)
        assert len(told) == 1  # stopped at once, no rebuild tried after it
        assert titles(index, "zebrafish") == ["Zebrafish Research"]  # the index in use stays as it was
        assert titles(index, "wig") == []
    finally:
        index.close()
