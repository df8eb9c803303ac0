"""The word-vector table (resources/search/word_vectors.npz) and what is made with it: a text's
vector, an article's vector as stored in the index, and the re-rank of a search's top results.

A text's vector is the sum of its tokens' rows, each row weighted by how rare the token is (baked
into the table) and by 1 + log of how often the text uses it, then scaled to length 1. Two vectors'
dot product is then their cosine: how close in meaning the two texts are. The table comes from
scripts/build_word_vectors.py (docs/SEARCH.md, "Meaning re-rank"). numpy is imported here only:
this module is loaded by the search index, never on the way to the first window.
"""

from __future__ import annotations

import base64
import binascii
import logging
import threading
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from reader.core.files.locations import resource
from reader.core.meaning.wordpiece import WordPiece

log = logging.getLogger(__name__)

#: How much the meaning counts in the re-rank: (1 - w) * score / top score + w * closeness, the
#: closeness scaled from 0 (the least close of the candidates) to 1 (the closest). Chosen on the
#: tuning sets (docs/BENCHMARKS.md).
MIX_WEIGHT = 0.2
#: How many of the best results the meaning re-orders (it never brings in others).
RERANK_CANDIDATES = 20
#: The shortest table that is a table, and a text's words read at most (an article's opening).
_MIN_TOKENS = 100
_MAX_TEXT_CHARS = 20_000


class WordVectors:
    """A table of token vectors: int8 rows, one float scale per row (the token's weight included)."""

    def __init__(self, tokens: Sequence[str], rows: np.ndarray, scales: np.ndarray) -> None:
        self.tokenizer = WordPiece(tokens)
        self.rows = rows
        self.scales = scales.astype(np.float32)
        self.dims = int(rows.shape[1])

    @classmethod
    def load(cls, path: Path) -> WordVectors:
        """The table in path; ValueError (or OSError) when it is missing, cut short or not a table."""
        with open(path, "rb") as handle:
            try:
                data = np.load(handle, allow_pickle=False)
                if not isinstance(data, np.lib.npyio.NpzFile):
                    raise ValueError("one array, not a table of tokens, rows and scales")
                with data:
                    tokens = bytes(data["tokens"]).decode("utf-8").split("\n")
                    rows, scales = data["rows"], data["scales"]
            except (KeyError, zipfile.BadZipFile, EOFError, UnicodeDecodeError) as exc:
                raise ValueError(f"not a word-vector table ({type(exc).__name__}: {exc})") from exc
        if rows.dtype != np.int8 or rows.ndim != 2 or rows.shape[1] < 8:
            raise ValueError(f"its rows are {rows.dtype} of shape {rows.shape}, not int8 vectors")
        if len(tokens) < _MIN_TOKENS or rows.shape[0] != len(tokens) or scales.shape != (len(tokens),):
            raise ValueError(
                f"{len(tokens)} tokens, {rows.shape[0]} rows and {scales.shape} scales do not agree"
            )
        if not np.all(np.isfinite(scales)) or np.any(scales < 0):
            raise ValueError("its scales are not all finite and positive")
        return cls(tokens, rows, scales)

    def vector(self, text: str) -> np.ndarray | None:
        """The text's unit vector (float32), or None when the table knows none of its words."""
        found = self.tokenizer.counts(text[:_MAX_TEXT_CHARS])
        if not found:
            return None
        tokens = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        counts = np.fromiter(found.values(), dtype=np.float32, count=len(found))
        weights = (1.0 + np.log(counts)) * self.scales[tokens]
        summed = weights.astype(np.float32) @ self.rows[tokens].astype(np.float32)
        length = float(np.linalg.norm(summed))
        return summed / length if length > 0 else None


_LOCK = threading.Lock()
_TABLE: dict[str, WordVectors | None] = {}


def table_path() -> Path:
    """Where the shipped table is."""
    return resource("search", "word_vectors.npz")


def shipped_table() -> WordVectors | None:
    """The shipped table (read once per process), or None when it cannot be read: then search works
    without the meaning re-rank, and the log says why in one line."""
    where = table_path()
    key = str(where)
    with _LOCK:
        if key not in _TABLE:
            try:
                _TABLE[key] = WordVectors.load(where)
            except (OSError, ValueError) as exc:
                log.warning("Search works without the meaning re-rank: the word-vector table %s cannot be used: %s",
                            where, exc)  # fmt: skip
                _TABLE[key] = None
        return _TABLE[key]


def forget_tables() -> None:
    """Read the table again at its next use (for tests that replace it)."""
    with _LOCK:
        _TABLE.clear()


def article_code(table: WordVectors | None, title: str, opening: str) -> str:
    """An article's vector (its title and opening words) as text for the index's manifest: int8 in
    base64; "" when there is no table or no known word."""
    vector = table.vector(f"{title}\n{opening}") if table is not None else None
    if vector is None:
        return ""
    peak = float(np.abs(vector).max())
    return base64.b64encode(np.round(vector / peak * 127).astype(np.int8).tobytes()).decode("ascii")


def decode(code: object, dims: int) -> np.ndarray | None:
    """A stored article vector back as a unit float32 vector; None when missing or damaged."""
    if not isinstance(code, str) or not code:
        return None
    try:
        raw = np.frombuffer(base64.b64decode(code, validate=True), dtype=np.int8)
    except (binascii.Error, ValueError):
        return None
    if raw.shape != (dims,):
        return None
    vector = raw.astype(np.float32)
    length = float(np.linalg.norm(vector))
    return vector / length if length > 0 else None


class MeaningRerank:
    """Re-orders a search's best results by closeness in meaning to the question."""

    def __init__(
        self, query: np.ndarray, documents: Mapping[int, np.ndarray], weight: float = MIX_WEIGHT
    ) -> None:
        self.query, self.documents, self.weight = query, documents, weight

    def rerank(
        self, scored: list[tuple[float, int]], docnum_of: Callable[[int], int]
    ) -> list[tuple[float, int]]:
        """scored: (score, rank) best first; the first RERANK_CANDIDATES re-ordered by
        (1 - w) * score + w * top score * closeness (closeness min-max scaled over them). An article
        without a vector (another language, an older index) keeps its score."""
        head, tail = scored[:RERANK_CANDIDATES], scored[RERANK_CANDIDATES:]
        if len(head) < 2 or head[0][0] <= 0:
            return scored
        cosines = [self._cosine(docnum_of(rank)) for _score, rank in head]
        known = [c for c in cosines if c is not None]
        if len(known) < 2 or max(known) <= min(known):
            return scored
        low, span, top, w = min(known), max(known) - min(known), head[0][0], self.weight
        mixed = [
            (score if c is None else (1.0 - w) * score + w * top * (c - low) / span, rank)
            for (score, rank), c in zip(head, cosines, strict=True)
        ]
        mixed.sort(key=lambda x: (-x[0], x[1]))
        return mixed + tail

    def _cosine(self, docnum: int) -> float | None:
        vector = self.documents.get(docnum)
        return None if vector is None else float(vector @ self.query)
