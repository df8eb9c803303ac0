"""A WordPiece tokenizer as BERT's uncased models split text: lowercase, accents off, punctuation
apart, then each word as the longest pieces of the vocabulary from its start ("##" continues a word)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

#: A word longer than this is not split (BERT's own limit); it has no pieces.
MAX_WORD_CHARS = 100
_WORDS = re.compile(r"\w+|[^\w\s]", re.UNICODE)
#: Combining marks (the accents NFD splits off), the Unicode "Combining ..." blocks.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


class WordPiece:
    """Splits text into vocabulary token numbers; words it cannot split are left out."""

    def __init__(self, tokens: Sequence[str]) -> None:
        self.index = {token: number for number, token in enumerate(tokens)}
        self._cache: dict[str, tuple[int, ...]] = {}

    def ids(self, text: str) -> list[int]:
        """The token numbers of text, in order."""
        out: list[int] = []
        for word in _WORDS.findall(_fold(text)):
            out.extend(self._pieces(word))
        return out

    def counts(self, text: str) -> dict[int, int]:
        """How often text uses each token number."""
        out: dict[int, int] = {}
        for word, count in Counter(_WORDS.findall(_fold(text))).items():
            for piece in self._pieces(word):
                out[piece] = out.get(piece, 0) + count
        return out

    def _pieces(self, word: str) -> tuple[int, ...]:
        pieces = self._cache.get(word)
        if pieces is None:
            pieces = self._split(word)
            if len(self._cache) < 200_000:
                self._cache[word] = pieces
        return pieces

    def _split(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return ()
        index, start = self.index, 0
        pieces: list[int] = []
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                number = index.get(piece)
                if number is not None:
                    pieces.append(number)
                    break
                end -= 1
            else:
                return ()  # BERT's [UNK]: the whole word has no pieces
            start = end
        return tuple(pieces)


def _fold(text: str) -> str:
    """Lowercase without accents, "_" apart like other punctuation (BERT's basic tokenizer)."""
    text = text.lower()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return text.replace("_", " _ ")
