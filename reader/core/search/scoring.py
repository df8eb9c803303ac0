"""Scoring a query plan against one Whoosh searcher, with per-term and per-document data kept warm.

Whoosh's searcher builds a tree of matchers for every search and walks every posting of every clause
through it; for our wide queries (each idea in four fields, with alternatives) that is most of a
search. Here each term's scores (Whoosh's own BM25F, read from its own matcher, so the numbers are the
same) are computed once and kept; a query's score is then sums of those dictionaries. Documents'
light stored fields and their excerpt's words are kept too, so snippets and the proximity check cost
little for results seen before (as the person types, the same articles come back).
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, DisjunctionMax, Or, Phrase, Query, Term
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher

from reader.core.search.intent import SECTION_WORDS, ArticleAnswers, article_answers
from reader.core.search.text import ExcerptWords, excerpt_words, stem

T = TypeVar("T")

#: How many postings the term cache holds in all before it forgets the least recently used terms.
MAX_CACHED_POSTINGS = 2_000_000
#: How many (document, score) entries the cache of combined scores (ideas, whole queries) holds.
MAX_CACHED_COMBINED = 500_000
#: How many phrase results are kept (a phrase stands for one idea, like a term).
MAX_CACHED_PHRASES = 8192
#: How many postings' positions (titles, headings, addresses: for phrases) the position cache holds.
MAX_CACHED_POSITIONS = 500_000
#: How many snippets and proximity results are kept.
MAX_REMEMBERED = 40_000
#: How many documents' excerpt words are kept.
MAX_CACHED_EXCERPTS = 1024


class SearcherData:
    """Per-searcher caches: term scores, light stored fields, excerpt words. Not thread-safe."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._reader = searcher.reader()
        self._terms: OrderedDict[tuple[str, str], dict[int, float]] = OrderedDict()
        self._postings = 0
        self._fields: dict[int, dict[str, Any]] = {}
        self._excerpts: OrderedDict[int, ExcerptWords] = OrderedDict()
        self._phrases: OrderedDict[Query, dict[int, float]] = OrderedDict()
        self._combined: OrderedDict[Query, dict[int, float]] = OrderedDict()
        self._combined_postings = 0
        self._answers: dict[int, ArticleAnswers] = {}
        #: Cancer types of children (intent.childhood_types): all their pages are childhood pages.
        self.childhood_types: frozenset[str] = frozenset()
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()
        self._sections: dict[str, frozenset[int]] = {}
        self._urls: frozenset[str] | None = None
        #: Per leaf (segment) and field: every document's field length as Whoosh's scorer reads it.
        self._lengths: dict[tuple[int, str], list[int]] = {}
        #: Per term: every document's encoded positions (decoded when a phrase asks).
        self._positions: OrderedDict[tuple[str, str], dict[int, bytes]] = OrderedDict()
        self._position_count = 0

    # Scores -------------------------------------------------------------------------------------

    def term_scores(self, fieldname: str, text: str) -> dict[int, float]:
        """Whoosh's BM25F score of every (live) document holding a term, unboosted."""
        key = (fieldname, text)
        scores = self._terms.get(key)
        if scores is not None:
            self._terms.move_to_end(key)
            return scores
        scores = {}
        if key in self._reader:
            found = self._bulk_scores(fieldname, text)
            if found is not None:
                scores = found
            else:
                matcher = self.searcher.postings(fieldname, text)
                while matcher.is_active():
                    scores[matcher.id()] = matcher.score()
                    matcher.next()
        self._terms[key] = scores
        self._postings += len(scores) + 1
        while self._postings > MAX_CACHED_POSTINGS and len(self._terms) > 1:
            _, dropped = self._terms.popitem(last=False)
            self._postings -= len(dropped) + 1
        return scores

    def _bulk_scores(self, fieldname: str, text: str) -> dict[int, float] | None:
        """A term's BM25F scores read a block of postings at a time, with field lengths read once per
        field: the same numbers as Whoosh's matcher (same formula, same order of operations), without
        its per-posting method calls, the most of a first search on a big library. None when the
        index is not what this knows (another scorer or posting format): the caller asks Whoosh."""
        searcher = self.searcher
        scorer = searcher.weighting.scorer(searcher, fieldname, text)
        if type(scorer) is not BM25FScorer:
            return None
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        k1_plus, k1_b0, k1_b = k1 + 1, 1 - b, b
        scores: dict[int, float] = {}
        for leaf, (subsearcher, offset) in enumerate(searcher.leaf_searchers()):
            reader = subsearcher.reader()
            if (fieldname, text) not in reader:
                continue
            matcher = _leaf_matcher(reader.postings(fieldname, text))
            if matcher is None:
                return None
            lengths = self._leaf_lengths(leaf, reader, fieldname)
            deleted = _deleted(reader)
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_weights()
                for doc, tf in zip(matcher._ids, matcher._weights, strict=False):
                    if deleted and doc in deleted:
                        continue
                    fl = lengths[doc]
                    scores[doc + offset] = idf * ((tf * k1_plus) / (tf + k1 * (k1_b0 + k1_b * fl / avgfl)))
                matcher._next_block()
        return scores

    def _adjacent_scores(self, query: Phrase) -> dict[int, float] | None:
        """A phrase's scores as Whoosh's phrase matcher gives them (its words' scores summed in the same
        order, times the boost, where the words stand side by side), from the terms' cached scores and
        positions: only documents holding every word are checked. None for phrases this does not
        handle (words apart, character ranges): the caller asks Whoosh."""
        field = self.searcher.schema[query.fieldname] if query.fieldname in self.searcher.schema else None
        if query.slop != 1 or query.char_ranges or len(query.words) < 2 or field is None:
            return None
        if not field.format or not field.format.supports("positions"):
            return None
        parts = [self.term_scores(query.fieldname, word) for word in query.words]
        if not all(parts):
            return {}
        smallest: dict[int, float] = min(parts, key=len)
        common = set(smallest).intersection(*parts)
        if not common:
            return {}
        decode = field.format.decoder("positions")
        raw = [self._term_positions(query.fieldname, word) for word in query.words]
        if any(r is None for r in raw):
            return None
        found: dict[int, float] = {}
        boost = query.boost
        for doc in common:
            starts = set(decode(raw[0][doc]))  # type: ignore[index]
            for k in range(1, len(raw)):
                starts &= {p - k for p in decode(raw[k][doc])}  # type: ignore[index]
                if not starts:
                    break
            if starts:
                score = _tree_sum([part[doc] for part in parts])
                found[doc] = score * boost if boost != 1.0 else score
        return found

    def _term_positions(self, fieldname: str, text: str) -> dict[int, bytes] | None:
        """Every document's encoded positions of a term (kept); None when the postings are not Whoosh
        3's (the caller asks Whoosh)."""
        key = (fieldname, text)
        found = self._positions.get(key)
        if found is not None:
            self._positions.move_to_end(key)
            return found
        found = {}
        for subsearcher, offset in self.searcher.leaf_searchers():
            reader = subsearcher.reader()
            if key not in reader:
                continue
            matcher = _leaf_matcher(reader.postings(fieldname, text))
            if matcher is None:
                return None
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_values()
                for doc, value in zip(matcher._ids, matcher._values, strict=False):
                    found[doc + offset] = value
                matcher._next_block()
        self._positions[key] = found
        self._position_count += len(found) + 1
        while self._position_count > MAX_CACHED_POSITIONS and len(self._positions) > 1:
            _, dropped = self._positions.popitem(last=False)
            self._position_count -= len(dropped) + 1
        return found

    def _leaf_lengths(self, leaf: int, reader: Any, fieldname: str) -> list[int]:
        """Every document's length in a field of one segment (read once; Whoosh's scorer asks per posting)."""
        key = (leaf, fieldname)
        found = self._lengths.get(key)
        if found is None:
            length = reader.doc_field_length
            found = self._lengths[key] = [length(d, fieldname, 1) for d in range(reader.doc_count_all())]
        return found

    def scores(self, query: Query) -> dict[int, float]:
        """Every matching document's score for a query, as Whoosh would score it (sums of clauses)."""
        if isinstance(query, Term):
            scores = self.term_scores(query.fieldname, query.text)
            return _scaled(scores, query.boost)
        if isinstance(query, (DisjunctionMax, Or, And)):
            # A person types on: the same ideas and questions come back ("breast", "breast c",
            # "breast cancer"), so whole queries' scores are kept too (only whole ones: comparing
            # every part of a query with the cached ones would cost more than it saves).
            found = self._combined.get(query)
            if found is not None:
                self._combined.move_to_end(query)
                return found
            found = self._combine(query)
            self._combined[query] = found
            self._combined_postings += len(found) + 1
            while self._combined_postings > MAX_CACHED_COMBINED and len(self._combined) > 1:
                _, dropped = self._combined.popitem(last=False)
                self._combined_postings -= len(dropped) + 1
            return found
        return self._phrase_scores(query)

    def _part_scores(self, query: Query) -> dict[int, float]:
        """A part of a query's scores: terms and phrases from their caches, combinations computed."""
        if isinstance(query, (DisjunctionMax, Or, And)):
            return self._combine(query)
        return self.scores(query)

    def _combine(self, query: Query) -> dict[int, float]:
        """Scores of a DisjunctionMax, Or or And from its parts' scores."""
        if isinstance(query, DisjunctionMax):
            best: dict[int, float] = {}
            total_: dict[int, float] = {}
            for sub in query.subqueries:
                for doc, score in self._part_scores(sub).items():
                    total_[doc] = total_.get(doc, 0.0) + score
                    if score > best.get(doc, 0.0):
                        best[doc] = score
            tie = query.tiebreak
            return {doc: query.boost * (best[doc] + tie * (total_[doc] - best[doc])) for doc in total_}
        if isinstance(query, Or):
            total: dict[int, float] = {}
            for sub in query.subqueries:
                for doc, score in self._part_scores(sub).items():
                    total[doc] = total.get(doc, 0.0) + score
            return _scaled(total, query.boost)
        if isinstance(query, And):
            parts = sorted((self._part_scores(sub) for sub in query.subqueries), key=len)
            if not parts:
                return {}
            common = set(parts[0]).intersection(*parts[1:])
            return {doc: query.boost * sum(p[doc] for p in parts) for doc in common}
        raise TypeError(f"not a combination: {query!r}")

    def _phrase_scores(self, query: Query) -> dict[int, float]:
        """Anything else (phrases in titles and headings): Whoosh's own matcher, over its few documents."""
        found = self._phrases.get(query)
        if found is not None:
            self._phrases.move_to_end(query)
            return found
        found = self._adjacent_scores(query) if isinstance(query, Phrase) else None
        if found is None:
            found = {}
            matcher = query.matcher(self.searcher)
            while matcher.is_active():
                found[matcher.id()] = matcher.score()
                matcher.next()
        self._phrases[query] = found
        if len(self._phrases) > MAX_CACHED_PHRASES:
            self._phrases.popitem(last=False)
        return found

    # Documents -----------------------------------------------------------------------------------

    def fields(self, docnum: int) -> dict[str, Any]:
        """A document's stored fields except the excerpt."""
        found = self._fields.get(docnum)
        if found is None:
            stored = self.searcher.stored_fields(docnum)
            stored.pop("excerpt", None)
            found = self._fields[docnum] = stored
        return found

    def all_fields(self) -> Iterator[dict[str, Any]]:
        """Every live document's stored fields except the excerpt (kept, like fields())."""
        reader = self._reader
        for docnum in reader.all_doc_ids():
            yield self.fields(docnum)

    def answers(self, docnum: int) -> ArticleAnswers:
        """What a document answers (its cancer type, kinds of question, childhood), from address and title."""
        found = self._answers.get(docnum)
        if found is None:
            stored = self.fields(docnum)
            found = article_answers(stored.get("url", ""), stored.get("title", ""))
            if not found.childhood and found.cancer_type in self.childhood_types:
                found = dataclasses.replace(found, childhood=True)
            self._answers[docnum] = found
        return found

    def patient_version_of(self, docnum: int) -> bool:
        """True when the library also holds the patient version of a health-professional summary
        ("/types/x/hp/y-pdq" and "/types/x/patient/y-pdq"; "z-hp-pdq" and "z-pdq")."""
        if self._urls is None:
            self._urls = frozenset(f.get("url", "") for f in self.all_fields())
        url = self.fields(docnum).get("url", "")
        return any(other != url and other in self._urls for other in patient_urls(url))

    def section_docs(self, kind: str) -> frozenset[int]:
        """Documents with a heading that answers a kind of question ("Signs and symptoms of ...")."""
        found = self._sections.get(kind)
        if found is None:
            docs: set[int] = set()
            for phrase in SECTION_WORDS.get(kind, ()):
                sets = [set(self.term_scores("headings", stem(w))) for w in phrase]
                docs |= set.intersection(*sets) if sets else set()
            found = self._sections[kind] = frozenset(docs)
        return found

    def set_section_docs(self, kind: str, docs: frozenset[int]) -> None:
        """Say which documents answer a kind in a section, in place of what their headings say (the
        build finds the "signs and symptoms" sections more surely: a heading about screening people
        with no symptoms is none)."""
        self._sections[kind] = docs

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """compute(), kept under key for the next searches (snippets and proximity of the same
        document for the same words, as a person types on or goes back)."""
        try:
            found = self._memo[key]
        except KeyError:
            found = self._memo[key] = compute()
            if len(self._memo) > MAX_REMEMBERED:
                self._memo.popitem(last=False)
            return found
        self._memo.move_to_end(key)
        return found

    def excerpt(self, docnum: int) -> ExcerptWords:
        """A document's stored excerpt, split into words."""
        found = self._excerpts.get(docnum)
        if found is not None:
            self._excerpts.move_to_end(docnum)
            return found
        found = self._excerpts[docnum] = excerpt_words(self.searcher.stored_fields(docnum).get("excerpt", ""))
        if len(self._excerpts) > MAX_CACHED_EXCERPTS:
            self._excerpts.popitem(last=False)
        return found


