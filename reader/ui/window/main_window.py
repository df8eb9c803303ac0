"""The main window: library browser, article view, history, find in page; all wiring lives here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks.store import BookmarkStore
from reader.core.glossary.entries import Glossary
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.library.links import classify
from reader.core.navigation.history import History, Place
from reader.core.render.convert import RenderedArticle
from reader.core.settings.store import Settings
from reader.ui.appearance.accessibility import LinkAnnouncer, set_tab_order
from reader.ui.appearance.appearance import Appearance
from reader.ui.appearance.reading_controls import ReadingControls
from reader.ui.bookmarks.feature import BookmarksFeature
from reader.ui.glossary.panel import GlossaryPanel
from reader.ui.glossary.tips import GlossaryTips
from reader.ui.handouts.print_actions import HandoutActions
from reader.ui.kiosk.visitor_reset import VisitorReset
from reader.ui.library.browser import LibraryBrowser
from reader.ui.library.home_view import HomeView
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.contents_list import ContentsList
from reader.ui.reading.find_bar import FindBar
from reader.ui.reading.renderer import ArticleRenderer
from reader.ui.search.feature import SearchFeature
from reader.ui.speech.read_aloud import ReadAloud
from reader.ui.window.actions import ActionRegistry
from reader.ui.window.notice_bar import NoticeBar

log = logging.getLogger(__name__)

OFFLINE_PAGE = "This page is not in your offline library, so it cannot be opened here."
OFFLINE_WEB = "This link goes to a website. This reader works without the internet, so it cannot open it."


class MainWindow(QMainWindow):
    """The reader's window. Emits articleShown(key) once an article is on screen."""

    articleShown = Signal(str)
    libraryChanged = Signal()  # a folder was added and the new library is shown
    homeShown = Signal()
    glossaryRequested = Signal(str, str)  # term id or slug, linked words

    def __init__(
        self,
        library: Library,
        settings: Settings,
        parent: QWidget | None = None,
        glossary: Glossary | None = None,
        appearance: Appearance | None = None,
        bookmarks: BookmarkStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.glossary = glossary if glossary is not None else Glossary()
        self.history = History()
        self.current: Article | None = None
        self.current_page: RenderedArticle | None = None
        self._pending_fragment = ""
        self.remember_geometry = True
        self.catalog_file: Path | None = None  # the catalog cache (set by app.py); None reads every file
        self.library_loading = False
        self.setWindowTitle("Cancer Information Reader")
        self.renderer = ArticleRenderer(parent=self)
        self._build_widgets()
        self.actions_registry = ActionRegistry(self)
        self._build_actions()
        self._build_toolbar_and_menus()
        self._build_accessibility(appearance)
        self._connect()
        self.bookmarks = BookmarksFeature(self, bookmarks if bookmarks is not None else BookmarkStore())
        self.visitor_reset = VisitorReset(self)
        self.search = SearchFeature(self)  # the index starts with search.use_index(cache_dir)
        self._order_menus()
        set_tab_order(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        self.set_library(library)
        self._restore_geometry()
        self.go_home(record=True)

    # Construction ----------------------------------------------------------

    MENU_ORDER = ("&File", "&Edit", "&View", "&Go", "&Bookmarks", "&Help")

    def _order_menus(self) -> None:
        """Put the menus features added in the usual order, Help last."""
        bar = self.menuBar()
        menus = bar.actions()
        rank = {text: i for i, text in enumerate(self.MENU_ORDER)}
        for action in sorted(menus, key=lambda a: rank.get(a.text(), len(rank) - 1)):
            bar.removeAction(action)
            bar.addAction(action)

    def _build_widgets(self) -> None:
        self.browser = LibraryBrowser(self)
        self.contents = ContentsList(self)
        self.contents_label = QLabel("On this page", self)
        self.contents_label.setBuddy(self.contents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.browser, 3)
        left_layout.addWidget(self.contents_label)
        left_layout.addWidget(self.contents, 2)

        self.home = HomeView(self)
        self.view = ArticleView(self)
        self.notice = NoticeBar(self)
        self.find_bar = FindBar(self.view, self)
        article_page = QWidget(self)
        page_layout = QVBoxLayout(article_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.notice)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(self.find_bar)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self.stack.addWidget(article_page)
        self.article_page = article_page

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        self.setCentralWidget(self.splitter)
        self.glossary_panel = GlossaryPanel(self.glossary, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary_panel)
        self.glossary_panel.hide()
        self.glossary_tips = GlossaryTips(self.view, self.glossary, self)

    def _build_actions(self) -> None:
        style = self.style()
        reg = self.actions_registry
        reg.add("back", "&Back", self.go_back, [QKeySequence.StandardKey.Back],
                style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "Go back (Alt+Left)")  # fmt: skip
        reg.add("forward", "&Forward", self.go_forward, [QKeySequence.StandardKey.Forward],
                style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "Go forward (Alt+Right)")  # fmt: skip
        reg.add("home", "&Home", self.go_home, ["Alt+Home"],
                style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), "Go to the home page (Alt+Home)")  # fmt: skip
        reg.add("find", "&Find in article…", self.open_find, [QKeySequence.StandardKey.Find])
        reg.add("add_folder", "&Add a folder of articles…", self.add_folder)
        reg.add("quit", "&Quit", self.close, [QKeySequence.StandardKey.Quit])
        reg.add("about", "&About Cancer Information Reader", self.show_about)

    def _build_toolbar_and_menus(self) -> None:
        reg = self.actions_registry
        self.toolbar = QToolBar("Main toolbar", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("back", "forward", "home", "find"):
            self.toolbar.addAction(reg[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(reg["add_folder"])
        file_menu.addSeparator()
        self.file_menu = file_menu  # Print / Save as PDF / Quit are added in _build_accessibility
        go_menu = self.menuBar().addMenu("&Go")
        for name in ("back", "forward", "home"):
            go_menu.addAction(reg[name])
        go_menu.addAction(self.glossary_panel.toggleViewAction())
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(reg["find"])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(reg["about"])

    def _build_accessibility(self, appearance: Appearance | None) -> None:
        """Text size, themes, handouts, read aloud and keyboard order (see reader/ui/appearance/accessibility.py)."""
        self.appearance = appearance or Appearance(self.settings, parent=self)
        self.reading_controls = ReadingControls(self, self.appearance)
        self.handouts = HandoutActions(self)
        self.handouts.add_to_menu(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.actions_registry["quit"])
        self.read_aloud = ReadAloud(self)
        self.reading_controls.menu.addSeparator()
        self.reading_controls.menu.addMenu(self.read_aloud.menu)
        self.link_announcer = LinkAnnouncer(self)
        set_tab_order(self)

    def _connect(self) -> None:
        self.browser.articleRequested.connect(self.open_article)
        self.home.articleRequested.connect(self.open_article)
        self.home.addFolderRequested.connect(self.add_folder)
        self.view.linkRequested.connect(self.follow_link)
        self.contents.anchorRequested.connect(self.scroll_to_anchor)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self.glossaryRequested.connect(self.glossary_panel.show_term)
        self.glossary_panel.articleRequested.connect(self.open_article)

    # Library ---------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show a (new) library in the browser and on the home view."""
        self.library = library
        self.library_loading = False
        self.browser.set_library(library)
        self.home.set_library(library)
        self.glossary_panel.set_library(library)
        self.search.set_library(library)
        errors = len(library.errors)
        noun = "article" if len(library) == 1 else "articles"
        message = f"{len(library)} {noun} in your library"
        if errors:
            message += f" · {errors} files could not be opened (see 'cancer-reader check')"
        self.statusBar().showMessage(message)

    def show_library_loading(self) -> None:
        """Say the library is being opened (until set_library is called)."""
        self.library_loading = True
        self.home.show_loading()
        self.statusBar().showMessage("Opening your library…")

    @Slot()
    def add_folder(self) -> None:
        """Ask for a folder of articles and add it to the library for good."""
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder of articles")
        if folder:
            self.add_library_folder(Path(folder))

    def add_library_folder(self, folder: Path) -> None:
        """Add a folder to the settings and reload the library on a worker (emits libraryChanged)."""
        from reader.ui.library.loader import LibraryLoader

        folders = [str(f) for f in self.settings.library_folders()]
        if str(folder) not in folders:
            self.settings.set("library_folders", [*folders, str(folder)])
        wanted = (
            [*self.library.folders, folder] if folder not in self.library.folders else self.library.folders
        )
        before = len(self.library)
        loader = LibraryLoader(wanted, self.catalog_file, parent=self)
        self.statusBar().showMessage(f"Adding articles from {folder}…")

        def loaded(library: Library) -> None:
            loader.deleteLater()
            self.set_library(library)
            added = len(library) - before
            self.statusBar().showMessage(
                f"Added {added} {'article' if added == 1 else 'articles'} from {folder}", 10000
            )
            self.libraryChanged.emit()

        loader.loaded.connect(loaded)
        loader.start()

    # Navigation ------------------------------------------------------------

    @Slot(str)
    def open_article(self, key: str, fragment: str = "", record: bool = True) -> bool:
        """Open an article by key; False when the library does not have it."""
        article = self.library.get(key)
        if article is None:
            self.show_notice("That article is not in your library any more.")
            return False
        if record:
            self.history.visit(Place(key, fragment))
        self.current = article
        self._pending_fragment = fragment
        self.statusBar().showMessage(f"Opening {article.display_title}…")
        self.renderer.request(article, self.view.document_settings())
        self._update_navigation()
        return True

    @Slot(str, object)
    def _on_rendered(self, key: str, page: RenderedArticle) -> None:
        if self.current is None or key != self.current.key:
            return
        self.current_page = page
        self.notice.hide()
        self.stack.setCurrentWidget(self.article_page)  # first, so the page is laid out once, at its size
        self.view.show_html(page.html, self._pending_fragment, self.renderer.take_document())
        self.contents.set_headings(page.headings)
        self.glossary_panel.set_article_words(self.glossary.words_in_article(page.glossary))
        self.setWindowTitle(f"{self.current.display_title} – Cancer Information Reader")
        self.statusBar().showMessage(self.current.display_title)
        self.articleShown.emit(key)

    @Slot(str, str)
    def _on_render_failed(self, key: str, reason: str) -> None:
        self.show_notice("Sorry, this article could not be shown. It may be damaged.")

    @Slot()
    def go_home(self, record: bool = True) -> None:
        """Show the home view."""
        if record:
            self.history.visit(Place(""))
        self.current = None
        self.current_page = None
        self.contents.clear()
        self.glossary_panel.set_article_words(None)
        self.find_bar.hide()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle("Cancer Information Reader")
        self._update_navigation()
        self.homeShown.emit()

    def _go_to(self, place: Place | None) -> None:
        if place is None:
            return
        if place.key:
            self.open_article(place.key, place.fragment, record=False)
        else:
            self.go_home(record=False)
        self._update_navigation()

    @Slot()
    def go_back(self) -> None:
        """Go to the previous place."""
        self._go_to(self.history.back())

    @Slot()
    def go_forward(self) -> None:
        """Go to the next place."""
        self._go_to(self.history.forward())

    def _update_navigation(self) -> None:
        self.actions_registry["back"].setEnabled(self.history.can_go_back())
        self.actions_registry["forward"].setEnabled(self.history.can_go_forward())
        has_article = self.current is not None
        self.actions_registry["find"].setEnabled(has_article)
        self.contents.setVisible(has_article)
        self.contents_label.setVisible(has_article)

    @Slot(str)
    def follow_link(self, href: str) -> None:
        """Do what a clicked link asks, without ever leaving the app."""
        link = classify(href)
        if link.kind == "glossary":
            self.glossaryRequested.emit(link.target, "")
        elif link.kind == "anchor":
            self.scroll_to_anchor(link.target.lstrip("#"))
        elif link.kind == "site":
            article = self.library.by_url(link.target)
            fragment = link.target.split("#", 1)[1] if "#" in link.target else ""
            if article is not None:
                self.open_article(article.key, fragment)
            else:
                self.show_notice(OFFLINE_PAGE, link.target)
        elif link.kind in ("web", "mail"):
            self.show_notice(OFFLINE_WEB, link.target)

    @Slot(str)
    def scroll_to_anchor(self, anchor: str) -> None:
        """Scroll the article to a heading or other anchor."""
        self.view.scrollToAnchor(anchor)

    @Slot()
    def open_find(self) -> None:
        """Show the find bar (only while an article is open)."""
        if self.current is not None:
            self.find_bar.open()

    def show_notice(self, text: str, address: str = "") -> None:
        """Tell the person something short, above the article."""
        if self.stack.currentWidget() is not self.article_page:
            self.statusBar().showMessage(text + (f" ({address})" if address else ""), 10000)
            return
        self.notice.show_message(text + (f"\n{address}" if address else ""), address)

    @Slot()
    def show_about(self) -> None:
        """Show the version, the NCI credit and the licenses."""
        from reader.ui.window.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def reset_for_next_visitor(self) -> None:
        """Forget what the last person did (kiosk "Start over"); features add steps to visitor_reset."""
        self.visitor_reset.run()

    # Window state ----------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self.settings.get("window_geometry")
        if isinstance(saved, str) and saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        else:
            self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's size and place, and stop background work."""
        if self.remember_geometry:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.settings.set("window_geometry", geometry)
        self.shut_down()
        super().closeEvent(event)

    @Slot()
    def shut_down(self) -> None:
        """Stop background work (rendering, glossary scan, index build); also runs when the app quits
        without closing the window (kiosk staff exit, a probe's quit)."""
        self.renderer.wait()
        self.glossary_panel.wait()
        self.search.shutdown()
