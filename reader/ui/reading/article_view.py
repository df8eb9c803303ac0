"""The article view: a QTextBrowser that loads nothing from outside and handles every link itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget
from shiboken6 import Shiboken

from reader.core.languages.translate import translate
from reader.ui.appearance.theme import LIGHT, Theme
from reader.ui.reading.renderer import DocumentSettings, refused_resource
from reader.ui.screen_reader.structure import ArticleStructure

FOCUS_PX = 3  # the outline around a link that has the keyboard focus
# A match found (Find, Next match) is shown this share of the view's height from its top: with the lines
# before it for context and the rest of its passage under it (walk 10, X11: Qt scrolled only as far as
# needed, so a match further down landed on the view's last line, just above the find bar).
MATCH_PLACE = 1 / 3


def show_match(view: QTextEdit, start: int, end: int | None = None) -> None:
    """Scroll so the match from start to end is about a third down the view, unless it is already in a
    comfortable place on screen (from a line below the top to two thirds down): then nothing moves."""
    document = view.document()
    cursor = QTextCursor(document)
    cursor.setPosition(max(0, min(start, document.characterCount() - 1)))
    top = view.cursorRect(cursor).top()
    cursor.setPosition(max(0, min(start if end is None else end, document.characterCount() - 1)))
    bottom = view.cursorRect(cursor).bottom()
    height = view.viewport().height()
    line = view.fontMetrics().height()
    if line <= top and bottom <= height * 2 // 3:
        return
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + top - int(height * MATCH_PLACE))


class ArticleView(QTextBrowser):
    """Shows rendered article HTML; emits linkRequested(href) for every click on a link.

    Its links and headings are offered to screen readers by `structure` (reader/ui/screen_reader/).
    """

    linkRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(translate("Reading", "Article"))
        self.document().setDocumentMargin(24)
        self.anchorClicked.connect(self._on_anchor)
        self.selectionChanged.connect(self._repaint)  # the link outline reaches past the selection
        self._html = ""
        self._focus_colour = QColor(LIGHT.focus)
        self.structure = ArticleStructure(self)
        self.set_theme(LIGHT)

    @Slot()
    def _repaint(self) -> None:
        # viewport() is asked for here, not at start: the first ask makes PySide6 create ~70 widget
        # types (~8 ms of every start, issue 20).
        self.viewport().update()

    def set_theme(self, theme: Theme, line_spacing: int = 150) -> None:
        """Use this theme's colours (and line spacing) for the article, keeping the reader's place."""
        self._focus_colour = QColor(theme.focus)
        self.document().setDefaultStyleSheet(theme.article_css(line_spacing))
        if self._html:
            top = self.cursorForPosition(QPoint(0, 0)).position()
            self.setHtml(self._html)
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(top, self.document().characterCount() - 1))
            self.verticalScrollBar().setValue(
                self.verticalScrollBar().value() + self.cursorRect(cursor).top()
            )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The page, and a solid 3 px outline in the theme's focus colour around a link reached with Tab
        (Qt's own is a thin dotted line)."""
        super().paintEvent(event)
        if not self.hasFocus() or not self.textCursor().hasSelection():
            return  # (a link reached with Tab is a selection: none at start, so its module waits, ~1.5 ms)
        from reader.ui.reading.link_geometry import selected_link

        spot = selected_link(self)
        if spot is None:
            return
        painter = QPainter(self.viewport())
        pen = QPen(self._focus_colour, FOCUS_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in spot.rects:
            painter.drawRect(rect.adjusted(-FOCUS_PX, -1, FOCUS_PX - 1, 0))
        painter.end()

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Never load anything: no files, no network, no images (see refused_resource)."""
        return refused_resource(kind)

    def document_settings(self) -> DocumentSettings:
        """What a document built elsewhere needs to look like this view's own."""
        document = self.document()
        return DocumentSettings(
            document.defaultStyleSheet(), document.defaultFont(), document.documentMargin()
        )

    def show_html(self, html: str, fragment: str = "", document: QTextDocument | None = None) -> None:
        """Show a page (or a document already built from it) and scroll to the fragment (or the top)."""
        self._html = html  # kept so a theme or spacing change can show it again
        settings = self.document_settings()
        if document is not None and settings == DocumentSettings(
            document.defaultStyleSheet(), document.defaultFont(), document.documentMargin()
        ):
            old = self.document()
            document.setParent(self)
            self.setDocument(document)  # Qt deletes the view's own first document itself
            if Shiboken.isValid(old) and old.parent() is self:
                old.deleteLater()
        else:
            if document is not None:
                document.deleteLater()  # built with an older theme or font: parse again
            self.setHtml(html)
        self.structure.document_replaced()
        if fragment:
            self.scrollToAnchor(fragment.lstrip("#"))
            # The reading position (text cursor) starts where the page was scrolled to.
            self.setTextCursor(self.cursorForPosition(QPoint(0, 0)))
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
            self.verticalScrollBar().setValue(0)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab go to the next or previous link from the reading position.

        QTextBrowser selects the next link quietly (screen readers hear the link, not "selected"),
        but when nothing is selected it starts again from the first (or last) link, which would
        throw a keyboard reader back to the top after moving the cursor or jumping to a heading.
        Then it is stepped, still quietly, to the first link past the cursor.
        """
        cursor = self.textCursor()
        edge = 0 if next else self.document().characterCount() - 1
        if cursor.hasSelection() or cursor.position() == edge:
            return super().focusNextPrevChild(next)
        target = self.structure.next_link(cursor.position(), forward=next)
        if target is None:
            return QWidget.focusNextPrevChild(self, next)  # no more links: leave the article
        reached = -1
        for _ in range(len(self.structure.parts()) + 1):  # Qt finds every link this view knows of
            super().focusNextPrevChild(next)
            selection = self.textCursor()
            start = selection.selectionStart()
            if not selection.hasSelection() or start == reached:
                break
            if start >= target.start if next else start <= target.start:
                break
            reached = start
        return True

    def find_text(self, text: str, backward: bool = False) -> bool:
        """Find and select the next (or previous) match, wrapping around; True when found."""
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.find(text, flags)
        if not found:
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.setTextCursor(cursor)
            found = self.find(text, flags)
        if found:  # Qt scrolls only until the match shows: on the last line when it was further down
            selection = self.textCursor()
            show_match(self, selection.selectionStart(), selection.selectionEnd())
        return found

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        self.linkRequested.emit(url.toString())
