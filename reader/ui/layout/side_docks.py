"""The panels at the right of the article (glossary, bookmarks) in the reading layout: one place, with tabs.

At large text each panel needs a lot of height (title bar, tabs, a list, a row of buttons); stacked one
over the other they need more than a laptop's screen, and the window then grows past the screen's edge.
In the reading layout they share one place, with a tab each, and the panel just opened is the one in
front; with smaller text again they go back one over the other. Panels that already share a place (the
kiosk puts them in tabs for good) are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from reader.ui.layout.tabs import keep_dock_tabs_whole

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


class SideDocks(QObject):
    """Puts the right-hand panels in tabs in the reading layout and back one over the other after it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shared: list[QDockWidget] = []  # the panels this object put in tabs, top to bottom before

    def right_docks(self) -> list[QDockWidget]:
        """The docked (not floating) panels at the right, top to bottom."""
        window = self.window
        docks = [d for d in window.findChildren(QDockWidget)
                 if window.dockWidgetArea(d) == RIGHT and not d.isFloating()]  # fmt: skip
        return sorted(docks, key=lambda d: d.y())

    def set_reading_layout(self, on: bool) -> None:
        """Share one place in the reading layout; give each its own place again after it."""
        if on and not self.shared:
            docks = self.right_docks()
            if len(docks) < 2 or any(self.window.tabifiedDockWidgets(d) for d in docks):
                return
            shown = [d for d in docks if d.isVisible()]
            focus = QApplication.focusWidget()
            front = next((d for d in shown if focus is not None and d.isAncestorOf(focus)), None)
            for other in docks[1:]:
                self.window.tabifyDockWidget(docks[0], other)
            self.shared = docks
            for dock in docks:
                dock.installEventFilter(self)
            keep_dock_tabs_whole(self.window)
            front = front or (shown[-1] if shown else None)
            if front is not None:
                front.raise_()
        elif not on and self.shared:
            docks, self.shared = self.shared, []
            for dock in docks:
                dock.removeEventFilter(self)
            for upper, lower in zip(docks, docks[1:], strict=False):
                self.window.splitDockWidget(upper, lower, Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A panel opened while the panels share a place comes to the front (and its tab shows whole)."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QDockWidget) and watched in self.shared:
            QTimer.singleShot(0, watched, watched.raise_)
            QTimer.singleShot(0, self.window, lambda: keep_dock_tabs_whole(self.window))
        return False
