"""The converted-page cache and the conversion process: stale and damaged entries, fallbacks, no network."""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
import zlib
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from reader.core.library.article import ArticleError, load_article
from reader.core.render.convert import render_article
from reader.core.render.page_cache import PageCache, convert_file
from reader.core.render.pool import RenderPool
from tests.helpers import write_article

BODY = "# Side effects\n\nSee [fatigue](/publications/dictionaries/cancer-terms/def/fatigue).\n\n## Rest\n\nSleep.\n"


def make_article(folder: Path, body: str = BODY, name: str = "a.md") -> Path:
    return write_article(folder, name, title="Side effects", url="https://www.cancer.gov/x/side", body=body)


def test_a_saved_page_comes_back_the_same(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    cache = PageCache(tmp_path / "pages")
    page = convert_file(str(source), str(cache.folder), cache.version)
    again = cache.get(source)
    assert again == page
    assert "fatigue" in again.html and [h.text for h in again.headings] == ["Rest"]
    assert [g.term_id for g in again.glossary] == ["fatigue"]


def test_an_entry_is_stale_once_the_file_changes(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    cache = PageCache(tmp_path / "pages")
    pool = RenderPool(cache, in_thread_below=1 << 30)
    assert "Sleep." in pool.page_for(load_article(source)).html
    make_article(tmp_path / "lib", body=BODY.replace("Sleep.", "Walk a little."))
    os.utime(source, ns=(1, 1))  # even a change within the same clock tick shows in size or ctime
    assert cache.get(source) is None
    page = pool.page_for(load_article(source))
    assert "Walk a little." in page.html and "Sleep." not in page.html


def test_a_damaged_entry_is_ignored_deleted_and_rebuilt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_article(tmp_path / "lib")
    cache = PageCache(tmp_path / "pages")
    convert_file(str(source), str(cache.folder), cache.version)
    entry = cache.entry_path(source)
    assert entry is not None and entry.is_file()
    for damage in (b"not compressed at all", zlib.compress(b'{"format": "cancer-reader-page"'),
                   zlib.compress(b'{"format": "cancer-reader-page", "version": 1, "page": {}}')):  # fmt: skip
        entry.write_bytes(damage)
        with caplog.at_level(logging.INFO):
            assert cache.get(source) is None
        assert not entry.exists()
        assert "converting the article again" in caplog.text
        page = RenderPool(cache, in_thread_below=1 << 30).page_for(load_article(source))
        assert "Sleep." in page.html
        assert cache.get(source) == cache.get(source) is not None  # rebuilt and readable


def test_another_converter_version_does_not_use_old_entries(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    convert_file(str(source), str(tmp_path / "pages"), "old")
    assert PageCache(tmp_path / "pages", "old").get(source) is not None
    assert PageCache(tmp_path / "pages", "new").get(source) is None


def test_prune_keeps_only_current_entries(tmp_path: Path) -> None:
    keep_source = make_article(tmp_path / "lib", name="keep.md")
    gone_source = make_article(tmp_path / "lib", name="gone.md")
    cache = PageCache(tmp_path / "pages")
    for source in (keep_source, gone_source):
        convert_file(str(source), str(cache.folder), cache.version)
    (cache.folder / "notes.txt").write_text("not ours")
    entry = cache.entry_path(keep_source)
    assert entry is not None
    assert cache.prune({entry}) == 1
    assert cache.get(keep_source) is not None and cache.get(gone_source) is None
    assert (cache.folder / "notes.txt").exists()


def test_a_page_is_not_saved_when_the_file_changed_while_converting(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    cache = PageCache(tmp_path / "pages")
    page = render_article(load_article(source))
    assert cache.put(source, page, (0, 0, 0)) is None
    assert not cache.folder.exists() or not any(cache.folder.iterdir())


def test_the_page_has_todays_header_and_the_cached_body(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    pool = RenderPool(PageCache(tmp_path / "pages"), in_thread_below=1 << 30)
    article = load_article(source)
    assert pool.page_for(article) == render_article(article)
    assert pool.page_for(article) == render_article(article)  # second time from the cache


def test_large_articles_convert_in_a_separate_process(tmp_path: Path, no_network: list[str]) -> None:
    source = make_article(tmp_path / "lib", body=BODY * 50)
    cache = PageCache(tmp_path / "pages")
    pool = RenderPool(cache, in_thread_below=0)
    try:
        assert pool.needs_process(load_article(source))
        page = pool.page_for(load_article(source))
    finally:
        pool.shutdown()
    assert not pool.broken, "the process converted it"
    assert page == render_article(load_article(source))
    assert cache.get(source) is not None, "the process saved it in the cache"
    assert not pool.needs_process(load_article(source))
    assert no_network == []


class _BrokenExecutor(Executor):
    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future: Future = Future()
        future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return future


@pytest.mark.parametrize("failure", ["cannot start", "dies"])
def test_pool_failure_falls_back_to_this_process_with_a_plain_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, failure: str
) -> None:
    def factory() -> Executor:
        if failure == "cannot start":
            raise OSError("no more processes")
        return _BrokenExecutor()

    source = make_article(tmp_path / "lib", body=BODY * 50)
    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=factory, in_thread_below=0)
    with caplog.at_level(logging.WARNING):
        first = pool.page_for(load_article(source))
        pool.convert(source)
    assert pool.broken
    assert first == render_article(load_article(source))
    messages = [r.getMessage() for r in caplog.records if r.name == "reader.core.render.pool"]
    assert len(messages) == 1, "said once"
    assert "converted in the window's process instead" in messages[0]


def test_a_bad_article_is_reported_without_giving_up_the_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"---\ntitle: [unclosed\n---\nText\n")
    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=lambda: ThreadPoolExecutor(1))
    try:
        with pytest.raises(ArticleError):
            pool.convert(bad)
        assert not pool.broken
    finally:
        pool.shutdown()


def test_a_stopped_pool_converts_nothing_more(tmp_path: Path) -> None:
    source = make_article(tmp_path / "lib")
    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=lambda: ThreadPoolExecutor(1))
    pool.shutdown()
    with pytest.raises(RuntimeError):
        pool.convert(source)


