"""The glossary: plain-language definitions of the cancer terms that articles link to."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from reader.core.files.atomic import atomic_write_text, move_aside
from reader.core.files.locations import resource
from reader.core.languages.collation import sort_key
from reader.core.languages.translate import translate
from reader.core.render.page import GlossaryUse

log = logging.getLogger(__name__)

FORMAT_NAME = "cancer-reader-glossary"
# Version 2 added ids/slugs lists, related, written and review; version 1 files still load.
FORMAT_VERSION = 2
USER_FILE_NAME = "glossary.json"
# The bundled entries: one file per first letter (resources/glossary/entries/a.json ... 0-9.json).
BUNDLED_FOLDER = ("glossary", "entries")
BUNDLED_SOURCE = "Cancer Reader glossary (plain-language explanations written for this app)"

_CDR_ID = re.compile(r"^(?:cdr)?0*(\d+)$", re.I)
_SPACES = re.compile(r"\s+")


class GlossaryFileError(ValueError):
    """A glossary file that cannot be read; the message is meant for people."""


@dataclass(frozen=True)
class GlossaryEntry:
    """One term: numeric id (as text, may be empty), slug, words, definition and where it came from."""

    id: str
    slug: str
    term: str
    definition: str
    pronunciation: str = ""
    aliases: tuple[str, ...] = ()
    language: str = "en"
    source: str = ""
    other_ids: tuple[str, ...] = ()
    other_slugs: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    written: str = ""
    review: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        """Every numeric id this entry answers to, the main one first."""
        return ((self.id,) if self.id else ()) + self.other_ids

    @property
    def slugs(self) -> tuple[str, ...]:
        """Every slug this entry answers to, the main one first."""
        return ((self.slug,) if self.slug else ()) + self.other_slugs

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON-ready dict (extra ids and slugs as lists, empty extras left out)."""
        data = asdict(self)
        for name in ("other_ids", "other_slugs"):
            del data[name]
        if self.other_ids or self.other_slugs:
            data["ids"] = list(self.ids)
            data["slugs"] = list(self.slugs)
        for name in ("aliases", "related"):
            data[name] = list(getattr(self, name))
        for name in ("related", "written", "review"):
            if not data[name]:
                del data[name]
        return data


@dataclass(frozen=True)
class ArticleWord:
    """A glossary word used in an article: the linked id or slug, the linked words, and the entry if known."""

    term_id: str
    text: str
    entry: GlossaryEntry | None


def normalize_id(value: object) -> str:
    """'45214', 45214 or 'CDR0000045214' -> '45214'; anything else -> ''."""
    match = _CDR_ID.match(str(value).strip()) if value is not None else None
    return str(int(match.group(1))) if match else ""


def normalize_words(text: str) -> str:
    """Words as a lookup key: case-folded, single spaces, no surrounding emphasis marks."""
    return _SPACES.sub(" ", text.replace("\u2011", "-")).strip(" *_").casefold()


def slug_for(term: str) -> str:
    """The slug the NCI dictionary would use for a term: 'coping skills' -> 'coping-skills'."""
    return re.sub(r"[^\w]+", "-", normalize_words(term)).strip("-")


def bundled_file_name(term: str) -> str:
    """The bundled file an entry belongs in: 'a.json' ... 'z.json', or '0-9.json' for anything else."""
    first = normalize_words(term)[:1]
    return f"{first}.json" if "a" <= first <= "z" else "0-9.json"


def _word_list(data: dict[str, Any], name: str, term: str) -> list[str]:
    value = data.get(name) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{term}' has {name} that are not a list of words")
    return [v.strip() for v in value if v.strip()]


def _id_list(data: dict[str, Any], term: str) -> list[str]:
    raw = data.get("ids")
    values = raw if isinstance(raw, list) else [data.get("id")]
    ids = []
    for value in values:
        if value in (None, ""):
            continue
        entry_id = normalize_id(value)
        if not entry_id:
            raise ValueError(f"'{term}' has an id that is not a number: {value!r}")
        if entry_id not in ids:
            ids.append(entry_id)
    return ids


