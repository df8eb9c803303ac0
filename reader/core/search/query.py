"""From what a person typed to a Whoosh query: words, lay synonyms, brand names, spelling, snippets."""

from __future__ import annotations

import difflib
import html
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from whoosh.analysis import STOP_WORDS
from whoosh.query import And, Or, Phrase, Query, Term

from reader.core.search.synonyms import SynonymTable, words
from reader.core.search.text import ExcerptWords, excerpt_words, stem

#: Longer input is cut: nobody types more, and it bounds the work a query can cause.
MAX_QUERY_CHARS = 400
MAX_QUERY_WORDS = 24
#: Searched fields and their weights (title matters most: titles name the topic).
FIELD_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("title", 3.0),
    ("location", 1.5),
    ("headings", 1.5),
    ("body", 1.0),
)
SYNONYM_WEIGHT = 1.0
IDIOM_WORDS_WEIGHT = 0.5
BIGRAM_WEIGHT = 2.0
#: Fields indexed without positions: a phrase there is searched as all of its words.
UNPOSITIONED_FIELDS = frozenset({"body"})
CORRECTION_WEIGHT = 0.9

#: Words that carry no topic in a patient's question (on top of Whoosh's own stop words).
QUERY_STOP_WORDS = frozenset(
    """a about after all also am an and any are as at be been before being but by can can't cant could
    did do does doing don't for from get gets getting got had has have having he her his how i i'm if
    in into is it it's its just me might more most much my need no not of on or our should she so some
    still such than that the their them then there these they this those to too very was we were what
    when where which while who why will with would you your""".split()
)
#: Words that ask for the health-professional versions.
PROFESSIONAL_WORDS = frozenset(
    {"professional", "professionals", "clinician", "clinicians", "hp", "physician"}
)

_TITLE_BOILERPLATE = re.compile(r"(?:patient|health professional) version|\(pdq\W*\)", re.IGNORECASE)
SNIPPET_WORDS = 32


@dataclass
class Concept:
    """One idea in the query: what was typed, and every way of finding it, with weights."""

    typed: tuple[str, ...]
    alternatives: list[tuple[tuple[str, ...], float]]
    weight: float = 1.0


@dataclass
class QueryPlan:
    """The Whoosh query for a text, plus what ranking and snippets need to know about it."""

    text: str
    concepts: list[Concept] = field(default_factory=list)
    suggestion: str | None = None
    wants_professional: bool = False
    query: Query | None = None
    #: Per concept: a query for it in any field, and one for it in the title only.
    concept_queries: list[Query] = field(default_factory=list)
    title_queries: list[Query] = field(default_factory=list)
    highlight_stems: frozenset[str] = frozenset()
    #: Every typed word and alternative, unstemmed (for matching cancer types).
    phrases: frozenset[str] = frozenset()

    def coverage(
        self, docnum: int, anywhere: Sequence[AbstractSet[int]], in_title: Sequence[AbstractSet[int]]
    ) -> tuple[float, float]:
        """Weighted share of concepts a document matches anywhere, and in its title."""
        total = sum(c.weight for c in self.concepts) or 1.0
        share = sum(c.weight for c, docs in zip(self.concepts, anywhere, strict=True) if docnum in docs)
        title_share = sum(c.weight for c, docs in zip(self.concepts, in_title, strict=True) if docnum in docs)
        return share / total, title_share / total


