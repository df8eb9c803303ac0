"""H and Shift+H in the article: jump to the next or previous heading and say which one it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.screen_reader.structure import ArticleStructure

if TYPE_CHECKING:
    from reader.ui.screen_reader.parts import ArticlePart

NEXT_KEY = Qt.Key.Key_H  # as in web browsers' screen-reader modes; Shift+H goes back
NO_NEXT = QT_TRANSLATE_NOOP("ScreenReader", "No more headings below.")
NO_PREVIOUS = QT_TRANSLATE_NOOP("ScreenReader", "No more headings above.")
NO_HEADINGS = QT_TRANSLATE_NOOP("ScreenReader", "This page has no headings.")


def heading_words(heading: ArticlePart) -> str:
    """What a screen reader is told on arriving at a heading."""
    return translate("ScreenReader", "Heading level {level}: {text}").format(
        level=heading.level, text=heading.text
    )


def next_heading(headings: list[ArticlePart], position: int, forward: bool) -> ArticlePart | None:
    """The first heading after position (forward), or the last one that starts before it."""
    if forward:
        return next((h for h in headings if h.start > position), None)
    return next((h for h in reversed(headings) if h.start < position), None)


class HeadingKeys(QObject):
    """Moves the article's cursor from heading to heading with H / Shift+H and announces each."""

    def __init__(self, view: QTextBrowser, structure: ArticleStructure, say: Callable[[str], object]) -> None:
        super().__init__(view)
        self.view = view
        self.structure = structure
        self.say = say
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """H: next heading; Shift+H: previous heading (only while the article has the keyboard)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == NEXT_KEY and modifiers in (Qt.KeyboardModifier.NoModifier,
                                                          Qt.KeyboardModifier.ShiftModifier):  # fmt: skip
                self.move(forward=modifiers == Qt.KeyboardModifier.NoModifier)
                return True
        return False

    def move(self, forward: bool) -> ArticlePart | None:
        """Put the cursor at the start of the next (or previous) heading, scroll it to the top, say it."""
        headings = self.structure.headings()
        heading = next_heading(headings, self.view.textCursor().selectionStart(), forward)
        if heading is None:
            self.say(
                translate(
                    "ScreenReader", NO_HEADINGS if not headings else NO_NEXT if forward else NO_PREVIOUS
                )
            )
            return None
        self._go_to(heading)
        return heading

    def jump_to_anchor(self, anchor: str) -> ArticlePart | None:
        """The heading chosen in "On this page": the reading position moves there and it is said, so
        the arrow keys, Tab and "say all" go on from that heading, not from where the cursor was."""
        position = anchor_position(self.view.document(), anchor)
        if position < 0:
            return None
        block_start = self.view.document().findBlock(position).position()
        heading = next((h for h in self.structure.headings() if h.start >= block_start), None)
        if heading is not None:
            self._go_to(heading)
        return heading

    def _go_to(self, heading: ArticlePart) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(heading.start)
        self.view.setTextCursor(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + self.view.cursorRect(cursor).top() - self.view.fontMetrics().height())
        self.say(heading_words(heading))


def anchor_position(document: QTextDocument, anchor: str) -> int:
    """Where the anchor named anchor (an id or <a name>) is in the document, or -1."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and anchor in fragment.charFormat().anchorNames():
                return fragment.position()
            it += 1
        block = block.next()
    return -1
