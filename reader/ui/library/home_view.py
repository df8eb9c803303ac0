"""The home view: what is in the library, where to start, and how to add articles."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reader.core.library.catalog import Library
from reader.ui.appearance.theme import LIGHT
from reader.ui.library.browser import cancer_type_label, topic_label

ARTICLE_SCHEME = "article"


def home_html(library: Library, limit: int = 12) -> str:
    """The home page's HTML for this library."""
    count = len(library)
    noun = "article" if count == 1 else "articles"
    parts = [
        "<h1>Welcome</h1>",
        "<p>This reader has trusted information about cancer. Everything is on this computer, "
        "so it works without the internet, and what you read stays private.</p>",
        f"<h2>Your library has {count} {noun}</h2>",
    ]
    if count:
        parts.append("<p>Start here:</p><ul>" if count == 1 else "<p>Start with one of these:</p><ul>")
        for article in library.sorted_by_title()[:limit]:
            parts.append(
                f'<li><a href="{ARTICLE_SCHEME}:{html.escape(article.key)}">'
                f"{html.escape(article.display_title)}</a></li>"
            )
        parts.append("</ul>")
        if count > limit:
            parts.append("<p>Find more in the list on the left.</p>")
        types = library.cancer_types()
        if types:
            names = ", ".join(html.escape(cancer_type_label(t)) for t in sorted(types))
            parts.append(f"<p><b>Cancer types covered:</b> {names}</p>")
        topics = library.topics()
        if topics:
            names = ", ".join(html.escape(topic_label(t)) for t in sorted(topics))
            parts.append(f"<p><b>Topics:</b> {names}</p>")
    else:
        parts.append("<p>No articles could be found. Please ask staff for help.</p>")
    parts.append(
        "<h2>Adding articles</h2><p>Your clinic can add its own articles. Choose "
        "<b>Add a folder of articles</b> below and pick a folder of Markdown (.md) files.</p>"
    )
    return "\n".join(parts)


class HomeView(QWidget):
    """The first screen; emits articleRequested(key) and addFolderRequested()."""

    articleRequested = Signal(str)
    addFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._published = ""
        self.page = QTextBrowser(self)
        self.page.setObjectName("homePage")
        self.page.setAccessibleName("Home")
        self.page.setOpenLinks(False)
        self.page.document().setDocumentMargin(24)
        self.page.document().setDefaultStyleSheet(LIGHT.article_css())
        self.page.anchorClicked.connect(self._on_anchor)
        self.add_folder = QPushButton("Add a folder of articles…", self)
        self.add_folder.setAccessibleName("Add a folder of articles")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 0, 24, 12)
        buttons.addWidget(self.add_folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)
        self.add_folder.clicked.connect(self.addFolderRequested)

    def set_library(self, library: Library) -> None:
        """Show what this library holds."""
        self._library = library
        page = home_html(library)
        if self._published:  # right under "Your library has ... articles"
            head, found, rest = page.partition("</h2>")
            page = f"{head}{found}\n{self._published}\n{rest}" if found else f"{page}\n{self._published}"
        self.page.setHtml(page)

    def set_published(self, fragment: str) -> None:
        """Say who published the library and when (HTML from core/packs/freshness.py; "" for nothing)."""
        self._published = fragment
        if self._library is not None:
            self.set_library(self._library)

    def show_loading(self) -> None:
        """Say that the library is being opened (the first start reads every file)."""
        self.page.setHtml("<h1>Welcome</h1><p>Opening your library… This takes a moment the first time.</p>")

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(f"{ARTICLE_SCHEME}:"):
            self.articleRequested.emit(text.split(":", 1)[1])
