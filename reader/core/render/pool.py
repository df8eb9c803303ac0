"""Markdown conversion in a separate process, so the window's interpreter stays free while it runs.

python-markdown is pure Python: on a worker thread of the window's process it holds the interpreter lock
for most of the conversion of a long article, and the window stops answering in between. A process of
its own has its own interpreter. The process starts on first use (or with warm()), never at start-up.

The process also holds the time limit: some hostile inputs (thousands of unclosed "[") would keep
python-markdown busy for hours, so a conversion still running after RENDER_TIME_LIMIT seconds is stopped
with its process, the article is shown (and cached) as plain text, and the next conversion starts a
new process. Every article not in the cache is converted there, small ones too, since a few kilobytes
of such input are enough.

If the process cannot start or dies, conversion falls back to the calling thread (without a time
limit) and the log says why, once. Background work (the pass that fills the cache) does not: its thread
is not where the converter may first be imported, and an article left out is converted when opened.

Whether the process is alive is the executor's to say: a process that dies, or that shutdown() ends,
fails every conversion waiting on it at once. The times only bound a process that is alive but stuck: its
start gets START_LIMIT, then each article RENDER_TIME_LIMIT from there (_outcome). Shutdown never waits
for a process that is still starting: it has done nothing yet, and a person closing the window expects it
to close at once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.library.article import Article, ArticleError
from reader.core.processes.interrupts import ignore_interrupts, interrupts_held
from reader.core.render.header import with_header
from reader.core.render.page import RenderedArticle
from reader.core.render.page_cache import PageCache, convert_file, file_stamp, plain_text_file

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

log = logging.getLogger(__name__)

#: Seconds one article may take to convert in the process before it is shown as plain text instead.
#: Real articles, the largest included, take a small fraction of this (see tests/bench/run.py).
RENDER_TIME_LIMIT = 10.0
#: Seconds a new process may take to start (imports included) before conversion gives up on processes.
#: The time limit above counts from the process's start: a start took over a second at load 11 on 2 cores,
#: and counted in the limit, a fine article was shown (and cached) as plain text.
START_LIMIT = 60.0


def pool_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean the pool itself failed (the article may be fine): convert here instead.

    (BrokenExecutor covers BrokenProcessPool: multiprocessing is imported only when a process starts,
    since a page from the cache needs none: ~15 ms of `--open X --screenshot`, -X importtime; and
    concurrent.futures only when an error is matched or a process starts, ~0.6 ms: issue 20.)
    """
    from concurrent.futures import BrokenExecutor

    return (BrokenExecutor, OSError, RuntimeError, EOFError, ImportError)


def _lower_priority() -> None:
    """Yield the processor to everything else (background work)."""
    try:
        os.nice(10)
    except OSError:
        pass


#: How often (seconds) a conversion process looks whether the reader that started it is still there.
PARENT_CHECK_SECONDS = 0.5


