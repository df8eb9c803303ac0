"""From symptoms described in a question to the topics whose "signs and symptoms" sections describe them.

A topic is a cancer type (``/types/<type>/``: the best of its pages' sections counts) or, for a page
about no one cancer (``/about-cancer/treatment/side-effects/...``), that page. Only symptom words count
(see SYMPTOM_WORD_RATIO); a word counts by how few sections use it ("swallow" says more than "pain");
a topic is pointed to when a section of it holds most of what the question says and it scores close
to the best one. A vague description that many topics fit alike ("tired and losing weight"), or one
that a page about no one cancer fits as well (a side effect), points to no cancer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.symptoms.sections import SECTION_BREAK

#: A topic must hold at least this share of the question's ideas (weighted by how much each says)...
MIN_COVERAGE = 0.5
#: ...and at least this many of them...
MIN_IDEAS = 2
#: ...and score at least this share of the best topic's score.
NEAR_BEST = 0.75
#: Long sections (a page listing the symptoms of several kinds of a cancer) hold many words by chance:
#: a match in them counts less, as BM25 weighs a term in a long document (binary term frequency).
LENGTH_B = 0.75
LENGTH_K1 = 1.2
#: A symptom word is one that at least this share of the library's "signs and symptoms" sections use,
#: compared with the share of all its articles that do (half as often: "swallow", "stool", "blood";
#: not "food", "whole", "up"): only such words make a question a description of symptoms.
SYMPTOM_WORD_RATIO = 0.5
#: When more topics than this fit about equally well, the description points nowhere in particular.
MAX_TOPICS = 6
#: Two ideas the question names side by side ("blood in my pee") that a section also names side by
#: side ("blood in the urine": at most this many words apart, small words not counted) say more than
#: the same words sentences apart: the pair counts this share of its rarer word's weight again, not
#: lessened by the section's length (a long page of symptoms that says it outright still says it).
PHRASE_GAP = 2
PHRASE_WEIGHT = 1.0
#: Positions skipped between two sections (no phrase spans them).
_SECTION_GAP = 1000


@dataclass
class SymptomMap:
    """Stems of each article's "signs and symptoms" sections with the topic it is about, and how telling
    each stem is (how few sections use it)."""

    sections: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    weight: dict[str, float] = field(default_factory=dict)
    by_stem: dict[str, list[int]] = field(default_factory=dict)
    #: Per section: how much a match in it counts for its length (1.0 for a section of average length).
    norm: list[float] = field(default_factory=list)
    #: Per section: where each stem stands in it (small words not counted).
    places: list[dict[str, list[int]]] = field(default_factory=list)
    #: Per section: True when it is a childhood cancer's page (its symptoms are a child's).
    childhood: list[bool] = field(default_factory=list)

    @classmethod
    def from_sections(cls, records: Iterable[tuple[str, str] | tuple[str, str, bool]], is_cancer: Callable[[str], bool],
                      library_share: Callable[[str], float] | None = None) -> SymptomMap:  # fmt: skip
        """From (topic, space-separated stems[, about a child]) records, one per article; is_cancer(topic)
        says which topics are cancer types (the only ones pointed to); library_share(stem) is the share
        of all articles that use a stem (None: every stem counts as a symptom word)."""
        table = cls()
        table.is_cancer = is_cancer
        table.library_share = library_share
        counts: dict[str, int] = {}
        for record in records:
            topic, stems = record[0], record[1]
            places: dict[str, list[int]] = {}
            position = 0
            for token in stems.split():
                if token == SECTION_BREAK:
                    position += _SECTION_GAP
                    continue
                places.setdefault(token, []).append(position)
                position += 1
            found = frozenset(places)
            if topic and found:
                for s in found:
                    counts[s] = counts.get(s, 0) + 1
                    table.by_stem.setdefault(s, []).append(len(table.sections))
                table.sections.append((topic, found))
                table.places.append(places)
                table.childhood.append(bool(record[2]) if len(record) > 2 else False)
        n = len(table.sections)
        table.weight = {s: math.log((n + 1) / c) for s, c in counts.items()}
        average = sum(len(stems) for _, stems in table.sections) / max(1, n)
        table.norm = [
            (LENGTH_K1 + 1) / (1 + LENGTH_K1 * (1 - LENGTH_B + LENGTH_B * len(stems) / average))
            for _, stems in table.sections
        ]
        return table

    is_cancer: Callable[[str], bool] = field(default=lambda _topic: True, repr=False)
    library_share: Callable[[str], float] | None = field(default=None, repr=False)
    _symptom_word: dict[str, bool] = field(default_factory=dict, repr=False)

    def symptom_word(self, stem: str) -> bool:
        """True when the library uses the stem markedly more in symptom sections than elsewhere."""
        known = self._symptom_word.get(stem)
        if known is None:
            sections = len(self.by_stem.get(stem, ()))
            share = self.library_share(stem) if self.library_share is not None else 0.0
            known = sections > 0 and (
                share <= 0 or sections / len(self.sections) >= SYMPTOM_WORD_RATIO * share
            )
            self._symptom_word[stem] = known
        return known

    def __bool__(self) -> bool:
        return bool(self.sections)

    def fits(
        self, ideas: Sequence[frozenset[str]], importance: Sequence[float] | None = None, child: bool = False
    ) -> dict[str, float]:
        """Each topic whose best section holds at least MIN_IDEAS of the ideas (by their symptom words)
        and MIN_COVERAGE of their importance (how much each says in the whole library, equal when not
        given: a question whose main words are no symptoms, "lumpectomy", "insurance", is no
        description), with that section's score. Sections of childhood cancers' pages count only when
        the question is about a child (child): a grown-up's "painless lump in my neck" is not a
        childhood germ cell tumour's."""
        importance = importance or [1.0] * len(ideas)
        important = sum(importance) or 1.0
        touched = {i for idea in ideas for s in idea for i in self.by_stem.get(s, ())}
        best_of: dict[str, float] = {}
        for number in touched:
            if not child and number < len(self.childhood) and self.childhood[number]:
                continue
            topic, stems = self.sections[number]
            score = said = 0.0
            hits = 0
            previous: set[str] = set()
            for idea, counts in zip(ideas, importance, strict=True):
                found = {s for s in idea & stems if self.symptom_word(s)}
                if found:
                    score += self.norm[number] * max(self.weight[s] for s in found)
                    said += counts
                    hits += 1
                    if previous and self._side_by_side(number, previous, found):
                        score += PHRASE_WEIGHT * min(
                            max(self.weight[s] for s in previous), max(self.weight[s] for s in found)
                        )
                previous = found
            if hits >= MIN_IDEAS and said / important >= MIN_COVERAGE:
                best_of[topic] = max(best_of.get(topic, 0.0), score)
        return best_of

    def _side_by_side(self, number: int, left: set[str], right: set[str]) -> bool:
        """True when a stem of left and one of right stand at most PHRASE_GAP words apart in section
        number (either order)."""
        places = self.places[number] if number < len(self.places) else {}
        ahead = [p for s in left for p in places.get(s, ())]
        return any(abs(p - q) <= PHRASE_GAP for s in right for q in places.get(s, ()) for p in ahead)

    def topics_for(
        self, ideas: Sequence[frozenset[str]], importance: Sequence[float] | None = None, child: bool = False
    ) -> dict[str, float]:
        """The cancer types a question describes, each with its score relative to the best (1.0 for the
        best); ideas are the stems standing for each idea of the question. Empty when a page about no
        one cancer (a side effect: the question's own words find it) fits about as well, or when the
        description fits too many cancers alike; child: the question is about a child (see fits)."""
        if len(ideas) < MIN_IDEAS or not self.sections:
            return {}
        best_of = self.fits(ideas, importance, child)
        if not best_of:
            return {}
        best = max(best_of.values())
        near = {t: s / best for t, s in best_of.items() if s >= NEAR_BEST * best}
        if len(near) > MAX_TOPICS or not all(self.is_cancer(t) for t in near):
            return {}
        return near
