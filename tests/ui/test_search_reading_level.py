"""The Reading level filter on the search results page: counts, choosing a level, clearing."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.library.readability import reading_badge
from reader.ui.search.results_view import HIT_ROLE
from reader.ui.window.main_window import MainWindow
from tests.ui.test_search_ui import reset_app_look, search_for, shown_titles, window  # noqa: F401 - fixtures


def shown_keys(window: MainWindow) -> list[str]:  # noqa: F811 - window: the fixture
    listing = window.search.results.list
    return [listing.item(i).data(HIT_ROLE).key for i in range(listing.count())]


def test_reading_level_filter_counts_chooses_and_clears(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    results = search_for(qtbot, window, "cancer")
    view = window.search.results
    badge = {a.key: reading_badge(a.reading_grade, a.audience_level) for a in window.library}
    expected = Counter(badge[key] for key in shown_keys(window))
    assert len(expected) >= 2, "the small library should give results at two reading levels"
    assert view.level_filter.isVisibleTo(window)
    items = [view.level_filter.itemText(i) for i in range(view.level_filter.count())]
    assert items[0] == "Any reading level"
    assert sorted(items[1:]) == sorted(f"{level} ({n})" for level, n in expected.items())
    assert results.total == sum(expected.values())

    chosen_level, count = sorted(expected.items())[0]
    index = view.level_filter.findData(chosen_level)
    view.level_filter.setFocus()
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        view.level_filter.setCurrentIndex(index)
        view.level_filter.activated.emit(index)
    assert len(shown_titles(window)) == count
    assert all(badge[key] == chosen_level for key in shown_keys(window))
    assert view.level_filter.currentData() == chosen_level  # kept after the new results came
    assert sum(int(view.type_filter.itemText(i).rsplit("(", 1)[1].rstrip(")"))
               for i in range(1, view.type_filter.count())) <= count  # fmt: skip
    assert view.clear_filters_button.isVisibleTo(window)
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(shown_titles(window)) == sum(expected.values())
    assert view.level_filter.currentIndex() == 0


def test_the_two_reading_level_boxes_keep_in_step(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    """Walk 10, C15: the results said "Easy to read (42)" while the library's box beside them said "For
    health professionals"; a person could not tell which one held. One level for the window now."""
    search_for(qtbot, window, "cancer")
    view, browser = window.search.results, window.browser
    badge = {a.key: reading_badge(a.reading_grade, a.audience_level) for a in window.library}
    levels = sorted(Counter(badge[key] for key in shown_keys(window)))
    assert len(levels) >= 2, "the small library should give results at two reading levels"
    # Chosen on the results page: the library's box says the same, and lists that level only.
    index = view.level_filter.findData(levels[0])
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        view.level_filter.setCurrentIndex(index)
        view.level_filter.activated.emit(index)
    assert browser.reading_level.currentText() == levels[0]
    assert all(badge[a.key] == levels[0] for a in browser._all)
    # Chosen in the library's box: the results follow, searched again at that level.
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        browser.reading_level.setCurrentText(levels[1])
    assert view.level_filter.currentData() == levels[1]
    assert view.level_filter.currentText().startswith(levels[1])
    assert shown_keys(window) and all(badge[key] == levels[1] for key in shown_keys(window))
    # Clearing the results' filters clears the library's box too.
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert browser.reading_level.currentIndex() == 0
    assert len({badge[key] for key in shown_keys(window)}) >= 2
