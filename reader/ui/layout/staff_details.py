"""Details for staff (a pack's key and the commands that trust it, the files a folder could not open): a
read-only box where sentences wrap, but a command or a path is never broken across lines (walk 12, X2: a
wrapped label showed "/ etc/xdg/…", and a person copying by eye typed the space).

A line that does not end like a sentence (". : ? ! …") is a command or a path and is shown as written:
monospace, on one line, the box scrolling sideways when it is wider. In sentences, the paths are kept whole
with invisible word joiners, which are taken out again when the text is copied.

Details that list files with their reasons ("bad-yaml.md: the front matter is not valid YAML (line 3)")
say so: the reason is a sentence and wraps, only the file's name is kept whole (walk 13, C7: in a one-line
box the reasons were cut at the dialog's right edge).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

#: U+2060 WORD JOINER: no line break here (and no width); removed from copied text.
JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
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


def _whole_name(name: str) -> str:
    """A file's name (or path) that never breaks across lines: joiners after its marks, no-break spaces."""
    for mark in ("/", "\\", "-", ".", "_"):
        name = name.replace(mark, mark + JOINER)
    return name.replace(" ", NO_BREAK_SPACE)


def details_html(text: str, file_reasons: bool = False) -> str:
    """The details as HTML: sentences as wrapping paragraphs, commands and paths as unbroken lines; with
    file_reasons, a line "name: reason" is a file's name, kept whole, and its reason, which wraps."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    parts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, colon, reason = line.partition(": ")
        if file_reasons and colon and is_command(line):
            parts.append(
                f'<p style="margin: 0 0 4px 0"><span style="font-family: \'{html.escape(mono)}\'">'
                f"{html.escape(_whole_name(name))}:</span> {html.escape(_whole_paths(reason))}</p>"
            )
        elif is_command(line):
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

    def set_details(self, text: str, file_reasons: bool = False) -> None:
        """Show these details (plain text, one item a line; file_reasons: "name: reason" lines are files
        and why they could not be opened)."""
        self._text = text
        self.setHtml(details_html(text, file_reasons))
        self.updateGeometry()

    def text(self) -> str:
        """The details as given (without the joiners that keep paths whole)."""
        return self._text

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Copied text has no joiners: a pasted command or path works as it reads."""
        data = QMimeData()
        copied = self.textCursor().selection().toPlainText()
        data.setText(copied.replace(JOINER, "").replace(NO_BREAK_SPACE, " "))
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
