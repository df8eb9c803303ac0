"""The reader's place in a text view: the line at the top, kept there when the text size changes.

A new text size lays the article out again, but the scroll bar keeps its old value in pixels, so the
paragraph a person was reading slid away (at 150 % it was 460 px down; walk 9, C9-4). The place is
taken as the character at the top of the view just before the size changes and that character's line
is put back at the top after it, and again while the window settles (toolbars moving between rows,
the side panel folding) for a moment.

The same happens when the view gets wider or narrower for any other reason: opening or closing the
Bookmarks or Glossary panel kept the pixel offset, so the top line moved by about a screen (walk 10,
C2). The view's Resize event reaches this keeper before the view lays the text out for its new width,
so the line at the top is read from the old layout then, and put back once the new one is made. (The
keeper watches the view, not its viewport: asking PySide for the viewport, a plain QWidget made in C++,
makes it build the QDialog, QMainWindow and QMenu types, a cost the first picture does not need.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QAbstractTextDocumentLayout
    from PySide6.QtWidgets import QTextEdit

    from reader.ui.appearance.appearance import Appearance

#: For this long after a size change the place is put back whenever the view's layout changes (ms).
SETTLE_MS = 1500


def top_position(view: QTextEdit) -> int:
    """The document position of the text at the top left of the view."""
    return view.cursorForPosition(QPoint(0, 1)).position()


def position_top(view: QTextEdit, position: int) -> int:
    """Where the line holding position starts, in the view's scroll units."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(max(0, min(position, view.document().characterCount() - 1)))
    return view.verticalScrollBar().value() + view.cursorRect(cursor).top()


def scroll_to_position(view: QTextEdit, position: int) -> None:
    """Scroll so that the line holding position is the first line in the view."""
    view.verticalScrollBar().setValue(position_top(view, position))


class PlaceKeeper(QObject):
    """Keeps the line at the top of a text view at the top when the app's text size or the view's width
    changes."""

    def __init__(self, view: QTextEdit, appearance: Appearance, active: Callable[[], bool]) -> None:
        super().__init__(view)
        self.view = view
        self.active = active  # False: nothing to keep (no article on screen)
        self.place: int | None = None  # the position kept at the top, while settling
        self._changed_at: float | None = None  # time.monotonic() of the last size change
        self._changes = 0  # size changes so far: the settling time ends after the last one
        self._watched: QAbstractTextDocumentLayout | None = None  # the layout whose changes put it back
        self._putting = False
        #: The position at the top before the view's width changed, until it is put back (and the layout
        #: it was read from).
        self._resized: tuple[int, QAbstractTextDocumentLayout] | None = None
        #: The view's width at its last Resize: a view resized while hidden (another page on screen) gets
        #: one Resize when shown again, with no old size.
        self._width: int | None = None
        appearance.fontScaleAboutToChange.connect(self.remember)
        appearance.fontScaleChanged.connect(self.restore)
        view.installEventFilter(self)  # its Resize comes before the viewport's, so before the new layout

    @Slot()
    def remember(self) -> None:
        """Note the text at the top (unless a size change is still settling: keep that place, not a
        half-done one, so pressing Ctrl+= three times does not drift)."""
        if not self.active() or not self.view.isVisible():
            self.place = None
            self._watch(False)
            return
        if self.place is None or not self._settling():
            self.place = top_position(self.view) if self.view.verticalScrollBar().value() > 0 else 0
            self._watch(True)

    @Slot()
    def restore(self) -> None:
        """Put the noted text back at the top now, and while the window settles."""
        if self.place is None:
            return
        self._changed_at = time.monotonic()
        self._changes += 1
        change = self._changes
        self._put_back()
        QTimer.singleShot(0, self, self._put_back)  # after the window's own next-event fitting
        QTimer.singleShot(SETTLE_MS, self, lambda: self._finish(change))

    def _settling(self) -> bool:
        return self._changed_at is not None and (time.monotonic() - self._changed_at) * 1000 < SETTLE_MS

    @Slot()
    def _put_back(self) -> None:
        if self.place is None or self._putting or not self.active():
            return
        if self._watched is None or self.view.document().documentLayout() is not self._watched:
            return  # another page since: the place was in the one before
        self._putting = True  # measuring lays the text out, which may tell us its size changed again
        try:
            if self.place == 0:
                self.view.verticalScrollBar().setValue(0)
            else:
                scroll_to_position(self.view, self.place)
        finally:
            self._putting = False

    def _finish(self, change: int) -> None:
        if change != self._changes or self.place is None:
            return  # another size change since: its own timer ends it
        self._put_back()
        self.place = None
        self._watch(False)

    def _watch(self, on: bool) -> None:
        """Follow (or stop following) its document's layout."""
        if self._watched is not None:
            if shiboken6.isValid(self._watched):  # (gone with its document when another article opened)
                self._watched.documentSizeChanged.disconnect(self._put_back)
            self._watched = None
        if on:
            self._watched = self.view.document().documentLayout()
            self._watched.documentSizeChanged.connect(self._put_back)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The view changed size: the text flows again, so put the place back."""
        if event.type() != QEvent.Type.Resize:
            return False
        old_width = self._width
        if isinstance(event, QResizeEvent):
            self._width = event.size().width()
        if self.place is not None and self._settling():
            QTimer.singleShot(0, self, self._put_back)
        elif old_width is not None and self._width != old_width:
            self._keep_through_resize(old_width)
        return False

    def _keep_through_resize(self, old_width: int) -> None:
        """Read the line at the top from the layout made for the old width; put it back after."""
        if self._resized is not None or old_width <= 0 or not self.active():
            return  # one already waiting keeps the place from before the first of several resizes
        if self.view.verticalScrollBar().value() == 0:
            return  # at the top the top stays the top; nothing to put back (and nothing to undo later)
        self._resized = (top_position(self.view), self.view.document().documentLayout())
        QTimer.singleShot(0, self, self._after_resize)

    @Slot()
    def _after_resize(self) -> None:
        kept, self._resized = self._resized, None
        if kept is None or not self.active() or not shiboken6.isValid(kept[1]):
            return
        place, layout = kept
        if self.view.document().documentLayout() is not layout:
            return  # another page since
        scroll_to_position(self.view, place)
