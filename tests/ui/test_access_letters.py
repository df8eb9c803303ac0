"""Each menu's underlined letters (Alt+letter) are different, and so are those of every toolbar button,
which can all end up in the one More menu at large text, in English and Spanish (walk 10, X3: Forward and
Find in article both F; "Mis preguntas" and "Texto más pequeño" both p)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.packs.install import PackStore
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.packs.feature import PacksFeature
from reader.ui.window.build import build_window
from tests.helpers import ROOT


@pytest.fixture
def app(qapp: QApplication, compiled_translations: Path) -> Iterator[QApplication]:
    yield qapp
    uninstall_language(qapp)


def letter(action: QAction) -> str:
    """The underlined letter of an action's words ("" when none)."""
    found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
    return found.group(1).casefold() if found else ""


def clashes(actions: list[QAction]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for action in actions:
        if not action.isSeparator() and letter(action):
            by_letter.setdefault(letter(action), []).append(action.text())
    return {key: texts for key, texts in by_letter.items() if len(texts) > 1}


def menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu())


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_items_share_an_underlined_letter(app: QApplication, qtbot: QtBot, tmp_path: Path,
                                                 language: str) -> None:  # fmt: skip
    install_language(app, language)
    window = build_window(Library.load([ROOT / "seeds"]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    PacksFeature(window, PackStore(tmp_path / "packs"), list)  # File > Install a library pack…, as the app adds it
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for top in window.menuBar().actions():
        for menu in menus(top.menu()):
            assert clashes(menu.actions()) == {}, menu.title()
    assert clashes(window.menuBar().actions()) == {}
    on_toolbars = {a for bar in window.findChildren(QToolBar) for a in bar.actions() if a.text()}
    assert len(on_toolbars) >= 10
    assert clashes(list(on_toolbars)) == {}
    # At 300 % they go into the More menu, each once.
    window.appearance.set_font_scale(300)
    qtbot.wait(50)
    more = window.toolbar_fit.menu.actions()
    assert len(more) >= 5 and clashes(more) == {}
