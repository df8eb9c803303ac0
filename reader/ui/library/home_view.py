"""The home view: what is in the library, where to start, and how to add articles."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reader.core.languages.translate import translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.ui.appearance.theme import LIGHT
from reader.ui.library.browser import cancer_type_label
from reader.ui.screen_reader.structure import ArticleStructure

ARTICLE_SCHEME = "article"


def _link(article: Article, text: str) -> str:
    return f'<a href="{ARTICLE_SCHEME}:{html.escape(article.key)}">{html.escape(text)}</a>'


def home_html(library: Library) -> str:
    """The home page's HTML for this library."""
    count = len(library)
    welcome = translate("HomeView", "Welcome")
    intro = translate(
        "HomeView",
        "This reader has trusted information about cancer. Everything is on this computer, "
        "so it works without the internet, and what you read stays private.",
    )
    has = translate("HomeView", "Your library has %Ln article(s)", None, count)
    parts = [f"<h1>{welcome}</h1>", f"<p>{intro}</p>", f"<h2>{has}</h2>"]
    if count == 1:
        article = library.articles[0]
        start = translate("HomeView", "Start here:")
        parts.append(f"<p>{start}</p><ul><li>{_link(article, article.display_title)}</li></ul>")
    elif count:
        # Here, not at the top: the window starts with an empty library (one module and two dataclasses
        # less before the first screen, issue 20).
        from reader.core.library.starting_points import cancer_types_for_home, starting_points

        points = starting_points(library)
        if points:
            parts.append("<h2>" + translate("HomeView", "New to this?") + "</h2><ul>")
            parts += [
                f"<li>{_link(p.article, translate('StartingPoints', p.label))}: "
                f"{html.escape(translate('StartingPoints', p.hint))}</li>"
                for p in points
            ]
            parts.append("</ul>")
        types = cancer_types_for_home(library)
        if types:
            parts.append("<h2>" + translate("HomeView", "Your type of cancer") + "</h2><p>")
            parts.append(
                " · ".join(_link(article, cancer_type_label(slug)) for slug, _name, article in types)
            )
            parts.append("</p>")
        parts.append(
            "<p>"
            + translate("HomeView", "Find every article in the list on the left, or search for a word.")
            + "</p>"
        )
    else:
        parts.append(
            "<p>" + translate("HomeView", "No articles could be found. Please ask staff for help.") + "</p>"
        )
    adding = translate("HomeView", "Adding articles")
    how = translate(
        "HomeView",
        "Your clinic can add its own articles. Choose <b>Add a folder of articles</b> below and "
        "pick a folder of Markdown (.md) files.",
    )
    parts.append(f"<h2>{adding}</h2><p>{how}</p>")
    return "\n".join(parts)


def _in_reading_direction(html: str) -> str:
    """The page laid out right to left when the interface is (a right-to-left language)."""
    return f'<div dir="rtl">{html}</div>' if QApplication.isRightToLeft() else html


class HomePage(QTextBrowser):
    """The home page's text: its links and headings are offered to screen readers by `structure`, as
    the article view's are (Qt's own object for a QTextBrowser has no link objects, and Tab between
    links moves only a selection, which Orca does not read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.structure = ArticleStructure(self)

    def show_page(self, page: str) -> None:
        """Show this HTML, laid out in the interface's reading direction; screen readers get its links."""
        self.setHtml(_in_reading_direction(page))
        self.structure.document_replaced()


class HomeView(QWidget):
    """The first screen; emits articleRequested(key) and addFolderRequested()."""

    articleRequested = Signal(str)
    addFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._published = ""
        self.page = HomePage(self)
        self.page.setObjectName("homePage")
        self.page.setAccessibleName(translate("HomeView", "Home"))
        self.page.setOpenLinks(False)
        self.page.document().setDocumentMargin(24)
        self.page.document().setDefaultStyleSheet(LIGHT.article_css())
        self.page.anchorClicked.connect(self._on_anchor)
        self.add_folder = QPushButton(translate("HomeView", "Add a folder of articles…"), self)
        self.add_folder.setAccessibleName(translate("HomeView", "Add a folder of articles"))
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
        self.page.show_page(page)

    def set_published(self, fragment: str) -> None:
        """Say who published the library and when (HTML from core/packs/freshness.py; "" for nothing)."""
        self._published = fragment
        if self._library is not None:
            self.set_library(self._library)

    def show_loading(self, first_time: bool = True) -> None:
        """Say that the library is being opened (first_time: the first start, which reads every file)."""
        welcome = translate("HomeView", "Welcome")
        opening = (
            translate("HomeView", "Opening your library… This takes a moment the first time.")
            if first_time
            else translate("MainWindow", "Opening your library…")
        )
        self.page.show_page(f"<h1>{welcome}</h1><p>{opening}</p>")

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(f"{ARTICLE_SCHEME}:"):
            self.articleRequested.emit(text.split(":", 1)[1])
