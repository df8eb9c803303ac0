""""On this page" shows beside its article only: not beside search results (walk 8, X2), and in a kiosk not
for an article without headings, where it took a third of the screen to say so (walk 8, X6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article

PARTS = "# Neck Lumps\n\n## What a lump can be\n\nMost lumps are not cancer.\n\n## When to see a doctor\n\nSoon."
PLAIN = "# Fatigue\n\nFeeling tired is common. Rest helps."


def library(tmp_path: Path) -> Library:
    folder = tmp_path / "lib"
    write_article(folder, "neck.md", "Neck Lumps - NCI", "https://www.cancer.gov/neck", PARTS)
    write_article(folder, "tired.md", "Fatigue - NCI", "https://www.cancer.gov/tired", PLAIN)
    return Library.load([folder])


def open_titled(qtbot: QtBot, window: MainWindow, title: str) -> None:
    article = next(a for a in window.library if a.display_title.startswith(title))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)


def test_desktop_results_do_not_show_the_last_articles_headings(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_window(library(tmp_path), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    open_titled(qtbot, window, "Neck Lumps")
    assert window.contents.isVisible() and window.contents.has_headings()
    assert window.statusBar().currentMessage() == "Neck Lumps"
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "tired")
    qtbot.waitUntil(lambda: window.page_on_screen() is window.search.results, timeout=5000)
    assert not window.contents.isVisible() and not window.contents_label.isVisible()
    assert "Neck Lumps" not in window.statusBar().currentMessage()
    window.search.dismiss()  # Escape: back to the article, and its headings with it
    assert window.page_on_screen() is window.article_page
    assert window.contents.isVisible() and window.statusBar().currentMessage() == "Neck Lumps"


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskController]:
    window = build_window(library(tmp_path), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    yield controller
    controller.exit_kiosk()


def test_kiosk_gives_an_article_without_headings_the_whole_width(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    open_titled(qtbot, window, "Neck Lumps")
    qtbot.waitUntil(window.contents.isVisible)
    open_titled(qtbot, window, "Fatigue")
    qtbot.waitUntil(lambda: not window.contents.isVisible())
    qtbot.wait(50)
    assert window.view.width() > window.width() * 0.9  # the article has the screen's width
