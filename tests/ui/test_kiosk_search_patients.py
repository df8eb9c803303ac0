"""A waiting-room kiosk's search lists patient versions only, as its home screen does: no health-professional
version and no research news among the results, nor in the reading-level filter's counts (walk 10, C8:
"nausea" gave "Nausea and Vomiting Related to Cancer Treatment (PDQ®)… Health professional version" second).
The desktop still finds the professional version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write

NAUSEA = "Nausea and vomiting can come with chemotherapy. Medicines for nausea help most people. "


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A patient summary on nausea, its health-professional version, research news and one more page."""
    folder = tmp_path / "lib"
    write(folder, "nausea-pdq.md", "Nausea and Vomiting Related to Cancer Treatment (PDQ®) - Patient Version",
          "/about-cancer/treatment/side-effects/nausea/nausea-pdq", NAUSEA * 3)  # fmt: skip
    write(folder, "nausea-hp-pdq.md",
          "Nausea and Vomiting Related to Cancer Treatment (PDQ®) - Health Professional Version",
          "/about-cancer/treatment/side-effects/nausea/nausea-hp-pdq", NAUSEA * 6)  # fmt: skip
    write(folder, "news.md", "New Nausea Medicine Studied in a Trial", "/types/lung/research/nausea-trial",
          NAUSEA * 4, types="lung", tags="research")  # fmt: skip
    write(folder, "eating.md", "Eating Hints for Nausea", "/about-cancer/coping/eating-hints", NAUSEA)
    return Library.load([folder])


def search(qtbot: QtBot, window: MainWindow, cache: Path, words: str, count: int) -> list[str]:
    """Type words in the search box; once count results show (the first answer may come before the
    whole list), the titles the results list shows, with their 'where' lines."""
    service = window.search.use_index(cache)
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=15000)
    window.search.box.set_text(words)
    view = window.search.results
    qtbot.waitUntil(lambda: view.isVisible() and view.list.count() >= count, timeout=10000)
    qtbot.wait(300)  # a longer list would come by now
    return [view.list.item(row).text() for row in range(view.list.count())]


@pytest.fixture
def kiosk(qtbot: QtBot, library: Library) -> Iterator[KioskController]:
    window = build_window(library, Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    yield controller
    controller.exit_kiosk()


def test_the_kiosk_lists_patient_versions_only(qtbot: QtBot, kiosk: KioskController, tmp_path: Path) -> None:
    window = kiosk.window
    rows = search(qtbot, window, tmp_path / "cache", "nausea", 2)
    assert len(rows) == 2, rows
    assert any(row.startswith("Nausea and Vomiting Related to Cancer Treatment") for row in rows), rows
    assert any(row.startswith("Eating Hints") for row in rows), rows
    assert not any("Health professional" in row or "Trial" in row for row in rows), rows
    view = window.search.results
    assert view.summary.text() == "2 articles match “nausea”"
    levels = [view.level_filter.itemText(n) for n in range(view.level_filter.count())]
    assert not any("health professional" in text.casefold() for text in levels), levels
    assert not view.clear_filters_button.isVisible()  # nothing was chosen by the visitor
    # A reading level chosen by the visitor still keeps to patient versions.
    view.level_filter.setCurrentIndex(1)
    view.level_filter.activated.emit(1)
    qtbot.waitUntil(lambda: view.clear_filters_button.isVisible(), timeout=5000)
    qtbot.wait(200)
    shown = [view.list.item(row).text() for row in range(view.list.count())]
    assert shown and not any("Health professional" in row for row in shown), shown


def test_the_desktop_still_finds_the_professional_version(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = build_window(library, Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    rows = search(qtbot, window, tmp_path / "cache", "nausea", 4)
    assert len(rows) == 4, rows
    assert any("Health professional version" in row for row in rows), rows
    window.search.box.field.setFocus(Qt.FocusReason.OtherFocusReason)