def entry_from_json(data: Any, default_source: str = "") -> GlossaryEntry:
    """Build an entry from our own JSON format (version 1 or 2); raises ValueError with a plain reason."""
    if not isinstance(data, dict):
        raise ValueError("an entry is not a JSON object")
    term = data.get("term")
    definition = data.get("definition")
    if not isinstance(term, str) or not term.strip():
        raise ValueError("the term is missing")
    if not isinstance(definition, str) or not definition.strip():
        raise ValueError(f"'{term.strip()}' has no definition")
    term = term.strip()
    aliases = _word_list(data, "aliases", term)
    ids = _id_list(data, term)
    slugs = [s.lower() for s in _word_list(data, "slugs", term)] or [
        str(data.get("slug") or slug_for(term)).strip().lower()
    ]
    return GlossaryEntry(
        id=ids[0] if ids else "",
        slug=slugs[0],
        term=term,
        definition=_SPACES.sub(" ", definition).strip(),
        pronunciation=str(data.get("pronunciation") or "").strip(),
        aliases=tuple(aliases),
        language=str(data.get("language") or "en").strip(),
        source=str(data.get("source") or default_source).strip(),
        other_ids=tuple(ids[1:]),
        other_slugs=tuple(slugs[1:]),
        related=tuple(_word_list(data, "related", term)),
        written=str(data.get("written") or "").strip(),
        review=str(data.get("review") or "").strip(),
    )


def read_glossary_file(path: Path) -> list[GlossaryEntry]:
    """Read a file in our own format; raises GlossaryFileError if it is damaged or too new."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GlossaryFileError(f"{path.name} is not a readable glossary file ({exc}).") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise GlossaryFileError(f"{path.name} is not a glossary file made by this app.")
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise GlossaryFileError(f"{path.name} was saved by a newer version of this app.")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise GlossaryFileError(f"{path.name} has no list of entries.")
    source = str(data.get("source") or "")
    try:
        return [entry_from_json(item, source) for item in entries]
    except ValueError as exc:
        raise GlossaryFileError(f"{path.name} is damaged: {exc}.") from exc


def read_bundled(folder: Path) -> list[GlossaryEntry]:
    """Every entry of the bundled glossary: all JSON files in the folder (or one file), A-Z by file."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else [folder]
    if not files:
        raise GlossaryFileError(f"{folder.name} holds no glossary files.")
    entries: list[GlossaryEntry] = []
    for path in files:
        entries.extend(read_glossary_file(path))
    return entries


def bundled_glossary_path() -> Path:
    """The folder of the glossary that ships with the app."""
    return resource(*BUNDLED_FOLDER)


def write_glossary_file(path: Path, entries: Iterable[GlossaryEntry]) -> None:
    """Save entries atomically in our own format."""
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "entries": [e.to_json() for e in sorted(entries, key=lambda e: normalize_words(e.term))],
    }
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def user_glossary_path(data_dir: Path) -> Path:
    """Where the person's imported glossary is kept."""
    return data_dir / USER_FILE_NAME


def read_user_glossary(path: Path, problems: list[str]) -> list[GlossaryEntry]:
    """The person's imported entries; a damaged file is moved aside and explained in problems."""
    if not path.exists():
        return []
    try:
        return read_glossary_file(path)
    except GlossaryFileError as exc:
        moved = move_aside(path)
        message = translate(
            "Glossary",
            "Your imported glossary could not be read, so the built-in one is used. "
            "The old file was kept as {moved}. ({problem})",
        ).format(moved=moved.name, problem=exc)
        log.warning(message)
        problems.append(message)
        return []
    except OSError as exc:
        problems.append(
            translate(
                "Glossary",
                "Your imported glossary could not be opened ({problem}). The built-in one is used.",
            ).format(problem=exc)
        )
        return []


def read_pack_glossary(path: Path, problems: list[str]) -> list[GlossaryEntry]:
    """A library pack's glossary entries; a file that cannot be used is explained in problems."""
    try:
        return read_glossary_file(path)
    except (GlossaryFileError, OSError) as exc:
        log.warning("The glossary of a library pack (%s) cannot be read: %s", path, exc)
        problems.append("The word list that came with a library pack could not be read; the built-in one is used.")
        return []


