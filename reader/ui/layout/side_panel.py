"""The library panel at the left of the article: its width at every text size, and at large sizes a drawer.

Usual layout: the panel is as wide as the person last made it, and wider only while its tabs need more
room (so the width comes back when the text gets smaller again). Reading layout (large text): the panel
folds away so the article gets the window; a "Browse" button opens it as a drawer over half the window or
more, and it folds again once an article or a heading is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

DEFAULT_WIDTH = 300
DRAWER_SHARE = 0.6  # of the window's width, at most, for the open drawer


class SidePanel(QObject):
    """Shows, folds and sizes the splitter's first widget (the library panel)."""

    def __init__(self, splitter: QSplitter, tabs: Callable[[], QTabWidget | None], action: QAction) -> None:
        """tabs: the panel's tabs, or None while they are not made yet (the window makes the library
        browser once the first screen is up)."""
        super().__init__(splitter)
        self.splitter = splitter
        self.tabs = tabs
        self.action = action  # "Browse": opens and closes the drawer in the reading layout
        self.width = DEFAULT_WIDTH  # as the person last made it in the usual layout
        self.wanted = True  # False while there is nothing to show in it (kiosk home screen)
        self.reading_layout = False
        self.drawer_open = False
        action.setCheckable(True)
        action.toggled.connect(self._on_action)
        splitter.splitterMoved.connect(self._on_moved)

    def set_wanted(self, wanted: bool) -> None:
        """Whether the panel has something to show at all."""
        self.wanted = wanted
        self.fit()

    def set_reading_layout(self, on: bool) -> None:
        """Fold the panel into a drawer (large text) or show it beside the article again."""
        if on != self.reading_layout:
            self.reading_layout = on
            self.drawer_open = False
        self.fit()

    @Slot()
    def close_drawer(self) -> None:
        """Fold the drawer once the person has chosen where to go."""
        if self.reading_layout and self.drawer_open:
            self.drawer_open = False
            self.fit()

    def needed_width(self) -> int:
        """The width the panel's tabs need to show every label whole (0 before they are made)."""
        tabs = self.tabs()
        if tabs is None:
            return 0
        bar = tabs.tabBar()
        bar.ensurePolished()
        return sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 16

    def fit(self) -> None:
        """Show or hide the panel and give it its width for the window as it is now."""
        panel = self.splitter.widget(0)
        if panel is None:
            return
        shown = self.wanted and (not self.reading_layout or self.drawer_open)
        self.action.setVisible(self.wanted and self.reading_layout)
        self.action.blockSignals(True)
        self.action.setChecked(shown and self.reading_layout)
        self.action.blockSignals(False)
        panel.setVisible(shown)
        total = sum(self.splitter.sizes())
        if not shown or total <= 0:
            return
        if self.reading_layout:
            left = min(max(self.needed_width(), total // 2), int(total * DRAWER_SHARE))
        else:
            left = min(max(self.width, self.needed_width()), total // 2)
        if self.splitter.sizes()[0] != left:
            self.splitter.setSizes([left, total - left])

    @Slot(bool)
    def _on_action(self, checked: bool) -> None:
        self.drawer_open = checked
        self.fit()

    @Slot(int, int)
    def _on_moved(self, position: int, index: int) -> None:
        if not self.reading_layout:  # the person's own width, kept for when the text is smaller again
            self.width = self.splitter.sizes()[0]
