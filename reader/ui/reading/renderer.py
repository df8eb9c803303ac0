"""Turns articles into HTML on a worker thread, and the HTML into a QTextDocument on the GUI thread.

The worker makes only plain data: the converted page (Markdown conversion takes 2 s for the 1.1 MB
article) and its HTML cut into pieces. Qt objects are made on the GUI thread, which owns them: a
QTextDocument built on a worker and moved over took Qt's and Python's locks in two threads at once
(a rare hang). Qt's HTML parsing (0.3 s for the 1.1 MB article) runs one piece per event-loop turn,
so the window still answers while a long page is parsed. Recent pages' HTML is cached.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QTextCursor, QTextDocument, QTextDocumentFragment

from reader.core.library.article import Article
from reader.core.render.page import RenderedArticle

if TYPE_CHECKING:
    from reader.core.render.pool import RenderPool

log = logging.getLogger(__name__)

#: (article key, file change time, file, twin path, language twin): the page's title block shows the twins,
#: so a page is cached per version of them (they are known only once the whole library is read).
CacheKey = tuple[str, int, str, str, tuple[str, str]]
#: Turns a converted page into the page shown (e.g. survival sections folded); pure, runs on a worker.
PageFilter = Callable[[Article, RenderedArticle], RenderedArticle]


@dataclass(frozen=True)
class DocumentSettings:
    """What a new document needs from the view: stylesheet, font and margin (read on the GUI thread)."""

    stylesheet: str
    font: QFont
    margin: float


def refused_resource(kind: int) -> QImage | QByteArray:
    """What a document gets instead of any image, style sheet or file it asks for.

    Not None and not empty bytes: for an image Qt would then read the file named in src itself (it
    does, for a local path or file: URL). A blank 1x1 picture ends the search.
    """
    if kind == QTextDocument.ResourceType.ImageResource:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return QByteArray()


class SafeDocument(QTextDocument):
    """A text document that never loads anything: no files, no network, no images."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Load nothing (see refused_resource)."""
        return refused_resource(kind)


#: Qt parses HTML on the GUI thread, so long pages are parsed in pieces of about this many characters,
#: one per event-loop turn: the window gets a turn in between.
CHUNK_CHARS = 32 * 1024
_SECTION_START = re.compile(r"\n(?=<h[1-6][ >])")  # headings are never nested in the converter's HTML


def html_chunks(html: str, size: int = CHUNK_CHARS) -> list[str]:
    """html cut before headings into pieces of at least size characters (one piece when it is short)."""
    if len(html) <= size:
        return [html]
    chunks: list[str] = []
    current: list[str] = []
    length = 0
    for section in _SECTION_START.split(html):
        current.append(section)
        length += len(section)
        if length >= size:
            chunks.append("\n".join(current))
            current, length = [], 0
    if current:
        chunks.append("\n".join(current))
    return chunks


def _empty_document(settings: DocumentSettings) -> SafeDocument:
    document = SafeDocument()
    document.setDefaultStyleSheet(settings.stylesheet)
    document.setDefaultFont(settings.font)
    document.setDocumentMargin(settings.margin)
    return document


class DocumentAssembly:
    """A document made from a page's HTML pieces (html_chunks), one piece per step(), on the GUI thread.

    The pieces are parsed one by one and appended: the result is the same document as one setHtml()
    would make (tests compare them), and the window gets a turn between pieces.
    """

    def __init__(self, pieces: list[str], settings: DocumentSettings) -> None:
        self.settings = settings
        self.document: SafeDocument | None = None
        self._pieces = list(pieces)
        self._next = 0

    @property
    def finished(self) -> bool:
        """True when every piece is in the document."""
        return self._next >= len(self._pieces)

    def step(self) -> None:
        """Parse the next piece into the document."""
        chunk = self._pieces[self._next]
        self._next += 1
        if self.document is None:
            self.document = _empty_document(self.settings)
            self.document.setHtml(chunk)
            return
        part = _empty_document(self.settings)
        part.setHtml(chunk)
        first = part.begin()  # a heading: the new block takes its format, as setHtml would give it
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(first.blockFormat(), first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(part))

    def discard(self) -> None:
        """Drop the unfinished document."""
        if self.document is not None:
            self.document.deleteLater()
            self.document = None


