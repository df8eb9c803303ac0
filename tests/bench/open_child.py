"""Measuring process for tests/bench/run.py: article open times, GUI-thread blocking, peak memory.

Usage: open_child.py open|memory --library DIR --cache-dir DIR [--seed N] [--largest REL] [--repeats N]
Prints one JSON line. It builds the window as the app does (bundled seeds plus --library, catalog cache,
converted-page cache in --cache-dir/pages with the conversion process).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.files.locations import bundled_library
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache
from reader.core.render.cpu_budget import BackgroundGate
from reader.core.render.page_cache import PageCache
from reader.core.render.pool import RenderPool
from reader.core.settings.store import Settings
from reader.ui.library.loader import warm_up
from reader.ui.reading.page_prerender import PagePrerenderer
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow

HEARTBEAT_MS = 5


class OpenTimer(QObject):
    """Opens an article and measures request → painted, with a heartbeat for GUI-thread blocking."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__()
        self.app, self.window = app, window
        self.shown = False
        self.loop = QEventLoop()
        self.end = 0.0
        self.ticks: list[float] = []
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        window.articleShown.connect(self._on_shown)
        window.view.viewport().installEventFilter(self)

    def _on_shown(self, key: str) -> None:
        self.shown = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """After the article is shown, the next viewport paint ends the measurement (once it is done)."""
        if self.shown and self.end == 0.0 and event.type() == QEvent.Type.Paint:
            self.end = -1.0
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self.end = time.perf_counter()
        self.loop.quit()

    def settle(self, ms: int) -> float:
        """Let the event loop run for ms (Qt lays out the rest of a long page); the longest gap in it."""
        self.ticks = []
        self.heartbeat.start()
        start = time.perf_counter()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        self.heartbeat.stop()
        stamps = [start, *self.ticks, time.perf_counter()]
        return max(b - a for a, b in zip(stamps, stamps[1:], strict=False)) * 1000

    def open(self, key: str) -> tuple[float, float]:
        """Milliseconds from the open request to the painted article, and the longest heartbeat gap."""
        self.shown, self.end = False, 0.0
        self.ticks = []
        self.heartbeat.start()
        start = time.perf_counter()
        self.window.open_article(key)
        QTimer.singleShot(30_000, self.loop.quit)
        if self.end <= 0.0:
            self.loop.exec()
        self.heartbeat.stop()
        stamps = [start, *[t for t in self.ticks if start <= t <= self.end], self.end]
        gap = max(b - a for a, b in zip(stamps, stamps[1:], strict=False))
        return (self.end - start) * 1000, gap * 1000


def build(library_dir: Path, cache_dir: Path) -> tuple[QApplication, MainWindow, Library]:
    """The app's objects, as run_gui builds them, with the library loaded through the catalog cache."""
    app = QApplication(sys.argv[:1])
    warm_up()
    folders = [bundled_library(), library_dir]
    catalog_file = cache_dir / "catalog.json"
    Library.load(folders, catalog=CatalogCache(catalog_file))  # the cache exists, as after a first start
    library = Library.load(folders, catalog=CatalogCache(catalog_file))
    settings = Settings(Path(tempfile.mkdtemp(prefix="reader-bench-settings-")) / "settings.json")
    window = build_window(library, settings)
    window.remember_geometry = False
    window.renderer.use_pages(RenderPool(PageCache(cache_dir / "pages")))
    window.resize(1100, 760)
    window.show()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        app.processEvents()
    return app, window, library


def sample(library: Library, library_dir: Path, seed: int, count: int = 100) -> list[str]:
    """A fixed sample of corpus article keys: sorted by path, then drawn with a seeded generator."""
    corpus = sorted((a for a in library if library_dir in a.path.parents), key=lambda a: str(a.path))
    return [a.key for a in random.Random(seed).sample(corpus, min(count, len(corpus)))]


def key_of(library: Library, path: Path) -> str:
    """The key of the article at path."""
    return next(a.key for a in library if a.path == path)


def main() -> int:
    """Measure and print one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["open", "memory"])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--largest", default="")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    app, window, library = build(args.library, args.cache_dir)
    timer = OpenTimer(app, window)
    largest = key_of(library, args.library / args.largest)
    pages = window.renderer._pages
    assert pages is not None and pages.cache is not None
    if args.mode == "memory":
        entry = pages.cache.entry_path(library.get(largest).path)
        if entry is not None:
            entry.unlink(missing_ok=True)  # not converted yet: converted in the process
        timer.open(largest)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        pages.shutdown(wait=True)  # the process ends, so its peak is counted below
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(json.dumps({"peak_rss_kib": own, "conversion_process_peak_rss_kib": child}))
        return 0
    keys = sample(library, args.library, args.seed)
    big_path = library.get(largest).path

    def open_largest(converted: bool) -> tuple[list[float], list[float], list[float]]:
        opened, blocked, after = [], [], []
        for _ in range(args.repeats):
            window.renderer.clear()
            entry = pages.cache.entry_path(big_path)
            if not converted and entry is not None:
                entry.unlink(missing_ok=True)
            timer.settle(1500)  # the page before is laid out and gone
            elapsed, gap = timer.open(largest)
            after.append(timer.settle(1000))  # Qt lays out the rest of the page on the GUI thread
            opened.append(elapsed)
            blocked.append(gap)
            window.go_home()
        return opened, blocked, after

    # Nothing converted yet (a first start, before the background pass): converted on opening.
    first_cold = [timer.open(k)[0] for k in keys]
    again = [timer.open(k)[0] for k in keys[-20:]]  # the renderer keeps recent pages in memory
    big_cold_open, big_cold_block, _ = open_largest(converted=False)
    # After the background pass (the app runs it a few seconds after start): pages come from the cache.
    window.renderer.clear()
    for key in keys:
        entry = pages.cache.entry_path(library.get(key).path)
        if entry is not None:
            entry.unlink(missing_ok=True)  # so the background pass, not the opens above, made them
    # At full speed: the figure is what opening costs once the pages are prepared, not how soon they are.
    prerenderer = PagePrerenderer(pages.cache, window, gate=BackgroundGate.unlimited())
    loop = QEventLoop()
    prerenderer.finished.connect(loop.quit)
    prerenderer.start([library.get(k) for k in [*keys, largest]], delay_ms=0)
    loop.exec()
    first = [timer.open(k)[0] for k in keys]
    big_open, big_block, big_after = open_largest(converted=True)
    print(json.dumps({"first_open_ms": first, "first_open_unconverted_ms": first_cold, "cached_open_ms": again,
                      "largest_open_ms": big_open, "largest_block_ms": big_block,
                      "largest_block_layout_ms": big_after,
                      "largest_unconverted_open_ms": big_cold_open,
                      "largest_unconverted_block_ms": big_cold_block}))  # fmt: skip
    return 0


if __name__ == "__main__":
    # The conversion process (spawned) would otherwise run this script's imports (Qt and the window) as
    # its main module; started as `python -m reader`, the app's entry point is skipped there anyway.
    del sys.modules["__main__"].__file__
    raise SystemExit(main())
