"""Opening or closing a side panel keeps the line at the top of the article there (walk 10, C2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.settings.store import Settings
from reader.ui.window.main_window import MainWindow
from tests.ui.test_text_size_keeps_place import line_at_top, long_article_window


def read_down_to(window: MainWindow, words: str) -> None:
    view = window.view
    found = view.document().find(words)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.cursorRect(found).top())
    assert line_at_top(window).startswith(words)


def settled(qtbot: QtBot) -> None:
    qtbot.wait(100)  # the window lays out the docks and the view in the next few event-loop turns


def test_the_bookmarks_panel_opened_and_closed_with_ctrl_b_keeps_the_line_at_the_top(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    window = long_article_window(qtbot, library_dir, settings)
    window.resize(1280, 800)
    settled(qtbot)
    read_down_to(window, "Paragraph 4.3:")
    width = window.view.viewport().width()
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bookmarks.dock.isVisible())
    settled(qtbot)
    assert window.view.viewport().width() < width  # the article is narrower: its lines flowed again
    assert line_at_top(window).startswith("Paragraph 4.3:")
    qtbot.keyClick(window.bookmarks.panel.filter, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.bookmarks.dock.isVisible())
    settled(qtbot)
    assert window.view.viewport().width() == width
    assert line_at_top(window).startswith("Paragraph 4.3:")


def test_the_glossary_panel_and_its_close_button_keep_the_line_at_the_top(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    window = long_article_window(qtbot, library_dir, settings)
    window.resize(1280, 800)
    settled(qtbot)
    read_down_to(window, "Paragraph 5.2:")
    window.glossary_panel.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.glossary_panel.isVisible())
    settled(qtbot)
    assert line_at_top(window).startswith("Paragraph 5.2:")
    window.glossary_panel.close()
    qtbot.waitUntil(lambda: not window.glossary_panel.isVisible())
    settled(qtbot)
    assert line_at_top(window).startswith("Paragraph 5.2:")


def test_a_panel_opened_over_search_results_keeps_the_articles_top_line_for_when_it_comes_back(
    qtbot: QtBot, library_dir: Path, settings: Settings, tmp_path: Path
) -> None:
    """The article is hidden behind the results while the panel opens: it is resized only when shown again,
    and that Resize has no old size (the line at the top slid away; review12)."""
    window = long_article_window(qtbot, library_dir, settings)
    window.resize(1280, 800)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    settled(qtbot)
    read_down_to(window, "Paragraph 4.3:")
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "plain words")
    qtbot.waitUntil(lambda: window.page_on_screen() is window.search.results, timeout=5000)
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bookmarks.dock.isVisible())
    settled(qtbot)
    window.search.dismiss()  # Escape: back to the article, now narrower beside the panel
    qtbot.waitUntil(lambda: window.page_on_screen() is not window.search.results)
    settled(qtbot)
    assert line_at_top(window).startswith("Paragraph 4.3:")
