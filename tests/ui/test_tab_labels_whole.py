"""Tab labels are never cut at 300 %, in Spanish or English, in the kiosk or on the desktop (walk 9: a tab
read "Pregunt"): a panel gets its tabs' room, and where one line of labels would take more than the window
can give beside the article, each label goes on two lines, in a tab tall enough for both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.core.glossary.entries import Glossary
from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import enable_kiosk
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.layout.tabs import two_lines
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import SEED_ARTICLE

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, compiled_translations: Path) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    if request.param == "es":
        assert install_language(app, "es") == "es"
    yield request.param
    if request.param == "es":
        uninstall_language(app)


def window_at_300(qtbot: QtBot, tmp_path: Path, kiosk: bool) -> tuple[MainWindow, object]:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / SEED_ARTICLE.name).write_bytes(SEED_ARTICLE.read_bytes())
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None), glossary=Glossary.load(tmp_path / "data"))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600)) if kiosk else None
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_font_scale(300)
    article = next(iter(window.library))
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(article.key)
    window.setGeometry(0, 0, 1280, 800)  # the walk's kiosk screen (the offscreen screen is 800 x 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    return window, controller


def cut_tabs(window: QWidget) -> list[str]:
    """The labels of the tabs on screen whose words are not whole: the tab narrower or shorter than its words,
    or its words (centred in it) partly off the window."""
    cut = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        metrics = QFontMetrics(bar.font())
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            where = QRect(bar.mapTo(window, rect.topLeft()), rect.size())
            if where.right() < 0 or where.bottom() < 0:
                continue  # a panel Qt keeps off screen behind the shown one
            words = metrics.size(0, bar.tabText(index).replace("&", ""))
            text = QRect(0, 0, words.width(), words.height())
            text.moveCenter(where.center())
            if not window.rect().contains(text) or words.width() > rect.width() or words.height() > rect.height():
                cut.append(bar.tabText(index))
    return cut


@pytest.mark.parametrize("kiosk", [True, False])
def test_no_tab_label_is_cut_at_300_percent(
    qtbot: QtBot, tmp_path: Path, language: str, kiosk: bool
) -> None:
    window, controller = window_at_300(qtbot, tmp_path, kiosk)
    try:
        window.actions_registry["show_questions"].trigger()
        qtbot.wait(100)
        assert cut_tabs(window) == []
        window.glossaryRequested.emit("46356", "immune system")  # the glossary beside the bookmarks
        qtbot.wait(100)
        assert cut_tabs(window) == []
        if kiosk and language == "es":  # one line would not fit beside the article: two lines
            labels = [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
                      for i in range(bar.count())]  # fmt: skip
            assert "Todas las\npalabras A–Z" in labels
        window.appearance.set_font_scale(100)
        qtbot.wait(100)
        labels = [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
        assert not any("\n" in label for label in labels)  # back on one line when there is room
        assert cut_tabs(window) == []
    finally:
        if controller is not None:
            controller.exit_kiosk()  # type: ignore[attr-defined]


def test_a_label_goes_on_two_lines_at_the_space_nearest_its_middle() -> None:
    assert two_lines("Todas las palabras A–Z") == "Todas las\npalabras A–Z"
    assert two_lines("&Preguntas") == "&Preguntas"  # one word stays whole
    assert two_lines("In this article") == "In this\narticle"
