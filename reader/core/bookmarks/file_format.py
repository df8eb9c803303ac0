"""The bookmarks file format: entries, reading what can be read from a damaged file, writing it back."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from reader.core.languages.translate import translate

FORMAT_NAME = "cancer-reader-bookmarks"
FORMAT_VERSION = 1


def now_stamp() -> str:
    """The current time as an ISO 8601 string in UTC (seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    """A fresh, unique id for an entry."""
    import uuid  # here: uuid imports platform, which start-up does not otherwise need

    return uuid.uuid4().hex


@dataclass
class Bookmark:
    """A saved place: an article (by key and web address), optionally at a heading, with a note."""

    key: str
    url: str
    title: str
    anchor: str = ""
    heading: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_stamp)
    updated: str = ""

    def __post_init__(self) -> None:
        self.updated = self.updated or self.created

    def same_place(self, other: Bookmark) -> bool:
        """True when both point at the same heading of the same article."""
        same_article = (self.url and self.url == other.url) or (self.key and self.key == other.key)
        return bool(same_article) and self.anchor == other.anchor


@dataclass
class Question:
    """A question the person wants to ask their doctor, maybe about an article."""

    text: str
    key: str = ""
    title: str = ""
    url: str = ""
    asked: bool = False
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_stamp)
    updated: str = ""

    def __post_init__(self) -> None:
        self.updated = self.updated or self.created

    def same_question(self, other: Question) -> bool:
        """True when the words are the same (ignoring case and spacing)."""
        return _plain(self.text) == _plain(other.text)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Contents:
    """What was read from a file, and what was wrong with it."""

    bookmarks: list[Bookmark] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    damaged: bool = False
    future: bool = False
    version: int = FORMAT_VERSION
    skipped: int = 0
    reason: str = ""


_REQUIRED = {Bookmark: ("key", "url", "title"), Question: ("text",)}


def _entry(cls: type[Bookmark] | type[Question], raw: Any) -> Bookmark | Question | None:
    """An entry from a JSON object, or None when a field has the wrong type or a required one is empty."""
    if not isinstance(raw, dict):
        return None
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in raw:
            continue
        value = raw[f.name]
        wanted = bool if f.type == "bool" else str
        if not isinstance(value, wanted):
            return None
        values[f.name] = value
    if Bookmark is cls and not (values.get("key") or values.get("url")):
        return None
    if Question is cls and not values.get("text", "").strip():
        return None
    for name in _REQUIRED[cls]:
        values.setdefault(name, "")
    if "id" in values and not values["id"]:
        del values["id"]
    return cls(**values)


def _salvage_list(text: str, name: str) -> list[Any]:
    """Every complete JSON object in the list called name, read from text that may be cut short."""
    match = re.search(rf'"{name}"\s*:\s*\[', text)
    if match is None:
        return []
    decoder = json.JSONDecoder()
    position = match.end()
    found: list[Any] = []
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return found
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            return found
        found.append(value)


def parse(text: str) -> Contents:
    """Read a bookmarks document, keeping every valid entry even when parts are damaged."""
    result = Contents()
    try:
        data = json.loads(text)
    except ValueError:
        data = {"bookmarks": _salvage_list(text, "bookmarks"), "questions": _salvage_list(text, "questions")}
        result.damaged = True
        result.reason = translate("Bookmarks", "it was cut short or is not in the right format")
    if not isinstance(data, dict):
        result.damaged = True
        result.reason = translate("Bookmarks", "it does not hold bookmarks")
        return result
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        if not result.damaged:
            result.damaged = True
            result.reason = translate("Bookmarks", "it has no valid format version")
    elif version > FORMAT_VERSION:
        result.future = True
        result.version = version
    for name, cls, out in (
        ("bookmarks", Bookmark, result.bookmarks),
        ("questions", Question, result.questions),
    ):
        raw = data.get(name, [])
        if not isinstance(raw, list):
            result.damaged = True
            result.reason = result.reason or (
                translate("Bookmarks", "its list of bookmarks is damaged")
                if name == "bookmarks"
                else translate("Bookmarks", "its list of questions is damaged")
            )
            continue
        seen: set[str] = set()
        for item in raw:
            entry = _entry(cls, item)
            if entry is None:
                result.skipped += 1
                continue
            if entry.id in seen:  # a copied entry: keep it, under a new id
                entry.id = new_id()
            seen.add(entry.id)
            out.append(entry)  # type: ignore[arg-type]
    if result.skipped and not result.damaged:
        result.damaged = True
        skipped = result.skipped
        result.reason = translate("Bookmarks", "%Ln of its entries could not be read", None, skipped)
    return result


def dump(bookmarks: list[Bookmark], questions: list[Question]) -> str:
    """The JSON document for these entries (the stored file and the export are the same format)."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "bookmarks": [asdict(b) for b in bookmarks],
        "questions": [asdict(q) for q in questions],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
