"""The render worker hands back plain data; every Qt document is made on the GUI thread, piece by piece."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.ui.appearance.theme import LIGHT
from reader.ui.reading import renderer as renderer_module
from reader.ui.reading.renderer import ArticleRenderer, DocumentSettings, SafeDocument, build_document
from tests.helpers import write_article

SETTINGS = DocumentSettings(LIGHT.article_css(150), QFont("Sans", 13), 24)


@pytest.fixture
def long_article(tmp_path: Path) -> Library:
    """A library of one article several times longer than one piece of HTML."""
    body = "\n\n".join(f"## Part {n}\n\n" + f"Words of part {n} to read. " * 60 for n in range(60))
    write_article(tmp_path / "lib", "long.md", "Long Article", "https://www.cancer.gov/long", body)
    return Library.load([tmp_path / "lib"])


def test_pages_become_documents_on_the_gui_thread_only(
    qtbot: QtBot, long_article: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_on: list[str] = []
    real = renderer_module._empty_document

    def spy(settings: DocumentSettings) -> SafeDocument:
        made_on.append(threading.current_thread().name)
        return real(settings)

    monkeypatch.setattr(renderer_module, "_empty_document", spy)
    ticks = [0]
    ticks_seen: list[int] = []
    real_step = renderer_module.DocumentAssembly.step

    def counting_step(self: renderer_module.DocumentAssembly) -> None:
        ticks_seen.append(ticks[0])
        real_step(self)

    monkeypatch.setattr(renderer_module.DocumentAssembly, "step", counting_step)
    tick = QTimer()
    tick.setInterval(0)
    tick.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    tick.start()
    renderer = ArticleRenderer()
    shown: list[tuple[str, object]] = []
    renderer.rendered.connect(lambda key, page: shown.append((key, renderer.take_document())))
    article = next(iter(long_article))
    try:
        with qtbot.waitSignal(renderer.rendered, timeout=10000):
            renderer.request(article, SETTINGS)
    finally:
        tick.stop()
        renderer.wait()
    assert made_on and set(made_on) == {threading.main_thread().name}, made_on
    [(key, document)] = shown
    assert key == article.key and isinstance(document, SafeDocument)
    assert document.thread() is QThread.currentThread()
    text = document.toPlainText()
    assert "Words of part 0 to read." in text and "Words of part 59 to read." in text
    assert len(ticks_seen) > 2  # a long page is parsed in pieces...
    assert ticks_seen == sorted(ticks_seen) and ticks_seen[-1] > ticks_seen[0]  # ...with the window's turns between


def test_a_newer_request_drops_the_page_still_being_parsed(
    qtbot: QtBot, long_article: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_article(tmp_path / "lib", "short.md", "Short Article", "https://www.cancer.gov/short", "Short text.")
    library = Library.load([tmp_path / "lib"])
    long = library.find("/long")
    short = library.find("/short")
    assert long is not None and short is not None
    renderer = ArticleRenderer()
    steps = [0]
    real_step = renderer_module.DocumentAssembly.step

    def step_then_switch(self: renderer_module.DocumentAssembly) -> None:
        real_step(self)
        steps[0] += 1
        if steps[0] == 2:  # the person opens another article while the long one is being parsed
            QTimer.singleShot(0, lambda: renderer.request(short, SETTINGS))

    monkeypatch.setattr(renderer_module.DocumentAssembly, "step", step_then_switch)
    shown: list[str] = []
    renderer.rendered.connect(lambda key, page: shown.append(key))
    with qtbot.waitSignal(renderer.rendered, timeout=10000):
        renderer.request(long, SETTINGS)
    renderer.wait()
    assert shown == [short.key]


def test_a_page_made_in_pieces_reads_the_same_as_one_parse(qtbot: QtBot, long_article: Library) -> None:
    from reader.core.render.convert import render_article

    html = render_article(next(iter(long_article))).html
    whole = SafeDocument()
    whole.setDefaultStyleSheet(SETTINGS.stylesheet)
    whole.setDefaultFont(SETTINGS.font)
    whole.setDocumentMargin(SETTINGS.margin)
    whole.setHtml(html)
    assert build_document(html, SETTINGS).toHtml() == whole.toHtml()


@pytest.mark.timeout(60)
def test_closing_while_the_conversion_process_starts_closes_at_once(
    qtbot: QtBot, long_article: Library, tmp_path: Path
) -> None:
    """The window closing (ArticleRenderer.wait) while the conversion process is still starting does not
    wait for the start (it was up to 60 s, then the article converted on the worker) and leaves no process."""
    import multiprocessing
    from concurrent.futures import Executor, ProcessPoolExecutor

    from reader.core.render.page_cache import PageCache
    from reader.core.render.pool import RenderPool

    def slow_to_start() -> Executor:  # its imports on a very busy machine
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(1, mp_context=spawn, initializer=time.sleep, initargs=(120.0,))

    pool = RenderPool(PageCache(tmp_path / "pages"), executor_factory=slow_to_start)
    renderer = ArticleRenderer()
    renderer.use_pages(pool)
    told: list[str] = []
    renderer.rendered.connect(lambda key, page: told.append("shown"))
    renderer.failed.connect(lambda key, reason: told.append(reason))

    def process_ids() -> set[int]:
        return set((getattr(pool._executor, "_processes", None) or {}).keys())

    renderer.request(next(iter(long_article)), SETTINGS)
    qtbot.waitUntil(lambda: bool(process_ids()), timeout=20000)
    started = process_ids()
    renderer.wait()  # the window's shut_down
    qtbot.wait(50)  # a late `rendered` or `failed` would come in now
    assert told == [], "the closing window was handed the stopped article"
    qtbot.waitUntil(lambda: not any(Path(f"/proc/{pid}").exists() for pid in started), timeout=10000)


def test_a_damaged_saved_page_is_converted_again_with_the_converter_imported_on_the_gui_thread(
    qtbot: QtBot, long_article: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk cache said it had the page, so the converter was not imported on the GUI thread; the entry
    was damaged, and the worker then made the converter's first import (PySide6's import hook is not safe
    for that on a worker). The miss goes back to the GUI thread first now, and the article still shows."""
    import importlib.abc
    import sys

    import reader.core.render
    from reader.core.render.page_cache import PageCache
    from reader.core.render.pool import RenderPool

    article = next(iter(long_article))
    cache = PageCache(tmp_path / "pages")
    entry = cache.entry_path(article.path)
    assert entry is not None
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"not a saved page")  # damaged: cut short, or another program's file
    watched = ("reader.core.render.convert", "reader.core.render.markdown_setup")
    for name in watched:  # as in the app, where a page from the cache imports neither
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delattr(reader.core.render, name.rpartition(".")[2], raising=False)
    first_import: dict[str, str] = {}

    class ImportWatch(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object, target: object = None) -> None:
            if name in watched:
                first_import.setdefault(name, threading.current_thread().name)

    monkeypatch.setattr(sys, "meta_path", [ImportWatch(), *sys.meta_path])
    renderer = ArticleRenderer()
    renderer.use_pages(RenderPool(cache, in_thread_below=1 << 30))  # converted in the renderer's worker
    try:
        with qtbot.waitSignal(renderer.rendered, timeout=10000) as shown:
            renderer.request(article, SETTINGS)
    finally:
        renderer.wait()
    assert shown.args is not None and "Words of part 59 to read." in shown.args[1].html
    assert first_import == dict.fromkeys(watched, threading.main_thread().name)
    assert cache.get(article.path) is not None, "the page was saved again"
