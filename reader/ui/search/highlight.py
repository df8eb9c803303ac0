"""Marks the words of a search in the open article: its text only, a few in each part, where they meet.

What is marked is what the search matched (the content words typed and the words found for them),
never question words; only in the article's text, not in its title block, notices or written-out web
addresses. In each part (from one of the article's main headings to the next: its sub-headings belong to
it) at most MARKS_PER_SECTION places are marked, in the passages that hold most of the search's words
(reader/core/highlight/passages.py), never in a reference list when there is anything else; the view opens
at the best of them. "Next match" moves through every place, one at a time, numbered from the article's
top, starting at the first place on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from reader.core.highlight.passages import Place, choose, is_reference_heading, sentence_of, sentence_starts
from reader.core.search.results import SearchResults
from reader.core.search.text import ExcerptWords, excerpt_words, find_marks
from reader.ui.appearance.theme import Theme

#: Places marked in each part of an article (the rest are reached with "Next match").
MARKS_PER_SECTION = 3
#: Places looked for in one article, so a very long article stays quick to open.
MAX_PLACES = 2000
#: How a picture's description starts (reader/core/render/markdown_setup.py writes it, in italics).
PICTURE_PREFIXES = ("Picture:", "Picture (")

Phrases = Iterable[tuple[str, ...]]


@dataclass
class MatchPlaces:
    """Where a search matches in an opened article: every place, those marked, and the current one."""

    places: list[tuple[int, int]] = field(default_factory=list)
    marked: list[tuple[int, int]] = field(default_factory=list)
    current: int = -1
    #: The place shown first: the start of the passage that answers the search best.
    first: int = 0

    def next_place(self, after: int | None = None) -> tuple[int, int] | None:
        """Move on to the next place: the first that starts at or after the position after (the reader's
        place), else the one after the current place (the first when there is none); after the last, back
        to the first. None when there are none.

        The places are numbered from the article's top. Starting at the passage shown first (the best
        one) said "Match 10 of 39" at the first press, with nine places above that a person had not seen
        counted (walk 10, X6)."""
        if not self.places:
            return None
        if after is not None:
            self.current = next((n for n, (start, _end) in enumerate(self.places) if start >= after), 0)
        else:
            self.current = (self.current + 1) % len(self.places)
        return self.places[self.current]

    def first_place(self) -> tuple[int, int] | None:
        """The place shown first (None when there are none)."""
        return self.places[min(self.first, len(self.places) - 1)] if self.places else None


def search_marks(results: SearchResults) -> frozenset[tuple[str, ...]]:
    """What to mark in an article opened from these results."""
    return results.marks


def mark_format(theme: Theme) -> QTextCharFormat:
    """How a match looks: the theme's marker colours, underlined so colour is not the only cue."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.mark))
    fmt.setForeground(QColor(theme.mark_text))
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(QColor(theme.mark_text))
    return fmt


