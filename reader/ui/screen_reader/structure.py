"""An article view's links and headings for screen readers: found when first asked for, focus followed.

The view (a QTextBrowser) moves between links with Tab by selecting them; this turns that selection
into accessibility focus on the link's own object, so a screen reader says "Triple-Negative Breast
Cancer, link, Opens another article." Nothing here runs until a screen reader is listening.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from reader.ui.screen_reader.factory import install_accessibility_factory
from reader.ui.screen_reader.link_words import link_purpose

# The parts and their accessible objects are made when a screen reader (or a heading key) first asks: every
# article view has a structure from the start, and the two modules are ~1.3 ms of it (issue 20).
if TYPE_CHECKING:
    from reader.ui.screen_reader.parts import ArticlePart
    from reader.ui.screen_reader.tree import PartsAccessible

_CARET_FLAG = Qt.TextInteractionFlag.TextSelectableByKeyboard  # the text cursor is on (caret.py)
_CARET_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
               Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_H}  # fmt: skip
RESEND_MS = 250  # a caret key on a link moves the caret this long after the screen reader is back on the text


class ArticleStructure(QObject):
    """The links and headings of one text view (an article, the home page), and which link Tab has selected.

    The view keeps it as its `structure` attribute (the accessibility factory looks for it there) and
    calls `document_replaced` after showing a new page."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self._parts: list[ArticlePart] | None = None
        self._starts: list[int] = []
        self._links: list[int] = []  # indexes of the links in parts, for lookups by position
        self._accessible: PartsAccessible | None = None
        self._focused = -1
        #: What a link does, in words (the window gives one that knows the library).
        self.describe_link: Callable[[str], str] = link_purpose
        view.cursorPositionChanged.connect(self._on_cursor_moved)
        view.selectionChanged.connect(self._on_cursor_moved)
        view.installEventFilter(self)  # Tab between links changes the selection without a signal
        install_accessibility_factory()

    @property
    def view(self) -> QTextBrowser:
        """The view (its Qt parent). Not kept in an attribute: a reference cycle between the view and
        this object lets Python's garbage collector free the view's wrapper at any moment, even while
        Qt is calling one of its Python methods (it crashed the window's restyling in tests)."""
        return cast(QTextBrowser, self.parent())

    # What the article holds ------------------------------------------------------

    def parts(self) -> list[ArticlePart]:
        """Every link and heading of the document on show, in reading order (found on first use)."""
        if self._parts is None:
            from reader.ui.screen_reader.parts import article_parts

            self._parts = article_parts(self.view.document())
            self._starts = [part.start for part in self._parts]
            self._links = [i for i, part in enumerate(self._parts) if not part.is_heading]
        return self._parts

    def headings(self) -> list[ArticlePart]:
        """The headings, in reading order."""
        return [part for part in self.parts() if part.is_heading]

    def document_replaced(self) -> None:
        """A new page is on show: forget the old page's links and headings."""
        self._parts = None
        self._focused = -1
        if self._accessible is not None and shiboken6.isValid(self._accessible):
            self._accessible.forget_nodes()

    def describe(self, href: str) -> str:
        """What following this link does, in a few words."""
        return self.describe_link(href)

    def link_at(self, start: int, end: int) -> int:
        """The index (in parts) of the link holding the text from start to end, or -1."""
        parts = self.parts()
        at = bisect_right(self._starts, start) - 1
        while at >= 0 and parts[at].is_heading:
            at -= 1
        if at >= 0 and parts[at].start <= start and end <= parts[at].end and end > start:
            return at
        return -1

    def next_link(self, position: int, forward: bool) -> ArticlePart | None:
        """The first link that starts after position (forward), or the last that ends before it."""
        parts = self.parts()
        links = (parts[i] for i in (self._links if forward else reversed(self._links)))
        if forward:
            return next((link for link in links if link.start >= position), None)
        return next((link for link in links if link.end <= position), None)

    def index_at(self, point: QPoint) -> int:
        """The index of the link or heading under a point on the screen, or -1."""
        viewport = self.view.viewport()
        position = self.view.cursorForPosition(viewport.mapFromGlobal(point)).position()
        parts = self.parts()
        at = bisect_right(self._starts, position) - 1
        if at >= 0 and parts[at].start <= position < max(parts[at].end, parts[at].start + 1):
            return at
        return -1

    # Where parts are on the screen ----------------------------------------------

    def _cursor(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(position, self.view.document().characterCount() - 1))
        return cursor

    def viewport_rect(self, part: ArticlePart) -> QRect:
        """Where the part's words are, in the viewport's coordinates."""
        first = self.view.cursorRect(self._cursor(part.start))
        last = self.view.cursorRect(self._cursor(part.end))
        if first.top() == last.top():
            return QRect(first.topLeft(), last.bottomRight())
        return QRect(QPoint(0, first.top()), QPoint(self.view.viewport().width() - 1, last.bottom()))

    def screen_rect(self, part: ArticlePart) -> QRect:
        """Where the part's words are on the screen."""
        rect = self.viewport_rect(part)
        return rect.translated(self.view.viewport().mapToGlobal(QPoint(0, 0)))

    def is_on_screen(self, part: ArticlePart) -> bool:
        """True when the view is shown and some of the part is scrolled into view."""
        return self.view.isVisible() and self.viewport_rect(part).intersects(self.view.viewport().rect())

    # Focus -------------------------------------------------------------------

    def accessible_for(self, viewport: QWidget) -> PartsAccessible | None:
        """The accessible object for this view's viewport (asked for by Qt's factory)."""
        if viewport is not self.view.viewport():
            return None
        if self._accessible is None or not shiboken6.isValid(self._accessible):
            # Kept here: Qt's cache does not own Python objects, and dropping the last reference to
            # one the cache still holds would delete it under Qt's feet.
            from reader.ui.screen_reader.tree import PartsAccessible

            self._accessible = PartsAccessible(viewport, self)
        return self._accessible

    def focused_index(self) -> int:
        """The index of the link Tab has selected while the view has the focus, or -1."""
        return self._focused if self.view.hasFocus() else -1

    def select(self, part: ArticlePart) -> None:
        """Select a link as Tab does, with screen readers moved onto the link first."""
        index = self.link_at(part.start, part.end)
        if index >= 0:
            self._focused = index
            self._focus_link()
        cursor = self._cursor(part.start)
        cursor.setPosition(part.end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def activate(self, part: ArticlePart) -> None:
        """Follow a link as a click would."""
        self.select(part)
        self.view.setFocus()
        self.view.anchorClicked.emit(QUrl(part.href))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """After Tab or Shift+Tab in the view (which selects the next or previous link), follow it."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                QTimer.singleShot(0, self, self._on_cursor_moved)
            elif event.key() in _CARET_KEYS and self._focused >= 0 and self.view.hasFocus():
                # A caret key on a link: the screen reader goes back to the text first (it follows the
                # caret of the focused object only), then the key moves the caret from the link's end.
                # Orca notes the caret's place when the focus comes back and ignores a "move" to where it
                # already is: moved at once, the line it moved to went unsaid. So the key is given to the
                # view again a moment later, once Orca has taken in the focus (about 50 ms when idle).
                self._focused = -1
                if QAccessible.isActive() and self.view.textInteractionFlags() & _CARET_FLAG:
                    cursor = self.view.textCursor()
                    cursor.clearSelection()  # the caret stays at the link's end
                    self.view.setTextCursor(cursor)
                    self._focus_text()
                    if event.key() != Qt.Key.Key_H:
                        again = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                        QTimer.singleShot(RESEND_MS, self, lambda: self._resend(again))
                        return True
        elif watched is self.view and event.type() == QEvent.Type.FocusIn and self._focused >= 0:
            QTimer.singleShot(0, self, self._on_focus_back)
        return False

    def _selected_index(self) -> int:
        cursor = self.view.textCursor()
        return self.link_at(cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else -1

    @Slot()
    def _on_focus_back(self) -> None:
        """Back in the view (e.g. from a definition): on the link again, if it is still selected.

        Qt drops the selection of a link reached with Tab when the focus leaves for another widget (an
        article opened from the home page, the search box), without a signal; then Tab starts again from
        the top, and the screen reader stays on the text rather than naming a link Enter would not open.
        """
        if self._focused >= 0 and self._selected_index() != self._focused:
            self._focused = -1
        self._focus_link()

    def _resend(self, event: QKeyEvent) -> None:
        if self.view.hasFocus():
            QApplication.sendEvent(self.view, event)

    @Slot()
    def _focus_link(self) -> None:
        if self._focused >= 0 and self.view.hasFocus() and QAccessible.isActive():
            from reader.ui.screen_reader.tree import PartsAccessible

            accessible = QAccessible.queryAccessibleInterface(self.view.viewport())
            if isinstance(accessible, PartsAccessible):
                accessible.node_event(self._focused, QAccessible.Event.Focus)

    def _focus_text(self) -> None:
        if self.view.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.Focus))

    @Slot()
    def _on_cursor_moved(self) -> None:
        if not QAccessible.isActive():
            return
        index = self._selected_index()
        if index == self._focused:
            return
        previous, self._focused = self._focused, index
        if not self.view.hasFocus():
            return
        if index >= 0:
            self._focus_link()
        elif previous >= 0:  # off the link, back into the text: the screen reader follows the caret again
            self._focus_text()
