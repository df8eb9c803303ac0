"""Converted article bodies kept on disk, so an article goes through Markdown once, not on every open.

One compressed JSON file per article in the cache folder. Its name is a hash of the article file's path,
size, modification and status-change times and the converter's version, so a changed file (or a new
version of the reader) simply finds no entry; old entries are pruned by the background pass. A damaged
entry is deleted and converted again: the cache holds nothing the person made. The page header (title,
review notice) is not cached: it depends on today's date and is cheap to build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from reader.core.files.atomic import atomic_write_bytes
from reader.core.render.page import GlossaryUse, Heading, RenderedArticle

log = logging.getLogger(__name__)

FORMAT = "cancer-reader-page"
#: Bump when the HTML the converter makes changes in a way its source files do not show.
#: 2: 'Enlarge' picture links dropped; 3: survival sections marked; 4: title once (library/article.py);
#: 5: a bare "##" line takes the heading line after it (render/bare_headings.py); 6: a list right under a
#: paragraph or table starts a list (render/list_starts.py).
VERSION = 6
SUFFIX = ".json.z"
#: The modules whose code decides the HTML: a change to any of them makes every entry outdated.
_CONVERTER_SOURCES = ("render/convert.py", "render/markdown_setup.py", "library/links.py", "render/page_cache.py",
                      "render/survival.py", "render/bare_headings.py", "render/list_starts.py")


def converter_version() -> str:
    """A short hash of the converter's code (VERSION alone when the sources are not readable)."""
    digest = hashlib.sha1(f"{FORMAT}:{VERSION}".encode())
    folder = Path(__file__).resolve().parents[1]  # reader/core
    for name in _CONVERTER_SOURCES:
        try:
            digest.update((folder / name).read_bytes())
        except OSError:  # a frozen build without sources: VERSION must be bumped by hand there
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """Size, modification and status-change time of a file (None when it cannot be read)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def page_to_json(page: RenderedArticle) -> dict[str, Any]:
    """The page's HTML, headings and glossary links as JSON values."""
    return {
        "html": page.html,
        "headings": [[h.level, h.text, h.anchor] for h in page.headings],
        "glossary": [[g.term_id, g.text] for g in page.glossary],
    }


def page_from_json(data: dict[str, Any]) -> RenderedArticle:
    """Rebuild a page from page_to_json (ValueError, TypeError or KeyError when the shape is wrong)."""
    html = data["html"]
    if not isinstance(html, str):
        raise ValueError("html is not text")
    headings = [Heading(int(level), str(text), str(anchor)) for level, text, anchor in data["headings"]]
    glossary = [GlossaryUse(str(term), str(text)) for term, text in data["glossary"]]
    return RenderedArticle(html, headings, glossary)


class PageCache:
    """Converted article bodies in one folder, looked up by the article file's fingerprint."""

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.folder = folder
        self.version = version or converter_version()

    def entry_path(self, source: Path, stamp: tuple[int, int, int] | None = None) -> Path | None:
        """Where the entry for source's current content lives (None when source cannot be read)."""
        stamp = stamp or file_stamp(source)
        if stamp is None:
            return None
        key = f"{self.version}\0{os.path.abspath(source)}\0{stamp[0]}\0{stamp[1]}\0{stamp[2]}"
        return self.folder / (hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest() + SUFFIX)

    def has(self, source: Path) -> bool:
        """True when an entry for source's current content exists (it is not read)."""
        entry = self.entry_path(source)
        return entry is not None and entry.is_file()

    def get(self, source: Path) -> RenderedArticle | None:
        """The cached page for source as it is now, or None; a damaged entry is deleted."""
        entry = self.entry_path(source)
        if entry is None:
            return None
        try:
            raw = entry.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.info("Could not read the saved page %s (%s); converting the article again.", entry, exc)
            return None
        try:
            data = json.loads(zlib.decompress(raw))
            if data.get("format") != FORMAT or data.get("version") != self.version:
                raise ValueError("another format or version")
            if data.get("source") != os.path.abspath(source):
                raise ValueError("saved for another file")
            return page_from_json(data["page"])
        except (ValueError, TypeError, KeyError, AttributeError, zlib.error) as exc:
            log.info("The saved page %s was damaged (%s); converting the article again.", entry, exc)
            self._remove(entry)
            return None

    def put(self, source: Path, page: RenderedArticle, stamp: tuple[int, int, int]) -> Path | None:
        """Save page for source as it was at stamp (taken before reading it); skipped if it changed since."""
        if file_stamp(source) != stamp:
            return None  # changed while converting: the next open converts the new text
        entry = self.entry_path(source, stamp)
        if entry is None:
            return None
        data = {"format": FORMAT, "version": self.version, "source": os.path.abspath(source),
                "page": page_to_json(page)}  # fmt: skip
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
        try:
            _write_cache_entry(entry, blob)
        except OSError as exc:  # a full or read-only disk: the page is still shown, just not kept
            log.info("Could not save the converted page for %s (%s).", source, exc)
            return None
        return entry

    def prune(self, keep: set[Path]) -> int:
        """Delete entries (and leftover temporary files) not named in keep; returns how many went."""
        removed = 0
        try:
            names = os.listdir(self.folder)
        except OSError:
            return 0
        for name in names:
            path = self.folder / name
            if path in keep or not (name.endswith(SUFFIX) or name.endswith(".tmp")):
                continue
            if self._remove(path):
                removed += 1
        return removed

    @staticmethod
    def _remove(path: Path) -> bool:
        try:
            path.unlink()
        except OSError:
            return False
        return True


def _write_cache_entry(path: Path, data: bytes) -> None:
    """Atomic, without fsync: an entry cut short by a crash is found damaged and rebuilt, and 1,378
    fsyncs would cost time and battery for nothing."""
    atomic_write_bytes(path, data, sync=False)


def convert_file(source: str, cache_folder: str | None, version: str | None) -> RenderedArticle:
    """Convert the article file's body (and save it in the cache folder when given).

    Runs in the conversion process (reader/core/render/pool.py) or, as a fallback, on a worker thread.
    """
    from reader.core.library.article import load_article
    from reader.core.render.convert import render_markdown

    path = Path(source)
    stamp = file_stamp(path)
    page = render_markdown(load_article(path).page_body)
    if cache_folder is not None and stamp is not None:
        PageCache(Path(cache_folder), version).put(path, page, stamp)
    return page


def plain_text_file(source: str, cache_folder: str | None, version: str | None) -> RenderedArticle:
    """The article file's body as plain text (saved in the cache, so the next opening is at once).

    For an article whose conversion ran past the time limit (reader/core/render/pool.py).
    """
    from reader.core.library.article import load_article
    from reader.core.render.convert import plain_text_page

    path = Path(source)
    stamp = file_stamp(path)
    page = plain_text_page(load_article(path).page_body)
    if cache_folder is not None and stamp is not None:
        PageCache(Path(cache_folder), version).put(path, page, stamp)
    return page
