"""Loads the library on a worker thread, so the window appears before 1,378 files are read."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from reader.core.library.article import decode, parse_article
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache

log = logging.getLogger(__name__)

_SAMPLE = (
    b"\xef\xbb\xbf---\ntitle: Warm up\nlastReviewed: 2020-01-02\ntags: [a, b]\n---\n# Warm up\n\nText.\n"
)
#: Front matter in the plain form, which is read without PyYAML.
_PLAIN_SAMPLE = b"\xef\xbb\xbf---\ntitle: Warm up\ntags:\n- a\n---\n# Warm up\n\nText.\n"


def warm_up() -> None:
    """Parse a tiny article (with front matter that needs YAML) on this (GUI) thread, so the worker
    imports nothing.

    PySide6's import hook is not safe on a worker thread: a first import there can crash the app.
    """
    parse_article(decode(_SAMPLE), Path("warm-up.md"))


def warm_up_plain() -> None:
    """Parse a tiny article whose front matter needs no YAML on this (GUI) thread (codecs and the like
    are imported on first use), so a worker that reads only such files imports nothing."""
    parse_article(decode(_PLAIN_SAMPLE), Path("warm-up.md"))


#: How long the worker waits for the GUI thread to import the parser before it goes on without.
PARSER_WAIT_SECONDS = 10.0


def parser_imported() -> bool:
    """True once the front-matter parser (python-frontmatter, PyYAML) has been imported."""
    return "reader.core.library.front_matter" in sys.modules


#: While a library loads, the articles read so far are listed first after this long, then each time the
#: time spent has doubled (0.2, 0.4, 0.8 s...): a first start reads every file (4-6 s under load for the
#: 1,378-article corpus, issue 20) and a person sees the list fill instead of an empty window.
FIRST_LISTING_SECONDS = 0.1


#: No list of the articles read so far when the rest is expected sooner than this: filling the browser
#: then cost ~40 ms of both threads for a list replaced a moment later (timeline of a first start, issue 20).
LAST_LISTING_SECONDS = 0.2


def worth_listing(elapsed: float, read: int, found: int) -> bool:
    """True when, at this pace, reading the rest of the files found takes LAST_LISTING_SECONDS or more."""
    return read <= 0 or elapsed * (found - read) / read >= LAST_LISTING_SECONDS


class _Signals(QObject):
    done = Signal(object)  # Library
    listed = Signal(object)  # Library: the articles read so far (not yet paired with twins)
    parserWanted = Signal()  # a file's front matter needs YAML: import the parser on the GUI thread


#: Front matter known without reading the files (from library packs): see CatalogCache.know.
Known = Callable[[], Mapping[str, tuple[int, dict[str, Any]]]]


class _LoadJob(QRunnable):
    def __init__(
        self,
        folders: list[Path],
        catalog_file: Path | None,
        signals: _Signals,
        parser_ready: threading.Event,
        known: Known | None = None,
    ) -> None:
        super().__init__()
        self.folders, self.catalog_file, self.signals = folders, catalog_file, signals
        self.parser_ready = parser_ready
        self.known = known

    def _want_parser(self) -> None:
        if not self.parser_ready.is_set():
            self.signals.parserWanted.emit()
            if not self.parser_ready.wait(PARSER_WAIT_SECONDS):
                log.warning("The front-matter parser was not loaded in time; reading the library goes on")
                self.parser_ready.set()

    def run(self) -> None:
        catalog = CatalogCache(self.catalog_file) if self.catalog_file is not None else None
        if catalog is not None and self.known is not None:
            try:
                catalog.know(self.known())
            except Exception:  # the files are read as usual
                log.exception("Reading the library packs' catalogs failed")
        try:
            library = Library(self.folders)
            library.read(self._listing(library), catalog=catalog, before_yaml=self._want_parser)
        except Exception:  # Library.load never raises for a file; this is a bug, so load without the cache
            log.exception("Loading the library through the catalog cache failed")
            library = Library(self.folders)
            library.read(before_yaml=self._want_parser)
        self.signals.done.emit(library)

    def _listing(self, library: Library) -> Callable[[int, Path], None]:
        """Library.read's progress: now and then, hand over the articles accepted so far."""
        start = time.monotonic()
        due = FIRST_LISTING_SECONDS

        def progress(count: int, _path: Path) -> None:
            nonlocal due
            elapsed = time.monotonic() - start
            if elapsed >= due and library.articles:
                due = 2 * elapsed
                if worth_listing(elapsed, count, library.files_found):
                    self.signals.listed.emit(Library.of(list(library.articles)))

        return progress


class LibraryLoader(QObject):
    """Loads folders (through the catalog cache, told what library packs know) off the GUI thread;
    emits listed(Library) with the articles read so far while a load takes long, then loaded(Library)."""

    loaded = Signal(object)
    listed = Signal(object)

    def __init__(self, folders: list[Path], catalog_file: Path | None, parent: QObject | None = None,
                 known: Known | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._folders = list(folders)
        self._catalog_file = catalog_file
        self._known = known
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self.loaded)
        self._signals.listed.connect(self.listed)
        self._signals.parserWanted.connect(self._import_parser)
        self._parser_ready = threading.Event()

    def start(self) -> None:
        """Start loading.

        The YAML front-matter parser is imported only when a file's front matter needs it (most are read
        without it, see simple_front_matter.py): on a second start PyYAML and python-frontmatter cost
        ~0.1 s of the GUI thread's time for nothing (python -X importtime of `--open X --screenshot`,
        issue 20), and on a first start the loading thread waited for that import.
        """
        warm_up_plain()
        if parser_imported():
            self._parser_ready.set()
        job = _LoadJob(self._folders, self._catalog_file, self._signals, self._parser_ready, self._known)
        self._pool.start(job)

    @Slot()
    def _import_parser(self) -> None:
        """Import the parser here, on the GUI thread, and let the worker go on."""
        warm_up()
        self._parser_ready.set()

    def wait(self) -> None:
        """Wait for the worker (used on shutdown)."""
        self._pool.waitForDone()
