"""Back from an article opened from search comes back to the same results (walk 6, C6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.search.results_view import HIT_ROLE
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on 14 articles about hot flashes (a list that scrolls) and one about rest, index ready."""
    lib = tmp_path / "lib"
    for n in range(14):
        body = f"Hot flashes and tamoxifen, part {n}. " + "Talk with your doctor about it. " * 12
        write(lib, f"flashes-{n:02d}.md", f"Hot flashes {n}", f"/flashes/{n}", body)
    write(lib, "rest.md", "Rest and sleep", "/rest", "Sleep well and rest when you are tired.")
    win = build_window(Library.load([lib]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    qtbot.waitExposed(win)
    service = win.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    return win


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, text)
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == text
                    and window.page_on_screen() is window.search.results, timeout=5000)  # fmt: skip


def selected_key(window: MainWindow) -> str:
    item = window.search.results.list.currentItem()
    return item.data(HIT_ROLE).key if item is not None else ""


def back_button(window: MainWindow) -> QToolButton:
    button = window.toolbar.widgetForAction(window.actions_registry["back"])
    assert isinstance(button, QToolButton)
    return button


def test_back_from_an_opened_result_shows_the_same_results_selected_and_scrolled(
    qtbot: QtBot, window: MainWindow
) -> None:
    rest = next(a for a in window.library if a.display_title == "Rest and sleep")
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(rest.key)
    search_for(qtbot, window, "tamoxifen hot flashes")
    listing = window.search.results.list
    assert listing.count() >= 10
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Down)
    for _ in range(7):
        qtbot.keyClick(listing, Qt.Key.Key_Down)
    chosen, scroll = selected_key(window), listing.verticalScrollBar().value()
    assert listing.currentRow() == 7 and scroll > 0  # the list scrolled to keep the 8th result in view
    with qtbot.waitSignal(window.articleShown, timeout=5000) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened.args[0] == chosen
    # Alt+Left: the results again, the same words, the same result selected, scrolled as they were.
    qtbot.keyClick(window.view, Qt.Key.Key_Left, ALT)
    assert window.page_on_screen() is window.search.results
    assert window.search.box.text() == "tamoxifen hot flashes"
    assert selected_key(window) == chosen and listing.hasFocus()
    assert listing.verticalScrollBar().value() == scroll
    # Back once more: the article read before the search; Forward: the results, then the result.
    with qtbot.waitSignal(window.articleShown, timeout=5000) as shown:
        back_button(window).click()
    assert shown.args[0] == rest.key and window.page_on_screen() is window.article_page
    window.actions_registry["forward"].trigger()
    assert window.page_on_screen() is window.search.results and selected_key(window) == chosen
    with qtbot.waitSignal(window.articleShown, timeout=5000) as shown:
        window.actions_registry["forward"].trigger()
    assert shown.args[0] == chosen


def test_back_brings_older_results_back_after_another_search(qtbot: QtBot, window: MainWindow) -> None:
    """The words changed since: Back searches for the old words again and selects the result left."""
    search_for(qtbot, window, "hot flashes")
    listing = window.search.results.list
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    chosen = selected_key(window)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "rest")
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == "rest", timeout=5000)  # fmt: skip
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(window.search.box.field, Qt.Key.Key_Return)
    back = window.actions_registry["back"]
    back.trigger()  # the "rest" results
    assert window.page_on_screen() is window.search.results and window.search.box.text() == "rest"
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        back.trigger()  # the hot flashes article
    back.trigger()  # its results: searched again for the old words, the same result selected
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == "hot flashes", timeout=5000)  # fmt: skip
    assert window.page_on_screen() is window.search.results
    assert window.search.box.text() == "hot flashes" and selected_key(window) == chosen


def test_back_from_results_typed_over_an_article_shows_that_article(qtbot: QtBot, window: MainWindow) -> None:
    """Back on results not yet left went past the article under them (to the one before)."""
    first, second = sorted(window.library, key=lambda a: a.key)[:2]
    for article in (first, second):
        with qtbot.waitSignal(window.articleShown, timeout=5000):
            window.open_article(article.key)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    place = window.view.verticalScrollBar().value()
    search_for(qtbot, window, "rest")
    assert window.actions_registry["back"].isEnabled()
    window.actions_registry["back"].trigger()
    assert window.page_on_screen() is window.article_page
    assert window.current is not None and window.current.key == second.key
    assert window.view.verticalScrollBar().value() == place  # where the person was reading


def test_the_kiosk_back_button_comes_back_to_the_results(qtbot: QtBot, window: MainWindow) -> None:
    """In the kiosk (touch only) the toolbar's Back button is the way back to the results."""
    from reader.core.kiosk.policy import KioskPolicy
    from reader.ui.kiosk.mode import enable_kiosk

    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    try:
        window.search.box.set_text("hot flashes")
        listing = window.search.results.list
        qtbot.waitUntil(lambda: listing.count() > 3, timeout=5000)
        row = listing.item(2)
        with qtbot.waitSignal(window.articleShown, timeout=5000) as opened:
            qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(row).center())
        assert opened.args[0] == row.data(HIT_ROLE).key
        button = back_button(window)
        assert button.isVisible() and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        assert window.page_on_screen() is window.search.results
        assert window.search.box.text() == "hot flashes" and listing.currentRow() == 2
    finally:
        controller.exit_kiosk()
