"""Hostile article content in the real window: nothing runs, loads or reads anything; no freeze."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.core.render.page_cache import PageCache
from reader.core.render.pool import RenderPool
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.renderer import SafeDocument, build_document
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article
from tests.reliability.conftest import Heartbeat

SECRET = "TOP-SECRET-PATIENT-NOTE"
PIXEL = (  # a valid 1x1 PNG as a data: URL, which QTextDocument would otherwise decode itself
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def hostile_body(secret_file: Path) -> str:
    """Every trick an article could try, in Markdown and raw HTML."""
    return f"""Start of the article.

<script>document.title = "{SECRET}"</script>

<iframe src="https://evil.example/frame"></iframe>

<img src="http://tracker.example/pixel.png">
<img src="file://{secret_file}">
<img src="{secret_file}">

<div style="background: url(file://{secret_file})">styled</div>
<style>body {{ background: url(http://tracker.example/bg.png) }}</style>
<link rel="stylesheet" href="file://{secret_file}">

![tracking pixel](http://tracker.example/pixel.png)
![local file](file://{secret_file})
![relative]({secret_file.name})

[run me](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file://{secret_file})
[relative]({secret_file.name}) [vb](vbscript:msgbox) [spaced]( javascript:alert(1))

<a href="javascript:alert(1)">raw link</a>

End of the article.
"""


def _open(qtbot: QtBot, window: MainWindow, title: str, timeout: int = 20000) -> None:
    article = next(a for a in window.library if a.title == title)
    with qtbot.waitSignal(window.articleShown, timeout=timeout):
        window.open_article(article.key)


def _anchors(document: QTextDocument) -> list[str]:
    hrefs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


def _image_count(document: QTextDocument) -> int:
    count = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            count += it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()
    return count


@pytest.fixture
def resource_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, object]]:
    """Every ArticleView.loadResource call: (kind, url, what it returned)."""
    calls: list[tuple[int, str, object]] = []
    original = ArticleView.loadResource

    def spy(self: ArticleView, kind: int, url: QUrl | str) -> object:
        result = original(self, kind, url)
        calls.append((int(kind), url.toString() if isinstance(url, QUrl) else str(url), result))
        return result

    original_doc = SafeDocument.loadResource

    def spy_doc(self: SafeDocument, kind: int, url: QUrl) -> object:
        result = original_doc(self, kind, url)
        calls.append((int(kind), url.toString(), result))
        return result

    monkeypatch.setattr(ArticleView, "loadResource", spy)
    monkeypatch.setattr(SafeDocument, "loadResource", spy_doc)
    return calls


def test_hostile_article_runs_loads_and_reads_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    resource_calls: list,
    no_network: list,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    write_article(tmp_path / "lib", "hostile.md", "Hostile", "/hostile", hostile_body(secret))
    window = make_window(tmp_path / "lib")
    _open(qtbot, window, "Hostile")
    document = window.view.document()
    text = document.toPlainText()
    assert "Start of the article." in text and "End of the article." in text
    assert "<script>" in text  # shown as text, not run
    assert SECRET not in text.replace(f'"{SECRET}"', "")  # only the script's own source text
    assert SECRET not in window.windowTitle()
    assert resource_calls == []  # nothing even asked for
    assert _image_count(document) == 0
    assert "Picture: tracking pixel" in text
    assert all(h.startswith(("https://", "http://", "glossary:", "drug:", "#", "mailto:")) for h in _anchors(document))
    assert not any(
        word in h for h in _anchors(document) for word in ("javascript", "data:", "file:", "vbscript")
    )


def _secret_picture(tmp_path: Path) -> Path:
    """A real 300x200 PNG: Qt reads a picture file by itself when a document gives it nothing usable."""
    path = tmp_path / "secret.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def _refused(result: object) -> bool:
    """What loadResource may hand back: empty bytes, or a blank 1x1 picture."""
    if isinstance(result, QByteArray):
        return result.isEmpty()
    return isinstance(result, QImage) and result.size() == QSize(1, 1)


def _kept_nothing(document: QTextDocument, url: str) -> bool:
    """True when the document holds no picture bigger than the blank one for url."""
    kept = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    return kept is None or _refused(kept)


def test_view_refuses_resources_even_if_raw_html_got_through(
    qtbot: QtBot, tmp_path: Path, resource_calls: list, no_network: list
) -> None:
    """Defence in depth: hand the view raw hostile HTML directly; it loads nothing."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    picture = _secret_picture(tmp_path)
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_html(
        f'<p>x</p><img src="{PIXEL}"><img src="file://{secret}"><img src="http://tracker.example/p.png">'
        f'<img src="{picture}"><img src="file://{picture}">'
        f'<img src="{secret}"><link rel="stylesheet" href="file://{secret}">'
        f'<table background="file://{secret}"><tr><td>cell</td></tr></table>'
        f'<script>document.write("{SECRET}")</script>'
    )
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint, so images would be fetched now if they ever were
    assert resource_calls, "the spy saw no request at all: the test would prove nothing"
    assert all(_refused(r) for _, _, r in resource_calls)
    requested = {url for _, url, _ in resource_calls}
    assert f"file://{secret}" in requested and PIXEL in requested and str(picture) in requested
    assert SECRET not in view.document().toPlainText()
    for url in requested:  # what the document keeps: nothing (Qt reads picture files itself on None)
        assert _kept_nothing(view.document(), url), url
    assert view.document().size().height() < 200, "the 200-pixel secret picture was laid out"


def test_documents_built_off_screen_load_nothing(qtbot: QtBot, tmp_path: Path, resource_calls: list) -> None:
    """The worker thread's prebuilt documents refuse resources too (Qt would read files on its own)."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    picture = _secret_picture(tmp_path)
    view = ArticleView()
    qtbot.addWidget(view)
    html = (
        f'<p>x</p><img src="{PIXEL}"><img src="file://{secret}"><img src="http://tracker.example/p.png">'
        f'<img src="{picture}"><img src="file://{picture}">'
    )
    document = build_document(html, view.document_settings())
    view.show_html(html, "", document)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    requested = {url for _, url, _ in resource_calls}
    assert f"file://{secret}" in requested and PIXEL in requested and str(picture) in requested
    for url in requested:
        assert _kept_nothing(view.document(), url), url
    assert view.document().size().height() < 200, "the 200-pixel secret picture was laid out"


def test_clicking_blocked_links_does_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    write_article(tmp_path / "lib", "a.md", "A", "/a", "Text.")
    window = make_window(tmp_path / "lib")
    _open(qtbot, window, "A")
    shown = window.view.toHtml()
    for href in (
        "javascript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "vbscript:x",
        "secret.txt",
    ):
        with qtbot.assertNotEmitted(window.articleShown), qtbot.assertNotEmitted(window.glossaryRequested):
            window.view.linkRequested.emit(href)
        assert window.notice.isHidden()
        assert window.view.toHtml() == shown


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("name", "body", "expect"),
    [
        (
            "table",
            "| n | a | b |\n|---|---|---|\n" + "".join(f"| {i} | x | y |\n" for i in range(2000)),
            "1999",
        ),
        ("nested list", "".join("    " * i + f"- level {i}\n" for i in range(200)), "level 0"),
        ("nested quotes", "".join(">" * i + f" quote {i}\n\n" for i in range(1, 200)), "quote 199"),
        ("long line", "word " * 200_000, "word"),
    ],
)
def test_huge_structures_open_without_freezing_the_window(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    heartbeat: Heartbeat,
    name: str,
    body: str,
    expect: str,
) -> None:
    write_article(tmp_path / "lib", "big.md", "Big", "/big", body)
    window = make_window(tmp_path / "lib")
    heartbeat.start()
    _open(qtbot, window, "Big")
    working = heartbeat.stop()  # laying out the page is the GUI thread's own work: count its CPU time
    assert expect in window.view.document().toPlainText()
    assert working < 4.0, f"{name}: the window froze for {working:.2f} s of its own work"


@pytest.mark.timeout(60)
def test_article_that_would_take_hours_to_lay_out_is_shown_as_plain_text(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    heartbeat: Heartbeat,
) -> None:
    """Unclosed brackets make python-markdown quadratic or worse: 50,000 of them would take hours."""
    write_article(tmp_path / "lib", "brackets.md", "Brackets", "/brackets", "Hello [" + "[" * 50_000)
    write_article(tmp_path / "lib", "next.md", "Next", "/next", "The *next* article.")
    window = make_window(tmp_path / "lib")
    pool = RenderPool(PageCache(tmp_path / "pages"), time_limit=1.0)  # the conversion process, as in the app
    window.renderer.use_pages(pool)
    heartbeat.start()
    _open(qtbot, window, "Brackets", timeout=15000)
    heartbeat.stop()
    text = window.view.document().toPlainText()
    assert "shown here as plain text" in text and "Hello [[[" in text.replace("\u200b", "")
    # The danger here is the window waiting on the conversion: wall time, not the GUI thread's CPU time.
    assert heartbeat.longest_wait < 1.5, f"the window froze for {heartbeat.longest_wait:.2f} s"
    _open(qtbot, window, "Next", timeout=5000)  # the worker is free again
    assert "The next article." in window.view.document().toPlainText()
    pool.shutdown(kill=True)
