"""The glossary's quality gate: checks on definitions, duplicates, aliases, copying and review notes.

Each check returns a list of plain problem strings (empty when all is well), so tests can assert on
them and `glossary stats` can count them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.core.glossary.entries import GlossaryEntry, normalize_words
from reader.core.library.readability import fk_grade

MAX_WORDS = 60
MIN_WORDS = 2
#: Above this grade a definition fails the gate; above REPORT_GRADE it is only counted.
FAIL_GRADE = 10.0
REPORT_GRADE = 8.0
#: Aliases shorter than this are ambiguous abbreviations ("AI", "OS").
MIN_ALIAS_CHARS = 3
#: One-word aliases too broad to stand for one entry: searching them must not jump to a single term.
GENERIC_ALIASES = frozenset(
    """study studies spread ducts duct cells cell tumor tumors cancer cancers cancerous surgery treatment
    treatments veins vein arteries therapy drug drugs test tests scan scans blood tissue organ organs
    gene genes protein proteins disease diseases advanced adjuvant trial trials lump lumps growth mass
    infection pain care doctor doctors medicine medicines""".split()
)
#: How many words in a row, identical to an article, count as copying.
COPY_RUN = 8
NOT_REVIEWED = "not yet reviewed"

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def words(text: str) -> list[str]:
    """Lower-case words (letters and digits, with an apostrophe part) for comparing texts."""
    return _WORD.findall(text.lower())


def is_circular(term: str, definition: str) -> bool:
    """True when the definition starts by naming the term ('Chemotherapy is ...') or is only the term."""
    norm_term, norm_def = normalize_words(term), normalize_words(definition).rstrip(". ")
    if norm_def == norm_term:
        return True
    pattern = rf"^(?:an?\s+|the\s+)?{re.escape(norm_term)}s?\s+(?:is|are|means|refers)\b"
    return re.match(pattern, norm_def) is not None


def definition_problems(entry: GlossaryEntry) -> list[str]:
    """Empty, one-word, circular, over-long or too hard (grade above FAIL_GRADE) definitions."""
    count = len(entry.definition.split())
    problems = []
    if count == 0:
        problems.append(f"{entry.term}: empty definition")
    elif count < MIN_WORDS:
        problems.append(f"{entry.term}: one-word definition")
    if count > MAX_WORDS:
        problems.append(f"{entry.term}: {count} words (over {MAX_WORDS})")
    if count and is_circular(entry.term, entry.definition):
        problems.append(f"{entry.term}: circular definition")
    grade = fk_grade(entry.definition)
    if grade > FAIL_GRADE:
        problems.append(f"{entry.term}: reading grade {grade:.1f} (over {FAIL_GRADE:g})")
    return problems


def duplicate_problems(entries: Sequence[GlossaryEntry]) -> list[str]:
    """The same term, id or slug in two entries."""
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        owners[f"term '{normalize_words(entry.term)}'"].append(entry.term)
        for entry_id in entry.ids:
            owners[f"id {entry_id}"].append(entry.term)
        for slug in entry.slugs:
            owners[f"slug {slug}"].append(entry.term)
    return [
        f"{key} is in {len(terms)} entries: {', '.join(terms)}"
        for key, terms in owners.items()
        if len(terms) > 1
    ]


def identical_definition_problems(entries: Sequence[GlossaryEntry]) -> list[str]:
    """Two entries with the same definition, unless one lists the other's term as an alias."""
    by_text: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for entry in entries:
        by_text[" ".join(words(entry.definition))].append(entry)
    problems = []
    for same in by_text.values():
        for index, first in enumerate(same):
            for second in same[index + 1 :]:
                names = {normalize_words(a) for a in first.aliases + second.aliases}
                if not {normalize_words(first.term), normalize_words(second.term)} & names:
                    problems.append(f"{first.term} and {second.term} have the same definition")
    return problems


def alias_problems(entries: Sequence[GlossaryEntry]) -> list[str]:
    """Aliases shared by two entries, equal to another entry's term, generic one-word or too short."""
    terms = {normalize_words(e.term): e.term for e in entries}
    owners: dict[str, list[str]] = defaultdict(list)
    problems = []
    for entry in entries:
        for alias in entry.aliases:
            norm = normalize_words(alias)
            owners[norm].append(entry.term)
            if len(norm) < MIN_ALIAS_CHARS:
                problems.append(f"{entry.term}: alias '{alias}' is under {MIN_ALIAS_CHARS} characters")
            if norm in GENERIC_ALIASES:
                problems.append(f"{entry.term}: alias '{alias}' is a generic word")
            if norm in terms and norm != normalize_words(entry.term):
                problems.append(f"{entry.term}: alias '{alias}' is the term of another entry")
    problems += [
        f"alias '{alias}' is shared by {', '.join(names)}"
        for alias, names in owners.items()
        if len(names) > 1
    ]
    return problems


def review_problems(entries: Iterable[GlossaryEntry]) -> list[str]:
    """Entries that record no review at all (not even 'not yet reviewed')."""
    return [f"{e.term}: no review note" for e in entries if not e.review.strip()]


def article_words(text: str) -> list[str]:
    """An article's words for the copy check, without link targets."""
    return words(_LINK_TARGET.sub("]", text))


def copied_runs(
    entries: Sequence[GlossaryEntry], texts: Iterable[str], run: int = COPY_RUN
) -> dict[str, str]:
    """term -> the first run of `run` words its definition shares with one of the texts."""
    wanted: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for entry in entries:
        found = words(entry.definition)
        for start in range(len(found) - run + 1):
            wanted[tuple(found[start : start + run])].append(entry.term)
    firsts = {gram[0] for gram in wanted}
    copies: dict[str, str] = {}
    for text in texts:
        found = article_words(text)
        for start in range(len(found) - run + 1):
            if found[start] in firsts:
                gram = tuple(found[start : start + run])
                for term in wanted.get(gram, ()):
                    copies.setdefault(term, " ".join(gram))
    return copies


def corpus_texts(folder: Path) -> Iterable[str]:
    """The text of every article (.md) under a library folder."""
    for path in sorted(folder.rglob("*.md")):
        yield path.read_text(encoding="utf-8", errors="replace")


def grade_report(entries: Sequence[GlossaryEntry]) -> tuple[float, list[tuple[str, float]]]:
    """The median grade and the entries above REPORT_GRADE, hardest first."""
    grades = sorted(fk_grade(e.definition) for e in entries)
    median = 0.0
    if grades:
        middle = len(grades) // 2
        median = grades[middle] if len(grades) % 2 else (grades[middle - 1] + grades[middle]) / 2
    above = sorted(
        ((e.term, fk_grade(e.definition)) for e in entries if fk_grade(e.definition) > REPORT_GRADE),
        key=lambda item: -item[1],
    )
    return median, above
