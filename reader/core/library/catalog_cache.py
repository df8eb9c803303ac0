"""A cache of every article's front matter, keyed by file path, size and change time.

Start-up reads this one JSON file instead of parsing 1,378 YAML headers; an article's body is read from
its file only when it is opened. A file whose size or change time differs is parsed again; a damaged or
outdated cache file is ignored and rebuilt (it holds nothing the person made).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeGuard

from reader.core.files.atomic import atomic_write_text
from reader.core.library.article import Article

log = logging.getLogger(__name__)

FORMAT = "cancer-reader-catalog"
#: 2: articles carry rel_path and digest; keys of url-less articles come from rel_path.
#: 3: cancer types, topics and audience come from placement.py (bump when its rules change).
#: 4: no reading grade for articles in a language other than English (the formula is English's).
#: 5: a translation of a cancer.gov page is placed by that page's address (`translationOf`).
VERSION = 5

Fingerprint = tuple[int, int, int]
_TUPLES = ("cancer_types", "tags", "declared_cancer_types")
_SKIP = ("path", "_body", "twin_path", "language_twin")


def fingerprint(path: Path) -> Fingerprint | None:
    """Size, modification and status-change time of a file (None when it cannot be read)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def article_to_json(article: Article) -> dict[str, Any] | None:
    """The article's fields without path and body, as JSON values (None when they do not fit JSON)."""
    data: dict[str, Any] = {}
    for f in fields(article):
        if f.name in _SKIP:
            continue
        value = getattr(article, f.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        data[f.name] = value
    if not data["extra"]:  # the usual case: nothing to check (the check was ~4 % of a first start's loading)
        return data
    try:
        if json.loads(json.dumps(data["extra"])) != data["extra"]:
            return None  # dates or other YAML values in extra fields: parse this file each time
    except (TypeError, ValueError):
        return None
    return data


def article_from_json(data: dict[str, Any], path: Path) -> Article:
    """Rebuild an Article (without its body, which is read when needed) from article_to_json."""
    values = dict(data)
    for name in _TUPLES:
        values[name] = tuple(values.get(name) or ())
    reviewed = values.get("last_reviewed")
    values["last_reviewed"] = dt.date.fromisoformat(reviewed) if reviewed else None
    return Article(path=path, **values)


def _unchanged(entry: object, path: Path) -> TypeGuard[dict[str, Any]]:
    """True when a cache entry was made from the file as it is now (same size and times)."""
    return isinstance(entry, dict) and entry.get("fingerprint") == list(fingerprint(path) or ())


class CatalogCache:
    """Front matter per file, read from and written to one JSON file in the cache folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        self._seen: set[str] = set()
        self._dirty = False
        #: Front matter known without reading the file: {path: (size, article_to_json data)}.
        self._known: dict[str, tuple[int, dict[str, Any]]] = {}
        self._read()

    def know(self, entries: Mapping[str, tuple[int, dict[str, Any]]]) -> None:
        """Take front matter for files from a source checked already (a library pack's signed catalog,
        made with this VERSION): {file path: (size, article_to_json data)}. get() uses an entry when the
        file has that size and the cache has nothing newer."""
        self._known.update(entries)

    def _read(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.info("The catalog cache %s cannot be read (%s); it will be rebuilt", self.path, exc)
            self._dirty = True
            return
        try:
            data = json.loads(raw)
            ok = data.get("format") == FORMAT and data.get("version") == VERSION
            entries = data.get("files") if ok else None
            if not isinstance(entries, dict):
                raise ValueError("not a catalog of this version")
        except (ValueError, AttributeError) as exc:
            log.info("The catalog cache %s is damaged or outdated (%s); it will be rebuilt", self.path, exc)
            self._dirty = True
            return
        self._entries = entries

    def get(self, path: Path) -> Article | None:
        """The cached article for this file, or None when it is new, changed or unknown."""
        name = str(path)
        self._seen.add(name)
        entry = self._entries.get(name)
        if not _unchanged(entry, path):
            return self._from_known(path)
        try:
            return article_from_json(entry["article"], path)
        except (KeyError, TypeError, ValueError) as exc:
            log.info("Ignoring a damaged catalog entry for %s (%s)", path, exc)
            return None

    def _from_known(self, path: Path) -> Article | None:
        """The article from know()'s entries when the file still has the size given; kept in the cache."""
        known = self._known.get(str(path))
        if known is None:
            return None
        stamp = fingerprint(path)
        if stamp is None or stamp[0] != known[0]:
            return None
        try:
            article = article_from_json(known[1], path)
        except (KeyError, TypeError, ValueError) as exc:
            log.info("Ignoring a catalog entry given for %s (%s)", path, exc)
            return None
        self._entries[str(path)] = {"fingerprint": list(stamp), "article": known[1]}
        self._dirty = True
        return article

    def put(self, article: Article, stamp: Fingerprint | None) -> None:
        """Remember a freshly parsed article (stamp: the file's fingerprint before it was read)."""
        name = str(article.path)
        self._seen.add(name)
        data = article_to_json(article)
        if stamp is None or data is None:
            self._dirty |= self._entries.pop(name, None) is not None
            return
        self._entries[name] = {"fingerprint": list(stamp), "article": data}
        self._dirty = True

    def save(self, folders: list[Path]) -> None:
        """Write the cache if it changed; entries under these folders that were not seen are dropped."""
        roots = [str(f) + os.sep for f in folders]
        gone = [n for n in self._entries if n not in self._seen and any(n.startswith(r) for r in roots)]
        for name in gone:
            del self._entries[name]
        if not (self._dirty or gone):
            return
        payload = {"format": FORMAT, "version": VERSION, "files": self._entries}
        try:
            atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        except OSError as exc:
            log.warning("Could not write the catalog cache %s: %s", self.path, exc)
        self._dirty = False


def find_cached(catalog_file: Path, folders: list[Path], url_or_key: str) -> Article | None:
    """The article asked for at start (by key, address or path), straight from the catalog cache, before
    the library is read: an article on screen need not wait for 1,378 others (issue 20).

    Only an entry whose file is unchanged (same fingerprint), active and in one of folders counts; the
    first folder wins, as in the library. None when the cache cannot tell: the library decides then.
    The article has no twins yet (they need the whole library); the window checks it once it is read.
    """
    from reader.core.library.article import normalize_url

    try:
        raw = catalog_file.read_bytes()  # not decoded as a whole: ~3 ms for 1,378 articles (py-spy, issue 20)
    except OSError:
        return None
    site_path = normalize_url(url_or_key)
    needles = [json.dumps(url_or_key, ensure_ascii=False)]
    if site_path.startswith("/"):  # the end of a stored address (a fragment or query: the library decides)
        needles += [site_path + '"', site_path + '/"']
    found = _entries_holding(raw, [needle.encode() for needle in needles])  # ~17 ms to parse it all
    for folder in folders:
        root = str(folder) + os.sep
        for name, entry in found.items():
            if not name.startswith(root):
                continue
            article = _unchanged_match(name, entry, folder, url_or_key, site_path.lower())
            if article is not None:
                return article
    return None


_ENTRY_HEAD = b':{"fingerprint":'


def _entries_holding(raw: bytes, needles: list[bytes]) -> dict[str, dict[str, Any]]:
    """{file path: entry} for the cache entries whose UTF-8 text holds one of needles (the cache is
    written compactly by save(); an entry not decoded cleanly is left out, so the caller only ever misses)."""
    header = f'{{"format":"{FORMAT}","version":{VERSION},"files":{{'.encode()
    if not raw.startswith(header):
        return {}
    decoder = json.JSONDecoder()
    found: dict[str, dict[str, Any]] = {}
    for needle in needles:
        start = 0
        while (at := raw.find(needle, start)) >= 0:
            start = at + len(needle)
            head = raw.rfind(_ENTRY_HEAD, 0, at)
            if head < 0:
                continue
            name_start = max(raw.rfind(b'},"', len(header), head) + 2, len(header))
            following = raw.find(_ENTRY_HEAD, at)  # the next entry's head: this entry ends before it
            try:
                name = json.loads(raw[name_start:head])
                text = raw[head + 1 : following if following >= 0 else len(raw)].decode("utf-8")
                entry, _end = decoder.raw_decode(text)
            except ValueError:  # UnicodeDecodeError is one
                continue
            if isinstance(name, str) and isinstance(entry, dict):
                found[name] = entry
    return found


def _unchanged_match(
    name: str, entry: dict[str, Any], folder: Path, url_or_key: str, site_path: str
) -> Article | None:
    """The entry's article if it is the one asked for, active, and its file has not changed since."""
    from reader.core.library.article import normalize_url

    data = entry.get("article")
    if not isinstance(data, dict) or data.get("status") != "active":
        return None
    url = data.get("url")
    by_url = bool(site_path) and isinstance(url, str) and normalize_url(url).lower() == site_path
    if data.get("key") != url_or_key and not by_url:
        return None
    path = Path(name)
    if not _unchanged(entry, path):
        return None  # changed since: read it with the library
    try:
        article = article_from_json(data, path)
    except (KeyError, TypeError, ValueError):
        return None
    return article if article.rel_path == path.relative_to(folder).as_posix() else None
