"""The keyboard goes back to where it was when a side panel closes; Escape in a panel closes it.

Closing the Bookmarks panel (Ctrl+B again, or its Close button) or the Glossary panel hid the widget that
had the keyboard, and Qt gave the keyboard to the next widget in the Tab order: the search box, with its
words selected, so the next key typed replaced the search; Escape in the Bookmarks panel did nothing
(walk 10, C3). Each panel notes, when it opens, the widget outside it that had the keyboard; when it
closes with the keyboard inside it, that widget (else the article) gets the keyboard back, its text left
as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


class PanelFocus(QObject):
    """Gives the keyboard back when a side panel closes, and closes a panel on Escape."""

    def __init__(self, parent: QObject, fallback: Callable[[], QWidget]) -> None:
        super().__init__(parent)
        self.fallback = fallback  # where the keyboard goes when the widget it came from is gone (the article)
        self._came_from: dict[QDockWidget, QWidget | None] = {}

    def add(self, dock: QDockWidget) -> None:
        """Follow a panel: note where the keyboard was when it opens, give it back when it closes."""
        if dock in self._came_from:
            return
        self._came_from[dock] = None
        dock.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), dock)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(dock.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A panel shown: note the widget with the keyboard; hidden with the keyboard inside: give it back."""
        if not isinstance(watched, QDockWidget) or watched not in self._came_from:
            return False
        kind = event.type()
        if kind == QEvent.Type.Show:
            focus = QApplication.focusWidget()
            if focus is not None and not watched.isAncestorOf(focus) and focus is not watched:
                self._came_from[watched] = focus
        elif kind == QEvent.Type.Hide:
            focus = QApplication.focusWidget()
            if focus is not None and (focus is watched or watched.isAncestorOf(focus)):
                self._give_back(watched)
        return False

    def _give_back(self, dock: QDockWidget) -> None:
        """The keyboard to the widget it came from, if it can still take it, else to the article."""
        target = self._came_from.get(dock)
        if target is None or not shiboken6.isValid(target) or not _can_take_focus(target, dock):
            target = self.fallback()
        # OtherFocusReason: a line edit given the keyboard this way keeps its text unselected (Tab selects).
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _can_take_focus(widget: QWidget, dock: QDockWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.window() is dock.window()
        and not dock.isAncestorOf(widget)
    )