class Speller:
    """Suggests real words from the library's dictionary for words it does not know."""

    def __init__(self, df: Mapping[str, int], min_df: int = 2) -> None:
        self.df = {w: n for w, n in df.items() if n >= min_df}
        # Buckets by first letter: people rarely get the first letter wrong, and it keeps lookups small.
        self._buckets: dict[str, list[str]] = {}
        for word in sorted(self.df):
            self._buckets.setdefault(word[0], []).append(word)

    def known(self, word: str) -> bool:
        """True when the word is in the dictionary."""
        return word in self.df

    def correct(self, word: str) -> str | None:
        """The likeliest dictionary word for an unknown word, or None."""
        if len(word) < 4 or not word.isalpha() or not word.isascii() or word in self.df or not self.df:
            return None
        maxdist = 1 if len(word) < 6 else 2
        bucket = [w for w in self._buckets.get(word[0], ()) if abs(len(w) - len(word)) <= maxdist]
        close = difflib.get_close_matches(word, bucket, n=12, cutoff=0.7)
        scored = [(edit_distance(word, c), -self.df[c], c) for c in close]
        best = min((s for s in scored if s[0] <= maxdist), default=None)
        return best[2] if best else None


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one) between two short words."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _analyzed(phrase: Sequence[str]) -> list[str]:
    """Stems of a phrase's words as the index holds them (stop words and 1-letter words dropped)."""
    return [stem(w) for w in phrase if len(w) > 1 and w not in STOP_WORDS]


def plan_query(
    text: str,
    synonyms: SynonymTable,
    brands: SynonymTable,
    speller: Speller | None = None,
    idf: Callable[[str], float] | None = None,
) -> QueryPlan:
    """Turn any text into a QueryPlan; never raises, whatever the text."""
    text = text[:MAX_QUERY_CHARS]
    typed = words(text)[:MAX_QUERY_WORDS]
    plan = QueryPlan(text, wants_professional=any(w in PROFESSIONAL_WORDS for w in typed))
    typed_stems = [stem(w) for w in typed]
    corrections: dict[str, str] = {}
    i = 0
    while i < len(typed):
        size, targets = synonyms.match(typed_stems, i)
        if not size:
            size, targets = brands.match(typed_stems, i)
        if size:
            phrase = tuple(typed[i : i + size])
            # A matched lay phrase is an idiom ("have children"): its words alone mean less than its target.
            typed_weight = 1.0 if size == 1 else IDIOM_WORDS_WEIGHT
            alternatives = [(phrase, typed_weight)] + [(t, SYNONYM_WEIGHT) for t in targets]
            plan.concepts.append(Concept(phrase, alternatives))
            i += size
            continue
        word = typed[i]
        i += 1
        if word in QUERY_STOP_WORDS or len(word) < 2:
            continue
        alternatives = [((word,), 1.0)]
        correction = speller.correct(word) if speller is not None else None
        if correction:
            corrections[word] = correction
            alternatives.append(((correction,), CORRECTION_WEIGHT))
        plan.concepts.append(Concept((word,), alternatives))
    if corrections:
        plan.suggestion = " ".join(corrections.get(w, w) for w in typed)
    _build(plan, idf or (lambda _stem: 1.0))
    return plan


def _build(plan: QueryPlan, idf: Callable[[str], float]) -> None:
    """Fill in the Whoosh query, the concept weights and the term-to-concept map."""
    clauses: list[Query] = []
    highlight: set[str] = set()
    kept: list[Concept] = []
    for concept in plan.concepts:
        parts: list[Query] = []
        stems_seen: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for phrase, weight in concept.alternatives:
            analyzed = _analyzed(phrase)
            if not analyzed or tuple(analyzed) in seen:
                continue
            seen.add(tuple(analyzed))
            stems_seen += analyzed
            for fieldname, field_weight in FIELD_WEIGHTS:
                boost = field_weight * weight
                if len(analyzed) == 1:
                    parts.append(Term(fieldname, analyzed[0], boost=boost))
                elif fieldname in UNPOSITIONED_FIELDS:
                    parts.append(And([Term(fieldname, s) for s in analyzed], boost=boost / len(analyzed)))
                else:
                    parts.append(Phrase(fieldname, analyzed, slop=1, boost=boost))
        if not parts:
            continue
        highlight.update(stems_seen)
        # Rare words say more about the topic than common ones: weigh the concept by its best idf.
        concept.weight = min(max((idf(s) for s in stems_seen), default=1.0), 10.0)
        kept.append(concept)
        # The best field and alternative counts, the others add a little: a common word found in
        # title, headings and body must not outweigh a rare word found once.
        clauses.append(Or(parts))
        plan.concept_queries.append(Or(parts))
        plan.title_queries.append(Or([q for q in parts if q.field() == "title"]))
    plan.concepts = kept
    plan.highlight_stems = frozenset(highlight)
    plan.phrases = frozenset(" ".join(phrase) for c in kept for phrase, _ in c.alternatives) | frozenset(
        w for c in kept for phrase, _ in c.alternatives for w in phrase
    )
    # Neighbouring typed words found side by side in a title or heading ("breast cancer").
    for left, right in zip(kept, kept[1:], strict=False):
        pair = _analyzed(left.typed[-1:]) + _analyzed(right.typed[:1])
        if len(pair) == 2:
            clauses.append(Phrase("title", pair, boost=BIGRAM_WEIGHT))
            clauses.append(Phrase("headings", pair, boost=BIGRAM_WEIGHT / 2))
    plan.query = Or(clauses) if clauses else None


