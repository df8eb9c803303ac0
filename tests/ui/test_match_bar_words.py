"""The matches bar says a whole sentence at 300 % in Spanish: on a line of its own under its buttons where it
does not fit beside them (walk 10, X5: it said only "1 lugar"); a kiosk keeps its one short line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.window.build import build_window
from tests.helpers import ROOT
from tests.ui.test_search_marks import open_first


@pytest.fixture
def app(qapp: QApplication, compiled_translations: Path) -> Iterator[QApplication]:
    yield qapp
    uninstall_language(qapp)


@pytest.mark.parametrize("percent", [100, 300])
def test_the_spanish_bar_says_a_whole_sentence(app: QApplication, qtbot: QtBot, tmp_path: Path,
                                               percent: int) -> None:  # fmt: skip
    install_language(app, "es")
    window = build_window(Library.load([ROOT / "resources" / "libraries" / "es"]), Settings(tmp_path / "s.json"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_font_scale(percent)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=20000)
    open_first(qtbot, window, "quimioterapia")
    bar = window.search.match_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.label.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: bar.rect().contains(bar.label.geometry()), timeout=3000)  # the toolbar settles
    qtbot.wait(100)
    assert bar.label.text() == "1 lugar coincide con su búsqueda"
    label = bar.label.geometry()
    assert label.height() >= bar.label.heightForWidth(label.width())
    assert bar.label.fontMetrics().horizontalAdvance(bar.label.text()) <= bar.label.contentsRect().width()
    # Beside the buttons where it fits (100 %), under them where it does not (300 %).
    assert bar.below is (percent == 300)
    assert (label.top() >= bar.next_button.geometry().bottom()) is (percent == 300)
