"""The search index that ships with the app for its bundled library, so a first start needs no build.

packaging/build.py builds it into the bundle's ``prebuilt-index/`` with `write_prebuilt`, next to a
record of exactly which articles it covers. At run time `open_search_index` uses it, read-only, when
the person has no index of their own yet and the library is exactly those articles; otherwise the
usual index in the user's cache folder is used (and built there by the caller's update()).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from reader.core.files.locations import bundled_library
from reader.core.library.catalog import Library
from reader.core.search.build import INDEX_FORMAT
from reader.core.search.index import IndexStatus, Progress, SearchIndex, Stage, UpdateReport

log = logging.getLogger(__name__)

PREBUILT_DIR = "prebuilt-index"
COVERS_FILE = "covers.json"


def prebuilt_dir() -> Path:
    """Where a bundle keeps its prebuilt index: beside the bundled library (it may not exist)."""
    return bundled_library().parent / PREBUILT_DIR


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def library_contents(library: Library, root: Path) -> dict[str, str] | None:
    """{path relative to root: sha256} of every article, or None when one lies outside root."""
    contents: dict[str, str] = {}
    root = root.resolve()
    for article in library:
        try:
            relative = article.path.resolve().relative_to(root)
            contents[relative.as_posix()] = _digest(article.path)
        except (ValueError, OSError):
            return None
    return contents


class PrebuiltSearchIndex(SearchIndex):
    """The shipped index: searched as it is and never updated (it covers the library exactly)."""

    def _open_current(self) -> None:
        super()._open_current()
        status = self._status
        if status.state == "read_only":  # read-only by design here, not a problem worth telling
            self._status = IndexStatus(
                "ready", f"Search is ready ({status.documents} articles).", status.documents
            )

    def update(
        self,
        library: Library,
        progress: Progress | None = None,
        rebuild: bool = False,
        parallel: bool | None = None,
        stage: Stage | None = None,
    ) -> UpdateReport:
        """Nothing to do: open_search_index only chooses this index when it covers the library."""
        return UpdateReport(skipped=True)


def is_lock_file(path: Path) -> bool:
    """True for the lock files a build leaves in an index folder (Whoosh's MAIN_WRITELOCK, our
    update.lock): empty leftovers, never part of what is shipped."""
    return path.name.endswith(("WRITELOCK", ".lock"))


def index_files(target: Path) -> list[Path]:
    """Every file of a built index folder that belongs to the index (lock files left out), sorted."""
    return sorted(p for p in target.rglob("*") if p.is_file() and not is_lock_file(p))


def write_prebuilt(folder: Path, target: Path) -> int:
    """Build the index of the articles in folder into target, with the record of what it covers."""
    library = Library.load([folder])
    index = SearchIndex(target)
    try:
        report = index.update(library, rebuild=True, parallel=False)
        if not index.status().searchable:
            raise RuntimeError(f"the prebuilt index could not be built: {report.message}")
        documents = index.status().documents
    finally:
        index.close()
    # A read-only copy is only ever searched: the writer's lock files would ship as stray empty files.
    for path in target.rglob("*"):
        if path.is_file() and is_lock_file(path):
            path.unlink()
    contents = library_contents(library, folder)
    assert contents is not None  # every article was loaded from folder
    record = {"format": INDEX_FORMAT, "articles": contents}
    (target / COVERS_FILE).write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    return documents


def prebuilt_covers(library: Library, prebuilt: Path, root: Path) -> bool:
    """True when the prebuilt index was made by this version for exactly this library's articles."""
    try:
        record = json.loads((prebuilt / COVERS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(record, dict) or record.get("format") != INDEX_FORMAT:
        return False
    articles = record.get("articles")
    if not isinstance(articles, dict) or len(articles) != len(library):
        return False  # the usual case when folders were added: no need to read any file
    return library_contents(library, root) == articles


def open_search_index(
    library: Library, cache_dir: Path, prebuilt: Path | None = None, bundled: Path | None = None
) -> SearchIndex:
    """The index to search: the person's own when it is ready, else the shipped one when it fits.

    The caller then calls update(library) as always: it builds the person's own index in their cache
    folder, and does nothing on the shipped one.
    """
    own = SearchIndex.open(cache_dir)
    if own.status().state == "ready":
        return own
    prebuilt = prebuilt if prebuilt is not None else prebuilt_dir()
    bundled = bundled if bundled is not None else bundled_library()
    if not (prebuilt / COVERS_FILE).is_file() or not prebuilt_covers(library, prebuilt, bundled):
        return own
    shipped = PrebuiltSearchIndex.open(prebuilt)
    if not shipped.status().searchable:
        log.warning("The prebuilt search index cannot be used: %s", shipped.status().message)
        shipped.close()
        return own
    own.close()
    log.info("Searching the prebuilt index in %s", prebuilt)
    return shipped