def title_precision(title: str, plan: QueryPlan) -> float:
    """Share of a title's words (boilerplate left out) that the query asked for: 1.0 is an exact title."""
    title_words = set(_analyzed(words(_TITLE_BOILERPLATE.sub(" ", title))))
    if not title_words:
        return 0.0
    return len(title_words & plan.highlight_stems) / len(title_words)


def concept_stems(plan: QueryPlan) -> list[frozenset[str]]:
    """For each concept, the stems that stand for it."""
    return [frozenset(s for phrase, _ in c.alternatives for s in _analyzed(phrase)) for c in plan.concepts]


def proximity(text: str | ExcerptWords, groups: Sequence[frozenset[str]]) -> int | None:
    """Fewest words of text that hold one stem of every group, or None when some group is absent."""
    if len(groups) < 2:
        return None
    words_ = text if isinstance(text, ExcerptWords) else excerpt_words(text)
    wanted = frozenset().union(*groups)
    last: dict[int, int] = {}
    best: int | None = None
    for position, word in enumerate(words_.stems):
        if word not in wanted:
            continue
        for g, group in enumerate(groups):
            if word in group:
                last[g] = position
        if len(last) == len(groups):
            width = position - min(last.values()) + 1
            best = width if best is None else min(best, width)
    return best


def snippet(text: str | ExcerptWords, highlight_stems: frozenset[str], size: int = SNIPPET_WORDS) -> str:
    """An HTML-escaped window of text around the most query words, each match in <b>...</b>."""
    words_ = text if isinstance(text, ExcerptWords) else excerpt_words(text)
    text, spans, stems_at = words_.text, words_.spans, words_.stems
    if not spans:
        return html.escape(" ".join(text[:200].split()))
    hits = [i for i, s in enumerate(stems_at) if s in highlight_stems]
    best_start, best_score = 0, -1.0
    for p in hits[:200]:
        start = max(0, min(p - 4, len(spans) - size))
        inside = [stems_at[i] for i in hits[bisect_left(hits, start) : bisect_left(hits, start + size)]]
        score = len(set(inside)) + 0.01 * len(inside)
        if score > best_score + 1e-9:
            best_start, best_score = start, score
    last = min(best_start + size, len(spans)) - 1
    begin, end = spans[best_start][0], spans[last][1]
    out: list[str] = ["\u2026 " if begin > 0 else ""]
    cursor = begin
    for i in hits[bisect_left(hits, best_start) : bisect_left(hits, last + 1)]:
        start, stop = spans[i]
        out.append(html.escape(text[cursor:start]))
        out.append(f"<b>{html.escape(text[start:stop])}</b>")
        cursor = stop
    out.append(html.escape(text[cursor:end]))
    out.append(" \u2026" if end < len(text) else "")
    return " ".join("".join(out).split())
