"""Importing a bigger dictionary: our own JSON, CSV, or NCI Dictionary of Cancer Terms JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from reader.core.glossary.entries import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Glossary,
    GlossaryEntry,
    bundled_glossary_path,
    entry_from_json,
    normalize_id,
    normalize_words,
    read_user_glossary,
    slug_for,
    user_glossary_path,
    write_glossary_file,
)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TERM_CHARS = 200
MAX_DEFINITION_CHARS = 5000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_ALIAS_SPLIT = re.compile(r"[;|]")
_NCI_KEYS = {"termId", "termName", "prettyUrlName"}
_ENGLISH = {"en", "english", "en-us", ""}
#: The languages an imported entry may be in, by how files write them, and the code it is kept under.
_IMPORTED_LANGUAGES = {
    **{name: "en" for name in _ENGLISH},
    **{name: "es" for name in ("es", "spanish", "español", "espanol", "es-us", "es-mx", "es-es")},
}


class GlossaryImportError(ValueError):
    """A file that cannot be imported at all; the message is meant for people."""


@dataclass(frozen=True)
class Rejection:
    """One record that was left out, with where it was and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class ParsedFile:
    """What a file held: its format, the usable entries and the records left out."""

    format: str
    entries: list[GlossaryEntry] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import changed in the person's glossary."""

    format: str
    added: list[GlossaryEntry] = field(default_factory=list)
    replaced: list[GlossaryEntry] = field(default_factory=list)
    unchanged: list[GlossaryEntry] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    saved_to: Path | None = None


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment; script and style contents are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (tags removed, entities decoded, spaces collapsed)."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return clean_text("".join(parser.parts))


def clean_text(text: str) -> str:
    """Text without control characters and with single spaces."""
    return _SPACES.sub(" ", _CONTROL.sub("", text)).strip()


def _checked(entry: GlossaryEntry) -> GlossaryEntry:
    """Cleaned entry; raises ValueError if it is too long to be a glossary entry."""
    entry = GlossaryEntry(
        id=entry.id,
        slug=entry.slug,
        term=clean_text(entry.term),
        definition=clean_text(entry.definition),
        pronunciation=clean_text(entry.pronunciation).strip("()"),
        aliases=tuple(a for a in (clean_text(x) for x in entry.aliases) if a),
        language=entry.language,
        source=clean_text(entry.source),
    )
    if not entry.term:
        raise ValueError("the term is missing")
    if len(entry.term) > MAX_TERM_CHARS:
        raise ValueError(f"the term is longer than {MAX_TERM_CHARS} characters")
    if not entry.definition:
        raise ValueError(f"'{entry.term}' has no definition")
    if len(entry.definition) > MAX_DEFINITION_CHARS:
        raise ValueError(
            f"the definition of '{entry.term}' is longer than {MAX_DEFINITION_CHARS:,} characters"
        )
    language = _IMPORTED_LANGUAGES.get(entry.language.strip().lower())
    if language is None:
        raise ValueError(
            f"'{entry.term}' is in another language ({entry.language}); only English and Spanish are used for now"
        )
    return replace(entry, language=language)


def _key(entry: GlossaryEntry) -> str:
    key = f"id:{entry.id}" if entry.id else f"term:{normalize_words(entry.term)}"
    return key if entry.language in ("", "en") else f"{entry.language}:{key}"  # one term in two languages


def _collect(parsed: ParsedFile, where: str, make: Any, prefer: Any = None) -> None:
    """Add one record (make() builds the entry), rejecting it with a reason if it is unusable."""
    try:
        entry = _checked(make())
    except (ValueError, TypeError, AttributeError) as exc:
        parsed.rejected.append(Rejection(where, str(exc)))
        return
    for index, old in enumerate(parsed.entries):
        if _key(old) == _key(entry):
            if prefer is not None and prefer(entry) and not prefer(old):
                parsed.entries[index] = entry
                parsed.rejected.append(Rejection(f"earlier '{old.term}'", "a patient version is in the file"))
            else:
                parsed.rejected.append(Rejection(where, f"'{entry.term}' is already in the file"))
            return
    parsed.entries.append(entry)


