"""The article asked for at start is not in the library (reader/ui/library/not_found_bar.py): the whole
message and address can be read at 300 % (walk 12: the status bar cut them), and copied."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.library.not_found_bar import tell_not_in_library
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article

ADDRESS = "https://www.cancer.gov/types/childhood-cancers/late-effects-of-treatment-for-childhood-cancer-pdq-patient"


def window_at(qtbot: QtBot, tmp_path: Path, scale: int, language: str = "en") -> MainWindow:
    write_article(tmp_path / "lib", "a.md", "Fatigue", "https://www.cancer.gov/fatigue", "# Fatigue\n\nRest.\n")
    settings = Settings(None)
    window = build_window(Library.load([tmp_path / "lib"]), settings, appearance=Appearance(settings, font_scale=scale))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("scale", [100, 300])
def test_the_whole_message_and_address_can_be_read_and_copied(qtbot: QtBot, tmp_path: Path, scale: int) -> None:
    window = window_at(qtbot, tmp_path, scale)
    bar = tell_not_in_library(window, ADDRESS)
    qtbot.waitUntil(bar.isVisible)
    label = bar.label
    assert label.text() == f"The article you asked for is not in this library.\n{ADDRESS}"
    # Every line has its room, and the bar is inside the window (nothing cut at the right or bottom).
    assert label.height() >= label.heightForWidth(label.width())
    right = label.mapTo(window, label.rect().bottomRight())
    assert 0 < right.x() <= window.width() and right.y() <= window.height()
    assert label.visibleRegion().boundingRect().size() == label.size()
    bar.copy_button.click()
    assert QGuiApplication.clipboard().text() == ADDRESS


def test_opening_an_article_puts_the_message_away(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_at(qtbot, tmp_path, 100)
    bar = tell_not_in_library(window, ADDRESS)
    article = next(iter(window.library))
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(article.key)
    assert not bar.isVisible()


def test_the_message_reads_in_spanish(qtbot: QtBot, tmp_path: Path, compiled_translations: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.ui.languages.install import install_language

    install_language(QApplication.instance(), "es")
    window = window_at(qtbot, tmp_path, 300)
    bar = tell_not_in_library(window, ADDRESS)
    assert bar.label.text().startswith("El artículo que pidió no está en esta biblioteca.")
    assert bar.copy_button.text() == "Copiar la dirección"
