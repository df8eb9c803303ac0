"""Converts articles into the page cache in the background, so first opens come from the cache.

After the library is on screen (and a pause), a worker lists the articles whose converted page is
missing, largest first; a low-priority process converts them one at a time. Each later start only checks
file names (about 1,400 stats) and deletes outdated entries. It does nothing on battery power, stops
when the window closes and picks up where it stopped on the next start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from reader.core.library.article import Article
from reader.core.render.page_cache import PageCache, file_stamp
from reader.core.render.pool import RenderPool

log = logging.getLogger(__name__)

POWER_SUPPLIES = Path("/sys/class/power_supply")


def on_battery(supplies: Path = POWER_SUPPLIES) -> bool:
    """True when the computer reports a mains supply and it is offline (False when unknown)."""
    try:
        entries = list(supplies.iterdir())
    except OSError:
        return False
    mains = []
    for entry in entries:
        try:
            if (entry / "type").read_text().strip() == "Mains":
                mains.append((entry / "online").read_text().strip() == "1")
        except OSError:
            continue
    return bool(mains) and not any(mains)


class _Signals(QObject):
    scanned = Signal(object)  # list of paths to convert, largest first
    finished = Signal(int)  # pages converted


class _ScanJob(QRunnable):
    def __init__(self, paths: list[Path], cache: PageCache, signals: _Signals) -> None:
        super().__init__()
        self.paths, self.cache, self.signals = paths, cache, signals

    def run(self) -> None:
        missing: list[tuple[int, Path]] = []
        keep: set[Path] = set()
        try:
            for path in self.paths:
                stamp = file_stamp(path)
                entry = self.cache.entry_path(path, stamp) if stamp is not None else None
                if entry is None:
                    continue
                keep.add(entry)
                if not entry.is_file():
                    missing.append((stamp[0] if stamp else 0, path))
            removed = self.cache.prune(keep)
            if removed:
                log.info("Deleted %d outdated converted pages.", removed)
        except Exception:  # the cache is an optimisation: never let it disturb the window
            log.exception("Checking the converted pages failed")
            missing = []
        missing.sort(key=lambda item: (-item[0], str(item[1])))
        self.signals.scanned.emit([path for _, path in missing])


class _ConvertJob(QRunnable):
    def __init__(self, paths: list[Path], pool: RenderPool, stop: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.paths, self.pool, self.stop, self.signals = paths, pool, stop, signals

    def run(self) -> None:
        done = 0
        for path in self.paths:
            if self.stop.is_set():
                break
            try:
                self.pool.convert(path)
                done += 1
            except Exception as exc:  # a damaged article: it says so when opened
                log.info("Could not convert %s in the background (%s).", path, exc)
        self.pool.shutdown()
        self.signals.finished.emit(done)


class PagePrerenderer(QObject):
    """Fills the page cache in the background; emits finished(count) when a pass ends."""

    finished = Signal(int)

    def __init__(
        self,
        cache: PageCache,
        parent: QObject | None = None,
        pool_factory: Callable[[PageCache], RenderPool] | None = None,
        battery_check: Callable[[], bool] = on_battery,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self._pool_factory = pool_factory or (lambda cache: RenderPool(cache, background=True))
        self._battery_check = battery_check
        self._stop = threading.Event()
        self._pool: RenderPool | None = None
        self._paths: list[Path] = []
        self._threads = QThreadPool(self)
        self._threads.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.scanned.connect(self._on_scanned)
        self._signals.finished.connect(self.finished)

    def start(self, articles: list[Article], delay_ms: int = 5000) -> None:
        """Check (after delay_ms) which articles lack a converted page, and convert them."""
        self._paths = [article.path for article in articles]
        QTimer.singleShot(delay_ms, self, self._scan)

    @Slot()
    def _scan(self) -> None:
        if self._stop.is_set():
            return
        if self._battery_check():
            log.info("On battery power: converted pages are not prepared in the background.")
            self.finished.emit(0)
            return
        self._threads.start(_ScanJob(self._paths, self.cache, self._signals))

    @Slot(object)
    def _on_scanned(self, missing: list[Path]) -> None:
        if self._stop.is_set() or not missing:
            self.finished.emit(0)
            return
        self._pool = self._pool_factory(self.cache)
        self._pool.warm()  # on this thread: starting the process imports modules, a worker must not
        self._threads.start(_ConvertJob(missing, self._pool, self._stop, self._signals))

    def stop(self) -> None:
        """Stop after the article being converted (used when the window closes)."""
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(kill=True)  # background work: no need to finish the article
        self._threads.waitForDone()
