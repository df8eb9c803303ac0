"""Flesch-Kincaid grade level of a short text (our own small version: no data files, no network)."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")
_WORD = re.compile(r"[A-Za-z]+")
_SILENT_END = re.compile(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$")
_VOWEL_GROUP = re.compile(r"[aeiouy]{1,2}")


def syllables(word: str) -> int:
    """A syllable estimate for one English word (vowel groups, less silent endings); at least 1."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    word = _SILENT_END.sub("", word)
    word = word.removeprefix("y")
    return max(1, len(_VOWEL_GROUP.findall(word)))


def sentence_count(text: str) -> int:
    """Sentences, counted by their end marks; at least 1."""
    return max(1, len(_SENTENCE_END.findall(text)))


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade: 0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    per_sentence = len(words) / sentence_count(text)
    per_word = sum(syllables(w) for w in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59
