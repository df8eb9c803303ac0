"""Details for staff (a pack's key and the commands that trust it, the files a folder could not open): a
read-only box where sentences wrap, but a command or a path is never broken across lines (walk 12, X2: a
wrapped label showed "/ etc/xdg/…", and a person copying by eye typed the space).

A line that does not end like a sentence (". : ? ! …") is a command, a path or a file's reason and is
shown as written: monospace, on one line, the box scrolling sideways when it is wider. In sentences, the
paths are kept whole with invisible word joiners, which are taken out again when the text is copied.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

#: U+2060 WORD JOINER: no line break here (and no width); removed from copied text.
JOINER = "\u2060"
_SENTENCE_ENDS = (".", ":", "?", "!", "…", ".)", ":)")


def is_command(line: str) -> bool:
    """True for a line shown as written (a command, a path, a file and its reason): not a sentence."""
    return bool(line.strip()) and not line.rstrip().endswith(_SENTENCE_ENDS)


def _whole_paths(line: str) -> str:
    """The line with a joiner after each / \\ and - of its paths, so no path is broken across lines."""
    words = []
    for word in line.split(" "):
        if "/" in word or "\\" in word:
            for mark in ("/", "\\", "-"):
                word = word.replace(mark, mark + JOINER)
        words.append(word)
    return " ".join(words)


def details_html(text: str) -> str:
    """The details as HTML: sentences as wrapping paragraphs, commands and paths as unbroken lines."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    parts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if is_command(line):
            parts.append(f'<pre style="font-family: \'{html.escape(mono)}\'; margin: 2px 0 8px 0">{html.escape(line)}</pre>')
        else:
            parts.append(f'<p style="margin: 0 0 4px 0">{html.escape(_whole_paths(line))}</p>')
    return "".join(parts)


class StaffDetails(QTextBrowser):
    """Read-only, selectable details: as tall as its text (the dialog around it scrolls), as wide as the
    room it is given, scrolling sideways for a long command."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def set_details(self, text: str) -> None:
        """Show these details (plain text, one item a line)."""
        self._text = text
        self.setHtml(details_html(text))
        self.updateGeometry()

    def text(self) -> str:
        """The details as given (without the joiners that keep paths whole)."""
        return self._text

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Copied text has no joiners: a pasted command or path works as it reads."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(JOINER, ""))
        return data

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Its height follows its width (sentences wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of every line of the details at this width, with the sideways bar when a command
        is wider."""
        document = self.document().clone(self)
        inner = max(width - 2 * self.frameWidth(), 1)
        document.setTextWidth(inner)
        height = int(document.size().height()) + 2 * self.frameWidth() + 2
        if document.idealWidth() > inner:
            height += self.horizontalScrollBar().sizeHint().height()
        document.deleteLater()
        return height

    def _height(self) -> int:
        return self.heightForWidth(self.width())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the details at the width it has."""
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never shorter than its text: the dialog's own area scrolls instead."""
        return QSize(super().minimumSizeHint().width(), self._height())
