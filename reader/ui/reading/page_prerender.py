"""Converts articles into the page cache in the background, so first opens come from the cache.

After the library is on screen (and a pause, and once the search index is no longer being built), a
worker lists the articles whose converted page is missing, largest first; a low-priority process
converts them one at a time. Each later start only checks file names (about 1,400 stats) and deletes
outdated entries. The work respects the machine (reader/core/render/cpu_budget.py): it runs only while
the person has not touched the app for a few seconds, the computer is plugged in and the window is on
screen, and then within a few CPU seconds per minute, as the conversion process measures its own CPU
time. It stops when the window closes and picks up where it stopped on the next start.

Before issue 20 the pass kept about one core busy for ~85 s after a first start with the 1,378-article
library (tests/bench/run.py --only cpu): fan noise and battery on a kiosk or an old laptop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.library.article import Article
from reader.core.render.cpu_budget import BackgroundGate, CpuBudget
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
    def __init__(
        self, paths: list[Path], pool: RenderPool, gate: BackgroundGate, stop: threading.Event, signals: _Signals
    ) -> None:
        super().__init__()
        self.paths, self.pool, self.gate, self.stop, self.signals = paths, pool, gate, stop, signals

    def _wait_for_gate(self) -> None:
        """Sleep while the person is busy, the window hidden, on battery or over budget (wakes on stop)."""
        while not self.stop.is_set():
            wait = self.gate.wait_seconds()
            if wait <= 0:
                return
            self.stop.wait(min(wait, 1.0))

    def run(self) -> None:
        done = 0
        for path in self.paths:
            self._wait_for_gate()
            if self.stop.is_set() or self.pool.broken:  # no process: pages convert when opened
                break
            before = self.pool.cpu_seconds
            try:
                self.pool.convert(path)
                done += 1
            except Exception as exc:  # a damaged article: it says so when opened
                log.info("Could not convert %s in the background (%s).", path, exc)
            finally:
                self.gate.spend(self.pool.cpu_seconds - before)
        self.pool.shutdown()
        self.signals.finished.emit(done)


_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})  # fmt: skip
_WINDOW_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange})


class _WindowWatcher(QObject):
    """Tells the gate about the person's input (anywhere in the app) and the window being seen."""

    def __init__(self, gate: BackgroundGate, window: QWidget | None, parent: QObject) -> None:
        super().__init__(parent)
        self.gate, self.window = gate, window
        self._app = QApplication.instance()
        if window is not None:
            gate.set_visible(window.isVisible() and not window.isMinimized())
        if self._app is not None:
            self._app.installEventFilter(self)

    def remove(self) -> None:
        """Stop watching (the pass is over)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note input and the window's visibility; never consumes an event."""
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.gate.input_seen()
        elif kind in _WINDOW_EVENTS and watched is self.window and self.window is not None:
            self.gate.set_visible(self.window.isVisible() and not self.window.isMinimized())
        return False


class PagePrerenderer(QObject):
    """Fills the page cache in the background; emits finished(count) when a pass ends."""

    finished = Signal(int)

    def __init__(
        self,
        cache: PageCache,
        parent: QObject | None = None,
        pool_factory: Callable[[PageCache], RenderPool] | None = None,
        battery_check: Callable[[], bool] = on_battery,
        gate: BackgroundGate | None = None,
        window: QWidget | None = None,
        others_busy: Callable[[], bool] = lambda: False,
    ) -> None:
        """gate: when work may run (default: idle, plugged in, window seen, CPU budget); window: the
        window whose visibility counts; others_busy: other background work (the index build) to wait for."""
        super().__init__(parent)
        self.cache = cache
        self._pool_factory = pool_factory or (lambda cache: RenderPool(cache, background=True))
        self.gate = gate or BackgroundGate(CpuBudget(), on_battery=battery_check)
        self._window = window
        self._others_busy = others_busy
        self._watcher: _WindowWatcher | None = None
        self._missing: list[Path] = []
        self._said_battery = False
        self._stop = threading.Event()
        self._pool: RenderPool | None = None
        self._paths: list[Path] = []
        self._threads = QThreadPool(self)
        self._threads.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.scanned.connect(self._on_scanned)
        self._signals.finished.connect(self._on_finished)

    def start(self, articles: list[Article], delay_ms: int = 5000) -> None:
        """Check (after delay_ms) which articles lack a converted page, and convert them."""
        self._paths = [article.path for article in articles]
        if self._watcher is None:
            self._watcher = _WindowWatcher(self.gate, self._window, self)
        QTimer.singleShot(delay_ms, self, self._scan)

    @Slot()
    def _scan(self) -> None:
        if self._stop.is_set():
            return
        if self._others_busy():  # one piece of background work at a time on a small machine
            QTimer.singleShot(2000, self, self._scan)
            return
        self._threads.start(_ScanJob(self._paths, self.cache, self._signals))

    @Slot(object)
    def _on_scanned(self, missing: list[Path]) -> None:
        if self._stop.is_set() or not missing:
            self._on_finished(0)
            return
        self._missing = missing
        self._begin()

    @Slot()
    def _begin(self) -> None:
        """Start the process and the job once the gate allows (the process costs CPU to start, too)."""
        if self._stop.is_set():
            return
        wait = self.gate.wait_seconds()
        if wait > 0:
            if self.gate.reason_to_wait() == "battery" and not self._said_battery:
                self._said_battery = True
                log.info("On battery power: converted pages are prepared once the computer is plugged in.")
            QTimer.singleShot(int(min(wait, 5.0) * 1000) + 1, self, self._begin)
            return
        self._pool = self._pool_factory(self.cache)
        self._pool.warm()  # on this thread: starting the process imports modules, a worker must not
        self._threads.start(_ConvertJob(self._missing, self._pool, self.gate, self._stop, self._signals))

    @Slot(int)
    def _on_finished(self, count: int) -> None:
        if self._watcher is not None:
            self._watcher.remove()
            self._watcher = None
        self.finished.emit(count)

    def stop(self) -> None:
        """Stop after the article being converted (used when the window closes)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.remove()
            self._watcher = None
        if self._pool is not None:
            self._pool.shutdown(kill=True, wait=True)  # background work: no need to finish the article
        self._threads.waitForDone()