def current_format(theme: Theme) -> QTextCharFormat:
    """How the place "Next match" moved to looks: a marker colour of its own (orange, cyan in high
    contrast) with a wavy underline, so it stands out from the other marks without relying on colour."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.current_mark))
    fmt.setForeground(QColor(theme.current_mark_text))
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(theme.current_mark_text))
    return fmt


def find_places(
    document: QTextDocument,
    phrases: Phrases,
    per_section: int = MARKS_PER_SECTION,
    excerpt: Callable[[str], ExcerptWords] | None = None,
) -> MatchPlaces:
    """Every place in the article's text where the search matches, the few of each part that are marked
    (where the search's words meet: reader/core/highlight/passages.py) and the one to show first
    (excerpt: the words of a text in the article's language, when not English)."""
    wanted = frozenset(phrases)
    found = MatchPlaces()
    if not wanted:
        return found
    words_of = excerpt or excerpt_words
    block = document.findBlock(body_start(document))
    main = section_level(block)
    section = passage_base = 0
    references = 0  # the level of the "References" heading whose list this block is in (0: none)
    places: list[Place] = []
    while block.isValid() and len(places) < MAX_PLACES:
        level = block.blockFormat().headingLevel()
        if 0 < level <= main:
            section += 1
        if level > 0 and is_reference_heading(block.text()):
            references = level
        elif 0 < level <= references:
            references = 0
        offset, text = block.position(), block.text()
        picture = text.startswith(PICTURE_PREFIXES) and _italic_at(block, 0)
        last_end = -1
        sentences = 0
        starts: list[int] | None = None
        for start, end in find_marks(text, wanted, excerpt):
            starts = sentence_starts(text) if starts is None else starts
            sentence = sentence_of(text, start, starts)
            sentences = max(sentences, sentence + 1)
            stems = frozenset(s for s in words_of(text[start:end]).stems if s)
            if last_end >= 0 and not text[last_end:start].strip():
                # Words matched side by side are one place ("Wilms tumor", "hair loss" typed as two
                # words): marked whole, one stop for Next match, counted once.
                before = places[-1]
                places[-1] = replace(before, end=offset + end, stems=before.stems | stems,
                                     phrases=(*before.phrases, stems))  # fmt: skip
            else:
                in_picture = picture and _italic_at(block, start)
                places.append(Place(offset + start, offset + end, section, passage_base + sentence, stems,
                                    in_picture, phrases=(stems,), reference=references > 0))  # fmt: skip
            last_end = end
        passage_base += sentences
        block = block.next()
    marked, first = choose(places, per_section)
    found.places = [(p.start, p.end) for p in places]
    found.marked = [found.places[i] for i in marked]
    found.first = max(0, first)
    return found


def _italic_at(block: QTextBlock, position: int) -> bool:
    """Whether the block's text is italic at this position (picture descriptions are)."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        start = fragment.position() - block.position()
        if start <= position < start + fragment.length():
            return fragment.charFormat().fontItalic()
        it += 1
    return False


def section_level(first: QTextBlock) -> int:
    """The level of the article's main headings from this block on: the highest level used more than
    once (a lone title heading does not make the whole article one part); 0 when there are none.

    Sub-headings belong to their main part: counting each as a part marked 361 places in the 157 headings
    of "Late Effects of Treatment for Childhood Cancer (PDQ)", a few in nearly every paragraph.
    """
    seen: dict[int, int] = {}
    block = first
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:
            seen[level] = seen.get(level, 0) + 1
        block = block.next()
    repeated = [level for level, count in seen.items() if count > 1]
    return min(repeated) if repeated else max(seen, default=0)


def marks_for(document: QTextDocument, results: SearchResults) -> list[tuple[int, int]]:
    """The places marked in a shown article for these results (used by the benchmark)."""
    return find_places(document, search_marks(results)).marked


def _selection(
    document: QTextDocument, span: tuple[int, int], fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = fmt
    return selection


def show_places(view: QTextEdit, found: MatchPlaces, theme: Theme) -> None:
    """Mark the marked places (and the current one) in the view."""
    document = view.document()
    fmt = mark_format(theme)
    selections = [_selection(document, span, fmt) for span in found.marked]
    if 0 <= found.current < len(found.places):
        selections.append(_selection(document, found.places[found.current], current_format(theme)))
    view.setExtraSelections(selections)


def scroll_to(view: QTextEdit, span: tuple[int, int]) -> None:
    """Put a place about a third of the way down the view (unless it is in a comfortable place on screen
    already: reader/ui/reading/article_view.py, show_match), with the text cursor at it."""
    from reader.ui.reading.article_view import show_match

    cursor = QTextCursor(view.document())
    cursor.setPosition(span[0])
    view.setTextCursor(cursor)
    show_match(view, span[0], span[1])


def reading_place(view: QTextEdit, found: MatchPlaces) -> int | None:
    """Where "Next match" goes on from: None (the place after the current one) while the current place
    is on screen; else the text at the top of the view (0 when scrolled to the top), so the first press,
    or one after scrolling away, goes to the first place the person can see or below it."""
    room = view.viewport().rect()
    if 0 <= found.current < len(found.places):
        cursor = QTextCursor(view.document())
        cursor.setPosition(found.places[found.current][0])
        if room.intersects(view.cursorRect(cursor)):
            return None
    if view.verticalScrollBar().value() <= 0:
        return 0
    return view.cursorForPosition(room.topLeft()).position()


def scroll_to_first(view: QTextEdit, span: tuple[int, int]) -> bool:
    """Show the first place in an article just opened: from the top, title and all, when the place is in
    the first screenful (True); else scrolled to it (False: the title is out of view). Jumping to the
    first mark hid the title of every article opened from search, even with the mark near the top
    (walk 6, X2)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(span[1])
    bar = view.verticalScrollBar()
    bottom = bar.value() + view.cursorRect(cursor).bottom()  # the place's foot, from the page's top
    room = view.viewport().height() - 2 * view.fontMetrics().height()  # a line or two of what follows
    if bottom <= room:
        cursor.setPosition(span[0])
        view.setTextCursor(cursor)
        bar.setValue(0)
        return True
    scroll_to(view, span)
    return False


def highlight(
    view: QTextEdit, phrases: Phrases, theme: Theme, excerpt: Callable[[str], ExcerptWords] | None = None
) -> MatchPlaces:
    """Mark the search's places in the view's article and show the first (see scroll_to_first)."""
    found = find_places(view.document(), phrases, excerpt=excerpt)
    show_places(view, found, theme)
    first = found.first_place()
    if first is not None:
        scroll_to_first(view, first)
    return found


#: Words said on each side of a place "Next match" moved to (a short piece of its sentence).
WORDS_AROUND = 6
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def words_around(document: QTextDocument, span: tuple[int, int], each_side: int = WORDS_AROUND) -> str:
    """The words around a place, within its sentence: a few before, the match, a few after ("…" where the
    sentence goes on), so a screen reader says where "Next match" landed, not only "Match 2 of 85"."""
    block = document.findBlock(span[0])
    if not block.isValid():
        return ""
    text, offset = block.text(), block.position()
    start, end = max(0, span[0] - offset), max(0, min(len(text), span[1] - offset))
    sentence_start, sentence_end = 0, len(text)
    for gap in _SENTENCE_END.finditer(text):
        if gap.end() <= start:
            sentence_start = gap.end()
        elif gap.start() >= end:
            sentence_end = gap.start()
            break
    before, after = text[sentence_start:start], text[end:sentence_end]
    before_words, after_words = before.split(), after.split()
    if len(before_words) > each_side:  # keep the last words, as written
        before = before[[m.start() for m in re.finditer(r"\S+", before)][-each_side]:]
    if len(after_words) > each_side:
        after = after[: [m.end() for m in re.finditer(r"\S+", after)][each_side - 1]]
    piece = " ".join(f"{before}{text[start:end]}{after}".replace("\ufffc", "").split())
    lead = "…" if len(before_words) > each_side else ""
    tail = "…" if len(after_words) > each_side else ""
    return f"{lead}{piece}{tail}"


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
