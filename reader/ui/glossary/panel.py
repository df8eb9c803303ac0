"""The glossary side panel: one word's full entry, the articles that use it, and every word A-Z."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.render.page import GlossaryUse
from reader.ui.appearance.theme import LIGHT, Theme
from reader.ui.reading.article_view import ArticleView

# The glossary's own modules are imported in the methods that need them: the panel is made at start but
# used later, and its definitions are read later too (~2 ms of a start, issue 20).
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QTabWidget

    from reader.core.glossary.entries import ArticleWord, Glossary
    from reader.core.library.article import Article
    from reader.core.library.catalog import Library

log = logging.getLogger(__name__)

ARTICLE_SCHEME = "article:"
KEY_ROLE = Qt.ItemDataRole.UserRole
WELCOME = QT_TRANSLATE_NOOP(
    "Glossary", "Choose a word from the list below, or click a marked word in an article."
)
NO_ARTICLE = QT_TRANSLATE_NOOP("Glossary", "Open an article to see the glossary words it uses.")
SEARCHING = QT_TRANSLATE_NOOP("Glossary", "Looking for articles that use this word…")


class _Signals(QObject):
    done = Signal(int, object)  # token, dict of term key -> article keys


class _UsageJob(QRunnable):
    def __init__(
        self,
        token: int,
        library: Library,
        glossary: Glossary,
        signals: _Signals,
        find: Callable[[list[Article], Glossary], dict[str, list[str]]],
    ) -> None:
        super().__init__()
        self.token, self.library, self.glossary, self.signals = token, library, glossary, signals
        self.find = find  # imported on the GUI thread: a first import on a worker can crash PySide6

    def run(self) -> None:
        try:
            result: object = self.find(list(self.library), self.glossary)
        except Exception:  # the panel then lists no articles; the definition still shows
            log.exception("Could not list the articles that use glossary words")
            result = {}
        self.signals.done.emit(self.token, result)


@dataclass
class _Parts:
    """The glossary panel's widgets."""

    entry_view: ArticleView
    in_article: ArticleView
    filter: QLineEdit
    a_to_z: QListWidget
    tabs: QTabWidget


