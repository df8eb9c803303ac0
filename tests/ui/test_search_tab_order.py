"""Tab from the search box goes into its results first: "Did you mean", the filters, the list (walk 6, X15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.ui.window.main_window import MainWindow
from tests.core.search_library import make_library
from tests.ui.test_search_ui import new_window, search_for


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on the small search library (it has "diarrhea"), its index ready."""
    make_library(tmp_path / "lib")
    win = new_window(qtbot, Library.load([tmp_path / "lib"]), tmp_path)
    service = win.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    return win


def test_tab_from_the_box_reaches_did_you_mean_first_then_the_filters_the_list_and_the_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "diarea")
    view = window.search.results
    assert view.suggestion.isVisibleTo(window)
    visited: list[QWidget] = [window.search.box.field]
    for _ in range(6):
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[1:6] == [view.suggestion, view.type_filter, view.topic_filter, view.level_filter, view.list]
    assert visited[6] is window.browser.reading_level  # then the left panel, top to bottom
    # One Tab and Space, as docs/SEARCH.md says, searches for the suggestion.
    window.search.box.focus()
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Tab)
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.search.box.text() == "diarrhea"


def test_choosing_did_you_mean_leaves_the_filters_where_they_were(qtbot: QtBot, window: MainWindow) -> None:
    """Walk 6, C1: the "Did you mean" row went away and everything under it moved up ~70 px in the kiosk,
    so a tap aimed at a filter a moment later opened the first result."""
    search_for(qtbot, window, "diarea")
    view = window.search.results

    def filter_top() -> int:
        return view.type_filter.mapTo(window, view.type_filter.rect().topLeft()).y()

    before = filter_top()
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.mouseClick(view.suggestion, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.results is not None and view.results.text == "diarrhea")
    assert not view.suggestion.isVisibleTo(window)
    qtbot.wait(20)  # laid out
    assert filter_top() == before
    # A search typed after that closes the gap.
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "nausea")
    qtbot.waitUntil(lambda: view.results is not None and view.results.text == "nausea", timeout=5000)
    qtbot.waitUntil(lambda: filter_top() < before)
