"""Kiosk side panels as a person sees them: the field the keyboard types into is outlined there too (walk 12,
C3), and the tab in use looks like the chosen one (walk 12, X8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from tests.ui.test_kiosk_dialogs import kiosk, tap  # noqa: F401 - kiosk: the fixture (the seed article open)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

OUTLINE = QColor("#5a2d82")  # kiosk.qss: the outline of the field the keyboard types into


def left_edge_colour(field: QWidget) -> str:
    """The colour drawn on the field's left border, half-way down, as the window shows it."""
    window = field.window()
    image = window.grab().toImage()
    return image.pixelColor(field.mapTo(window, QPoint(1, field.height() // 2))).name()


def test_the_panel_field_that_gets_the_letters_is_outlined_and_the_search_box_keeps_its_height(
    qtbot: QtBot, kiosk: KioskController  # noqa: F811
) -> None:
    window = kiosk.window
    box = window.search.box.field
    box_height = box.height()
    window.actions_registry["show_questions"].trigger()  # More ▾ > My questions: its box gets the keys
    question = window.bookmarks.panel.question_edit
    assert kiosk.keyboard is not None
    qtbot.waitUntil(kiosk.keyboard.dock.isVisible)
    qtbot.wait(20)
    assert kiosk.keyboard.keyboard.target is question
    assert left_edge_colour(question) == OUTLINE.name()  # it was the pale grey of every other field
    assert left_edge_colour(box) != OUTLINE.name()
    tap(qtbot, box)  # the letters go to the search box now: the outline goes with them
    qtbot.waitUntil(lambda: kiosk.keyboard is not None and kiosk.keyboard.keyboard.target is box)
    assert left_edge_colour(box) == OUTLINE.name()
    assert left_edge_colour(question) != OUTLINE.name()
    assert box.height() == box_height  # the row of buttons does not move


def lightness_at_edge(bar: QTabBar, index: int) -> int:
    """How light the tab's fill is, just inside its lower-left corner (clear of its words)."""
    rect = bar.tabRect(index)
    image = bar.grab().toImage()
    return image.pixelColor(QPoint(rect.left() + 6, rect.center().y())).lightness()


def test_the_panel_tab_in_use_is_the_filled_one(qtbot: QtBot, kiosk: KioskController) -> None:  # noqa: F811
    window = kiosk.window
    window.actions_registry["show_questions"].trigger()
    qtbot.waitUntil(window.bookmarks.panel.question_edit.isVisible)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() > 1]
    assert bars
    for bar in bars:
        current = bar.currentIndex()
        others = [i for i in range(bar.count()) if i != current]
        in_use = lightness_at_edge(bar, current)
        assert all(in_use + 80 < lightness_at_edge(bar, i) for i in others), [
            (bar.tabText(i), lightness_at_edge(bar, i)) for i in range(bar.count())
        ]  # the chosen tab dark and filled, the others white (it was white, the others grey)
