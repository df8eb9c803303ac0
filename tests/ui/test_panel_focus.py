"""Closing a side panel gives the keyboard back to where it was; Escape closes it (walk 10, C3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow, WindowOptions


def open_with_a_search_typed(qtbot: QtBot, window: MainWindow) -> None:
    """An article open, words in the search box, the keyboard in the article."""
    key = window.library.articles[0].key
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(key)
    window.search.box.field.setText("what is immunotherapy")
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)


def keyboard_back_in_the_article(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.wait(50)  # nothing moves it on afterwards
    assert QApplication.focusWidget() is window.view
    field = window.search.box.field
    assert not field.hasFocus() and not field.hasSelectedText() and field.text() == "what is immunotherapy"


def test_ctrl_b_twice_puts_the_keyboard_back_in_the_article(qtbot: QtBot, window: MainWindow) -> None:
    open_with_a_search_typed(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    panel = window.bookmarks.panel
    qtbot.waitUntil(lambda: panel.filter.hasFocus())
    qtbot.keyClick(panel.filter, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.bookmarks.dock.isVisible())
    keyboard_back_in_the_article(qtbot, window)


def test_escape_in_the_bookmarks_panel_closes_it_and_goes_back_to_the_article(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_with_a_search_typed(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    panel = window.bookmarks.panel
    qtbot.waitUntil(lambda: panel.filter.hasFocus())
    qtbot.keyClicks(panel.filter, "bre")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.bookmarks.dock.isVisible())
    keyboard_back_in_the_article(qtbot, window)


def test_the_glossary_panels_close_button_gives_the_keyboard_back(qtbot: QtBot, window: MainWindow) -> None:
    open_with_a_search_typed(qtbot, window)
    window.glossary_panel.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.glossary_panel.isVisible())
    close = window.glossary_panel.titleBarWidget().close_button  # type: ignore[attr-defined]
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)  # a click gives the button the keyboard first
    qtbot.waitUntil(lambda: not window.glossary_panel.isVisible())
    keyboard_back_in_the_article(qtbot, window)


def test_the_keyboard_goes_back_to_the_search_box_when_it_came_from_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_with_a_search_typed(qtbot, window)
    field = window.search.box.field
    field.setFocus()
    field.deselect()
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bookmarks.panel.filter.hasFocus())
    qtbot.keyClick(window.bookmarks.panel.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: field.hasFocus())
    assert not field.hasSelectedText()  # the next key typed does not wipe the search


def test_in_the_app_the_panels_give_the_keyboard_back_once_the_first_screen_is_up(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    """The app's window watches its panels only after the first screen (issue 20): they still do it then."""
    window = build_window(Library.load([library_dir]), settings, options=WindowOptions(later_steps_wait=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.first_screen_shown()  # as reader/app.py calls it after the first paint
    open_with_a_search_typed(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bookmarks.panel.filter.hasFocus())
    qtbot.keyClick(window.bookmarks.panel.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.bookmarks.dock.isVisible())
    keyboard_back_in_the_article(qtbot, window)
