"""Qt's small controls for screen readers and keyboards: names for the scroll bars, clear buttons and
panel tabs Qt makes by itself (announced with no name otherwise), Enter pressing a focused button as
Space does (Qt buttons outside dialogs answer only Space), and a progress bar that is not read out by
itself every few seconds."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.screen_reader.factory import install_accessibility_factory

SCROLL_NAMES = {
    Qt.Orientation.Vertical: QT_TRANSLATE_NOOP("ScreenReader", "Scroll up and down"),
    Qt.Orientation.Horizontal: QT_TRANSLATE_NOOP("ScreenReader", "Scroll left and right"),
}
CLEAR_NAME = QT_TRANSLATE_NOOP("ScreenReader", "Clear the text")
PANEL_TABS_NAME = QT_TRANSLATE_NOOP("ScreenReader", "Panels")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def name_helper_controls(root: QWidget) -> int:
    """Give every unnamed scroll bar, text-field clear button and panel tab bar (the one a main window
    makes for panels sharing a side, as the kiosk's do) under root a name; returns how many.

    Qt leaves such a tab bar visible and focusable even with no tabs (the kiosk's home screen): then Tab
    stopped on an empty, nameless "page tab list" somewhere off screen. An empty one takes no focus.
    """
    from PySide6.QtWidgets import QMainWindow, QScrollBar, QTabBar  # (once the first screen is up: ~1 ms)

    named = 0
    for tabs in root.findChildren(QTabBar):
        if isinstance(tabs.parent(), QMainWindow):
            tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus if tabs.count() else Qt.FocusPolicy.NoFocus)
            if not tabs.accessibleName():
                tabs.setAccessibleName(translate("ScreenReader", PANEL_TABS_NAME))
                named += 1
    for bar in root.findChildren(QScrollBar):
        if not bar.accessibleName():
            bar.setAccessibleName(translate("ScreenReader", SCROLL_NAMES[bar.orientation()]))
            named += 1
    for field in root.findChildren(QLineEdit):
        for button in field.findChildren(QAbstractButton):
            if not button.accessibleName():
                button.setAccessibleName(translate("ScreenReader", CLEAR_NAME))
                named += 1
    return named


class EnterPresses(QObject):
    """Watches buttons: Enter (or keypad Enter) on a focused one clicks it."""

    def watch(self, button: QAbstractButton) -> None:
        """Make Enter press this button."""
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter on a watched, enabled button clicks it; the key goes no further."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _ENTER:
            if isinstance(watched, QAbstractButton) and watched.isEnabled() and not event.isAutoRepeat():
                watched.click()
                return True
        return False


class QuietProgressBar(QProgressBar):
    """A progress bar screen readers show but do not read out on their own.

    Orca reads every progress bar of the active app each time its value changes (at most every 10 s):
    "81 percent." broke into the words of a link while the person was reading an article, and repeated
    what the search's own messages already say to someone waiting for search. This bar's accessible
    object has no Value interface, which is what Orca keys those updates on; its name and description
    (the tooltip, with the percentage) stay readable.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accessible: QAccessibleWidget | None = None
        install_accessibility_factory()

    def accessible_interface(self) -> QAccessibleInterface:
        """A progress-bar object without the Value interface (kept here: Qt's cache does not own it)."""
        if self._accessible is None or not shiboken6.isValid(self._accessible):
            self._accessible = QAccessibleWidget(self, QAccessible.Role.ProgressBar)
        return self._accessible
