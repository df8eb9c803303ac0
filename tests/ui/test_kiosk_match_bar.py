"""The search's match bar in the kiosk and at large text: only with the article it marks (walk 9, C9-6), and one
short line at 300% so the article keeps most of the screen (C9-7), the whole sentence still for screen readers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write

PART = "Fatigue is common. " * 5
WHOLE = "that fit best are marked)"


def _library(folder: Path) -> None:
    body = "\n\n".join(f"## Part {n}\n\n{PART}" for n in range(8))
    write(folder, "fatigue.md", "About Fatigue", "/side-effects/fatigue", body)
    write(folder, "other.md", "Nausea", "/side-effects/nausea", "Nausea is feeling sick. Fatigue too.")


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(30)


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskController]:
    """A 1280 x 800 kiosk (the walk's screen) on a searchable library, keyboard off."""
    _library(tmp_path / "lib")
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    window.setGeometry(0, 0, 1280, 800)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    yield controller
    controller.exit_kiosk()


def open_first(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Search for text and open the first result, as a tap on it does."""
    window.search.box.set_text(text)
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == text, timeout=5000)  # fmt: skip
    hits = window.search.results.results.hits
    with qtbot.waitSignal(window.articleShown, timeout=15000):
        window.search.open_result(hits[0].key)
    settle(qtbot)


def bar_shown(window: MainWindow) -> bool:
    return window.search.match_toolbar.isVisible() and window.search.match_bar.isVisible()


def test_the_bar_stays_with_its_article_when_the_text_grows_over_the_results(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    window = kiosk.window
    open_first(qtbot, window, "fatigue")
    assert bar_shown(window)
    window.go_back()  # Back to the results list
    settle(qtbot)
    assert window.page_on_screen() is window.search.results and not bar_shown(window)
    window.appearance.larger()  # A+ on the results
    settle(qtbot)
    qtbot.wait(50)  # the marks are drawn again once the new size is in (a timer)
    settle(qtbot)
    assert window.page_on_screen() is window.search.results
    assert not bar_shown(window), window.search.match_bar.label.text()
    places = window.search._places
    assert places is not None and places.current == -1
    window.search.next_match()  # F3 over the results moves nothing out of sight
    assert places.current == -1
    # Forward: the article it marks is on screen again, and so is its bar.
    window.go_forward()
    qtbot.waitUntil(lambda: window.page_on_screen() is window.article_page, timeout=15000)
    settle(qtbot)
    assert window.page_on_screen() is window.article_page and bar_shown(window)
    window.go_home()
    settle(qtbot)
    assert not bar_shown(window)


@pytest.mark.parametrize("kiosk_mode", [True, False])
def test_at_300_percent_the_bar_is_one_short_line_and_the_article_gets_the_screen(
    qtbot: QtBot, tmp_path: Path, kiosk_mode: bool, request: pytest.FixtureRequest
) -> None:
    if kiosk_mode:
        window = request.getfixturevalue("kiosk").window
    else:
        _library(tmp_path / "lib")
        window = build_window(Library.load([tmp_path / "lib"]), Settings(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.resize(1280, 800)
        service = window.search.use_index(tmp_path / "cache")
        qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    window.appearance.set_font_scale(300)
    settle(qtbot)
    open_first(qtbot, window, "fatigue")
    settle(qtbot)
    assert window.width() == (800 if kiosk_mode else 1280)  # the offscreen screen: 800 px wide
    bar = window.search.match_bar
    assert bar_shown(window)
    # One line of words, no taller than the buttons beside it.
    assert bar.label.minimumHeight() < 2 * bar.label.fontMetrics().height(), (
        bar.label.text(), bar.label.geometry(), bar.geometry(), bar.next_button.geometry(), bar.clear_button.geometry()
    )
    assert bar.height() <= bar.next_button.height() + 12
    assert bar.label.text() and len(bar.label.text()) < len(bar.spoken)
    # The whole sentence for screen readers.
    assert "match your search" in bar.spoken and bar.label.accessibleName() == bar.spoken
    # The article has most of the page's height under the toolbars.
    assert window.view.height() >= 0.6 * (window.height() - window.search.match_toolbar.y()), (
        window.view.height(), window.height()
    )
    bar.next_button.click()
    assert bar.label.text().startswith("Match 1 of ")
    assert bar.label.minimumHeight() < 2 * bar.label.fontMetrics().height()
    window.appearance.set_font_scale(100)
    settle(qtbot)
    places = window.search._places
    assert places is not None
    bar.show_count(len(places.places), len(places.marked))  # as Clear marks and a new search would show it
    settle(qtbot)
    assert bar.label.minimumHeight() < 2 * bar.label.fontMetrics().height()
    if window.width() >= 1280:
        assert WHOLE in bar.label.text()  # at 100% the whole sentence fits on the line again
