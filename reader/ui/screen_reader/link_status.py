"""The status bar says what kind of link the keyboard or mouse is on; link objects learn the library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QKeyEvent

from reader.ui.screen_reader.link_words import describe_link, link_purpose

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost


class LinkAnnouncer(QObject):
    """Says what kind of link is highlighted: in the status bar (Tab in the article, or the mouse), and
    to screen readers through the article's link objects (reader/ui/screen_reader/tree.py), whose
    descriptions it makes library-aware."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        host.view.highlighted.connect(self._on_highlighted)
        host.view.installEventFilter(self)
        host.view.structure.describe_link = self.purpose

    def purpose(self, href: str) -> str:
        """What following href does, knowing which articles are in the library."""
        return link_purpose(href, lambda address: self.host.library.by_url(address) is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """After Tab or Shift+Tab in the article (which selects the next link), show the link's kind."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                QTimer.singleShot(0, self, self._on_selection)
        return False

    @Slot()
    def _on_selection(self) -> None:
        from reader.ui.screen_reader.parts import selected_link  # (not needed at start)

        link = selected_link(self.host.view)
        if link is not None:
            self._show(describe_link(*link))

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        if url.toString():
            self._show(describe_link(url.toString()))

    def _show(self, text: str) -> None:
        self.host.show_status(text, 5000)
