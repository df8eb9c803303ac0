"""The window with an index that cannot be updated: search is built again and finds the changes; if even
that fails, the status line says so in plain words (walk 13, B1: "could not be updated (TypeError)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.search import index as index_module
from reader.core.search.index import SearchIndex, UpdateReport
from tests.core.search_library import make_library, write
from tests.ui.test_search_ui import FakeIndex, new_window, search_for, shown_titles


def failing(*args: object, **kwargs: object) -> None:
    raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")


def test_an_index_that_cannot_be_updated_is_built_again_and_finds_the_changes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lib"
    make_library(folder)
    index = SearchIndex.open(tmp_path / "cache")
    try:
        assert index.update(Library.load([folder])).rebuilt
    finally:
        index.close()
    (folder / "fatigue.md").unlink()
    write(
        folder,
        "wigs.md",
        "Wigs and Hats",
        "/side-effects/wigs",
        "A wombat-soft wig can help after hair loss.",
    )
    monkeypatch.setattr(index_module, "update_in_place", failing)
    win = new_window(qtbot, Library.load([folder]), tmp_path)
    service = win.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    search_for(qtbot, win, "wombat")
    assert shown_titles(win) == ["Wigs and Hats"]
    assert "could not" not in win.statusBar().currentMessage()


class Unupdatable(FakeIndex):
    """A ready index whose update fails even as a rebuild (update() raises)."""

    def __init__(self) -> None:
        super().__init__()
        self.state = "ready"

    def update(self, library: Library, progress=None, stage=None) -> UpdateReport:  # type: ignore[no-untyped-def]
        raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")


def test_when_even_a_rebuild_fails_the_status_line_says_so_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    win = new_window(qtbot, make_library(tmp_path / "lib"), tmp_path)
    service = win.search.use_index(tmp_path / "cache", opener=lambda _: Unupdatable())
    qtbot.waitUntil(lambda: not service.busy and bool(win.statusBar().currentMessage()), timeout=10000)
    said = win.statusBar().currentMessage()
    assert said.startswith("Search could not take in the latest changes to your articles.")
    assert "TypeError" not in said and "index" not in said
    search_for(qtbot, win, "nausea")  # the index in use still answers
    assert shown_titles(win) == ["About nausea"]
