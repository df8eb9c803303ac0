"""Qt's small controls for screen readers and keyboards: names for the scroll bars and clear buttons Qt
makes by itself (announced with no name otherwise), and Enter pressing a focused button as Space does
(Qt buttons outside dialogs answer only Space)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QScrollBar, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate

SCROLL_NAMES = {
    Qt.Orientation.Vertical: QT_TRANSLATE_NOOP("ScreenReader", "Scroll up and down"),
    Qt.Orientation.Horizontal: QT_TRANSLATE_NOOP("ScreenReader", "Scroll left and right"),
}
CLEAR_NAME = QT_TRANSLATE_NOOP("ScreenReader", "Clear the text")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def name_helper_controls(root: QWidget) -> int:
    """Give every unnamed scroll bar and text-field clear button under root a name; returns how many."""
    named = 0
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
