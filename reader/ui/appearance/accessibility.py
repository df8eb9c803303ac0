"""Screen-reader help for the article: what kind of link the keyboard or mouse is on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QKeyEvent

from reader.core.languages.translate import translate
from reader.core.library.links import classify

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost


def describe_link(href: str, words: str = "") -> str:
    """What a screen reader should say about a link the keyboard (or mouse) is on."""
    link = classify(href)
    if link.kind == "glossary":
        kind, named = translate("Links", "Definition"), translate("Links", "Definition: {words}")
    elif link.kind == "drug":
        kind, named = translate("Links", "Drug"), translate("Links", "Drug: {words}")
    elif link.kind == "site":
        kind, named = (
            translate("Links", "Link to another article"),
            translate("Links", "Link to another article: {words}"),
        )
    elif link.kind in ("web", "mail"):
        kind, named = (
            translate("Links", "Web address"),
            translate("Links", "Web address (not opened offline): {words}"),
        )
    else:
        kind, named = translate("Links", "Link"), translate("Links", "Link: {words}")
    return named.format(words=words) if words else kind


class LinkAnnouncer(QObject):
    """When a link is highlighted (Tab in the article, or the mouse), the status bar says what kind it is.

    The article's accessible description for glossary links ("Definition: ...") is set by
    GlossaryTips (reader/ui/glossary/tips.py); this adds the plain words for every kind of link.
    """

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        host.view.highlighted.connect(self._on_highlighted)
        host.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """After Tab or Shift+Tab in the article (which selects the next link), announce the link."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                QTimer.singleShot(0, self, self._on_selection)
        return False

    @Slot()
    def _on_selection(self) -> None:
        cursor = self.host.view.textCursor()
        href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
        if href:
            self._announce(describe_link(href, cursor.selectedText().strip()))

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        if url.toString():
            self._announce(describe_link(url.toString()))

    def _announce(self, text: str) -> None:
        self.host.show_status(text, 5000)
