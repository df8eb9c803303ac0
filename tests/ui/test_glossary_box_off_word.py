"""The definition box never covers the word it explains, at large text too (walk 10, X10: at 300 % it
opened over the line of "immune system", the word half hidden under its lower edge)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.window.main_window import MainWindow
from tests.ui.test_glossary_ui import (  # noqa: F401 - long_window: the fixture
    SLUG_LINK,
    hover,
    link_cursor,
    long_window,
    select_link,
    tooltip_widget,
    word_near_the_bottom,
)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    """These tests change the text size: put the default look back afterwards."""
    yield
    Appearance(Settings(None)).apply()


def word_rect(window: MainWindow) -> QRect:
    """The glossary word's line, in the view's coordinates."""
    view = window.view
    rect = view.cursorRect(link_cursor(view, SLUG_LINK))
    return QRect(view.viewport().mapTo(view, rect.topLeft()), rect.size())


def test_the_hover_box_goes_back_off_the_word_when_qt_places_it_again(
    qtbot: QtBot, long_window: MainWindow  # noqa: F811
) -> None:
    view = long_window.view
    word = word_near_the_bottom(view, 3)
    hover(qtbot, view, SLUG_LINK)
    qtbot.waitUntil(lambda: "immune system" in QToolTip.text())
    tip = tooltip_widget()
    on_screen = QRect(view.mapToGlobal(word.topLeft()), word.size())
    assert not tip.frameGeometry().intersects(on_screen)
    # Qt puts its tooltip under or over the pointer again when it is shown, polished or resized (under a
    # window manager, after the reader placed it): over the word's line at large text.
    tip.move(tip.x(), on_screen.top() - tip.height() + on_screen.height() // 2)
    assert not tip.frameGeometry().intersects(on_screen)
    assert tip.screen().availableGeometry().contains(tip.frameGeometry())


def test_at_300_percent_the_keyboard_box_leaves_the_word_in_view(
    qtbot: QtBot, long_window: MainWindow  # noqa: F811
) -> None:
    long_window.resize(1000, 760)
    long_window.appearance.set_font_scale(300)
    view = long_window.view
    qtbot.waitUntil(lambda: view.height() > 450)
    select_link(view, SLUG_LINK)
    # The word half-way down a short view: too little room for the box above it or under it.
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + word_rect(long_window).top() - view.height() // 2)
    assert abs(word_rect(long_window).center().y() - view.height() // 2) < view.height() // 6
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = long_window.glossary_tips.popup
    qtbot.waitUntil(popup.isVisible)
    word = word_rect(long_window)
    box = popup.geometry()
    assert view.rect().contains(word)  # the word is still in view…
    assert not box.intersects(word), (box, word)  # …and not under the box
    assert view.rect().contains(box)  # the whole box in the view
    assert popup.label.hasFocus()
