"""The conversion process's managing thread has ended once the window has shut down.

On Python 3.11 the interpreter's exit hook for process pools writes to that thread's wake-up pipe without a
lock while the thread may be closing it: a kiosk ended by SIGTERM printed "OSError: Bad file descriptor" at
exit, now and then, under load. Waiting for the thread at shut-down leaves nothing to race."""

from __future__ import annotations

import concurrent.futures.process
import multiprocessing
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.render.page_cache import PageCache
from reader.core.render.pool import RenderPool
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article


def _pool_threads() -> list[threading.Thread]:
    manager = concurrent.futures.process._ExecutorManagerThread  # noqa: SLF001 (what the exit hook wakes)
    return [t for t in threading.enumerate() if isinstance(t, manager) and t.is_alive()]


def test_shutting_down_the_window_ends_the_conversion_pools_thread(
    qtbot: QtBot, tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    write_article(tmp_path / "lib", "a.md", "Alpha", "/alpha", "# Alpha\n\nSome *words*.\n")
    window = make_window(tmp_path / "lib")
    before = set(_pool_threads())
    window.renderer.use_pages(RenderPool(PageCache(tmp_path / "pages")))
    article = next(a for a in window.library if a.title == "Alpha")
    with qtbot.waitSignal(window.articleShown, timeout=20000):
        window.open_article(article.key)
    assert set(_pool_threads()) - before, "the article was not converted in the conversion process"
    window.shut_down()
    assert set(_pool_threads()) - before == set()


def _slow_start() -> None:
    time.sleep(120)  # a conversion process that starts very slowly, as under heavy load


def test_shutting_down_does_not_wait_for_a_conversion_process_still_starting(
    qtbot: QtBot, tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    """A kiosk's watchdog's SIGTERM came while the page's conversion process was starting: the window
    waited for its start (up to 60 s) and its page, which nobody would see, and ran on past the watchdog's
    patience (tests/reliability/test_kiosk_processes.py under load 8-9). The process is stopped instead."""
    write_article(tmp_path / "lib", "a.md", "Alpha", "/alpha", "# Alpha\n\nSome *words*.\n")
    window = make_window(tmp_path / "lib")
    before = set(_pool_threads())
    children_before = set(multiprocessing.active_children())

    def slow_executor() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_slow_start)  # fmt: skip

    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=slow_executor)
    window.renderer.use_pages(pool)
    article = next(a for a in window.library if a.title == "Alpha")
    window.open_article(article.key)
    qtbot.waitUntil(lambda: bool(set(multiprocessing.active_children()) - children_before), timeout=20000)
    ours = set(multiprocessing.active_children()) - children_before
    started = time.monotonic()
    window.shut_down()
    assert time.monotonic() - started < 30, "the window waited for the conversion process to start"
    assert set(_pool_threads()) - before == set()
    assert not any(child.is_alive() for child in ours)