def build_document(html: str, settings: DocumentSettings, chunk_chars: int = CHUNK_CHARS) -> SafeDocument:
    """A document holding html, styled as the view would style it (on the thread that will use it)."""
    assembly = DocumentAssembly(html_chunks(html, chunk_chars), settings)
    while not assembly.finished:
        assembly.step()
    assert assembly.document is not None  # html_chunks gives at least one piece
    return assembly.document


def prepare_conversion() -> None:
    """Import the Markdown and front-matter converters on this (GUI) thread, so a worker imports nothing.

    They are left out of start-up; PySide6's import hook is not safe for a first import on a worker.
    """
    import reader.core.library.front_matter  # noqa: F401
    import reader.core.render.convert  # noqa: F401
    import reader.core.render.markdown_setup  # noqa: F401
    import reader.core.render.page_cache  # noqa: F401


def render_article(article: Article) -> RenderedArticle:
    """The whole page converted here, with no page cache (prepare_conversion imported the converter)."""
    from reader.core.render.convert import render_article as convert

    return convert(article)


class _Signals(QObject):
    done = Signal(int, object, object, object)  # token, cache key, RenderedArticle or Exception, HTML pieces


#: What a job that may only read the disk cache hands back when the page is not there after all.
NOT_SAVED = object()


class _RenderJob(QRunnable):
    """Converts (or fetches) a page on a worker; hands back plain data only, never a Qt object."""

    def __init__(
        self,
        token: int,
        cache_key: CacheKey,
        article: Article,
        page: RenderedArticle | None,
        pieces: bool,
        signals: _Signals,
        pages: RenderPool | None = None,
        page_filter: PageFilter | None = None,
        saved_only: bool = False,
    ) -> None:
        """saved_only: take the page from the disk cache or hand back NOT_SAVED, never convert (the GUI
        thread did not prepare_conversion)."""
        super().__init__()
        self.token, self.cache_key, self.article, self.signals = token, cache_key, article, signals
        self.page, self.pieces, self.pages = page, pieces, pages
        self.page_filter = page_filter
        self.saved_only = saved_only

    def run(self) -> None:
        pieces: list[str] | None = None
        try:
            if self.page is not None:
                result: object = self.page
            elif self.pages is not None and self.saved_only:
                result = self.pages.saved_page_for(self.article) or NOT_SAVED  # damaged, changed or gone
            elif self.pages is not None:
                result = self.pages.page_for(self.article)  # disk cache, else the conversion process
            else:
                result = render_article(self.article)
            if self.pieces and isinstance(result, RenderedArticle):
                shown = self.page_filter(self.article, result) if self.page_filter else result
                pieces = html_chunks(shown.html)
        except Exception as exc:  # reported to the window, which tells the person
            if self.pages is not None and self.pages.closed:  # the window is closing (ArticleRenderer.wait)
                log.debug("Stopped converting %s: the window is closing", self.article.path)
            else:
                log.exception("Could not show %s", self.article.path)
            result = exc
        self.signals.done.emit(self.token, self.cache_key, result, pieces)


