"""Ctrl+D bookmarks the part being read: the one at the top of the view, or where the keyboard is, and
Open returns there (walk 9, C9-5: it named the article's first part)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reader.core.bookmarks.store import open_store, store_path
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.bookmarks.dialogs import BookmarkDialog
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article


@pytest.fixture
def window(qtbot: QtBot, library_dir: Path, settings: Settings, tmp_path: Path) -> MainWindow:
    parts = []
    for part in range(1, 7):
        paragraphs = [f"Paragraph {part}.{n}: " + "These plain words are here to be read. " * 25 for n in range(1, 4)]
        parts.append(f"## Part {part}\n\n" + "\n\n".join(paragraphs))
    write_article(library_dir, "long.md", "A long article", "https://www.cancer.gov/long", "\n\n".join(parts))
    win = build_window(Library.load([library_dir]), settings, bookmarks=open_store(tmp_path / "data"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    key = next(a.key for a in win.library if a.url.endswith("/long"))
    with qtbot.waitSignal(win.articleShown, timeout=5000):
        win.open_article(key)
    return win


@pytest.fixture(autouse=True)
def dialog_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bookmark dialog is answered with Save at once."""
    monkeypatch.setattr(BookmarkDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)


def saved_places(tmp_path: Path) -> list[tuple[str, str]]:
    data = json.loads(store_path(tmp_path / "data").read_text(encoding="utf-8"))
    return [(b["anchor"], b["heading"]) for b in data["bookmarks"]]


def put_at_top(window: MainWindow, words: str, below: int = 0) -> None:
    """Scroll the article so that the line with these words is `below` px under the top of the view."""
    view = window.view
    found = view.document().find(words)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(found).top() - below)


def line_at_top(window: MainWindow) -> str:
    cursor = window.view.cursorForPosition(QPoint(0, 1))
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_part_at_the_top_even_when_only_the_space_above_its_heading_shows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.view.setFocus()
    window.view.moveCursor(QTextCursor.MoveOperation.Start)  # the text cursor far above, not on screen
    put_at_top(window, "Part 3", below=26)  # as after Ctrl+0 in walk 9: the heading's top margin shows
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert saved_places(tmp_path) == [("part-3", "Part 3")]
    assert "Part 3" in window.statusBar().currentMessage()
    # Open goes back there, from anywhere.
    put_at_top(window, "Paragraph 6.1:")
    bookmark = window.bookmarks.store.bookmarks[0]
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.bookmarks.open_bookmark(bookmark.id)
    assert line_at_top(window) == "Part 3"


def test_a_few_words_of_the_part_before_still_name_that_part(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    put_at_top(window, "Part 3", below=60)  # the end of part 2 is on the first lines
    window.bookmarks.star.trigger()
    assert saved_places(tmp_path) == [("part-2", "Part 2")]


def test_the_part_where_the_keyboard_is_when_it_is_on_screen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    put_at_top(window, "Paragraph 3.2:")  # part 3 at the top; part 4 further down the view
    view = window.view
    found = view.document().find("Paragraph 4.1:")
    assert 0 < view.cursorRect(found).top() < view.viewport().height()
    view.setFocus()
    view.setTextCursor(found)  # the text cursor (F7) or a link reached with Tab, in part 4
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert saved_places(tmp_path) == [("part-4", "Part 4")]


def test_the_part_at_the_top_is_found_with_one_look_at_the_layout(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.bookmarks.feature import heading_at_top

    put_at_top(window, "Paragraph 5.2:")  # five headings above the top of the view, one below
    document = window.view.document()
    layout = document.documentLayout()
    asked: list[object] = []
    monkeypatch.setattr(document, "documentLayout", lambda: asked.append(layout) or layout)
    headings = window.current_page.headings  # type: ignore[union-attr]
    found = heading_at_top(window.view, headings)
    assert found is not None and (found.anchor, found.text) == ("part-5", "Part 5")
    assert len(headings) == 6 and len(asked) == 1  # once, not once for each heading passed
