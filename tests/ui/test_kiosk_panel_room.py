"""A kiosk's side panel at large text leaves the article readable: at 300 % the Bookmarks panel, 768 px at
the least, squeezed the article to a column of two letters a line. The panel sits beside the article only
when the article keeps a readable line; else it takes the article's place until it is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from reader.ui.layout.dock_title import DockTitleBar

#: Fewer letters a line than this is not reading (the app leaves a little more: READABLE_LETTERS).
LEAST_LETTERS = 30


def settle() -> None:
    """Until the window's layout is done (a panel shown lays out over a few events)."""
    for _ in range(10):
        QTest.qWait(20)


def open_article(qtbot: QtBot, kiosk: KioskController, percent: int) -> None:
    """The article opened at this text size (the size first: for a moment after a change of size the
    article keeps its top line, and the test scrolls right after)."""
    window = kiosk.window
    window.appearance.set_font_scale(percent)
    article = next(a for a in window.library if a.display_title.startswith("Immunotherapy"))
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(article.key)
    settle()


def letters_a_line(kiosk: KioskController) -> float:
    view = kiosk.window.view
    return view.viewport().width() / view.fontMetrics().averageCharWidth()


def top_paragraph(kiosk: KioskController) -> str:
    """The paragraph at the top of the article (its lines wrap anew when the article's width changes)."""
    return kiosk.window.view.cursorForPosition(QPoint(0, 1)).block().text()


def assert_readable_beside(kiosk: KioskController, dock: QDockWidget) -> None:
    """What a person sees with the panel open: the article with a readable line beside it, or the panel
    alone, the window's whole width."""
    window = kiosk.window
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()
    if window.view.isVisible():
        assert letters_a_line(kiosk) >= LEAST_LETTERS, f"{letters_a_line(kiosk):.0f} letters a line"
    else:
        assert dock.width() == window.width()


def close_panel(qtbot: QtBot, dock: QDockWidget) -> None:
    bar = dock.titleBarWidget()
    assert isinstance(bar, DockTitleBar)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    settle()


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_the_bookmarks_panel_leaves_the_article_readable_or_takes_its_place(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    window = kiosk.window
    open_article(qtbot, kiosk, percent)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 2)
    settle()
    line = top_paragraph(kiosk)
    width = window.view.width()
    window.actions_registry["show_bookmarks"].trigger()
    settle()
    dock = window.bookmarks.dock
    assert_readable_beside(kiosk, dock)
    if percent == 100:
        assert window.view.isVisible()  # room for both at the usual size
    close_panel(qtbot, dock)
    assert not dock.isVisible()
    assert window.view.isVisible() and window.view.width() == width  # the article as it was
    assert top_paragraph(kiosk) == line  # back where the person was reading


def test_the_glossary_panel_at_300_percent_and_start_over_give_the_screen_back(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    window = kiosk.window
    open_article(qtbot, kiosk, 300)
    window.glossary_panel.show()
    settle()
    assert_readable_beside(kiosk, window.glossary_panel)
    window.reset_for_next_visitor()
    settle()
    assert not window.glossary_panel.isVisible()
    assert window.stack.isVisible()  # the home page, on the whole screen


def test_larger_text_with_a_panel_open_gives_the_panel_the_article_place(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    open_article(qtbot, kiosk, 100)
    window.actions_registry["show_bookmarks"].trigger()
    settle()
    assert window.view.isVisible()
    while window.appearance.font_scale < 300:  # A+ pressed with the panel open, up to 300 %
        window.appearance.larger()
        settle()
        assert_readable_beside(kiosk, window.bookmarks.dock)
    assert not window.view.isVisible()  # (800 px wide at 300 %: the panel alone)