def _deleted(reader: Any) -> frozenset[int]:
    """The deleted (or hidden) documents of one segment's reader."""
    if not reader.has_deletions():
        return frozenset()
    found = getattr(reader, "deleted_docs_set", None)
    if isinstance(found, frozenset):
        return found
    return frozenset(d for d in range(reader.doc_count_all()) if reader.is_deleted(d))


def patient_urls(url: str) -> tuple[str, ...]:
    """Where the patient version of a health-professional summary would be: "/hp/" -> "/patient/",
    "z-hp-pdq" -> "z-pdq", and the folder's page for a summary named as its folder
    ("/side-effects/fatigue/fatigue-hp-pdq" -> "/side-effects/fatigue")."""
    found: tuple[str, ...] = (url.replace("/hp/", "/patient/"), url.replace("-hp-pdq", "-pdq"))
    folder, _, name = url.rpartition("/")
    if name.endswith("-hp-pdq") and folder.endswith("/" + name[: -len("-hp-pdq")]):
        found += (folder,)
    return found


def _leaf_matcher(matcher: Any) -> W3LeafMatcher | None:
    """Whoosh 3's own postings reader under a matcher (a segment with deleted documents wraps it in a
    filter: callers skip deleted documents themselves), or None for anything else."""
    if type(matcher) is FilterMatcher and matcher._exclude:
        matcher = matcher.child
    return matcher if type(matcher) is W3LeafMatcher else None


def _tree_sum(values: list[float]) -> float:
    """The sum Whoosh's intersection matcher makes of its parts (a balanced tree: halves first)."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _scaled(scores: dict[int, float], boost: float) -> dict[int, float]:
    if boost == 1.0:
        return scores
    return {doc: score * boost for doc, score in scores.items()}


def top(scores: dict[int, float], allowed: Iterable[int], count: int) -> list[tuple[int, float]]:
    """The count best (docnum, score) among allowed documents, best first (ties: lower docnum first)."""
    best = heapq.nsmallest(count, [(-scores[doc], doc) for doc in allowed])  # plain tuples: no key calls
    return [(doc, -negative) for negative, doc in best]
