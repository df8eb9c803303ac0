"""Searching several indexes as one: prebuilt, read-only indexes (a pack's, the bundle's) plus the
person's own index in the cache folder for every other article.

A prebuilt index covers exactly the articles of one folder. Each article of the library that is one
of those, unchanged (same place, same size), is searched from the prebuilt index and never indexed
again; every other article (the person's own folders, a changed file) goes into the person's own index,
which update() keeps in line as before. A prebuilt document whose article the library does not show
(another folder has an article with the same address first, or the file changed) is hidden.

All the parts are opened as one Whoosh searcher over the segments of all of them, so BM25F counts
documents, document frequencies and field lengths over everything: an article scores the same whether
it came from a pack, another pack or the person's folder (tests/bench/combined_search_bench.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.search.build import INDEX_FORMAT
from reader.core.search.index import (
    CURRENT,
    IndexPart,
    IndexStatus,
    OutdatedIndexError,
    Progress,
    SearchIndex,
    Stage,
    UpdateReport,
    open_part,
)
from reader.core.search.prebuilt import COVERS_FILE
from reader.core.search.synonyms import SynonymTable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexSource:
    """A prebuilt index that is never written to, and the folder of exactly the articles it covers."""

    name: str
    #: A folder laid out like a SearchIndex cache folder (it holds ``index/CURRENT``).
    index_dir: Path
    articles_dir: Path
    #: Every covered article: path relative to articles_dir (with /) -> size in bytes.
    sizes: Mapping[str, int]

    def generation(self) -> Path | None:
        """The index generation folder CURRENT names, or None when there is none."""
        root = self.index_dir / "index"
        try:
            name = (root / CURRENT).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None
        return root / name

    def usable(self, library: Iterable[Article]) -> list[Article]:
        """The library's articles that this index holds as they are (same file, same size)."""
        found = []
        for article in library:
            try:
                relative = article.path.relative_to(self.articles_dir).as_posix()
            except ValueError:
                continue
            size = self.sizes.get(relative)
            if size is None:
                continue
            try:
                if article.path.stat().st_size != size:
                    continue
            except OSError:
                continue
            found.append(article)
        return found


