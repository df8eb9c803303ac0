"""Turns articles into HTML off the GUI thread, with a small cache of recent pages."""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.core.article import Article
from reader.core.render import RenderedArticle, render_article

log = logging.getLogger(__name__)

CacheKey = tuple[str, int]


class _Signals(QObject):
    done = Signal(int, object, object)  # token, cache key, RenderedArticle or Exception


class _RenderJob(QRunnable):
    def __init__(self, token: int, cache_key: CacheKey, article: Article, signals: _Signals) -> None:
        super().__init__()
        self.token, self.cache_key, self.article, self.signals = token, cache_key, article, signals

    def run(self) -> None:
        try:
            result: object = render_article(self.article)
        except Exception as exc:  # reported to the window, which tells the person
            log.exception("Could not show %s", self.article.path)
            result = exc
        self.signals.done.emit(self.token, self.cache_key, result)


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

    @staticmethod
    def _cache_key(article: Article) -> CacheKey:
        try:
            stamp = article.path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        return article.key, stamp

    def request(self, article: Article) -> None:
        """Render an article; a request still in flight is dropped when a newer one is made."""
        self._token += 1
        key = self._cache_key(article)
        page = self._cache.get(key)
        if page is not None:
            self._cache.move_to_end(key)
            self.rendered.emit(article.key, page)
            return
        self._pool.start(_RenderJob(self._token, key, article, self._signals))

    def _on_done(self, token: int, key: CacheKey, result: object) -> None:
        if isinstance(result, RenderedArticle):
            self._cache[key] = result
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        if token != self._token:
            return
        if isinstance(result, RenderedArticle):
            self.rendered.emit(key[0], result)
        else:
            self.failed.emit(key[0], str(result))

    def clear(self) -> None:
        """Forget cached pages (the theme or library changed)."""
        self._cache.clear()

    def wait(self) -> None:
        """Wait for running jobs (used on shutdown)."""
        self._pool.waitForDone()
