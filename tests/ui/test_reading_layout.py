"""The reading layout at large text sizes: the article gets the window, the toolbars one row with a More
menu, the library panel a drawer; tab labels whole, panel title bars that grow with the text, and panel
widths that come back when the text is smaller again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.layout.dock_title import DockTitleBar
from reader.ui.window.main_window import MainWindow
from tests.ui.test_main_window import open_by_click
from tests.ui.test_search_marks import open_first

SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    yield
    Appearance(Settings(None)).apply()


def on_window(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def toolbar_rows(window: MainWindow) -> int:
    return len({tb.geometry().top() for tb in window.findChildren(QToolBar) if tb.isVisible()})


@pytest.mark.parametrize("percent", [200, 300])
def test_at_large_sizes_the_article_gets_most_of_the_window(
    qtbot: QtBot, window: MainWindow, percent: int
) -> None:
    window.resize(1280, 800)
    open_by_click(qtbot, window, SEED_TITLE)
    assert window.splitter.widget(0).isVisible() and toolbar_rows(window) == 2  # usual layout at 100%
    window.appearance.set_font_scale(percent)
    qtbot.wait(20)
    assert toolbar_rows(window) == 1
    assert not window.splitter.widget(0).isVisible()  # the library panel is folded away
    view = window.view
    assert view.width() >= 0.9 * window.width()
    assert on_window(view).y() <= 0.2 * window.height()  # one menu row and one toolbar row above it
    for name in ("panel", "back", "home"):  # the most needed buttons stay on the row
        button = window.toolbar.widgetForAction(window.actions_registry[name])
        assert button is not None and button.isVisible(), name
    assert window.toolbar_fit.more_button.isVisible() and window.toolbar_fit.menu.actions()
    assert window.search.box.width() >= window.search.box.field.fontMetrics().horizontalAdvance("x" * 20)


def test_the_browse_drawer_opens_with_whole_tab_labels_and_folds_after_a_choice(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1100, 760)
    window.appearance.set_font_scale(300)
    qtbot.wait(20)
    browse = window.toolbar.widgetForAction(window.actions_registry["panel"])
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    panel = window.splitter.widget(0)
    assert panel.isVisible()
    bar = window.browser.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= bar.width(), f"{bar.tabText(index)!r} is cut off"
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()
    assert on_window(bar).x() + bar.width() <= on_window(panel).x() + panel.width()
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        open_by_click(qtbot, window, SEED_TITLE)
    assert not panel.isVisible()  # the drawer folds once an article is chosen


def test_the_panel_width_comes_back_when_the_text_is_smaller_again(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    qtbot.wait(20)
    start = window.splitter.sizes()[0]
    for percent in (175, 250, 300, 100):
        window.appearance.set_font_scale(percent)
        qtbot.wait(10)
    assert window.splitter.widget(0).isVisible()
    assert window.splitter.sizes()[0] == start
    window.splitter.moveSplitter(420, 1)  # the person makes it wider themselves
    window.appearance.set_font_scale(300)
    window.appearance.set_font_scale(100)
    qtbot.wait(10)
    assert abs(window.splitter.sizes()[0] - 420) <= 2


def test_panel_title_bars_and_their_buttons_grow_with_the_text(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    window.glossary_panel.show()
    window.bookmarks.dock.show()
    qtbot.wait(20)
    sizes: dict[int, list[tuple[int, int, int]]] = {}
    for percent in (100, 300):
        window.appearance.set_font_scale(percent)
        qtbot.wait(20)
        sizes[percent] = []
        for dock in (window.glossary_panel, window.bookmarks.dock):
            bar = dock.titleBarWidget()
            assert isinstance(bar, DockTitleBar)
            close = bar.close_button
            assert close.isVisible() and bar.rect().contains(close.geometry()), f"{dock.windowTitle()} Close cut"
            assert close.width() >= close.sizeHint().width()
            sizes[percent].append((QFontInfo(bar.title.font()).pixelSize(), close.height(), bar.height()))
    for small, large in zip(sizes[100], sizes[300], strict=True):
        assert large[0] >= 2.5 * small[0]  # the title's words
        assert large[1] >= 2 * small[1]  # the Close button
        assert large[2] - small[2] >= large[1] - small[1]  # and the bar holding it


def test_the_glossary_tabs_are_never_cut_off(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    window.appearance.set_font_scale(300)
    window.glossary_panel.show()
    qtbot.wait(30)
    bar = window.glossary_panel.tabs.tabBar()
    assert not bar.usesScrollButtons()
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= bar.width(), f"{bar.tabText(index)!r} is cut off"
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()


@pytest.mark.parametrize("percent", [150, 200, 300])
def test_with_both_panels_and_the_match_bar_the_window_keeps_its_size(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, percent: int
) -> None:
    """A 1280x800 window (a laptop screen) with an article opened from search, the glossary and the bookmarks
    open: at large text the window must not grow past the screen (it did: 1735x1043 at 300%, with the
    panels' Close buttons, the bookmark filter and the match bar's buttons off the screen)."""
    window.resize(1280, 800)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    open_first(qtbot, window, "immunotherapy")
    bar = window.search.match_bar
    assert bar.isVisible()
    window.glossary_panel.show()
    window.bookmarks.dock.show()
    window.appearance.set_font_scale(percent)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1280, 800)
    frame = window.rect()
    for widget in (bar.label, bar.next_button, bar.clear_button, window.bookmarks.dock, window.glossary_panel):
        if not widget.visibleRegion().isEmpty():  # (a panel behind another's tab is not on screen)
            place = widget.mapTo(window, QPoint(0, 0))
            assert frame.contains(QRect(place, widget.size())), f"{widget.objectName()} is off the window"
    label = bar.label  # every word of "31 places match your search ..." shows, on more lines if need be
    assert label.height() >= label.heightForWidth(label.width())
    for dock in (window.glossary_panel, window.bookmarks.dock):  # each panel can still be reached
        assert dock.isVisible() or window.tabifiedDockWidgets(dock)
    window.appearance.set_font_scale(100)  # back at the usual size they fit one over the other again
    qtbot.wait(50)
    assert not window.tabifiedDockWidgets(window.glossary_panel)
    for dock in (window.glossary_panel, window.bookmarks.dock):
        assert not dock.visibleRegion().isEmpty()


def test_a_panel_opened_at_150_with_another_open_shares_its_place(qtbot: QtBot, window: MainWindow) -> None:
    """Opening the bookmarks beside the glossary at 150% in a 1280x800 window: one over the other they
    need more height than the window has, so they share one place and the bookmarks come to the front."""
    window.resize(1280, 800)
    window.appearance.set_font_scale(150)
    open_by_click(qtbot, window, SEED_TITLE)
    window.glossary_panel.show()
    qtbot.wait(50)
    window.bookmarks.dock.show()
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1280, 800)
    assert not window.bookmarks.dock.visibleRegion().isEmpty()  # in front, on screen


def test_a_panel_title_that_fits_on_one_line_takes_one_line(qtbot: QtBot, window: MainWindow) -> None:
    """The panel names wrap only when they must: a bar three lines tall over a one-line name wastes the
    screen at large text (a wrapping title kept the height it once needed)."""
    window.resize(1280, 800)
    window.appearance.set_font_scale(200)
    qtbot.wait(20)
    window.bookmarks.dock.show()
    qtbot.wait(50)
    bar = window.bookmarks.dock.titleBarWidget()
    assert isinstance(bar, DockTitleBar)
    title = bar.title
    assert title.fontMetrics().horizontalAdvance(title.text()) < title.width()  # it fits on one line
    one_line = title.fontMetrics().height()
    assert title.height() <= max(one_line, bar.close_button.height()) + 2
    assert bar.height() <= max(one_line, bar.close_button.height()) + 12


def test_the_results_filters_stay_whole_beside_a_panel_at_300(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """With the bookmarks open at 300% the results page is narrow: each filter's label goes over its box,
    and neither is cut (the page's narrowest width assumes they do)."""
    window.resize(1280, 800)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    window.bookmarks.dock.show()
    window.appearance.set_font_scale(300)
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "immunotherapy")
    results = window.search.results
    qtbot.waitUntil(lambda: results.isVisible() and results.list.count() > 0, timeout=5000)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1280, 800)
    # At 300 % the filters fold behind one button (walk 8, C6): opened, they are whole.
    assert results.filters_button.isVisible() and not results.filter_row.isVisible()
    qtbot.mouseClick(results.filters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(results.filter_row.isVisible)
    qtbot.wait(50)
    page = QRect(on_window(results), results.size())
    for pair in (results._type_pair, results._topic_pair, results._level_pair):
        for part in (pair.label, pair.field):
            assert part.width() >= part.minimumSizeHint().width(), f"{part!r} is squeezed"
            assert part.height() >= part.minimumSizeHint().height(), f"{part!r} is squeezed"
            assert page.contains(QRect(on_window(part), part.size())), f"{part!r} is cut off"
        assert pair.label.width() >= pair.label.sizeHint().width()  # the whole label


def test_a_glossary_word_opened_at_150_beside_the_bookmarks_keeps_the_window_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The bookmarks open at 150%, then a word's meaning (the glossary fills itself after it is shown):
    the window kept growing to 1280x859 in a real X11 session, the panels' tabs below the screen."""
    window.resize(1280, 800)
    window.appearance.set_font_scale(150)
    open_by_click(qtbot, window, SEED_TITLE)
    window.bookmarks.dock.show()
    qtbot.wait(50)
    window.glossaryRequested.emit("immune system", "immune system")
    qtbot.wait(200)
    assert (window.width(), window.height()) == (1280, 800)
    assert not window.glossary_panel.visibleRegion().isEmpty()  # the word's meaning is in front


def test_the_search_placeholder_is_never_cut_off(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """At 300% "Search the library (Ctrl+K)" showed as "Search the library (Ctrl…": the box says less, whole."""
    window.resize(1280, 800)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    field = window.search.box.field
    for percent in (300, 200, 100):
        window.appearance.set_font_scale(percent)
        qtbot.wait(30)
        text = field.placeholderText()
        assert text.startswith("Search")
        room = field.contentsRect().width() - field.height()  # the clear button's corner
        assert field.fontMetrics().horizontalAdvance(text) <= room, f"{text!r} is cut off at {percent}%"
    assert field.placeholderText() == "Search the library (Ctrl+K)"  # whole again at 100%


def test_on_this_page_says_so_when_an_article_has_no_headings(qtbot: QtBot) -> None:
    from reader.core.render.page import Heading
    from reader.ui.reading.contents_list import ContentsList

    contents = ContentsList()
    qtbot.addWidget(contents)
    jumps: list[str] = []
    contents.anchorRequested.connect(jumps.append)
    contents.set_headings([])  # not an empty box that looks broken (walk 6)
    assert [contents.item(i).text() for i in range(contents.count())] == ["This article has no headings to jump to."]
    note = contents.item(0)
    assert not note.flags() & (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # nothing to choose
    contents.show()
    qtbot.mouseClick(contents.viewport(), Qt.MouseButton.LeftButton, pos=contents.visualItemRect(note).center())
    assert jumps == []
    contents.set_headings([Heading(2, "Symptoms", "symptoms")])
    assert [contents.item(i).text() for i in range(contents.count())] == ["Symptoms"]  # the note is gone
