"""The kiosk's results get the room over the on-screen keyboard at every text size: the filters fold behind
one button where they would take it (walk 8, C6: at 200 % three rows of filters left one result title)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from tests.core.search_library import write

TYPES = ["pancreatic", "breast", "lung", "colorectal", "adolescents-and-young-adults", "head-and-neck"]
TOPICS = ["statistics", "support", "treatment"]


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskController]:
    """A 1280x800 kiosk (keyboard on) on eight short articles about survival, its search ready."""
    for n in range(8):
        write(tmp_path / "lib", f"s{n}.md", f"Survival Rates {n}", f"/s{n}",
              "Survival rate numbers come from large groups of people. " * 3,
              types=TYPES[n % len(TYPES)], tags=TOPICS[n % len(TOPICS)])  # fmt: skip
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    yield controller
    controller.exit_kiosk()


def on_screen(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def results_in_view(window: QWidget) -> int:
    """How many results show their whole title line."""
    listing = window.search.results.list
    view = listing.viewport().rect()
    title_line = listing.fontMetrics().height() * 115 // 100  # titles are 115 %
    return sum(
        1
        for row in range(listing.count())
        if (rect := listing.visualItemRect(listing.item(row))).top() >= view.top()
        and rect.top() + title_line <= view.bottom()
    )


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_with_the_keyboard_up_at_least_two_results_show_and_the_filters_stay_in_reach(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    window = kiosk.window
    keyboard = kiosk.keyboard
    assert keyboard is not None
    window.appearance.set_font_scale(percent)
    qtbot.wait(50)
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is 800 x 800: the walk's 1280x800 kiosk
    field = window.search.box.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.waitUntil(keyboard.dock.isVisible)
    for char in "survival":
        key = keyboard.keyboard.keys[char]
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
    view = window.search.results
    qtbot.waitUntil(lambda: view.list.count() == 8, timeout=5000)
    qtbot.wait(50)
    shown = results_in_view(window)
    assert keyboard.dock.isVisible() and (window.width(), window.height()) == (1280, 800)
    assert shown >= 2
    if view.filters_button.isVisible():  # folded: one tap shows them, above the results
        assert not view.filter_row.isVisible()
        qtbot.mouseClick(view.filters_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(view.filter_row.isVisible)
        assert view.filters_button.isChecked()
    for combo in (view.type_filter, view.topic_filter, view.level_filter):
        assert combo.isVisible() and window.rect().contains(on_screen(window, combo))
    assert QApplication.focusWidget() is not None


LONG_TITLES = ["Pancreatic Cancer Treatment (PDQ®)–Patient Version", "Pancreatic Cancer—Patient Version",
               "Genetics of Pancreatic Cancer and Family Risk", "Coping with Pancreatic Cancer Surgery",
               "Pancreatic Cancer Screening"]  # fmt: skip


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_on_a_short_kiosk_screen_at_300_percent_two_whole_results_show_over_the_keyboard(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Walk 9: on a 1280 x 720 kiosk at 300 % the Filters button's own row left the second result half
    under the keyboard; the button now sits beside the summary."""
    for n, title in enumerate(LONG_TITLES):
        write(tmp_path / "lib", f"p{n}.md", title, f"/p{n}", "Pancreatic cancer forms in the pancreas. " * 4,
              types="pancreatic", tags="treatment")  # fmt: skip
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    try:
        qtbot.waitExposed(window)
        service = window.search.use_index(tmp_path / "cache")
        qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
        keyboard = controller.keyboard
        assert keyboard is not None
        window.appearance.set_font_scale(300)
        qtbot.wait(50)
        window.setGeometry(0, 0, *size)
        field = window.search.box.field
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
        qtbot.waitUntil(keyboard.dock.isVisible)
        for char in "pancreatic":
            key = keyboard.keyboard.keys[char]
            qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
        view = window.search.results
        qtbot.waitUntil(lambda: view.list.count() == len(LONG_TITLES), timeout=5000)
        qtbot.wait(50)
        assert (window.width(), window.height()) == size and keyboard.dock.isVisible()
        assert results_in_view(window) >= 2
        listing = view.list
        second = listing.visualItemRect(listing.item(1))
        assert second.bottom() <= listing.viewport().rect().bottom()  # the whole second row, not half
        assert view.filters_button.isVisible() and window.rect().contains(on_screen(window, view.filters_button))
        assert on_screen(window, view.filters_button).bottom() < on_screen(window, listing).top()
    finally:
        controller.exit_kiosk()