def parse_csv(text: str, name: str) -> ParsedFile:
    """CSV with term and definition columns; id, slug, pronunciation, aliases, language, source optional."""
    first_line = text.splitlines()[0] if text else ""
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise GlossaryImportError(f"This CSV file is broken near line {reader.line_num} ({exc}).") from exc
    header = [clean_text(h).lower() for h in rows[0]] if rows else []
    if "term" not in header or "definition" not in header:
        found = ", ".join(h for h in header[:8] if h) or "nothing"
        raise GlossaryImportError(
            "This does not look like a glossary CSV: it needs 'term' and 'definition' columns "
            f"(found: {found})."
        )
    parsed = ParsedFile("CSV")
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {number}"
        if len(row) > len(header):
            parsed.rejected.append(
                Rejection(where, "has more columns than the header (is a comma unquoted?)")
            )
            continue
        record = dict(zip(header, row, strict=False))

        def make(record: dict[str, str] = record) -> GlossaryEntry:
            raw_id = record.get("id", "").strip()
            if raw_id and not normalize_id(raw_id):
                raise ValueError(f"the id {raw_id!r} is not a number")
            term = record.get("term", "")
            return GlossaryEntry(
                id=normalize_id(raw_id) if raw_id else "",
                slug=(record.get("slug") or slug_for(term)).strip().lower(),
                term=term,
                definition=record.get("definition", ""),
                pronunciation=record.get("pronunciation", ""),
                aliases=tuple(_ALIAS_SPLIT.split(record.get("aliases", ""))),
                language=record.get("language", "").strip() or "en",
                source=record.get("source", "").strip() or f"Imported from {name}",
            )

        _collect(parsed, where, make)
    return parsed


def _nci_entry(record: Any, name: str) -> GlossaryEntry:
    if not isinstance(record, dict):
        raise ValueError("is not a JSON object")
    term = record.get("termName")
    if not isinstance(term, str) or not term.strip():
        raise ValueError("has no termName")
    raw_id = record.get("termId")
    entry_id = normalize_id(raw_id) if raw_id not in (None, "") else ""
    if raw_id not in (None, "") and not entry_id:
        raise ValueError(f"'{term}' has a termId that is not a number: {raw_id!r}")
    definition = record.get("definition")
    if isinstance(definition, dict):
        text = definition.get("text") or ""
        definition = (
            text if isinstance(text, str) and text.strip() else html_to_text(definition.get("html") or "")
        )
    if not isinstance(definition, str):
        raise ValueError(f"'{term}' has no definition")
    pronunciation = record.get("pronunciation")
    key = pronunciation.get("key", "") if isinstance(pronunciation, dict) else ""
    language = str(record.get("language") or "en")
    audience = str(record.get("audience") or "Patient")
    dictionary = str(record.get("dictionary") or "")
    source = (
        "NCI Dictionary of Genetics Terms"
        if dictionary.lower() == "genetic"
        else "NCI Dictionary of Cancer Terms"
    )
    if audience.lower() != "patient":
        source += " (health professional version)"
    return GlossaryEntry(
        id=entry_id,
        slug=str(record.get("prettyUrlName") or slug_for(term)).strip().lower(),
        term=term,
        definition=definition,
        pronunciation=key if isinstance(key, str) else "",
        language=language,
        source=f"{source}, imported from {name}",
    )


def _parse_json_values(text: str) -> list[Any]:
    """One JSON document, or JSON lines (one document per line)."""
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
        if len(lines) < 2:
            raise GlossaryImportError(
                f"This is not valid JSON (line {whole.lineno}: {whole.msg})."
            ) from whole
        values = []
        for number, line in lines:
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise GlossaryImportError(
                    f"This is not valid JSON or JSON lines: line {number} is broken ({exc.msg})."
                ) from exc
        return values


def parse_json(text: str, name: str) -> ParsedFile:
    """Our own glossary JSON, or NCI dictionary JSON (one object, an array, or JSON lines)."""
    values = _parse_json_values(text)
    if len(values) == 1 and isinstance(values[0], dict) and "format" in values[0]:
        return _parse_own(values[0])
    records: list[Any] = []
    for value in values:
        if isinstance(value, dict) and isinstance(value.get("results"), list):
            records.extend(value["results"])
        elif isinstance(value, list):
            records.extend(value)
        else:
            records.append(value)
    if not any(isinstance(r, dict) and _NCI_KEYS & r.keys() for r in records):
        raise GlossaryImportError(
            "This JSON file is neither a glossary saved by this app nor terms from the NCI dictionary "
            "(no termId or termName found)."
        )
    parsed = ParsedFile("NCI dictionary JSON")
    for number, record in enumerate(records, start=1):
        _collect(
            parsed, f"record {number}", lambda record=record: _nci_entry(record, name),
            prefer=lambda e: "health professional" not in e.source,
        )  # fmt: skip
    return parsed