def _worker_pids(pool: RenderPool) -> set[int]:
    executor = pool._executor
    return set((getattr(executor, "_processes", None) or {}).keys())


@pytest.mark.timeout(60)
def test_a_conversion_past_the_time_limit_ends_its_process_and_shows_plain_text(tmp_path: Path) -> None:
    # Unclosed brackets make python-markdown quadratic: this takes minutes, the limit is one second.
    hostile = make_article(tmp_path / "lib", body="Hello [" + "[" * 20_000, name="brackets.md")
    fine = make_article(tmp_path / "lib", name="fine.md")
    other = make_article(tmp_path / "lib", name="other.md")
    cache = PageCache(tmp_path / "pages")
    pool = RenderPool(cache, time_limit=1.0)
    try:
        pool.warm()
        first = pool.page_for(load_article(fine))
        stuck_pids = _worker_pids(pool)
        page = pool.page_for(load_article(hostile))
        assert "shown here as plain text" in page.html and "Hello [[[" in page.html.replace("\u200b", "")
        assert cache.get(hostile) is not None, "the plain text is cached, so it is not tried again"
        assert not pool.broken, "a slow article is not a broken process"
        again = pool.page_for(load_article(other))  # converted by a new process
        assert _worker_pids(pool).isdisjoint(stuck_pids), "the stuck process was ended"
    finally:
        pool.shutdown(kill=True)
    assert "Sleep." in first.html and again == first


@pytest.mark.timeout(60)
def test_the_time_limit_counts_from_the_start_of_the_process(tmp_path: Path) -> None:
    """A process slow to start (its imports took over a second at load 11 on 2 cores) does not use up the
    article's time: the article is converted, not shown (and cached) as plain text."""
    fine = make_article(tmp_path / "lib", name="fine.md")

    def slow_to_start() -> Executor:
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(1, mp_context=spawn, initializer=time.sleep, initargs=(2.0,))

    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=slow_to_start, time_limit=1.0)
    try:
        page = pool.page_for(load_article(fine))
    finally:
        pool.shutdown(kill=True, wait=True)
    assert "Sleep." in page.html and "shown here as plain text" not in page.html


def test_the_time_limit_lives_in_the_process_not_in_threads() -> None:
    # Raising exceptions inside threads through ctypes can leave a library half-way through its work.
    reader = Path(__file__).resolve().parents[2] / "reader"
    assert not (reader / "core" / "render" / "time_limit.py").exists()
    assert [p.name for p in reader.rglob("*.py") if "PyThreadState_SetAsyncExc" in p.read_text()] == []


def _slow_to_start() -> Executor:
    """A conversion process whose start takes two minutes (its imports, on a very busy machine)."""
    spawn = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(1, mp_context=spawn, initializer=time.sleep, initargs=(120.0,))


def _gone(pids: set[int], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(Path(f"/proc/{pid}").exists() for pid in pids)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("kill", "wait"), [(False, True), (True, True), (False, False)])
def test_shutting_down_does_not_wait_for_a_process_still_starting(
    tmp_path: Path, kill: bool, wait: bool
) -> None:
    """Closing the window while the conversion process starts: shutdown ends the process rather than
    waiting for its start (up to a minute), and the conversion waiting on it stops without converting
    the article in its own thread. (Before, shutdown(wait=True) waited out the whole start.)"""
    import threading

    fine = make_article(tmp_path / "lib", name="fine.md")
    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=_slow_to_start)
    outcome: list[object] = []

    def convert() -> None:
        try:
            outcome.append(pool.convert(fine))
        except Exception as exc:
            outcome.append(exc)

    converting = threading.Thread(target=convert)
    converting.start()
    deadline = time.monotonic() + 20
    while not _worker_pids(pool) and time.monotonic() < deadline:
        time.sleep(0.05)
    pids = _worker_pids(pool)
    assert pids, "the process was started"
    pool.shutdown(kill=kill, wait=wait)
    converting.join(20)
    assert not converting.is_alive(), "the conversion still waits for the process"
    [result] = outcome
    assert isinstance(result, RuntimeError) and "stopped" in str(result), result
    assert not pool.broken, "a process ended on purpose is not a broken one"
    assert _gone(pids), "the conversion process is still there"
