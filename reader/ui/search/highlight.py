"""Marks the words of a search in the open article and scrolls to the first of them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from reader.core.search.results import SearchResults
from reader.core.search.text import make_analyzer, stem
from reader.ui.appearance.theme import Theme

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
_MARKED = re.compile(r"<b>([^<]*)</b>")
#: Marking stops after this many matches, so a very long article stays quick to open.
MAX_MARKS = 2000


def search_stems(results: SearchResults) -> frozenset[str]:
    """Stems to mark in an article: the words the engine matched in the results, plus the typed words."""
    found = {stem(word.lower()) for hit in results.hits for m in _MARKED.finditer(hit.snippet)
             for word in _WORD.findall(m.group(1))}  # fmt: skip
    # Typed words the engine keeps (stop words like "me" and "the" are dropped by its analyzer).
    found.update(token.text for token in make_analyzer()(results.text[:500]))
    return frozenset(s for s in found if s)


def mark_format(theme: Theme) -> QTextCharFormat:
    """How a match looks: the theme's marker colours, underlined so colour is not the only cue."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.mark))
    fmt.setForeground(QColor(theme.mark_text))
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(QColor(theme.mark_text))
    return fmt


def match_spans(text: str, stems: Iterable[str], limit: int = MAX_MARKS) -> list[tuple[int, int]]:
    """(start, end) of every word in text whose stem is one of stems."""
    wanted = frozenset(stems)
    spans: list[tuple[int, int]] = []
    if not wanted:
        return spans
    for match in _WORD.finditer(text):
        if stem(match.group(0).lower()) in wanted:
            spans.append(match.span())
            if len(spans) >= limit:
                break
    return spans


def marks_for(document: QTextDocument, stems: Iterable[str]) -> list[tuple[int, int]]:
    """Where a search's words are marked in a shown article: (start, end) in the document's text."""
    return match_spans(document.toRawText(), stems)


def highlight(view: QTextEdit, stems: Iterable[str], theme: Theme, skip_title: bool = True) -> int:
    """Mark the matches in the view and scroll to the first one in the text (after the title and facts);
    return how many were marked."""
    document = view.document()
    spans = marks_for(document, stems)
    fmt = mark_format(theme)
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    view.setExtraSelections(selections)
    body = body_start(document) if skip_title else 0
    target = next((span for span in spans if span[0] >= body), spans[0] if spans else None)
    if target is not None:
        cursor = QTextCursor(document)
        cursor.setPosition(target[0])
        view.setTextCursor(cursor)
        top = view.cursorRect(cursor).top()
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + top - view.viewport().height() // 4)
    return len(spans)


def body_start(document: QTextDocument, look: int = 12) -> int:
    """Where the article's text starts: after the rule under its title and facts (0 when there is none)."""
    block = document.firstBlock()
    for _ in range(look):
        if not block.isValid():
            break
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            return block.position() + block.length()
        block = block.next()
    return 0


def clear(view: QTextEdit) -> None:
    """Remove the marks."""
    view.setExtraSelections([])