def _parse_own(data: dict[str, Any]) -> ParsedFile:
    if data.get("format") != FORMAT_NAME:
        raise GlossaryImportError(
            f"This JSON file is in a format this app does not know ({data.get('format')!r})."
        )
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise GlossaryImportError("This glossary was saved by a newer version of this app.")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise GlossaryImportError("This glossary file has no list of entries.")
    parsed = ParsedFile("cancer-reader glossary JSON")
    source = str(data.get("source") or "")
    for number, item in enumerate(entries, start=1):
        _collect(parsed, f"entry {number}", lambda item=item: entry_from_json(item, source))
    return parsed


def read_text_file(path: Path) -> str:
    """The file's text, after checks for size, emptiness, binary content and encoding."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GlossaryImportError(
                f"This file is {size / 1e6:.1f} MB; the largest glossary file that can be imported is "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise GlossaryImportError(f"There is no file at {path}.") from exc
    except IsADirectoryError as exc:
        raise GlossaryImportError(f"{path} is a folder, not a file.") from exc
    except OSError as exc:
        raise GlossaryImportError(f"The file could not be read ({exc.strerror or exc}).") from exc
    if b"\x00" in data[:8192]:
        raise GlossaryImportError("This is not a text file. Please export the glossary as CSV or JSON.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryImportError(
            "This file is not UTF-8 text. Please save it as UTF-8 (for CSV: 'CSV UTF-8')."
        ) from exc
    if not text.strip():
        raise GlossaryImportError("This file is empty.")
    return text


def parse_file(path: Path) -> ParsedFile:
    """Read and parse a file to import, choosing the format from its name and contents."""
    text = read_text_file(path)
    suffix = path.suffix.lower()
    looks_json = text.lstrip()[:1] in ("{", "[")
    if suffix == ".csv":
        if looks_json:
            raise GlossaryImportError("This file is named .csv but holds JSON. Please rename it to .json.")
        parsed = parse_csv(text, path.name)
    elif suffix in (".json", ".jsonl", ".ndjson") or looks_json:
        parsed = parse_json(text, path.name)
    else:
        parsed = parse_csv(text, path.name)
    if not parsed.entries:
        reasons = "; ".join(str(r) for r in parsed.rejected[:3]) or "it holds no entries"
        raise GlossaryImportError(f"Nothing in this file could be used ({reasons}).")
    return parsed


def import_file(path: Path, data_dir: Path, bundled_file: Path | None = None) -> ImportResult:
    """Import a file into the person's glossary in data_dir; on any error nothing is changed."""
    parsed = parse_file(path)
    result = ImportResult(parsed.format, rejected=list(parsed.rejected))
    user_path = user_glossary_path(data_dir)
    existing = read_user_glossary(user_path, result.messages)
    bundled = Glossary.load(None, bundled_file or bundled_glossary_path())
    languages = sorted({_language(e) for e in [*existing, *parsed.entries]} | {"en"})
    # Each language is its own glossary: a Spanish entry never replaces the English one with its id.
    current = {
        code: Glossary(bundled.entries() if code == "en" else (), _in(existing, code)) for code in languages
    }
    for entry in parsed.entries:
        old = current[_language(entry)].find_same(entry)
        if old is None:
            result.added.append(entry)
        elif (old.term, old.definition, old.pronunciation, old.aliases) == (
            entry.term, entry.definition, entry.pronunciation, entry.aliases,
        ):  # fmt: skip
            result.unchanged.append(entry)
        else:
            result.replaced.append(entry)
    kept = [
        e for code in languages for e in Glossary(_in(existing, code), _in(parsed.entries, code)).entries()
    ]
    write_glossary_file(user_path, kept)
    result.saved_to = user_path
    return result


def _language(entry: GlossaryEntry) -> str:
    return _IMPORTED_LANGUAGES.get(entry.language.strip().lower(), entry.language.strip().lower())


def _in(entries: list[GlossaryEntry], code: str) -> list[GlossaryEntry]:
    """The entries in one language."""
    return [e for e in entries if _language(e) == code]
