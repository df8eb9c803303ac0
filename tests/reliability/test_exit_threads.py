"""The conversion process's managing thread has ended once the window has shut down.

On Python 3.11 the interpreter's exit hook for process pools writes to that thread's wake-up pipe without a
lock while the thread may be closing it: a kiosk ended by SIGTERM printed "OSError: Bad file descriptor" at
exit, now and then, under load. Waiting for the thread at shut-down leaves nothing to race."""

from __future__ import annotations

import concurrent.futures.process
import threading
from collections.abc import Callable
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
