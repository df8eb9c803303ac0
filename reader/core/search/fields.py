"""Whoosh text fields that index fast: the same tokens as Whoosh's StemmingAnalyzer, made in bulk.

Whoosh runs every token through a chain of generators (tokenizer, lowercase, stop words, stemmer),
which costs about 10 µs a token, most of a build. These fields make the same terms with one regex
``findall`` over the lowercased text, a set test and a stem cache, about 20 times faster. Queries still
go through the field's ordinary analyzer (the same StemmingAnalyzer), so both sides agree.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import Any

from whoosh.analysis import STOP_WORDS
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.lang.porter import stem as porter_stem
from whoosh.system import pack_uint
from whoosh.writing import PostingPool, SegmentWriter

# StemmingAnalyzer's tokenizer expression, without the capturing group (so findall returns words).
_TOKEN = re.compile(r"\w+(?:\.?\w+)*")
#: Tokens shorter than this are dropped, as StemmingAnalyzer's StopFilter(minsize=2) does.
MIN_TOKEN = 2

_STEMS: dict[str, str] = {}
#: Stems already worked out, by lowercased word ("" for dropped words): read-only for other modules.
STEM_CACHE = _STEMS


def _stem(word: str) -> str:
    """The stem of a lowercased word, or "" for a word the analyzer drops (cached either way)."""
    stemmed = _STEMS.get(word)
    if stemmed is None:
        kept = len(word) >= MIN_TOKEN and word not in STOP_WORDS
        stemmed = _STEMS[word] = porter_stem(word) if kept else ""
    return stemmed


def stem_of(word: str) -> str:
    """The index's stem of a lowercased word, or "" for a stop word or 1-letter word (cached)."""
    stemmed = _STEMS.get(word)
    return stemmed if stemmed is not None else _stem(word)


def analyzed_tokens(text: str) -> tuple[int, list[str]]:
    """The stems StemmingAnalyzer makes of text, in order, and the position of the first one.

    Like Whoosh: lowercased, stop words and 1-letter words dropped, positions renumbered from the
    first kept word's place.
    """
    stemmed = [_stem(w) for w in _TOKEN.findall(text.lower())]
    first = next((i for i, s in enumerate(stemmed) if s), 0)
    return first, [s for s in stemmed if s]


def stem_counts(text: str) -> dict[str, int]:
    """How often each stem occurs in text (as analyzed_tokens, counted; each distinct word stemmed once)."""
    cache = _STEMS
    counts: dict[str, int] = {}
    for word, freq in Counter(_TOKEN.findall(text.lower())).items():
        stemmed = cache.get(word)
        if stemmed is None:
            stemmed = _stem(word)
        if stemmed:
            counts[stemmed] = counts.get(stemmed, 0) + freq
    return counts


class FastTEXT(TEXT):
    """A TEXT field whose indexing skips the per-token analyzer chain (queries still use the analyzer)."""

    def index(self, value: object, **kwargs: object) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(term bytes, frequency, weight, encoded value) for each distinct stem of value."""
        if not isinstance(value, str):  # lists and tuples: Whoosh's own (pre-analyzed) path
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        if isinstance(self.format, Positions):
            first, tokens = analyzed_tokens(value)
            positions: dict[str, list[int]] = {}
            for number, token in enumerate(tokens, first):
                positions.setdefault(token, []).append(number)
            encode = self.format.encode
            for token, where in positions.items():
                yield token.encode("utf-8"), len(where), len(where) * boost, encode(where)
        else:
            for token, freq in stem_counts(value).items():
                yield token.encode("utf-8"), freq, freq * boost, pack_uint(freq)


class _RememberedLengths:
    """A per-document reader's field lengths, each read once (Whoosh asks again for every posting)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        """The stored (quantised) length of a field in a document."""
        key = (docnum, fieldname)
        length = self._lengths.get(key)
        if length is None:
            length = self._lengths[key] = self._reader.doc_field_length(docnum, fieldname, default)
        return length


