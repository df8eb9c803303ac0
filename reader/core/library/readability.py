"""Reading level: the Flesch-Kincaid grade of an article or a definition, computed here (no network, no data files).

One implementation for articles (reading badges) and glossary definitions (the quality gate)."""

from __future__ import annotations

import functools
import re

#: Grade at or under which a patient article is "Easy to read" (the 6th-8th grade target).
EASY_GRADE = 8.0
#: Only the start of a long article is measured: the grade of the first 1,000 words is close to the whole.
MAX_WORDS = 1000
#: Characters of Markdown read for the grade (a little over 1,000 words of running text).
MAX_CHARS = 10_000

#: The patterns, compiled at first use: grades are worked out when files are read, which the article asked
#: for at start does not need (~0.35 ms of every start, issue 20).
_PATTERNS: dict[str, str] = {
    "word": r"[A-Za-z]+(?:'[A-Za-z]+)?",
    # A sentence ends at a run of . ! ? before white space or the end, or at a blank line. Written to start
    # with one character class, which re looks for quickly: as r"[.!?]+(?=\s|$)|\n\s*\n" (the same splits,
    # a test compares them) it tried every position and took ~0.1 s of a first start's loading (issue 20).
    "sentence_end": r"[.!?\n](?:(?<=\n)\s*\n|(?<!\n)[.!?]*(?!\S))",
    "vowels": r"[aeiouy]+",
    # Linear-time patterns: they stop at the next bracket or line end (see content_checks.py).
    # What plain_text takes out: pictures, tags and table bars anywhere, and list, quote, heading and table
    # marks at a line's start. As one pattern, r"!\[[^\[\]\n]*\]\([^()\s]*\)|<[^<>\n]*>|^[ \t]*[|#>*+-]+|\|"
    # with re.MULTILINE, re tried every position (its "^" branch): ~60 ms of a first start's loading (issue
    # 20). The line-start marks (found from each "\n", which re looks for quickly) never overlap the others,
    # so two passes give the same text (a test compares them).
    "first_marks": r"[ \t]*[|#>*+-]+",
    "line_marks": r"\n[ \t]*[|#>*+-]+",
    "inline_markup": r"!\[[^\[\]\n]*\]\([^()\s]*\)|<[^<>\n]*>|\|",
    "link": r"\[([^\[\]\n]*)\]\([^()\s]*\)",
    "ed_es": r"(?:ed|es)$",
}


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_PATTERNS[name])


# Remembered per word: the same few thousand words make up most of a library, and counting them
# afresh was ~30 % of a first start's library reading (py-spy of the app with the 1,378 articles).
@functools.lru_cache(maxsize=1 << 16)
def syllables(word: str) -> int:
    """Syllables in an English word, by vowel groups (a silent final e does not count)."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        word = word[:-1]
    word = _pattern("ed_es").sub("", word) if len(word) > 4 else word
    return max(1, len(_pattern("vowels").findall(word)))


class _Syllables(dict[str, int]):
    """Syllables per word, counted once (a plain dict is looked up at half lru_cache's cost)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 1 << 16:  # a library of made-up words must not grow it without end
            self.clear()
        count = self[word] = syllables(word)
        return count


_KNOWN_SYLLABLES = _Syllables()


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade of a short text such as a definition (0.0 when it has no words)."""
    words = _pattern("word").findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    return 0.39 * len(words) / sentences + 11.8 * sum(syllables(w) for w in words) / len(words) - 15.59


def plain_text(markdown: str) -> str:
    """Markdown reduced to running text: no pictures, tags, table bars or list marks."""
    # A function, not r"\1": Python 3.11 expands a template in Python for every link (cProfile of a first
    # start's library load: 0.17 of 2.1 s in re's expand_template).
    text = _pattern("link").sub(_link_text, markdown)
    first = _pattern("first_marks").match(text)
    if first is not None:
        text = " " + text[first.end() :]
    return _pattern("inline_markup").sub(" ", _pattern("line_marks").sub("\n ", text))


def _link_text(match: re.Match[str]) -> str:
    return match.group(1)


def flesch_kincaid_grade(text: str) -> float | None:
    """The Flesch-Kincaid grade level of plain text; None when there are too few words to tell."""
    words: list[str] = []
    sentences = 0
    find_words = _pattern("word").findall
    for chunk in _pattern("sentence_end").split(text):
        found = find_words(chunk)
        if found:
            sentences += 1
            words += found
        if len(words) >= MAX_WORDS:
            break
    if len(words) < 10 or not sentences:
        return None
    # Not a generator: 820,000 of them on a first start (cProfile); a dict's lookup, not lru_cache's.
    total = sum(map(_KNOWN_SYLLABLES.__getitem__, words))
    grade = 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59
    return round(max(0.0, grade), 1)


def article_grade(markdown: str) -> float | None:
    """The reading grade of an article body in Markdown."""
    return flesch_kincaid_grade(plain_text(markdown[:MAX_CHARS]))


def reading_badge(grade: float | None, audience: str) -> str:
    """The plain badge for an article: "Easy to read", "More detail" or "For health professionals"."""
    if audience == "health professional":
        return "For health professionals"
    if grade is None:
        return ""
    return "Easy to read" if grade <= EASY_GRADE else "More detail"
