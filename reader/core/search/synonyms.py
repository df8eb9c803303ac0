"""Lay words to article words: the synonyms file, and brand names the library pairs with generics."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.search.text import stem

log = logging.getLogger(__name__)

#: Longest lay phrase, in words, that the table matches.
MAX_PHRASE_WORDS = 6

# "pembrolizumab (Keytruda)": a capitalised brand in brackets, right after a lowercase generic name.
# The bracket is found first and the generic looked for just before it: scanning for the generic at
# every word is 30 times slower.
_BRAND = re.compile(r"\(([A-Z][a-z][A-Za-z0-9-]{1,30})(?:\u00ae|\u2122)?\)")
_GENERIC_BEFORE = re.compile(r"\b([A-Za-z][a-z-]{4,40})[\u2020*]?\s*\Z")
_LOOK_BACK = 120
#: A pair must be seen this often in the whole library before it is trusted.
MIN_BRAND_PAIRS = 2

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def words(text: str) -> list[str]:
    """Lowercase words of text (letters and digits; an apostrophe inside a word is kept)."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]


@dataclass
class SynonymTable:
    """Lay phrases (matched on stems) mapped to the words the articles use."""

    entries: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> SynonymTable:
        """Read the synonyms format: `lay, lay phrase = article word, article phrase`; # comments."""
        table = cls()
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if "=" in line:
                left, right = line.split("=", 1)
                lay = [words(p) for p in left.split(",")]
                targets = [tuple(words(p)) for p in right.split(",")]
            else:  # a group of equivalent words: each finds the others
                lay = [words(p) for p in line.split(",")]
                targets = [tuple(p) for p in lay]
            targets = [t for t in targets if t]
            if not targets or not any(lay):
                log.warning("synonyms line %d ignored: %r", number, raw)
                continue
            for phrase in lay:
                if phrase:
                    table.add(phrase, targets)
        return table

    @classmethod
    def load(cls, path: Path) -> SynonymTable:
        """Load a synonyms file; an absent or unreadable file gives an empty table (logged)."""
        try:
            return cls.parse(path.read_text(encoding="utf-8"))
        except OSError as exc:
            log.warning("No search synonyms: %s cannot be read (%s)", path, exc.strerror or exc)
            return cls()

    def add(self, phrase: Sequence[str], targets: Iterable[tuple[str, ...]]) -> None:
        """Map a lay phrase (words) to target phrases."""
        key = tuple(stem(w) for w in phrase[:MAX_PHRASE_WORDS])
        known = self.entries.setdefault(key, [])
        for target in targets:
            if target != tuple(phrase) and target not in known:
                known.append(target)

    def match(self, stems: Sequence[str], start: int) -> tuple[int, list[tuple[str, ...]]]:
        """The longest lay phrase at stems[start:]: (its length in words, targets), or (0, [])."""
        for size in range(min(MAX_PHRASE_WORDS, len(stems) - start), 0, -1):
            targets = self.entries.get(tuple(stems[start : start + size]))
            if targets:
                return size, targets
        return 0, []

    def __len__(self) -> int:
        return len(self.entries)

    def merged(self, other: SynonymTable) -> SynonymTable:
        """A table with this one's entries plus other's for lay phrases this one does not have."""
        table = SynonymTable({key: list(targets) for key, targets in self.entries.items()})
        for key, targets in other.entries.items():
            table.entries.setdefault(key, list(targets))
        return table


#: Glossary aliases this short are ambiguous abbreviations ("ER", "OS", "A1"), not lay words.
MIN_ALIAS_CHARS = 3


def glossary_table(entries: Iterable[tuple[str, Sequence[str]]]) -> SynonymTable:
    """Glossary aliases (lay words, other spellings) mapped to their term, from (term, aliases) pairs.

    Left out: aliases that stem to the term itself (plurals), aliases made only of the term's own
    words ("advanced" for "advanced cancer": searching the term finds nothing more, unless that term
    leads on to another one), very short
    abbreviations, and ambiguous aliases: one that stems like another term ("cancerous", listed for
    "malignant", is also a form of "cancer") or that several terms list.
    """
    pairs = [(tuple(words(term)), aliases) for term, aliases in entries]
    term_keys = {tuple(stem(w) for w in target) for target, _ in pairs}
    found: dict[tuple[str, ...], tuple[list[str], set[tuple[str, ...]]]] = {}
    inside: set[tuple[str, ...]] = set()
    for target, aliases in pairs:
        target_stems = {stem(w) for w in target}
        for alias in aliases:
            lay = words(alias)
            if not lay or not target or len(alias.strip()) < MIN_ALIAS_CHARS:
                continue
            key = tuple(stem(w) for w in lay)
            found.setdefault(key, (lay, set()))[1].add(target)
            if set(key) <= target_stems:
                inside.add(key)
    table = SynonymTable()
    for key, (lay, targets) in found.items():
        if len(targets) == 1 and key not in term_keys:
            # A term that is itself another term's alias leads on to that term too
            # ("internal radiation" -> "internal radiation therapy" -> "brachytherapy").
            (target,) = targets
            onward = found.get(tuple(stem(w) for w in target), ((), set()))[1]
            further = [t for t in onward if len(onward) == 1 and t != target]
            if key not in inside:
                table.add(lay, [target, *further])
            elif further:
                table.add(lay, further)
    return table


def mine_brand_pairs(text: str) -> Counter[tuple[str, str]]:
    """Every "generic (Brand)" pair in plain text, lowercased, counted."""
    found: Counter[tuple[str, str]] = Counter()
    for match in _BRAND.finditer(text):
        before = _GENERIC_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
        if before is None:
            continue
        generic, brand = before.group(1).strip("-").lower(), match.group(1).lower()
        if generic != brand and "-" not in brand:
            found[(brand, generic)] += 1
    return found


def brand_table(counts: Iterable[tuple[str, str, int]], known_words: set[str] | None = None) -> SynonymTable:
    """Brand -> generic names seen at least MIN_BRAND_PAIRS times (brands that are plain words skipped)."""
    total: Counter[tuple[str, str]] = Counter()
    for brand, generic, count in counts:
        total[(brand, generic)] += count
    table = SynonymTable()
    for (brand, generic), count in total.items():
        if count < MIN_BRAND_PAIRS or (known_words is not None and brand in known_words):
            continue
        table.add((brand,), [(generic,)])
    return table
