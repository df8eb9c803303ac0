"""Kiosk mode with a keyboard (or a switch that sends keys) and a screen reader: Enter presses buttons,
Tab reaches the toolbar (at the end of the Tab order), the subject list is named and gets the keyboard,
Back returns to the subject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from tests.ui.test_kiosk import clock, kiosk, pin_hash, policy, subject_button  # noqa: F401 - fixtures


def test_enter_opens_a_subject_and_back_returns_to_it(qtbot: QtBot, kiosk: KioskController) -> None:  # noqa: F811
    home = kiosk.home
    button = subject_button(kiosk, "Breast")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert home.currentWidget() is home.group_page
    qtbot.waitUntil(home.articles.hasFocus)  # the keyboard is on the list, at its first article
    assert home.articles.currentRow() == 0
    name = QAccessible.queryAccessibleInterface(home.articles).text(QAccessible.Text.Name)
    assert name.startswith("Breast: ") and name.endswith("articles")  # the subject, said with the list
    home.back_button.setFocus()
    qtbot.waitUntil(home.back_button.hasFocus)
    qtbot.keyClick(home.back_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert home.currentWidget() is home.subjects_scroll
    qtbot.waitUntil(button.hasFocus)  # back on the subject it came from


def test_tab_reaches_the_toolbar_and_enter_presses_its_buttons(
    qtbot: QtBot,
    kiosk: KioskController,  # noqa: F811
) -> None:
    window = kiosk.window
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(window.library.sorted_by_title()[0].key)
    buttons = kiosk.toolbar_buttons()
    names = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in buttons]
    assert "Start over" in names and len(buttons) >= 2  # e.g. "More buttons" (Home, Back, text size…)
    order = window.focus_order()
    assert order[-len(buttons) :] == buttons  # last, just before Tab wraps round to the search box
    reachable = [b for b in buttons if b.isEnabled() and b.isVisibleTo(window)]
    reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(reachable[0].hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in reachable[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == reachable  # left to right, as on the screen
    start_over = next(b for b, n in zip(buttons, names, strict=True) if n == "Start over")
    start_over.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start_over.hasFocus)
    with qtbot.waitSignal(window.homeShown, timeout=5000):
        qtbot.keyClick(start_over, Qt.Key.Key_Return)  # Enter presses it, as Space does


def test_the_panels_tab_bar_is_named_and_no_empty_tab_stop(qtbot: QtBot, kiosk: KioskController) -> None:  # noqa: F811
    window = kiosk.window
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]  # made for the side panels
    assert bars
    # On the home screen Qt left one visible with no tabs: Tab stopped on a nameless "page tab list".
    qtbot.waitUntil(lambda: all(bar.accessibleName() == "Panels" for bar in bars))
    for bar in bars:
        takes_focus = bool(bar.focusPolicy() & Qt.FocusPolicy.TabFocus)
        assert takes_focus == (bar.count() > 0), (bar.count(), bar.isVisible())
