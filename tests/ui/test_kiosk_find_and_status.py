"""Kiosk: Find in article opens with its on-screen keyboard and says which match of how many (walk 9, X9-7);
the home screen does not keep the last article's name in the status line (X9-2)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QToolBar
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from reader.ui.window.main_window import MainWindow


def open_article(qtbot: QtBot, window: MainWindow, title_part: str) -> None:
    article = next(a for a in window.library if title_part in a.display_title)
    with qtbot.waitSignal(window.articleShown, timeout=15000):
        window.open_article(article.key)


def tap_action(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Tap the toolbar button of an action (or trigger it where it waits in the More menu)."""
    action = window.actions_registry[name]
    for bar in window.findChildren(QToolBar):
        button = bar.widgetForAction(action)
        if isinstance(button, QAbstractButton) and button.isVisible():
            button.click()
            return
    action.trigger()


def test_find_in_article_comes_with_its_keyboard_and_counts_the_matches(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    window = kiosk.window
    open_article(qtbot, window, "Living")
    assert kiosk.keyboard is not None and not kiosk.keyboard.dock.isVisible()
    tap_action(qtbot, window, "find")
    find = window.find_bar
    assert find.isVisible()
    # One tap: the keyboard is up, typing into the find field, and nothing covers the field.
    qtbot.waitUntil(lambda: kiosk.keyboard.dock.isVisible(), timeout=2000)
    assert kiosk.keyboard.keyboard.target is find.field
    assert find.field.mapTo(window, find.field.rect().bottomLeft()).y() <= kiosk.keyboard.dock.y()
    for letter in "cancer":
        kiosk.keyboard.keyboard.keys[letter].click()
    count = window.view.document().toPlainText().lower().count("cancer")
    assert count >= 2 and find.field.text() == "cancer"
    assert find.result.text() == f"1 of {count}"
    find.next.click()
    assert find.result.text() == f"2 of {count}"
    find.previous.click()
    find.previous.click()
    assert find.result.text() == f"{count} of {count}"  # round from the first to the last
    find.close_button.click()
    assert not find.isVisible() and not kiosk.keyboard.dock.isVisible()


def test_home_does_not_keep_the_last_articles_name_in_the_status_line(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    open_article(qtbot, window, "Living")
    assert window.statusBar().currentMessage() == window.current.display_title
    tap_action(qtbot, window, "home")
    assert window.current is None and window.statusBar().currentMessage() == ""


def test_desktop_home_does_not_keep_it_either(qtbot: QtBot, window: MainWindow) -> None:
    open_article(qtbot, window, "Living")
    assert window.statusBar().currentMessage() == window.current.display_title
    window.go_home()
    assert window.statusBar().currentMessage() == ""
