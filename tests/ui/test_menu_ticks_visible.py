"""Menus show their on/off items as boxes, ticked or not, their separators and their own edge in every theme
(walk 12, X9: a black square with no border in the dark theme; X10: no box at all for an unticked item in high
contrast, a grey tick, and a black menu with no edge over the black page)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import ROOT
from tests.ui.test_toolbar_icons_visible import contrast


@pytest.fixture(autouse=True)
def usual_look(qapp: QApplication) -> Iterator[None]:
    yield
    Appearance(Settings(None)).apply()


def shown_menu(qtbot: QtBot, tmp_path: Path, theme: str, percent: int) -> tuple[MainWindow, QMenu, QImage]:
    window = build_window(Library.load([ROOT / "seeds"]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_theme(theme)
    window.appearance.set_font_scale(percent)
    window.first_screen_shown()
    qtbot.wait(30)
    menu = window.menu("view")
    menu.popup(window.mapToGlobal(QPoint(40, 30)))
    qtbot.waitExposed(menu)
    qtbot.wait(30)
    return window, menu, menu.grab().toImage()


def item(menu: QMenu, checkable: bool, checked: bool = False) -> QAction:
    return next(
        a for a in menu.actions()
        if not a.isSeparator() and a.isVisible() and a.menu() is None
        and a.isCheckable() == checkable and (not checkable or a.isChecked() == checked)
    )  # fmt: skip


def ink(image: QImage, rect: QRect, background: QColor, ratio: float = 3.0) -> list[tuple[int, int]]:
    """The pixels in rect that stand out from the background at this contrast or more."""
    return [
        (x, y)
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1))
        for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1))
        if contrast(image.pixelColor(x, y), background) >= ratio
    ]


def box_before_words(image: QImage, menu: QMenu, action: QAction, background: QColor) -> QRect:
    """The outline before an item's words: the inked shape left of where a plain item's words start, which
    must be a box (a left edge as tall as it is wide), not a loose tick."""
    row = menu.actionGeometry(action)
    plain = menu.actionGeometry(item(menu, checkable=False))
    words = min(x for x, _ in ink(image, plain.adjusted(0, 2, -plain.width() // 2, -2), background))
    line = menu.fontMetrics().height()
    marks = ink(image, QRect(row.left() + 1, row.top() + 1, words - line // 4 - row.left(), row.height() - 2),
                background)  # fmt: skip
    assert marks, action.text()  # something is drawn before the words
    left, right = min(x for x, _ in marks), max(x for x, _ in marks)
    top, bottom = min(y for _, y in marks), max(y for _, y in marks)
    side = min(right - left, bottom - top) + 1
    assert side >= 0.5 * line, action.text()  # as big as the letters
    edge = {y for x, y in marks if x <= left + 1}
    assert len(edge) >= 0.6 * side, action.text()  # an outlined box: its left side is drawn
    return QRect(left, top, right - left + 1, bottom - top + 1)


@pytest.mark.parametrize("percent", [100, 300])
@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)  # the offscreen platform's words for an open popup menu
def test_tick_boxes_ticks_separators_and_the_edge_show(qtbot: QtBot, tmp_path: Path, theme: str, percent: int) -> None:
    window, menu, image = shown_menu(qtbot, tmp_path, theme, percent)
    colours = window.appearance.theme
    try:
        background = QColor(colours.window)
        middle = image.height() // 2
        # The menu's edge stands out from the page and the window behind it.
        edge = image.pixelColor(0, middle)
        assert contrast(edge, QColor(colours.background)) >= 3.0 and contrast(edge, QColor(colours.window)) >= 3.0
        # An unticked item ("Text cursor in articles"): an empty box before its words.
        box_before_words(image, menu, item(menu, checkable=True, checked=False), background)
        # A ticked one ("Ask before showing numbers about survival"): a box, and a tick that stands out in it.
        box = box_before_words(image, menu, item(menu, checkable=True, checked=True), background)
        inside = box.adjusted(box.width() // 4, box.height() // 4, -box.width() // 4, -box.height() // 4)
        fill = image.pixelColor(inside.left(), inside.bottom())  # (the tick runs from the top right)
        assert ink(image, inside, fill, 4.5), "no tick in the box"
        # Each separator is a line that shows.
        separators = [menu.actionGeometry(a) for a in menu.actions() if a.isSeparator() and a.isVisible()]
        assert separators
        for line in separators:
            assert len(ink(image, line, background)) >= line.width() // 2
    finally:
        menu.hide()
