"""Counts of a thousand or more are grouped as the language writes them: "1,378" (walk 6, X5)."""

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
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article

COUNT = 1002


@pytest.fixture(scope="module")
def big_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 1,002 tiny articles."""
    folder = tmp_path_factory.mktemp("big")
    for n in range(COUNT):
        write_article(folder, f"a{n:04d}.md", f"Article {n}", f"https://www.cancer.gov/a/{n}", "Some words.")
    return folder


def shown_window(qtbot: QtBot, folder: Path, tmp_path: Path) -> MainWindow:
    window = build_window(Library.load([folder]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_library(window.library)  # as when the library has been read at start
    return window


def test_the_home_page_and_status_bar_group_thousands_in_english(
    qtbot: QtBot, big_library: Path, tmp_path: Path
) -> None:
    window = shown_window(qtbot, big_library, tmp_path)
    assert "Your library has 1,002 articles" in window.home.page.toPlainText()
    assert window.statusBar().currentMessage().startswith("1,002 articles in your library")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "es")
    yield
    uninstall_language(qapp)


@pytest.mark.usefixtures("spanish")
def test_spanish_writes_the_count_its_own_way(qtbot: QtBot, big_library: Path, tmp_path: Path) -> None:
    window = shown_window(qtbot, big_library, tmp_path)
    text = window.home.page.toPlainText()
    assert "1002 artículos" in text  # Spanish groups only from five digits (13.780): QLocale("es")
    assert "1,002" not in text
