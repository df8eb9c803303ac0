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
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3TermsReader
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.lang.porter import stem as porter_stem
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader
from whoosh.system import pack_uint
from whoosh.writing import MERGE_SMALL, PostingPool, SegmentWriter

# StemmingAnalyzer's tokenizer expression, without the capturing group (so findall returns words).
TOKEN = re.compile(r"\w+(?:\.?\w+)*")
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
    stemmed = [_stem(w) for w in TOKEN.findall(text.lower())]
    first = next((i for i, s in enumerate(stemmed) if s), 0)
    return first, [s for s in stemmed if s]


def stem_counts(text: str) -> dict[str, int]:
    """How often each stem occurs in text (as analyzed_tokens, counted; each distinct word stemmed once)."""
    cache = _STEMS
    counts: dict[str, int] = {}
    for word, freq in Counter(TOKEN.findall(text.lower())).items():
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

    def add_term(self, key: tuple[str, bytes], items: list[tuple[Any, ...]]) -> None:
        """Add one term's (fieldname, term bytes, docnum, weight, value bytes) postings at once."""
        if self._spill is not None or self._count + len(items) > self._limit:
            for item in items:
                self.add(item)
            return
        self._terms.setdefault(key, []).extend(items)
        self._count += len(items)

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


    def add_postings_to_pool(self, reader: Any, startdoc: int, docmap: dict[int, int] | None) -> None:
        """Another segment's live postings (a merge), read a block at a time: what Whoosh's
        add_postings_to_pool adds, without its per-posting method calls.

        Also puts the fields' total lengths right: Whoosh's merge (write_per_doc) adds up each
        document's stored length, which is rounded to one byte, so a merged segment's totals (BM25's
        average field length) were not a fresh build's; the postings' frequencies give the exact ones.
        """
        pool = self.pool
        if not isinstance(pool, _GroupingPool):
            super().add_postings_to_pool(reader, startdoc, docmap)
            return
        schema = self.schema
        deleted = frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()
        exact: Counter[str] = Counter()
        for key, matcher in _all_postings(reader):
            field = schema[key[0]] if key[0] in schema else None
            if field is None:
                continue
            items: list[tuple[Any, ...]] = []
            if type(matcher) is not W3LeafMatcher:
                while matcher.is_active():
                    if matcher.id() not in deleted:
                        items.append((*key, matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
            else:
                while matcher.is_active():
                    matcher._read_ids()
                    matcher._read_weights()
                    matcher._read_values()
                    items += (
                        (*key, doc, weight, value)
                        for doc, weight, value in zip(matcher._ids, matcher._weights, matcher._values, strict=True)
                        if doc not in deleted
                    )
                    matcher._next_block()
            if not items:
                continue
            if field.scorable:  # a document's length is the sum of its terms' frequencies (weight / boost)
                exact[key[0]] += sum(round(item[3] / field.format.field_boost) for item in items)
            pool.add_term(
                key, [(f, t, docmap[d] if docmap is not None else startdoc + d, w, v) for f, t, d, w, v in items]
            )
        totals = getattr(self.perdocwriter, "_fieldlengths", None)
        if totals is not None:
            live = [d for d in range(reader.doc_count_all()) if d not in deleted]
            for name, length in exact.items():
                # Whoosh's doc_field_length gives None (not 0) for a document without the field
                # (an article with no subheadings), as write_per_doc takes it: counted as 0.
                totals[name] += length - sum(reader.doc_field_length(d, name) or 0 for d in live)


def _all_postings(reader: Any) -> Iterator[tuple[tuple[str, bytes], Any]]:
    """Every (field, term bytes) of a segment with a matcher over all its postings, deleted or not."""
    terms = getattr(reader, "_terms", None)
    if isinstance(reader, SegmentReader) and isinstance(terms, W3TermsReader):
        # The term table read in order, each term's postings found from its entry (reader.postings
        # would look every term up again in the table's hash).
        postfile, codec = terms._postfile, reader.codec()
        for key, info in terms.items():
            yield key, codec.postings_reader(postfile, info, reader.schema[key[0]].format, term=key)
        return
    for key in reader.all_terms():
        matcher = reader.postings(*key)
        if type(matcher) is FilterMatcher and matcher._exclude:
            matcher = matcher.child  # the deleted documents' filter: the caller skips them
        yield key, matcher


#: A segment is rewritten without its deleted documents once they are this share of it or more.
REWRITE_SHARE = 0.05


def without_deletions(writer: SegmentWriter, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy (commit(mergetype=...)) leaving no more than a few deleted documents.

    Whoosh only marks a removed or replaced document deleted; its segment keeps counting it in BM25's
    statistics (documents, term frequencies, field lengths) until a merge rewrites it, so an updated
    index ranked a little differently from a fresh build of the same articles. Here a segment whose
    documents are all deleted is dropped and one with REWRITE_SHARE or more of them deleted is
    rewritten with the live ones (into the writer's new segment); then Whoosh's usual merge of small
    segments. A few deleted among many (one changed article among hundreds) stay: rewriting half the
    index for them took seconds, and they move each score by a fraction of a percent.
    """
    kept = []
    for segment in segments:
        deleted, total = (segment.deleted_count(), segment.doc_count_all()) if segment.has_deletions() else (0, 1)
        if deleted < REWRITE_SHARE * total:
            kept.append(segment)
        elif deleted < total:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            try:
                writer.add_reader(reader)
            finally:
                reader.close()
    return MERGE_SMALL(writer, kept)


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
