"""Screen-reader support in the main window: link kinds, the text cursor, heading keys, titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget

from reader.ui.screen_reader.caret import CaretBrowsing
from reader.ui.screen_reader.controls import name_helper_controls
from reader.ui.screen_reader.headings import HeadingKeys
from reader.ui.screen_reader.link_status import LinkAnnouncer

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost


class ScreenReaderSupport(QObject):
    """Plugs the screen-reader helpers into a window through its WindowHost."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.links = LinkAnnouncer(host)
        self.caret = CaretBrowsing(host)
        self.headings = HeadingKeys(host.view, host.view.structure, host.announce)
        host.articleShown.connect(self._on_article_shown)
        host.headingJumped.connect(self._on_heading_chosen)
        # Once every feature has added its widgets, and the first screen is up: searching the window
        # for them makes PySide6 wrap every widget it has (~4 ms, py-spy of a start, issue 20).
        host.when_on_screen(lambda: QTimer.singleShot(0, self, self._name_controls))

    @Slot()
    def _name_controls(self) -> None:
        window = self.host.dialog_parent()
        name_helper_controls(window)
        for dock in window.findChildren(QDockWidget):  # panels make their widgets when first shown
            dock.visibilityChanged.connect(self._on_panel_shown_or_hidden)

    @Slot(bool)
    def _on_panel_shown_or_hidden(self, _shown: bool) -> None:
        # Once the window has laid out the panels (and the tab bar it makes for those sharing a side).
        QTimer.singleShot(0, self, lambda: name_helper_controls(self.host.dialog_parent()))

    @Slot(str)
    def _on_heading_chosen(self, anchor: str) -> None:
        """A heading chosen in "On this page": the reading position and the keyboard go there."""
        if self.headings.jump_to_anchor(anchor) is not None and self.host.view.isVisible():
            self.host.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_article_shown(self, key: str) -> None:
        article = self.host.current
        if article is not None and article.key == key:
            self.host.announce(article.display_title)