class _GroupingPool:
    """Postings grouped by term in memory, so writing them needs no sort of every posting.

    Whoosh's PostingPool computes a size for every posting and sorts them all at the end; this pool
    hands its postings to one when there are more than about limitmb's worth (bounded memory).
    """

    BYTES_PER_POSTING = 200

    def __init__(self, tempstore: Any, segment: Any, limitmb: int) -> None:
        self._terms: dict[tuple[str, bytes], list[tuple[Any, ...]]] = {}
        self._count = 0
        self._limit = limitmb * 1024 * 1024 // self.BYTES_PER_POSTING
        self._make_spill = lambda: PostingPool(tempstore, segment, limitmb=limitmb)
        self._spill: PostingPool | None = None
        self.fieldnames: set[str] = set()

    def add(self, item: tuple[Any, ...]) -> None:
        """Add one (fieldname, term bytes, docnum, weight, value bytes) posting."""
        if self._spill is not None:
            self._spill.add(item)
            return
        key = item[:2]
        postings = self._terms.get(key)
        if postings is None:
            self._terms[key] = [item]
        else:
            postings.append(item)
        self._count += 1
        if self._count > self._limit:
            self._spill = self._make_spill()
            for key in self._terms:
                for posting in self._terms[key]:
                    self._spill.add(posting)
            self._terms = {}

    def nearly_full(self, share: float) -> bool:
        """True when the postings held in memory fill this share of the buffer (or have spilled)."""
        return self._spill is not None or self._count > share * self._limit

    def term_count(self) -> int:
        """How many terms are held in memory."""
        return len(self._terms)

    def grouped(self) -> Iterator[tuple[tuple[str, bytes], list[tuple[Any, ...]]]]:
        """((fieldname, term bytes), its postings by document number) for every term, in order."""
        docnum = itemgetter(2)
        for key in sorted(self._terms):
            postings = self._terms[key]
            postings.sort(key=docnum)  # already in order (documents are added in order): linear
            yield key, postings

    @property
    def spilled(self) -> bool:
        """True when the postings went to Whoosh's own pool (too many to keep in memory)."""
        return self._spill is not None

    def iter_postings(self) -> Iterator[tuple[Any, ...]]:
        """Every posting, by field, term and document number."""
        if self._spill is not None:
            yield from self._spill.iter_postings()
            return
        for _, postings in self.grouped():
            yield from postings

    def cleanup(self) -> None:
        """Drop everything (and the spill files, if any)."""
        if self._spill is not None:
            self._spill.cleanup()
        self._terms = {}


class FastSegmentWriter(SegmentWriter):
    """Whoosh's segment writer with uncompressed posting blocks and field lengths read once.

    Its postings go to a _GroupingPool. Uncompressed blocks are quicker to write and to read (the index is about a third bigger); Whoosh
    records the compression per block, so segments written either way mix freely.
    """

    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        kwargs.setdefault("codec", W3Codec(compression=0))
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = _GroupingPool(self._tempstorage, self.newsegment, limitmb)
        #: Told (terms written, terms in all) as the segment's postings are written.
        self.terms_written: Callable[[int, int], None] | None = None

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            remembered = _RememberedLengths(lengths)
            if isinstance(self.pool, _GroupingPool) and not self.pool.spilled:
                grouped = self.pool.grouped()
                if self.terms_written is not None:
                    grouped = _counted(grouped, self.pool.term_count(), self.terms_written)
                _write_terms(self.fieldwriter, self.schema, grouped, remembered)
            else:
                self.fieldwriter.add_postings(self.schema, remembered, self.pool.iter_postings())
            self.fieldwriter.close()
        finally:
            lengths.close()


#: How often (in terms) writing a segment reports how far it has come.
TERMS_PER_REPORT = 5000


def _counted(items: Iterator[Any], total: int, report: Callable[[int, int], None]) -> Iterator[Any]:
    """The same items, telling report(done, total) every TERMS_PER_REPORT of them."""
    for done, item in enumerate(items, 1):
        if done % TERMS_PER_REPORT == 0:
            report(done, total)
        yield item
    report(total, total)


def _write_terms(writer: Any, schema: Any, grouped: Iterator[tuple[tuple[str, bytes], list[tuple[Any, ...]]]],
                 lengths: _RememberedLengths) -> None:  # fmt: skip
    """Write each term's postings a block at a time into Whoosh's W3 postings writer.

    Does what FieldWriter.add_postings and W3PostingsWriter.add_posting do posting by posting (same
    blocks, same statistics, same bytes: a test compares the files), but fills each block in one go.
    """
    fieldname = None
    for (name, btext), postings in grouped:
        if name != fieldname:
            if fieldname is not None:
                writer.finish_field()
            fieldname = name
            writer.start_field(fieldname, schema[fieldname])
        writer.start_term(btext)
        block = writer._postwriter
        limit = block._blocklimit
        for start in range(0, len(postings), limit):
            if start:
                block._write_block()  # the previous, full block (and a fresh buffer)
            chunk = postings[start : start + limit]
            weights = [p[3] for p in chunk]
            block._ids = array("I", [p[2] for p in chunk])
            block._weights = array("f", weights)
            block._values = [p[4] for p in chunk if p[4]]
            block._maxweight = max(0, max(weights))
            sizes = [n for n in (lengths.doc_field_length(p[2], fieldname) for p in chunk) if n]
            block._minlength = min(sizes) if sizes else None
            block._maxlength = max(sizes) if sizes else 0
        writer.finish_term()
    if fieldname is not None:
        writer.finish_field()
