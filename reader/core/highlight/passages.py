"""Choose the marked places of a search in an article: where the search's words meet, not where they first
appear.

Every place a search matches is found (reader/ui/search/highlight.py); this module picks the few of each
part that are marked, and the one the view shows first. A place belongs to a passage (a sentence); a
passage scores the words it holds, each weighed by how rare it is in this article ("lump" found twice
outranks "neck" found 70 times), so the sentence with the most of the search's words, the rarer ones first,
is the one marked. Picture descriptions count for less (walk 8, C5: the marks of "what is breast cancer"
fell on the three "breast"s of a picture description, not on "Breast cancer is cancer that starts in the
breast"). Parts whose best passage scores far below the article's best get no marks ("Next match" still
goes there). Reference lists (a "References" heading's list of cited papers) are left out of the choice
unless the search matches nothing else: "tired all the time" opened "Fatigue (PDQ®)" at reference 6 of a
bibliography ("Kirsh KL…: I get tired for no reason…"), far from any explanation (walk 10, C7).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: A passage marked must score at least this share of the article's best passage.
ENOUGH = 0.6
#: A picture description's score is multiplied by this.
PICTURE_WEIGHT = 0.5

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: Headings over a list of cited papers (1,573 "References" headings in the NCI library), in lower case.
REFERENCE_HEADINGS = frozenset({
    "references", "reference", "selected references", "bibliography", "citations",
    "referencias", "bibliografía", "bibliografía seleccionada", "referencias bibliográficas",
})  # fmt: skip


def is_reference_heading(text: str) -> bool:
    """Whether a heading's words name a list of references ("References", "Bibliografía")."""
    return " ".join(text.split()).strip(" :").casefold() in REFERENCE_HEADINGS


@dataclass(frozen=True)
class Place:
    """One place where the search matches: its span, part and passage, the stems it matched, whether it
    is in a picture description, and whether only spaces part it from the place before (joined). phrases:
    the stems of each phrase matched there, when it holds several side by side ("Breast cancer" matched
    as "breast" and "cancer": two concepts, not one); by default its stems are one phrase. reference: it
    is in a list of references (under a "References" heading)."""

    start: int
    end: int
    section: int
    passage: int
    stems: frozenset[str]
    picture: bool = False
    joined: bool = False
    phrases: tuple[frozenset[str], ...] = ()
    reference: bool = False


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of text after the first starts."""
    return [gap.end() for gap in _SENTENCE_END.finditer(text)]


def sentence_of(text: str, offset: int, starts: list[int] | None = None) -> int:
    """The number (from 0) of the sentence of text that holds the character at offset (starts: the
    text's sentence_starts, when known)."""
    return bisect.bisect_right(sentence_starts(text) if starts is None else starts, offset)


def concepts(places: Sequence[Place]) -> dict[str, int]:
    """Each stem's concept: stems matched together in one place ("hair loss") or sharing a stem with such
    a place ("hair fall out") are one concept, counted once in a passage."""
    parent: dict[str, str] = {}

    def root(stem: str) -> str:
        while parent.setdefault(stem, stem) != stem:
            stem = parent[stem]
        return stem

    for place in places:
        for phrase in place.phrases or (place.stems,):
            held = sorted(phrase)
            for stem in held[1:]:
                parent[root(stem)] = root(held[0])
    roots: dict[str, int] = {}
    return {stem: roots.setdefault(root(stem), len(roots)) for place in places for stem in place.stems}


def passage_scores(places: Sequence[Place]) -> dict[int, float]:
    """Each passage's score: the weights of the distinct concepts it holds, each more the fewer places of
    the article hold it (less in a picture description)."""
    concept_of = concepts(places)
    held_by: dict[int, int] = {}  # places per concept
    held: dict[int, set[int]] = {}  # concepts per passage
    picture: dict[int, bool] = {}
    for place in places:
        ids = {concept_of[s] for s in place.stems}
        for concept in ids:
            held_by[concept] = held_by.get(concept, 0) + 1
        held.setdefault(place.passage, set()).update(ids)
        picture[place.passage] = picture.get(place.passage, False) or place.picture
    total = len(places)
    weight = {concept: math.log(1 + total / count) for concept, count in held_by.items()}
    return {
        passage: sum(weight[c] for c in ids) * (PICTURE_WEIGHT if picture[passage] else 1.0)
        for passage, ids in held.items()
    }


def choose(places: Sequence[Place], per_section: int) -> tuple[list[int], int]:
    """The places to mark (indexes into places, in their order) and the one to show first.

    In each part, the places of its best passages (best score first, then the earlier) are marked, up to
    per_section of them; words side by side count as one place ("hair loss" typed as two words). A
    passage scoring below ENOUGH of the article's best is not marked. The place shown first is the first
    of the best passage in the article (the earliest when several score the same). Places in reference
    lists are neither marked nor shown first when there are others.
    """
    if not places:
        return [], -1
    candidates = [i for i, place in enumerate(places) if not place.reference] or list(range(len(places)))
    scores = passage_scores([places[i] for i in candidates])
    best = max(scores.values())
    first = min(candidates, key=lambda i: (-scores[places[i].passage], i))
    by_section: dict[int, list[int]] = {}
    for i in candidates:
        by_section.setdefault(places[i].section, []).append(i)
    chosen: list[int] = []
    for members in by_section.values():
        passages = sorted({places[i].passage for i in members}, key=lambda p: (-scores[p], p))
        counted = 0
        for passage in passages:
            if counted >= per_section or scores[passage] < ENOUGH * best - 1e-9:
                break
            last = -1
            for i in members:
                if places[i].passage != passage:
                    continue
                beside = last == i - 1 and places[i].joined
                if counted >= per_section and not beside:
                    break
                chosen.append(i)
                counted += 0 if beside else 1
                last = i
    return sorted(chosen), first
