"""Opening articles through the page cache: pieces parsed like one page, cache hits, background pass."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.render.cpu_budget import BackgroundGate, CpuBudget
from reader.core.render.page_cache import PageCache
from reader.core.render.pool import RenderPool
from reader.ui.appearance.theme import LIGHT
from reader.ui.reading.page_prerender import PagePrerenderer, on_battery
from reader.ui.reading.renderer import DocumentSettings, build_document, html_chunks
from reader.ui.window.main_window import MainWindow

SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"

PAGE = "\n".join(
    [
        '<h1 class="article-title">Title</h1>',
        '<p class="meta">Source: NCI</p>',
        "<hr/>",
        '<p>Intro with <a href="glossary:46356" class="glossary">a word</a>.</p>',
        *[
            f'<h2 id="s{i}">Section {i}</h2>\n<p>Text {i} <b>bold</b>.</p>\n'
            f"<ul>\n<li>one {i}</li>\n<li>two {i}</li>\n</ul>\n"
            f'<h3 id="t{i}">Table {i}</h3>\n<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td>'
            f"<td>{i}</td></tr>\n</table>\n<ol>\n<li>last item {i}</li>\n</ol>"
            for i in range(12)
        ],
    ]
)


def test_chunks_are_cut_before_headings_and_rejoin_to_the_page() -> None:
    chunks = html_chunks(PAGE, 300)
    assert len(chunks) > 3
    assert "\n".join(chunks) == PAGE
    assert all(chunk.startswith("<h") for chunk in chunks[1:])
    assert html_chunks(PAGE, len(PAGE)) == [PAGE]


def test_a_page_built_in_pieces_is_the_document_one_parse_makes(qtbot: QtBot) -> None:
    settings = DocumentSettings(LIGHT.article_css(150), QFont("Sans", 13), 24)
    whole = QTextDocument()
    whole.setDefaultStyleSheet(settings.stylesheet)
    whole.setDefaultFont(settings.font)
    whole.setDocumentMargin(settings.margin)
    whole.setHtml(PAGE)
    pieces = build_document(PAGE, settings, chunk_chars=300)
    assert pieces.toHtml() == whole.toHtml()
    assert pieces.blockCount() == whole.blockCount()
    assert build_document(PAGE, settings).toHtml() == whole.toHtml()


def test_the_window_opens_articles_from_the_page_cache(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    cache = PageCache(tmp_path / "pages")
    pool = RenderPool(cache, executor_factory=lambda: ThreadPoolExecutor(1))
    window.renderer.use_pages(pool)
    article = window.library.by_url(SEED_URL)
    assert article is not None
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    shown = window.view.toPlainText()
    assert "Immunotherapy for Breast Cancer" in shown
    assert cache.has(article.path), "the converted page was saved"

    def refuse(source: Path) -> None:
        raise AssertionError("converted again instead of using the saved page")

    pool.convert = refuse  # type: ignore[method-assign]
    window.renderer.clear()
    window.go_home()
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    assert window.view.toPlainText() == shown
    window.renderer.wait()


def test_the_background_pass_fills_the_cache_and_prunes_old_entries(
    qtbot: QtBot, library_dir: Path, tmp_path: Path
) -> None:
    library = Library.load([library_dir])
    cache = PageCache(tmp_path / "pages")
    cache.folder.mkdir(parents=True)
    stale = cache.folder / ("0" * 40 + ".json.z")
    stale.write_bytes(b"from an older version")
    prerenderer = PagePrerenderer(cache, pool_factory=thread_pool, gate=BackgroundGate.unlimited())
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        prerenderer.start(list(library), delay_ms=0)
    assert blocker.args == [len(library)]
    assert all(cache.has(article.path) for article in library)
    assert not stale.exists()
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        prerenderer.start(list(library), delay_ms=0)
    assert blocker.args == [0], "a second pass has nothing to do"
    prerenderer.stop()


def thread_pool(cache: PageCache) -> RenderPool:
    """A render pool converting on a thread (no process to start in tests)."""
    return RenderPool(cache, executor_factory=lambda: ThreadPoolExecutor(1))


def test_the_background_pass_waits_while_on_battery(qtbot: QtBot, library_dir: Path, tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "pages")
    battery = [True]
    gate = BackgroundGate(budget=None, idle_seconds=0, on_battery=lambda: battery[0], power_check_seconds=0)
    prerenderer = PagePrerenderer(cache, pool_factory=thread_pool, gate=gate)
    library = Library.load([library_dir])
    with qtbot.assertNotEmitted(prerenderer.finished, wait=1500):
        prerenderer.start(list(library), delay_ms=0)
    assert not any(cache.has(article.path) for article in library), "nothing converted on battery"
    battery[0] = False  # plugged in
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        pass
    assert blocker.args == [len(library)]
    prerenderer.stop()


def test_the_background_pass_waits_for_the_person_to_be_idle_and_the_window_to_be_seen(
    qtbot: QtBot, library_dir: Path, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    cache = PageCache(tmp_path / "pages")
    gate = BackgroundGate(budget=None, idle_seconds=0.6)
    prerenderer = PagePrerenderer(cache, pool_factory=thread_pool, gate=gate, window=window)
    library = Library.load([library_dir])
    prerenderer.start(list(library), delay_ms=0)
    for _ in range(6):  # someone typing: never idle for 0.6 s
        qtbot.keyClick(window, Qt.Key.Key_A)
        qtbot.wait(250)
        assert not any(cache.has(article.path) for article in library), "converted while the person typed"
    window.showMinimized()
    qtbot.wait(1200)  # idle now, but the window is minimised
    assert not any(cache.has(article.path) for article in library), "converted while minimised"
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        window.showNormal()
    assert blocker.args == [len(library)]
    prerenderer.stop()


def test_the_background_pass_keeps_to_its_cpu_budget(qtbot: QtBot, library_dir: Path, tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "pages")
    budget = CpuBudget(per_minute=60.0, burst=0.0)  # one CPU second per second of wall time at most
    charged: list[float] = []

    def costly(cache: PageCache) -> RenderPool:
        pool = thread_pool(cache)
        convert = pool.convert

        def convert_and_charge(source: Path) -> Any:
            page = convert(source)
            pool.cpu_seconds += 0.4  # as if each article took 0.4 s of CPU in the process
            charged.append(time.monotonic())
            return page

        pool.convert = convert_and_charge  # type: ignore[method-assign]
        return pool

    gate = BackgroundGate(budget=budget, idle_seconds=0)
    prerenderer = PagePrerenderer(cache, pool_factory=costly, gate=gate)
    library = Library.load([library_dir])
    assert len(library) >= 2
    with qtbot.waitSignal(prerenderer.finished, timeout=20000):
        prerenderer.start(list(library), delay_ms=0)
    gaps = [b - a for a, b in zip(charged, charged[1:], strict=False)]
    assert min(gaps) >= 0.3, f"articles were converted faster than the budget allows: {gaps}"
    assert budget.spent >= 0.4 * len(library)
    prerenderer.stop()


def test_on_battery_reads_the_mains_supply(tmp_path: Path) -> None:
    def supply(name: str, kind: str, online: str | None) -> None:
        folder = tmp_path / name
        folder.mkdir(parents=True)
        (folder / "type").write_text(kind + "\n")
        if online is not None:
            (folder / "online").write_text(online + "\n")

    assert not on_battery(tmp_path / "absent")
    supply("BAT0", "Battery", None)
    assert not on_battery(tmp_path), "no mains supply reported: unknown, so not on battery"
    supply("AC", "Mains", "0")
    assert on_battery(tmp_path)
    (tmp_path / "AC" / "online").write_text("1\n")
    assert not on_battery(tmp_path)


@pytest.mark.parametrize("failure", ["cannot start", "dies"])
def test_the_background_pass_converts_nothing_on_its_thread_when_its_process_fails(
    qtbot: QtBot,
    library_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    failure: str,
) -> None:
    """Without its process the pass stops: on its thread the converter would be imported for the first time
    (the GUI thread's job, see renderer.prepare_conversion) and long articles would hold the window's
    interpreter. Articles left out are converted when opened."""
    from concurrent.futures import Executor, Future
    from concurrent.futures.process import BrokenProcessPool

    import reader.core.render.pool as pool_module

    converted_here: list[object] = []
    monkeypatch.setattr(pool_module, "convert_file", lambda *args: converted_here.append(args))

    class Dies(Executor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
            future: Future = Future()
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
            return future

    def factory() -> Executor:
        if failure == "cannot start":
            raise OSError("no more processes")
        return Dies()

    cache = PageCache(tmp_path / "pages")
    prerenderer = PagePrerenderer(
        cache,
        pool_factory=lambda c: RenderPool(c, background=True, executor_factory=factory),
        gate=BackgroundGate.unlimited(),
    )
    library = Library.load([library_dir])
    with caplog.at_level(logging.INFO), qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        prerenderer.start(list(library), delay_ms=0)
    prerenderer.stop()
    assert converted_here == [], "converted on the pass's thread"
    assert blocker.args == [0]
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "converted when opened" in warnings[0], warnings
