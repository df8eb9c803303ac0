"""The parts of a shown article a screen reader moves between: its links and its headings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser


@dataclass(frozen=True)
class ArticlePart:
    """A link (href set) or a heading (level set) and where its text sits in the document."""

    start: int
    end: int
    text: str
    href: str = ""
    level: int = 0

    @property
    def is_heading(self) -> bool:
        """True for a heading, False for a link."""
        return self.level > 0


def article_parts(document: QTextDocument) -> list[ArticlePart]:
    """Every heading and link of the document, in reading order.

    A link is a run of text with one href inside a block (Qt splits a link into several fragments
    when part of it is bold or marked); a heading is a block that came from <h1>..<h6>.
    """
    parts: list[ArticlePart] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            parts.append(ArticlePart(block.position(), block.position() + block.length() - 1,
                                     " ".join(block.text().split()), level=level))  # fmt: skip
        run_start, run_href, run_text = -1, "", []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            href = fragment.charFormat().anchorHref() if fragment.charFormat().isAnchor() else ""
            if href != run_href:
                _close_run(parts, run_start, fragment.position(), run_href, run_text)
                run_start, run_href, run_text = fragment.position(), href, []
            run_text.append(fragment.text())
        _close_run(parts, run_start, block.position() + block.length() - 1, run_href, run_text)
        block = block.next()
    return parts


def _close_run(parts: list[ArticlePart], start: int, end: int, href: str, text: list[str]) -> None:
    words = " ".join("".join(text).replace("\u2028", " ").split())
    if href and words:
        parts.append(ArticlePart(start, end, words, href=href))


def selected_link(view: QTextBrowser) -> tuple[str, str] | None:
    """(href, words) of the link Tab or Shift+Tab has selected in the view, if any.

    The href is read inside the selection: a backward selection (Shift+Tab) has its cursor at the
    link's start, where the character format is the one before the link.
    """
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return None
    probe = QTextCursor(view.document())
    probe.setPosition(cursor.selectionStart() + 1)
    href = probe.charFormat().anchorHref()
    if not href:
        return None
    probe.setPosition(cursor.selectionEnd())
    if probe.charFormat().anchorHref() != href:
        return None
    return href, cursor.selectedText().strip()
