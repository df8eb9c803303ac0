"""Screen-reader support in the main window: link kinds, the text cursor, heading keys, titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from reader.ui.screen_reader.caret import CaretBrowsing
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

    @Slot(str)
    def _on_article_shown(self, key: str) -> None:
        article = self.host.current
        if article is not None and article.key == key:
            self.host.announce(article.display_title)