def _watch_parent(parent_pid: int) -> None:
    """End this process once the reader that started it is gone. A killed reader (SIGKILL) left its
    conversion process waiting on its task queue for good, and with it multiprocessing's resource
    tracker (walk 4): the process holds both ends of that queue's pipe, so it never sees the end."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(3)


def _start_process(parent_pid: int, background: bool) -> None:
    """Process initializer: ignore Ctrl+C (the reader decides), watch the reader (see _watch_parent);
    background work at a lower priority."""
    ignore_interrupts()
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="watch-reader", daemon=True).start()
    if background:
        _lower_priority()


def _ready() -> bool:
    return True


_start_reported = False


#: What a conversion in the process hands back: the page (or None), the reason when None, CPU seconds.
_Converted = tuple[RenderedArticle | None, str, float]


def _convert_task(source: str, folder: str | None, version: str | None) -> _Converted:
    """Runs in the process: the page (or the reason it could not be converted) and the CPU seconds used.

    The first task in a process also counts the process's start (imports), so a caller that keeps to a
    CPU budget (the background pass) counts everything the process cost.
    """
    global _start_reported
    before = time.process_time() if _start_reported else 0.0
    _start_reported = True
    try:
        page, problem = convert_file(source, folder, version), ""
    except ArticleError as exc:
        page, problem = None, str(exc)
    except Exception as exc:  # a converter bug on this article: report it like a damaged file
        page, problem = None, f"it could not be converted ({type(exc).__name__}: {exc})"
    return page, problem, time.process_time() - before


class RenderPool:
    """Converts article files in one separate process (started on first use); falls back to this one."""

    def __init__(
        self,
        cache: PageCache | None = None,
        background: bool = False,
        executor_factory: Callable[[], Executor] | None = None,
        in_thread_below: int = 0,
        time_limit: float | None = None,
    ) -> None:
        """in_thread_below: files smaller than this convert on the calling thread, without the time
        limit (tests use it to skip the process); time_limit: seconds (default RENDER_TIME_LIMIT);
        background: a process at a lower priority, and no converting on the calling thread when it fails."""
        self.cache = cache
        self.in_thread_below = in_thread_below
        self.time_limit = time_limit
        self.background = background
        self._factory = executor_factory or self._spawn_executor
        self._executor: Executor | None = None
        #: The executor and its first task (see _started).
        self._start: tuple[Executor, Future[bool]] | None = None
        self._broken = False
        self._closed = False
        self._lock = threading.Lock()
        #: CPU seconds spent converting so far (measured in the process, or on the calling thread).
        self.cpu_seconds = 0.0

    def _count_cpu(self, seconds: float) -> None:
        with self._lock:
            self.cpu_seconds += max(0.0, seconds)

    @property
    def closed(self) -> bool:
        """True once shutdown() was called: nothing more is converted."""
        return self._closed

    @property
    def broken(self) -> bool:
        """True once the process failed and conversion happens in this process instead."""
        return self._broken

    def _spawn_executor(self) -> Executor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn", not fork: the window's process has Qt threads, and a forked copy of them can hang.
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_process,
            initargs=(os.getpid(), self.background),
        )

    def _get_executor(self) -> Executor | None:
        with self._lock:
            if self._broken or self._closed:
                return None
            if self._executor is None:
                try:
                    self._executor = self._factory()
                except pool_errors() as exc:
                    self._fail(exc)
                    return None
            return self._executor

    def _started(self, executor: Executor) -> Future[bool]:
        """The executor's first task (submitted here once): done once its process has started."""
        with self._lock:
            if self._start is None or self._start[0] is not executor:
                self._start = (executor, executor.submit(_ready))
            return self._start[1]

    def _fail(self, exc: BaseException) -> None:
        if not self._broken and self.background:
            log.warning("Pages could not be prepared in a separate process (%s: %s); articles are converted "
                        "when opened instead.", type(exc).__name__, exc)  # fmt: skip
        elif not self._broken:
            log.warning(
                "Articles could not be converted in a separate process (%s: %s), so they are converted in "
                "the window's process instead. The window may pause briefly on very long articles.",
                type(exc).__name__,
                exc,
            )
        self._broken = True
        executor, self._executor, self._start = self._executor, None, None
        if executor is not None:
            try:
                executor.shutdown(wait=False, cancel_futures=True)
            except Exception:  # already broken: nothing more to release
                log.debug("Shutting down the broken conversion process failed", exc_info=True)

    def warm(self) -> None:
        """Start the process now (without waiting), so the first conversion does not pay for it."""
        executor = self._get_executor()
        if executor is None:
            return
        try:
            with interrupts_held():  # the first task starts the process
                self._started(executor)
        except pool_errors() as exc:
            with self._lock:
                self._fail(exc)

    def convert(self, source: Path) -> RenderedArticle:
        """The converted body of the article file (saved in the cache); blocks: call it off the GUI thread.

        An unreadable article raises ArticleError, as load_article does.
        """
        folder = str(self.cache.folder) if self.cache is not None else None
        version = self.cache.version if self.cache is not None else None
        executor = self._get_executor()
        if executor is None and self._closed:
            raise RuntimeError("the conversion process was stopped")
        if executor is not None:
            limit = self.time_limit if self.time_limit is not None else RENDER_TIME_LIMIT
            try:
                with interrupts_held():  # the first task starts the process
                    started = self._started(executor)
                    future = executor.submit(_convert_task, str(source), folder, version)
                page, problem, cpu = _outcome(started, future, limit)
            except TimeoutError:  # (before Exception: TimeoutError is an OSError, one of pool_errors())
                self._stop_stuck(executor, source, limit)
                self._count_cpu(limit)
                return plain_text_file(str(source), folder, version)
            except Exception as exc:  # the article's own problems come back as `problem`, not raised
                with self._lock:
                    replaced = executor is not self._executor  # stopped on purpose, not broken
                    closed = self._closed
                    if not replaced and not closed:
                        self._fail(exc)
                if closed:  # shut down while waiting: the window is closing, convert nothing here
                    raise RuntimeError("the conversion process was stopped") from exc
                if replaced:
                    return self.convert(source)  # in the new process
            else:
                self._count_cpu(cpu)
                if page is None:
                    raise ArticleError(problem)
                return page
        if self.background:  # see the module's docstring
            raise RuntimeError("there is no conversion process for background work")
        before = time.thread_time()
        try:
            return convert_file(str(source), folder, version)
        finally:
            self._count_cpu(time.thread_time() - before)

    def _stop_stuck(self, executor: Executor, source: Path, limit: float) -> None:
        """End the process that is stuck on one article; the next conversion starts a new one."""
        log.warning("Converting %s took over %g s; it is shown as plain text", source, limit)
        with self._lock:
            if self._executor is executor:
                self._executor = self._start = None
        _terminate(executor)

    def needs_process(self, article: Article) -> bool:
        """True when opening article will convert it in the process (not in the cache)."""
        stamp = file_stamp(article.path)
        if stamp is None or stamp[0] < self.in_thread_below:
            return False
        return self.cache is None or not self.cache.has(article.path)

    def saved_page_for(self, article: Article) -> RenderedArticle | None:
        """The whole page when the disk cache has its body, else None; imports no converter (see page_for)."""
        body = self.cache.get(article.path) if self.cache is not None else None
        return with_header(article, body) if body is not None else None

    def page_for(self, article: Article) -> RenderedArticle:
        """The whole page: the body from the cache, or converted (large ones in the process) and saved."""
        stamp = file_stamp(article.path)
        if stamp is None:  # not a file on disk (or gone): convert what is in memory
            from reader.core.render.convert import render_article  # (not needed for a page from the cache)

            return render_article(article)
        body = self.cache.get(article.path) if self.cache is not None else None
        if body is None and stamp[0] < self.in_thread_below:
            folder = str(self.cache.folder) if self.cache is not None else None
            body = convert_file(str(article.path), folder, self.cache.version if self.cache else None)
        elif body is None:
            body = self.convert(article.path)
        return with_header(article, body)

    def shutdown(self, kill: bool = False, wait: bool = False) -> None:
        """Stop the process (waiting work is dropped; with kill, the conversion running now too; a process
        still starting is always ended, never waited for). A conversion waiting on it raises RuntimeError.
        With wait, return once the executor's own thread has ended: at the app's exit that must be so,
        because on Python 3.11 the interpreter's exit hook can write to that thread's wake-up pipe while the
        thread closes it ("OSError: Bad file descriptor" printed at exit, seen after a kiosk's SIGTERM)."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
            start, self._start = self._start, None
        if executor is None:
            return
        starting = start is not None and start[0] is executor and not start[1].done()
        if kill or starting:
            _terminate(executor, wait)
        else:
            executor.shutdown(wait=wait, cancel_futures=True)


def _outcome(started: Future[bool], future: Future[_Converted], limit: float) -> _Converted:
    """The conversion's result, once its process has started (up to START_LIMIT: RuntimeError, the process
    failed) and then within limit seconds (TimeoutError: the article is stuck). A process that died or
    was ended raises at once (BrokenProcessPool)."""
    try:
        started.result(START_LIMIT)
    except TimeoutError as exc:  # not the article's time: the process itself failed
        raise RuntimeError(f"the conversion process did not start in {START_LIMIT:g} s") from exc
    return future.result(limit)


def _terminate(executor: Executor, wait: bool = False) -> None:
    """Stop the executor's processes now, the conversion running in them too."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()
    executor.shutdown(wait=wait, cancel_futures=True)