class ArticleRenderer(QObject):
    """Renders on a worker thread; emits rendered(key, RenderedArticle) for the latest request only."""

    rendered = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, cache_size: int = 24, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._cache: OrderedDict[CacheKey, RenderedArticle] = OrderedDict()
        self._cache_size = cache_size
        self._token = 0
        self._document: QTextDocument | None = None
        self._pages: RenderPool | None = None
        self._filter: PageFilter | None = None
        self._requested: Article | None = None
        self._settings: DocumentSettings | None = None
        self._assembly: tuple[int, CacheKey, RenderedArticle, DocumentAssembly] | None = None
        self._assemble_timer = QTimer(self)  # one piece of HTML parsed per event-loop turn
        self._assemble_timer.setSingleShot(True)
        self._assemble_timer.setInterval(0)
        self._assemble_timer.timeout.connect(self._assemble)

    def set_page_filter(self, page_filter: PageFilter | None) -> None:
        """Show pages through page_filter (the cache keeps them as converted)."""
        self._filter = page_filter

    @property
    def pages(self) -> RenderPool | None:
        """The converted-page pool in use (use_pages), or None."""
        return self._pages

    def use_pages(self, pages: RenderPool | None) -> None:
        """Take converted pages from pages' disk cache and convert the others in its process."""
        self._pages = pages

    def _needs_converters(self, article: Article) -> bool:
        """False when the article's page is in the disk cache: then no converter is imported (python-markdown
        and PyYAML cost ~0.1-0.2 s of CPU on the GUI thread, -X importtime of `--open X --screenshot`)."""
        pages = self._pages
        return pages is None or pages.cache is None or pages.broken or not pages.cache.has(article.path)

    @staticmethod
    def _cache_key(article: Article) -> CacheKey:
        try:
            stamp = article.path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        return article.key, stamp, str(article.path), article.twin_path, article.language_twin

    def request(self, article: Article, settings: DocumentSettings | None = None) -> None:
        """Render an article; a request still in flight is dropped when a newer one is made.

        With settings, a ready document is built too: take it with take_document() on `rendered`.
        """
        self._token += 1
        self._drop_document()
        self._requested = article
        self._settings = settings
        key = self._cache_key(article)
        page = self._cache.get(key)
        saved_only = False
        if page is not None:
            self._cache.move_to_end(key)
            if settings is None:
                self.rendered.emit(article.key, self._shown(article, page))
                return
        elif self._needs_converters(article):
            self._prepare_conversion(article)
        else:
            saved_only = True  # a miss after all comes back here first (_on_done)
        self._start_job(key, article, page, saved_only)

    def _prepare_conversion(self, article: Article) -> None:
        """Here, on the GUI thread: the converters' first imports and the conversion process's start (which
        imports modules too), so the worker that converts imports nothing."""
        prepare_conversion()
        if self._pages is not None and self._pages.needs_process(article):
            self._pages.warm()

    def _start_job(self, key: CacheKey, article: Article, page: RenderedArticle | None, saved_only: bool) -> None:
        self._pool.start(
            _RenderJob(self._token, key, article, page, self._settings is not None, self._signals, self._pages,
                       self._filter, saved_only)
        )  # fmt: skip

    def _shown(self, article: Article, page: RenderedArticle) -> RenderedArticle:
        return self._filter(article, page) if self._filter is not None else page

    def take_document(self) -> QTextDocument | None:
        """The document built for the page just emitted (once), or None."""
        document, self._document = self._document, None
        return document

    def _drop_document(self) -> None:
        """Forget a document built or being built for an older request."""
        if self._assembly is not None:
            self._assembly[3].discard()
            self._assembly = None
        if self._document is not None:
            self._document.deleteLater()
            self._document = None

    def _on_done(self, token: int, key: CacheKey, result: object, pieces: object) -> None:
        if result is NOT_SAVED:  # the saved page was damaged, or the file changed or went since request()
            if token == self._token and self._requested is not None:
                self._prepare_conversion(self._requested)
                self._start_job(key, self._requested, None, saved_only=False)
            return
        if isinstance(result, RenderedArticle):
            self._cache[key] = result
            self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        if token != self._token:
            return
        if not isinstance(result, RenderedArticle):
            self.failed.emit(key[0], str(result))
        elif isinstance(pieces, list) and pieces and self._settings is not None:
            self._assembly = (token, key, result, DocumentAssembly(pieces, self._settings))
            self._assemble()
        else:
            self._emit(key, result)

    def _assemble(self) -> None:
        """Parse the next piece of the page being built; show the page when all are in."""
        if self._assembly is None:
            return
        token, key, page, assembly = self._assembly
        if token != self._token:  # a newer request came meanwhile
            self._drop_document()
            return
        assembly.step()
        if not assembly.finished:
            self._assemble_timer.start()
            return
        self._assembly = None
        self._document = assembly.document
        self._emit(key, page)

    def _emit(self, key: CacheKey, page: RenderedArticle) -> None:
        article = self._requested
        self.rendered.emit(key[0], self._shown(article, page) if article is not None else page)
        if self._document is not None:  # nobody took it
            self._document.deleteLater()
            self._document = None

    def clear(self) -> None:
        """Forget cached pages (the theme or library changed)."""
        self._cache.clear()

    def wait(self) -> None:
        """Stop the conversion process, the article converting in it too, then wait for the running job
        (used on shutdown): the window is closing, nobody will read that article, and its job would wait for
        the process (its start, then up to the time limit)."""
        self._token += 1  # what the stopped job hands back is not shown
        if self._pages is not None:  # waits for the pool's own thread: see RenderPool.shutdown
            self._pages.shutdown(kill=True, wait=True)
        self._pool.waitForDone()
