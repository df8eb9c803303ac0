"""The article asked for at start is not in the library (reader/ui/library/not_found_bar.py): the whole
message and address can be read at 300 % (walk 12: the status bar cut them), and copied."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea
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
    # (An invisible space after each slash lets a long address break there.)
    assert label.text().replace("\u200b", "") == f"The article you asked for is not in this library.\n{ADDRESS}"
    # Every line has its room, and the bar is inside the window (nothing cut at the right or bottom), once
    # the bar has its place.
    qtbot.waitUntil(lambda: label.visibleRegion().boundingRect().size() == label.size())
    assert label.height() >= label.heightForWidth(label.width())
    right = label.mapTo(window, label.rect().bottomRight())
    assert 0 < right.x() <= window.width() and right.y() <= window.height()
    assert label.visibleRegion().boundingRect().size() == label.size()
    bar.copy_button.click()
    assert QGuiApplication.clipboard().text() == ADDRESS


@pytest.mark.parametrize("language", ["en", "es"])
def test_on_a_small_screen_at_300_percent_the_message_has_the_whole_width_and_scrolls(
    qtbot: QtBot, tmp_path: Path, language: str, compiled_translations: Path
) -> None:
    """Walk 13, C3: at 300 % on 800x480 the words were squeezed into a 240 px column beside the buttons,
    cut at the top and bottom, and the article had 50-80 px."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.languages.install import install_language

    if language == "es":
        install_language(QApplication.instance(), "es")
    window = window_at(qtbot, tmp_path, 300)
    window.resize(800, 480)
    long_address = "https://www.cancer.gov/" + "types/breast/treatment-of-early-stage-breast-cancer/" * 6
    bar = tell_not_in_library(window, long_address)
    label = bar.label
    qtbot.waitUntil(bar.isVisible)
    # The words have the bar's whole width, with the buttons under them (not a 240 px column beside them).
    qtbot.waitUntil(lambda: label.visibleRegion().boundingRect().width() > 0.85 * bar.width())
    area = next(w for w in (label.parentWidget(), label.parentWidget().parentWidget()) if isinstance(w, QScrollArea))
    words_bottom = area.mapTo(bar, area.rect().bottomLeft()).y()
    assert bar.copy_button.mapTo(bar, bar.copy_button.rect().topLeft()).y() >= words_bottom
    for button in (bar.copy_button, bar.close_button):  # the buttons are whole and inside the window
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.visibleRegion().boundingRect().size() == button.size() and corner.x() < window.width()
    # Every line is there, none cut at the side; the message scrolls instead of taking the article's room.
    assert label.height() >= label.heightForWidth(label.width())
    assert window.stack.height() >= bar.height() - 2  # the pages keep at least half the room
    bar_scroll = area.verticalScrollBar()
    assert bar_scroll.maximum() > 0 and bar_scroll.isVisible()
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus  # arrows scroll it from the keyboard
    area.setFocus()
    for _ in range(10):
        qtbot.keyClick(area, Qt.Key.Key_PageDown)
    assert bar_scroll.value() == bar_scroll.maximum()  # the end of the address can be read


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
