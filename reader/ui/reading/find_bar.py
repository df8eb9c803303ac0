"""Find in page: a bar under the article with a search field and next/previous."""

from __future__ import annotations

import weakref
from bisect import bisect_right

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.ui.reading.article_view import ArticleView


class FindBar(QWidget):
    """Finds text in the article view; Enter finds the next match, Shift+Enter the previous."""

    closed = Signal()

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(translate("Reading", "Find in this article"))
        self.field.setAccessibleName(translate("Reading", "Find in this article"))
        self.previous = QPushButton(translate("Reading", "Previous"), self)
        self.next = QPushButton(translate("Reading", "Next"), self)
        self.close_button = QPushButton(translate("Reading", "Close"), self)
        self.close_button.setAccessibleName(translate("Reading", "Close find"))
        self.result = QLabel(self)
        self.result.setAccessibleName(translate("Reading", "Find result"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        for widget in (self.previous, self.next, self.result, self.close_button):
            layout.addWidget(widget)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(self._search_from_top)
        self.next.clicked.connect(self.find_next)
        self.previous.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.dismiss)
        # Where each match starts, for this text in this version (revision) of this document: found once,
        # so Next and Previous (F3) only place the selection among them instead of finding every match.
        self._matches: tuple[str, weakref.ref[QTextDocument] | None, int, list[int]] = ("", None, -1, [])
        self.hide()

    def open(self) -> None:
        """Show the bar and put the cursor in it, with the text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def reset(self) -> None:
        """Empty and hidden, as at start."""
        self.field.clear()
        self.result.clear()
        self._matches = ("", None, -1, [])
        self.hide()

    @Slot()
    def dismiss(self) -> None:
        """Hide the bar and give the focus back to the article."""
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    @Slot()
    def find_next(self) -> None:
        """Select the next match."""
        self._report(self.view.find_text(self.field.text()))

    @Slot()
    def find_previous(self) -> None:
        """Select the previous match."""
        self._report(self.view.find_text(self.field.text(), backward=True))

    @Slot(str)
    def _search_from_top(self, text: str) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(0)
        self.view.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self.result.clear()

    def _report(self, found: bool) -> None:
        text = self.field.text()
        if not text:
            self.result.clear()
        elif not found:
            self.result.setText(translate("Reading", "Not found"))
        else:  # which one of how many: the selected word alone did not say whether there were more (walk 9, X9-7)
            number, count = self._place_of_selection(text)
            self.result.setText(translate("Reading", "{number} of {count}").format(number=number, count=count))

    def _place_of_selection(self, text: str) -> tuple[int, int]:
        """(which match is selected, from 1; how many matches the article has)."""
        starts = self._match_starts(text)
        number = bisect_right(starts, self.view.textCursor().selectionStart())
        return max(1, number), max(1, len(starts))

    def _match_starts(self, text: str) -> list[int]:
        """Where each match of text starts in the article, found once per text and document version."""
        document = self.view.document()
        found_text, found_in, revision, starts = self._matches
        if (
            found_text == text
            and found_in is not None
            and found_in() is document
            and revision == document.revision()
        ):
            return starts
        starts = []
        cursor = document.find(text, 0)
        while not cursor.isNull():
            starts.append(cursor.selectionStart())
            cursor = document.find(text, cursor)
        self._matches = (text, weakref.ref(document), document.revision(), starts)
        return starts

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes; Shift+Enter finds backwards."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
        else:
            super().keyPressEvent(event)
