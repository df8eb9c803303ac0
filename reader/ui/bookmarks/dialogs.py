"""Small dialogs: name and note for a bookmark, and a question for the doctor."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks.store import Bookmark
from reader.core.languages.translate import translate


class BookmarkDialog(QDialog):
    """Rename a bookmark and write its note; "Remove bookmark" sets removed and closes.

    already: the article was bookmarked before the star was pressed (the dialog says so, not "saved").
    move_to: the heading being read, when it is not the bookmark's: a box offers to move the bookmark there.
    """

    def __init__(
        self,
        bookmark: Bookmark,
        parent: QWidget | None = None,
        already: bool = False,
        move_to: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Bookmarks", "Bookmark"))
        self.removed = False
        self.move_here: QCheckBox | None = None
        self.name = QLineEdit(bookmark.title, self)
        self.name.setAccessibleName(translate("Bookmarks", "Bookmark name"))
        name_label = QLabel(translate("Bookmarks", "&Name"), self)
        name_label.setBuddy(self.name)
        self.note = QPlainTextEdit(bookmark.note, self)
        self.note.setAccessibleName(translate("Bookmarks", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("Bookmarks", "For example: ask about this at my next visit"))
        note_label = QLabel(translate("Bookmarks", "&Note (only you see it)"), self)
        note_label.setBuddy(self.note)
        layout = QVBoxLayout(self)
        intro = (
            translate("Bookmarks", "This article is already bookmarked. You can change its name and note, or remove it.")
            if already
            else translate("Bookmarks", "The bookmark is saved. You can give it a name and a note.")
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        if bookmark.heading:
            layout.addWidget(
                QLabel(translate("Bookmarks", "Section: {heading}").format(heading=bookmark.heading), self)
            )
        if move_to is not None:
            self.move_here = QCheckBox(
                translate("Bookmarks", "Move it to the part you are reading: {heading}").format(
                    heading=move_to or translate("Bookmarks", "the top of the article")
                ),
                self,
            )
            layout.addWidget(self.move_here)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.remove_button = QPushButton(translate("Bookmarks", "&Remove bookmark"), self)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._remove)
        self.resize(460, 320)

    @Slot()
    def _remove(self) -> None:
        self.removed = True
        self.accept()


class QuestionDialog(QDialog):
    """Write a question for the doctor, starting from the article's title."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Bookmarks", "A question for my doctor"))
        self.text = QPlainTextEdit(text, self)
        self.text.setAccessibleName(translate("Bookmarks", "Question"))
        self.text.setTabChangesFocus(True)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        label = QLabel(translate("Bookmarks", "&Question to ask at your next visit"), self)
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def question(self) -> str:
        """The words typed, trimmed."""
        return self.text.toPlainText().strip()
