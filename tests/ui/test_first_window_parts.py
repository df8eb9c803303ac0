"""The first screen of a start on an article: the library's tabs, the home view and "On this page"'s entries
are made once it is up (issue 20), in their places, and then work as in any window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.library.browser import LibraryBrowser
from reader.ui.library.home_view import HomeView
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow, WindowOptions

SEED = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


def _started_on_article(qtbot: QtBot, library_dir: Path, wait: bool = True) -> MainWindow:
    """A window as `--open` makes it: library not read yet, the article asked for opened before it shows
    (wait=False: every part made at once, as tests and --self-test make windows)."""
    library = Library.load([library_dir])
    window = build_window(
        Library([library_dir]),
        Settings(None),
        options=WindowOptions(later_steps_wait=wait, starts_on_article=wait),
    )
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show_library_loading(first_time=False)
    early = library.find(SEED)
    assert early is not None
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(early)
        window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_screen_has_the_article_but_no_tabs_headings_or_home_yet(
    qtbot: QtBot, library_dir: Path
) -> None:
    window = _started_on_article(qtbot, library_dir)
    assert window.findChildren(LibraryBrowser) == []
    assert window.findChildren(HomeView) == []
    assert window.page_on_screen() is window.article_page
    assert window.contents.isVisible() and window.contents.count() == 0  # its place, listed a moment later
    assert window.actions_registry["back"].isEnabled()  # home is under the article, as in any start


def test_once_the_screen_is_up_the_tabs_take_their_place_without_moving_anything(
    qtbot: QtBot, library_dir: Path
) -> None:
    eager = _started_on_article(qtbot, library_dir, wait=False)
    window = _started_on_article(qtbot, library_dir)
    article_at = window.view.mapTo(window, window.view.rect().topLeft())
    contents_at = window.contents.geometry()

    window.first_screen_shown()
    qtbot.wait(50)
    browsers = window.findChildren(LibraryBrowser)
    assert len(browsers) == 1 and browsers[0].isVisible()
    assert window.contents.geometry() == contents_at  # "On this page" did not move
    assert window.view.mapTo(window, window.view.rect().topLeft()) == article_at  # nor did the article
    assert browsers[0].geometry() == eager.browser.geometry()  # where an eager window has it

    window.set_library(Library.load([library_dir]))  # the library read after the article
    tree = browsers[0].by_type  # the tab on screen
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(group.startswith("Breast") for group in groups), groups
    order = window.focus_order()
    assert order.index(browsers[0].tabs.tabBar()) < order.index(window.contents) < order.index(window.view)


def test_once_the_screen_is_up_on_this_page_lists_the_article_s_headings(qtbot: QtBot, library_dir: Path) -> None:
    eager = _started_on_article(qtbot, library_dir, wait=False)
    window = _started_on_article(qtbot, library_dir)
    window.first_screen_shown()
    names = [window.contents.item(i).text() for i in range(window.contents.count())]
    assert names == [eager.contents.item(i).text() for i in range(eager.contents.count())]
    assert any("immunotherapy" in name.lower() for name in names)


def test_back_from_the_first_article_goes_home_with_the_library(qtbot: QtBot, library_dir: Path) -> None:
    window = _started_on_article(qtbot, library_dir)
    window.first_screen_shown()
    window.set_library(Library.load([library_dir]))
    assert window.actions_registry["back"].isEnabled()
    window.actions_registry["back"].trigger()
    assert window.page_on_screen() is window.home
    assert window.current is None
    assert "2" in window.home.page.toPlainText()  # the two articles of the library are counted


def test_the_reading_level_chosen_before_the_tabs_were_made_is_theirs_too(
    qtbot: QtBot, library_dir: Path
) -> None:
    window = _started_on_article(qtbot, library_dir)
    window.search.set_reading_level("Easy to read")
    window.first_screen_shown()
    assert window.browser.level() == "Easy to read"
    window.browser.set_reading_level("More detail")  # and from then on they keep in step
    assert window.search.reading_level() == "More detail"
