"""At large text the small controls grow with the words: the search box's clear (×) button, the library's
expand arrows and the menus' submenu arrows stayed about 8 px at 300 % (walk 12, X13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
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


def inked_height(image: QImage, rect: QRect, background: QColor) -> int:
    """How tall the shape drawn in rect is (its pixels at 3:1 or more from the background)."""
    rows = [
        y
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1))
        if any(contrast(image.pixelColor(x, y), background) >= 3.0
               for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)))
    ]  # fmt: skip
    return max(rows) - min(rows) + 1 if rows else 0


def window_at(qtbot: QtBot, tmp_path: Path, percent: int) -> MainWindow:
    window = build_window(Library.load([ROOT / "seeds"]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_font_scale(percent)
    window.first_screen_shown()
    qtbot.wait(30)
    return window


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)  # the offscreen platform's words for an open popup menu
@pytest.mark.parametrize("theme", ["light", "high-contrast"])
def test_clear_button_tree_arrows_and_submenu_arrows_grow_with_the_text(
    qtbot: QtBot, tmp_path: Path, theme: str
) -> None:
    window = window_at(qtbot, tmp_path, 300)
    window.appearance.set_theme(theme)
    qtbot.wait(30)
    letters = window.fontMetrics().height()  # about 47 px at 300 %
    # The search box's clear button, once there are words to clear.
    field = window.search.box.field
    field.setText("hair loss")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in field.findChildren(QToolButton)))
    button = next(b for b in field.findChildren(QToolButton) if b.isVisible())
    qtbot.wait(400)  # (Qt fades the button in)
    image = field.grab().toImage()
    background = image.pixelColor(field.width() // 2, field.height() - 4)
    cross = inked_height(image, button.geometry(), background)
    assert cross >= 0.4 * letters, (cross, letters)
    # The library's expand arrows (in the drawer at this size).
    window.side_panel.action.setChecked(True)
    tree = window.browser.by_type
    qtbot.waitUntil(tree.isVisible)
    parent = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).childCount())
    row = tree.visualItemRect(parent)
    image = tree.viewport().grab().toImage()
    background = image.pixelColor(tree.viewport().width() - 3, tree.viewport().height() - 3)
    arrow = inked_height(image, QRect(0, row.top(), row.left(), row.height()), background)
    assert arrow >= 0.3 * letters, (arrow, letters)
    # A menu's submenu arrow ("Colours ▸"), in a short menu (the window's View menu is wider than the
    # offscreen screen at 300 %, which cuts it).
    menu = QMenu(window)
    menu.addMenu("Colours").addAction("Light")
    menu.popup(window.mapToGlobal(QPoint(40, 30)))
    qtbot.waitExposed(menu)
    try:
        row = menu.actionGeometry(menu.actions()[0])
        image = menu.grab().toImage()
        background = QColor(window.appearance.theme.window)
        words_end = max(  # where the words end: the arrow is right of them
            x for x in range(row.left(), row.right() - letters)
            if inked_height(image, QRect(x, row.top(), 1, row.height()), background)
        )  # fmt: skip
        arrow = inked_height(image, QRect(words_end + 2, row.top(), row.right() - words_end - 2, row.height()), background)
        assert arrow >= 0.3 * letters, (arrow, letters)
    finally:
        menu.hide()
    # At the usual size they keep the usual size.
    window.appearance.set_font_scale(100)
    qtbot.wait(30)
    assert button.height() <= 2 * window.fontMetrics().height()
