"""Every menu item keeps its whole words at 300 % in English and Spanish (walk 10, C4: "Ask before showing
…bers about survival", "Como …stema"). Each menu is drawn as the person sees it, then again with room to
spare; the words of each item must be drawn the same in both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.window.build import build_window
from tests.helpers import ROOT

ROOM = 600  # px of spare width in the second picture


@pytest.fixture
def app(qapp: QApplication, compiled_translations: Path) -> Iterator[QApplication]:
    yield qapp
    uninstall_language(qapp)


def all_menus(menus: list[QMenu]) -> Iterator[QMenu]:
    for menu in menus:
        yield menu
        yield from all_menus([a.menu() for a in menu.actions() if a.menu() is not None and a.isVisible()])


def cut_items(menu: QMenu) -> list[str]:
    """The items whose words are drawn differently when the menu has room to spare (cut with "…")."""
    menu.ensurePolished()
    menu.adjustSize()
    natural = menu.grab().toImage()
    width = natural.width()
    menu.setMinimumWidth(width + ROOM)
    menu.adjustSize()
    roomy = menu.grab().toImage()
    menu.setMinimumWidth(0)
    menu.adjustSize()
    cut = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        row = menu.actionGeometry(action)
        # With room to spare only the check mark and the words are left of the natural width (the keys and
        # the submenu arrow moved to the far right): where they end, the words end.
        end = max((x for x in range(1, width - 1) if _ink(roomy, x, row.top(), row.bottom())), default=0)
        same = all(
            natural.pixel(x, y) == roomy.pixel(x, y) for x in range(1, end + 1) for y in range(row.top(), row.bottom())
        )
        if not same:
            cut.append(action.text())
    return cut


def _ink(image: QImage, x: int, top: int, bottom: int) -> bool:
    background = image.pixel(image.width() - 2, (top + bottom) // 2)
    return any(image.pixel(x, y) != background for y in range(top + 2, bottom - 1))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_menu_item_is_whole_at_300_percent(
    app: QApplication, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    install_language(app, language)
    library = Library.load([ROOT / "seeds", ROOT / "resources" / "libraries" / "es"])
    window = build_window(library, Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_font_scale(300)
    qtbot.wait(50)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    menus.append(window.toolbar_fit.menu)  # "More", where the toolbar's buttons go at large text
    checked = 0
    for menu in all_menus(menus):
        assert cut_items(menu) == [], menu.title()
        checked += 1
    assert checked >= 10  # File, Edit, View (Colours, Line spacing, Language), Go, Bookmarks, Help, More