def read_covers(index_dir: Path) -> dict[str, str] | None:
    """{relative path: sha256} of the articles a prebuilt index covers, or None when the record is
    missing, damaged or made by another version of the index."""
    try:
        record = json.loads((index_dir / COVERS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != INDEX_FORMAT:
        return None
    articles = record.get("articles")
    if not isinstance(articles, dict) or not all(isinstance(v, str) for v in articles.values()):
        return None
    return {str(k): v for k, v in articles.items()}


def checked_source(name: str, index_dir: Path, articles_dir: Path) -> IndexSource | None:
    """A source for a prebuilt index whose covered files are read and checked against their SHA-256
    (for small libraries, such as the bundled one); None when it does not fit."""
    covers = read_covers(index_dir)
    if covers is None:
        return None
    sizes = {}
    for relative, digest in covers.items():
        path = articles_dir / relative
        try:
            data = path.read_bytes()
        except OSError:
            continue  # not there any more: its document is hidden
        if hashlib.sha256(data).hexdigest() == digest:
            sizes[relative] = len(data)
    return IndexSource(name, index_dir, articles_dir, sizes)


def _hide(part: IndexPart, keep: frozenset[str]) -> int:
    """Mark, in memory only, the documents of a read-only part whose key is not kept; returns how many.

    The index files are never written: Whoosh's segment object holds the set of deleted documents,
    and every reader of it (postings, stored fields, counts) leaves them out.
    """
    reader = part.ix.reader()
    hidden = 0
    for leaf, _offset in reader.leaf_readers():
        segment = leaf.segment() if hasattr(leaf, "segment") else None
        if segment is None:
            continue
        for raw in list(leaf.lexicon("key")):
            key = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if key in keep:
                continue
            for docnum in leaf.postings("key", raw).all_ids():
                segment.delete_document(docnum)
                hidden += 1
        leaf.__dict__.pop("deleted_docs_set", None)  # a cached_property: read again with the hidden ones
    part.reader = reader
    return hidden


class CombinedSearchIndex(SearchIndex):
    """The person's own index plus prebuilt sources, searched as one (see the module's docstring)."""

    def __init__(
        self,
        cache_dir: Path,
        sources: Sequence[IndexSource] = (),
        synonyms: SynonymTable | None = None,
        lock_timeout: float = 2.0,
    ) -> None:
        super().__init__(cache_dir, synonyms, lock_timeout)
        self.sources = list(sources)
        #: Per source name, the keys to search from it (None: all, before the library is known).
        self._keep: dict[str, frozenset[str] | None] = {s.name: None for s in self.sources}
        self._broken: set[str] = set()
        self._local_ix: Any = None
        self._local_generation: int | None = None

    @classmethod
    def open_with(
        cls,
        cache_dir: Path,
        sources: Sequence[IndexSource],
        synonyms: SynonymTable | None = None,
        lock_timeout: float = 2.0,
    ) -> CombinedSearchIndex:
        """Open the person's index and the sources (building nothing): search works at once when a
        source is there, before update() has looked at the library."""
        index = cls(cache_dir, sources, synonyms, lock_timeout)
        with index._lock:
            index._open_current()
        return index

    # Opening -----------------------------------------------------------------------------------------

    def _open_current(self) -> None:
        """(Re)open the person's index and every source in use as one searcher; never raises."""
        self._drop_searcher()
        self._local_ix = None
        self._local_generation = None
        generation, stamp = self._read_current()
        self._current_stamp, self._generation, self._manifest = stamp, generation, None
        parts: list[IndexPart] = []
        local = "missing"
        if generation is not None:
            try:
                part = open_part(generation)
                parts.append(part)
                self._manifest = part.manifest
                self._local_ix = part.ix
                self._local_generation = part.ix.latest_generation()
                local = "read_only" if part.readonly else "ready"
            except OutdatedIndexError:
                local = "outdated"
            except Exception as exc:
                log.warning("Search index at %s cannot be used: %s", generation, exc)
                local = "damaged"
        for source in self.sources:
            if source.name in self._broken or self._keep.get(source.name) == frozenset():
                continue
            opened = self._open_source(source)
            if opened is not None:
                parts.append(opened)
        if not parts:
            self._set_local_status(local)
            return
        try:
            documents = self._compose(parts)
        except Exception as exc:
            log.warning("The search indexes cannot be used together: %s", exc)
            self._drop_searcher()
            self._set_local_status("damaged")
            return
        if local == "read_only":
            self._status = IndexStatus(
                "read_only",
                "The search index cannot be updated because its folder is read-only; "
                "results come from the index as it is and may miss recent changes.",
                documents,
            )
        else:
            self._status = IndexStatus("ready", f"Search is ready ({documents} articles).", documents)

    def _open_source(self, source: IndexSource) -> IndexPart | None:
        generation = source.generation()
        try:
            if generation is None:
                raise OSError("it has no index")
            part = open_part(generation, readonly=True)
        except Exception as exc:  # an outdated or damaged source: its articles go to the own index
            log.warning("The search index of %s cannot be used: %s", source.name, exc)
            self._broken.add(source.name)
            return None
        keep = self._keep.get(source.name)
        if keep is not None:
            _hide(part, keep)
        return part

    def _set_local_status(self, local: str) -> None:
        messages = {
            "missing": "Search is being prepared: the index has not been built yet.",
            "outdated": "The search index was made by another version of the reader and has to be rebuilt.",
            "damaged": "The search index is damaged and has to be rebuilt; "
            "search is not available until then.",
        }
        self._status = IndexStatus(local, messages.get(local, messages["damaged"]))

    def _refresh_if_changed(self) -> None:
        """Reopen when the person's index was swapped or changed (the sources never change)."""
        _, stamp = self._read_current()
        if stamp != self._current_stamp or (self._searcher is None and self._status.searchable):
            self._open_current()
        elif self._local_ix is not None and self._local_ix.latest_generation() != self._local_generation:
            self._open_current()

    # Updating ----------------------------------------------------------------------------------------

    def update(
        self,
        library: Library,
        progress: Progress | None = None,
        rebuild: bool = False,
        parallel: bool | None = None,
        stage: Stage | None = None,
    ) -> UpdateReport:
        """Search each source's unchanged articles from it; index the rest in the person's own index."""
        broken = set(self._broken)
        report = self._update_parts(library, progress, rebuild, parallel, stage)
        if self._broken != broken:  # a source could not be opened after all: index its articles here
            report = self._update_parts(library, progress, rebuild, parallel, stage)
        return report

    def _update_parts(self, library: Library, progress: Progress | None, rebuild: bool,
                      parallel: bool | None, stage: Stage | None) -> UpdateReport:  # fmt: skip
        covered: set[str] = set()
        keep: dict[str, frozenset[str] | None] = {}
        for source in self.sources:
            if source.name in self._broken:
                keep[source.name] = frozenset()
                continue
            keys = frozenset(a.key for a in source.usable(library) if a.key not in covered)
            keep[source.name] = keys
            covered |= keys
        loose = Library.of(a for a in library if a.key not in covered)
        with self._lock:
            changed, self._keep = keep != self._keep, keep
            if self._generation is None and not len(loose) and not rebuild:  # nothing of the person's own
                if changed or not self._status.searchable:
                    self._open_current()
                if self._status.searchable:
                    return UpdateReport(message="The search index is up to date.")
        # SearchIndex.update opens everything again (with the new choice) before and after its work.
        return super().update(loose, progress, rebuild, parallel, stage)
