"""Opening articles through the page cache: pieces parsed like one page, cache hits, background pass."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
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
    prerenderer = PagePrerenderer(
        cache,
        pool_factory=lambda c: RenderPool(c, executor_factory=lambda: ThreadPoolExecutor(1)),
        battery_check=lambda: False,
    )
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        prerenderer.start(list(library), delay_ms=0)
    assert blocker.args == [len(library)]
    assert all(cache.has(article.path) for article in library)
    assert not stale.exists()
    with qtbot.waitSignal(prerenderer.finished, timeout=10000) as blocker:
        prerenderer.start(list(library), delay_ms=0)
    assert blocker.args == [0], "a second pass has nothing to do"
    prerenderer.stop()


def test_the_background_pass_does_nothing_on_battery(qtbot: QtBot, library_dir: Path, tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "pages")
    prerenderer = PagePrerenderer(cache, battery_check=lambda: True)
    with qtbot.waitSignal(prerenderer.finished, timeout=5000) as blocker:
        prerenderer.start(list(Library.load([library_dir])), delay_ms=0)
    assert blocker.args == [0]
    assert not cache.folder.exists()


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