class GlossaryPanel(QDockWidget):
    """A dock with the chosen word's entry, 'Words in this article' and the whole glossary A-Z."""

    articleRequested = Signal(str)
    widgetsMade = Signal()  # the panel's widgets were made (the first time it was shown or used)

    def __init__(self, glossary: Glossary, parent: QWidget | None = None) -> None:
        super().__init__(translate("Glossary", "Glossary"), parent)
        self.setObjectName("glossaryPanel")
        self.glossary = glossary
        self.library: Library | None = None
        self.current_target = ""
        self.current_words = ""
        self._article_words: list[ArticleWord] | None = None
        # The open article's glossary links not yet looked up (set_article_uses), or None.
        self._uses: Sequence[GlossaryUse] | None = None
        self._usage: dict[str, list[str]] | None = None
        self._token = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_usage)
        self._parts: _Parts | None = None  # the panel's widgets, made when it is first shown or used
        self._theme, self._line_spacing = LIGHT, 150

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        """Show or hide the dock; its widgets are made the first time it is shown."""
        if visible:
            self._ui()
        super().setVisible(visible)

    def reset(self) -> None:
        """Closed, with its filter cleared (a panel never opened has nothing to clear)."""
        if self.is_built():
            self.filter.clear()
        self.hide()

    def set_theme(self, theme: Theme, line_spacing: int = 150) -> None:
        """Show the entry and the word lists in this theme's colours (now, or when the panel is made)."""
        self._theme, self._line_spacing = theme, line_spacing
        if self._parts is not None:
            for view in (self._parts.entry_view, self._parts.in_article):
                view.set_theme(theme, line_spacing)

    def is_built(self) -> bool:
        """True once the panel's widgets have been made."""
        return self._parts is not None

    @property
    def entry_view(self) -> ArticleView:
        """The chosen word's entry."""
        return self._ui().entry_view

    @property
    def in_article(self) -> ArticleView:
        """The list of words in the open article."""
        return self._ui().in_article

    @property
    def filter(self) -> QLineEdit:
        """The A-Z filter field."""
        return self._ui().filter

    @property
    def a_to_z(self) -> QListWidget:
        """The whole glossary, A to Z."""
        return self._ui().a_to_z

    @property
    def tabs(self) -> QTabWidget:
        """'In this article' and 'All words A-Z'."""
        return self._ui().tabs

    def _ui(self) -> _Parts:
        if self._parts is None:
            self._parts = self._build()
            self.set_glossary(self.glossary)
            self.set_article_words(self._words())
            self.widgetsMade.emit()
        return self._parts

    def _build(self) -> _Parts:
        entry_view = self._small_view(translate("Glossary", "Chosen word"))
        entry_view.setHtml(f"<p>{translate('Glossary', WELCOME)}</p>")
        in_article = self._small_view(translate("Glossary", "Words in this article"))
        in_article.setHtml(f"<p>{translate('Glossary', NO_ARTICLE)}</p>")
        filter_ = QLineEdit(self)
        filter_.setPlaceholderText(translate("Glossary", "Type to filter the words"))
        filter_.setAccessibleName(translate("Glossary", "Filter the glossary"))
        filter_.setClearButtonEnabled(True)
        a_to_z = QListWidget(self)
        a_to_z.setAccessibleName(translate("Glossary", "All glossary words, A to Z"))
        filter_label = QLabel(translate("Glossary", "&Find a word:"), self)
        filter_label.setBuddy(filter_)
        all_words = QWidget(self)
        all_layout = QVBoxLayout(all_words)
        all_layout.setContentsMargins(4, 4, 4, 4)
        all_layout.addWidget(filter_label)
        all_layout.addWidget(filter_)
        all_layout.addWidget(a_to_z, 1)
        from PySide6.QtWidgets import QTabWidget  # (its type and tab bar's, ~1 ms: when the panel is made)

        from reader.ui.layout.tabs import keep_labels_whole

        tabs = QTabWidget(self)
        tabs.setAccessibleName(translate("Glossary", "Glossary"))
        tabs.addTab(in_article, translate("Glossary", "In this article"))
        tabs.addTab(all_words, translate("Glossary", "All words A–Z"))
        keep_labels_whole(tabs)  # the panel is made at least as wide as its tabs
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(entry_view)
        splitter.addWidget(tabs)
        splitter.setSizes([260, 400])
        self.setWidget(splitter)
        filter_.textChanged.connect(self._apply_filter)
        filter_.returnPressed.connect(self._open_first_match)
        a_to_z.currentItemChanged.connect(self._on_item)
        entry_view.linkRequested.connect(self._on_link)
        in_article.linkRequested.connect(self._on_link)
        return _Parts(entry_view, in_article, filter_, a_to_z, tabs)

    def _small_view(self, name: str) -> ArticleView:
        view = ArticleView(self)
        view.setObjectName("")
        view.setAccessibleName(name)
        view.document().setDocumentMargin(8)
        view.set_theme(self._theme, self._line_spacing)
        return view

    # Data ------------------------------------------------------------------

    def set_glossary(self, glossary: Glossary) -> None:
        """Show this glossary in the A-Z list."""
        self.glossary = glossary
        self._usage = None
        if self._parts is None:
            return  # listed when the panel is first shown
        from reader.core.glossary.fragments import entry_key

        self.a_to_z.blockSignals(True)
        self.a_to_z.clear()
        for entry in glossary.entries():
            item = QListWidgetItem(entry.term, self.a_to_z)
            item.setData(KEY_ROLE, entry_key(entry))
            item.setToolTip(entry.definition)
        self.a_to_z.blockSignals(False)
        self._apply_filter(self.filter.text())

    def set_library(self, library: Library) -> None:
        """Use this library for 'Articles that use this word' (worked out again when next needed)."""
        self.library = library
        self._usage = None
        self._token += 1
        if self.current_target and self._parts is not None and self.isVisible():
            self._show_entry()  # the word on show: its articles in this library (it may have been empty)

    def set_article_uses(self, uses: Sequence[GlossaryUse] | None) -> None:
        """The open article's glossary links (None when no article is open); their words are looked up
        when the panel shows them, so opening an article does not wait for the glossary to be read."""
        if uses is None or self._parts is not None:
            self.set_article_words(None if uses is None else self.glossary.words_in_article(uses))
        else:
            self._uses = uses

    def _words(self) -> list[ArticleWord] | None:
        """The open article's words (looked up now if set_article_uses left them for later)."""
        if self._uses is not None:
            self._article_words, self._uses = self.glossary.words_in_article(self._uses), None
        return self._article_words

    def set_article_words(self, words: list[ArticleWord] | None) -> None:
        """The open article's glossary words (None when no article is open)."""
        self._article_words, self._uses = words, None
        if self._parts is None:
            return  # shown when the panel is first shown
        from reader.core.glossary.fragments import words_in_article_html

        self.in_article.setHtml(
            f"<p>{translate('Glossary', NO_ARTICLE)}</p>"
            if words is None
            else words_in_article_html(words, translate("Glossary", "Words in this article"))
        )

    # Showing a word --------------------------------------------------------

    @Slot(str, str)
    def show_term(self, target: str, words: str = "") -> None:
        """Open the panel on one word (a link target: id, slug or term) and list the articles using it."""
        from reader.core.glossary.fragments import entry_key

        article_words = self._words()
        if not words and article_words:
            words = next((w.text for w in article_words if w.term_id == target), "")
        self.current_target, self.current_words = target, words
        self._show_entry()
        entry = self.glossary.lookup(target)
        if entry is not None:
            self._select_in_list(entry_key(entry))
        self.show()
        self.raise_()

    def _show_entry(self) -> None:
        from reader.core.glossary.fragments import definition_html, entry_page_html, usage_key

        target = self.current_target
        entry = self.glossary.lookup(target)
        if self.library is None:
            body = entry_page_html(entry, self.current_words, [])
        elif self._usage is None:
            body = (
                definition_html(entry, self.current_words)
                + f"<p><i>{translate('Glossary', SEARCHING)}</i></p>"
            )
            self._start_usage()
        else:
            keys = self._usage.get(usage_key(self.glossary, target), [])
            articles = [a for a in (self.library.get(k) for k in keys) if a is not None]
            body = entry_page_html(entry, self.current_words, articles)
        self.entry_view.setHtml(body)
        title = entry.term if entry is not None else (self.current_words or target)
        self.entry_view.setAccessibleDescription(
            translate("Glossary", "Meaning of {word}").format(word=title)
        )

    def _start_usage(self) -> None:
        if self.library is None:
            return
        from reader.core.glossary.fragments import articles_by_term

        self._token += 1
        self._pool.start(_UsageJob(self._token, self.library, self.glossary, self._signals, articles_by_term))

    @Slot(int, object)
    def _on_usage(self, token: int, usage: object) -> None:
        if token != self._token or not isinstance(usage, dict):
            return
        self._usage = usage
        if self.current_target:
            self._show_entry()

    def wait(self) -> None:
        """Wait for a running search of the library (used on shutdown and in tests)."""
        self._pool.waitForDone()

    # A-Z list ----------------------------------------------------------------

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        from reader.core.glossary.entries import normalize_words

        wanted = normalize_words(text)
        for row in range(self.a_to_z.count()):
            item = self.a_to_z.item(row)
            entry = self.glossary.lookup(str(item.data(KEY_ROLE)))
            names = [item.text()] + (list(entry.aliases) if entry else [])
            item.setHidden(bool(wanted) and not any(wanted in normalize_words(n) for n in names))

    @Slot()
    def _open_first_match(self) -> None:
        """Enter in the filter opens the best match: a word that starts with it, then one containing it."""
        from reader.core.glossary.entries import normalize_words

        wanted = normalize_words(self.filter.text())
        visible = [
            self.a_to_z.item(r) for r in range(self.a_to_z.count()) if not self.a_to_z.item(r).isHidden()
        ]
        if not visible:
            return
        best = min(visible, key=lambda item: (not normalize_words(item.text()).startswith(wanted),
                                              wanted not in normalize_words(item.text())))  # fmt: skip
        self.a_to_z.setCurrentItem(best)

    def _select_in_list(self, key: str) -> None:
        self.a_to_z.blockSignals(True)
        for row in range(self.a_to_z.count()):
            item = self.a_to_z.item(row)
            if item.data(KEY_ROLE) == key:
                self.a_to_z.setCurrentItem(item)
                self.a_to_z.scrollToItem(item)
                break
        self.a_to_z.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_item(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.current_target, self.current_words = str(item.data(KEY_ROLE)), ""
            self._show_entry()

    @Slot(str)
    def _on_link(self, href: str) -> None:
        if href.startswith(ARTICLE_SCHEME):
            self.articleRequested.emit(href[len(ARTICLE_SCHEME) :])
            return
        from reader.core.library.links import classify

        link = classify(href)
        if link.kind == "glossary":
            self.show_term(link.target)
