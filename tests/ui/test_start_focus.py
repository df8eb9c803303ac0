"""Where the keyboard starts: an article asked for at start has the focus, whatever shows first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window


def test_an_article_opened_before_the_window_shows_has_the_keyboard(qtbot: QtBot, library_dir: Path,
                                                                     settings: Settings) -> None:  # fmt: skip
    library = Library.load([library_dir])
    win = build_window(library, settings)
    qtbot.addWidget(win)
    article = next(iter(library))
    request = win.renderer.request
    # The page comes from the page pool at start (another process): a moment after the window shows.
    win.renderer.request = lambda *a: QTimer.singleShot(300, lambda: request(*a))  # type: ignore[method-assign]
    with qtbot.waitSignal(win.articleShown, timeout=10000):
        win.open_article_object(article)  # as reader/app.py does with --open, before the window shows
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # the window appearing put the keyboard in the search box ahead of the page: the page takes it
    assert QApplication.focusWidget() is win.view


def test_words_typed_in_the_search_box_before_the_article_comes_keep_the_keyboard(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    library = Library.load([library_dir])
    win = build_window(library, settings)
    qtbot.addWidget(win)
    request = win.renderer.request
    win.renderer.request = lambda *a: QTimer.singleShot(300, lambda: request(*a))  # type: ignore[method-assign]
    with qtbot.waitSignal(win.articleShown, timeout=10000):
        win.open_article_object(next(iter(library)))
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        win.search.box.field.setFocus()
        qtbot.keyClicks(win.search.box.field, "fat")
    assert QApplication.focusWidget() is win.search.box.field