class Glossary:
    """All known terms, bundled and imported; imported entries win. Lookups by id, slug, term or alias."""

    def __init__(self, bundled: Iterable[GlossaryEntry] = (), user: Iterable[GlossaryEntry] = ()) -> None:
        self.problems: list[str] = []
        self._entries: list[GlossaryEntry] = []
        self._by_id: dict[str, GlossaryEntry] = {}
        self._by_slug: dict[str, GlossaryEntry] = {}
        self._by_words: dict[str, GlossaryEntry] = {}
        for entry in bundled:
            self._add(entry)
        for entry in user:
            self._add(self._replacing(entry))

    @classmethod
    def load(
        cls, data_dir: Path | None = None, bundled_file: Path | None = None, pack_files: Sequence[Path] = ()
    ) -> Glossary:
        """The bundled glossary (bundled_file: a folder of entry files or one file), then library packs'
        entries (pack_files), then data_dir's imported one: each replaces the same terms from before."""
        problems: list[str] = []
        bundled_file = bundled_file or bundled_glossary_path()
        try:
            bundled = read_bundled(bundled_file)
        except (GlossaryFileError, OSError) as exc:
            log.error("The bundled glossary could not be read: %s", exc)
            problems.append(
                translate(
                    "Glossary", "The built-in glossary could not be read, so no definitions are available."
                )
            )
            bundled = []
        packs = [entry for path in pack_files for entry in read_pack_glossary(path, problems)]
        user = read_user_glossary(user_glossary_path(data_dir), problems) if data_dir else []
        # Imported entries in another language answer for articles in it (reader/core/languages/glossaries.py).
        replacing = [
            e
            for e in [*packs, *user]
            if e.language.strip().lower() in ("", "en", "english") or e.language.lower().startswith("en-")
        ]
        glossary = cls(bundled, replacing)
        glossary.problems = problems
        return glossary

    def _replacing(self, entry: GlossaryEntry) -> GlossaryEntry:
        """Remove the entry this one replaces; an imported entry without an id keeps the old one's id."""
        old = self.find_same(entry)
        if old is None:
            return entry
        self._entries.remove(old)
        for index in (self._by_id, self._by_slug, self._by_words):
            for key in [k for k, v in index.items() if v is old]:
                del index[key]
        if not entry.id and old.id:
            entry = replace(entry, id=old.id)
        # the old entry's other ids and slugs (other spellings of the same link) lead here now
        extra_ids = tuple(i for i in old.ids if i not in entry.ids)
        extra_slugs = tuple(s for s in old.slugs if s not in entry.slugs)
        return replace(
            entry, other_ids=entry.other_ids + extra_ids, other_slugs=entry.other_slugs + extra_slugs
        )

    def _add(self, entry: GlossaryEntry) -> None:
        self._entries.append(entry)
        for entry_id in entry.ids:
            self._by_id[entry_id] = entry
        for slug in entry.slugs:
            self._by_slug.setdefault(slug, entry)
        self._by_words[normalize_words(entry.term)] = entry
        for alias in entry.aliases:
            self._by_words.setdefault(normalize_words(alias), entry)

    def find_same(self, entry: GlossaryEntry) -> GlossaryEntry | None:
        """The entry that stands for the same term: same id, or (without an id) same slug or term."""
        for entry_id in entry.ids:
            if entry_id in self._by_id:
                return self._by_id[entry_id]
        if entry.id:
            return None
        old = self._by_slug.get(entry.slug)
        if old is None:
            found = self._by_words.get(normalize_words(entry.term))
            old = found if found and normalize_words(found.term) == normalize_words(entry.term) else None
        return old

    def by_id(self, term_id: str | int) -> GlossaryEntry | None:
        """The entry with this numeric id ('45214', 45214 or 'CDR0000045214')."""
        return self._by_id.get(normalize_id(term_id))

    def by_slug(self, slug: str) -> GlossaryEntry | None:
        """The entry with this slug ('coping-skills')."""
        return self._by_slug.get(slug.strip().lower())

    def by_term(self, words: str) -> GlossaryEntry | None:
        """The entry whose term or alias is these words, ignoring case."""
        return self._by_words.get(normalize_words(words))

    def lookup(self, key: str) -> GlossaryEntry | None:
        """Find by id, slug, term or alias: what a link target or a typed word may be."""
        key = key.strip()
        if not key:
            return None
        if normalize_id(key):
            return self.by_id(key)
        return self.by_slug(key) or self.by_term(key) or self.by_term(key.replace("-", " "))

    def entries(self) -> list[GlossaryEntry]:
        """Every entry, A-Z by term."""
        return sorted(self._entries, key=lambda e: (sort_key(normalize_words(e.term)), e.id))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.lookup(key) is not None

    def words_in_article(self, uses: Sequence[GlossaryUse]) -> list[ArticleWord]:
        """The glossary words an article links to, first use first, each once, with its entry or None."""
        words: list[ArticleWord] = []
        seen: set[object] = set()
        for use in uses:
            entry = self.lookup(use.term_id)
            marker: object = id(entry) if entry is not None else ("unknown", use.term_id)
            if marker in seen:
                continue
            seen.add(marker)
            words.append(ArticleWord(use.term_id, use.text, entry))
        return words
