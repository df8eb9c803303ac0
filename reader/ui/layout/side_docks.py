"""The panels at the right of the article (glossary, bookmarks) in the reading layout: one place, with tabs.

At large text each panel needs a lot of height (title bar, tabs, a list, a row of buttons); stacked one
over the other they need more than a laptop's screen, and the window then grows past the screen's edge.
In the reading layout, and whenever one over the other they would not fit beside the article, they share
one place, with a tab each, and the panel just opened is the one in front; when they fit again they go
back one over the other. Panels arranged for good by someone else
(the kiosk keeps them in tabs: it sets `held`) are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
#: A panel opened beside the article takes at most this share of the window's width (more only if its
#: minimum needs it): at 300% the Bookmarks panel's wish took 950 of 1100 px, the article a column (C9).
PANEL_SHARE = 0.4


class SideDocks(QObject):
    """Puts the right-hand panels in tabs in the reading layout and back one over the other after it."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget], watch_now: bool = True) -> None:
        """Without watch_now, the window's owner installs this as its event filter before it first shows
        (the events of its building are none of ours)."""
        super().__init__(window)
        self.window = window
        #: Every panel the window has (add() tells of new ones): asking the window for them
        #: (findChildren) makes PySide6 wrap each of its widgets, ~3 ms at start (py-spy, issue 20).
        self.docks = list(docks)
        self.shared: list[QDockWidget] = []  # the panels this object put in tabs, top to bottom before
        self._watched: list[QDockWidget] = []
        self._busy = False  # moving panels about: their show events are ours
        if watch_now:
            window.installEventFilter(self)
        self.reading_layout = False
        #: The panels are arranged for good by someone else (the kiosk keeps them in tabs): hands off.
        self.held = False

    def add(self, dock: QDockWidget) -> None:
        """A panel added to the window."""
        self.docks.append(dock)

    def right_docks(self) -> list[QDockWidget]:
        """The docked (not floating) panels at the right, top to bottom."""
        window = self.window
        docks = [d for d in self.docks if window.dockWidgetArea(d) == RIGHT and not d.isFloating()]
        return sorted(docks, key=lambda d: d.y())

    def fit(self, reading_layout: bool, height: int | None = None) -> None:
        """Share one place in the reading layout, or when one over the other the shown panels need more
        height than the window (height, or as it is now) has beside the article; else one over the other."""
        self.reading_layout = reading_layout
        if self.held:
            return
        self.watch()
        if reading_layout or self.stacked_height() > self.room(height):
            self._share()
        elif self.shared:
            self._split()

    def stacked_height(self) -> int:
        """The height the shown right-hand panels need one over the other."""
        shown = [d for d in (self.shared or self.right_docks()) if not d.isHidden()]
        return sum(d.minimumSizeHint().height() for d in shown) + 8 * max(0, len(shown) - 1)

    def room(self, height: int | None = None) -> int:
        """The height beside the article: the window's less its menus, toolbars and status bar."""
        window = self.window
        central = window.centralWidget()
        if central is None:
            return window.height()
        chrome = window.height() - central.height()
        return (height if height is not None else window.height()) - chrome

    def _share(self) -> None:
        if self.shared:
            return
        docks = self.right_docks()
        if len(docks) < 2 or any(self.window.tabifiedDockWidgets(d) for d in docks):
            return  # one panel, or already in tabs (the kiosk's, or the person's own)
        shown = [d for d in docks if d.isVisible()]
        focus = QApplication.focusWidget()
        front = next((d for d in shown if focus is not None and d.isAncestorOf(focus)), None)
        self._busy = True
        try:
            for other in docks[1:]:
                self.window.tabifyDockWidget(docks[0], other)
        finally:
            self._busy = False
        self.shared = docks
        from reader.ui.layout.tabs import keep_dock_tabs_whole  # (tab bars' types: when panels share a place)

        keep_dock_tabs_whole(self.window)
        front = front or (shown[-1] if shown else None)
        if front is not None:
            front.raise_()

    def _split(self) -> None:
        docks, self.shared = self.shared, []
        self._busy = True
        try:  # (splitDockWidget on a panel in tabs only adds another tab)
            for dock in docks[1:]:
                hidden = dock.isHidden()
                self.window.removeDockWidget(dock)
                self.window.addDockWidget(RIGHT, dock, Qt.Orientation.Vertical)
                dock.setHidden(hidden)
        finally:
            self._busy = False

    def watch(self) -> None:
        """Fit again whenever a right-hand panel is opened (before the window makes room for it)."""
        for dock in self.right_docks():
            if dock not in self._watched:
                self._watched.append(dock)
                dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A panel being opened: share one place first if the panels would not fit one over the other;
        a panel opened while they share a place comes to the front (and its tab shows whole)."""
        if self._busy or event.type() not in (QEvent.Type.Resize, QEvent.Type.Show) or self.held:
            return False
        if watched is self.window and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            old, new = event.oldSize(), event.size()
            forced = new.height() > old.height() and new.height() <= self.window.minimumSize().height()
            if old.isValid() and forced:  # not the person: the window's layout needed more height
                QTimer.singleShot(0, self.window, lambda: self._grown(old))
        if event.type() == QEvent.Type.Show and isinstance(watched, QDockWidget):
            size = self.window.size()  # before the window makes room for the panel
            self.fit(self.reading_layout, size.height())
            # Once the panel has made its contents (some make them when first shown) and the window
            # has laid them out: fit again to the height the window had, and give it that height back.
            QTimer.singleShot(0, self.window, lambda: self._after_show(watched, size))
        return False

    def leave_room_beside_the_article(self) -> None:
        """Each shown right-hand panel no wider than PANEL_SHARE (after an article opens: the page stack's
        minimum changes then, and the panels had taken 75% of the window at 300% in Spanish)."""
        if self.held:
            return
        for dock in self.right_docks():
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                self.leave_the_article_room(dock)

    def leave_the_article_room(self, dock: QDockWidget) -> None:
        """A panel just opened no wider than PANEL_SHARE of the window, unless its minimum needs more."""
        limit = max(dock.minimumSizeHint().width(), int(self.window.width() * PANEL_SHARE))
        if dock.width() > limit:
            self.window.resizeDocks([dock], [limit], Qt.Orientation.Horizontal)

    def _grown(self, old: QSize) -> None:
        """The window grew to make room for its panels (a panel's contents grew, made late): share."""
        docks = self.right_docks()
        if self.window.size() == old or len([d for d in docks if not d.isHidden()]) < 2:
            return
        self._after_show(None, old)

    def _after_show(self, dock: QDockWidget | None, size: QSize) -> None:
        window = self.window
        self.fit(self.reading_layout, size.height())
        if dock is not None and dock in self.shared and not dock.isHidden():
            dock.raise_()
            from reader.ui.layout.tabs import keep_dock_tabs_whole

            keep_dock_tabs_whole(window)
        if dock is not None and not dock.isHidden() and not dock.isFloating():
            self.leave_the_article_room(dock)
        layout = window.layout()
        if layout is not None:
            layout.invalidate()  # the minimum size for the panels as they are now, not as they were
            layout.activate()
        if window.isMaximized() or window.isFullScreen():
            return
        back = size.boundedTo(window.size()).expandedTo(window.minimumSize())  # only ever smaller
        if back != window.size():
            window.resize(back)
