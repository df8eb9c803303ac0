"""The main window: library browser, article view, history, find in page; all wiring lives here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks.store import BookmarkStore
from reader.core.languages.names import article_language
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.navigation.history import History, Place
from reader.core.render.page import RenderedArticle
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.appearance.icons import back_icon, button_ink, forward_icon, home_icon
from reader.ui.appearance.reading_controls import CtrlWheelZoom, ReadingControls
from reader.ui.bookmarks.feature import BookmarksFeature
from reader.ui.glossary.panel import GlossaryPanel
from reader.ui.glossary.tips import GlossaryTips
from reader.ui.handouts.print_actions import HandoutActions
from reader.ui.help.feature import HelpFeature
from reader.ui.layout.dock_title import use_scaling_title
from reader.ui.layout.screen_bound import ScreenBound
from reader.ui.layout.side_docks import SideDocks
from reader.ui.layout.side_panel import SidePanel
from reader.ui.layout.stack_pages import ShownPageSizes
from reader.ui.layout.toolbar_fit import ToolbarFitter
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.contents_list import ContentsList
from reader.ui.reading.find_bar import FindBar
from reader.ui.reading.renderer import ArticleRenderer
from reader.ui.reading.survival_numbers import SurvivalNumbers
from reader.ui.screen_reader.announcer import Announcer
from reader.ui.screen_reader.feature import ScreenReaderSupport
from reader.ui.search.feature import SearchFeature
from reader.ui.speech.read_aloud import ReadAloud
from reader.ui.window.actions import ActionRegistry
from reader.ui.window.host import FOCUS_SLOTS, MENU_NAMES
from reader.ui.window.notice_bar import NoticeBar
from reader.ui.window.reset_steps import ResetSteps

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.core.glossary.entries import Glossary
    from reader.ui.languages.menu import LanguageMenu
    from reader.ui.layout.panel_focus import PanelFocus
    from reader.ui.library.browser import LibraryBrowser
    from reader.ui.library.home_view import HomeView

log = logging.getLogger(__name__)

OFFLINE_PAGE = QT_TRANSLATE_NOOP(
    "MainWindow", "This page is not in your offline library, so it cannot be opened here."
)
OFFLINE_WEB = QT_TRANSLATE_NOOP(
    "MainWindow", "This link goes to a website. This reader works without the internet, so it cannot open it."
)
# From this text size (percent) the window uses the reading layout: one toolbar row, side panel folded.
READING_LAYOUT_SCALE = 200


MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "go": QT_TRANSLATE_NOOP("MainWindow", "&Go"),
    "bookmarks": QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}


@dataclass(frozen=True)
class WindowOptions:
    """How this window runs: where handouts look for data, the catalog cache, remembering its size."""

    data_dir: Path | None = None
    catalog_file: Path | None = None  # None: adding a folder reads every file
    remember_geometry: bool = True
    # True: what the first screen does not need (hover definitions, Ctrl+wheel, the Language menu) is
    # set up when the app calls first_screen_shown(); False: at once (tests, --self-test).
    later_steps_wait: bool = False
    # True: an article is opened before the window first shows (`--open`); with later_steps_wait, the
    # home view, which the first screen does not show, is made once the first screen is up.
    starts_on_article: bool = False


class MainWindow(QMainWindow):
    """The reader's window; implements WindowHost (reader/ui/window/host.py) for its features.

    Emits articleShown(key) once an article is on screen.
    """

    articleShown = Signal(str)
    libraryChanged = Signal()  # a folder was added and the new library is shown
    homeShown = Signal()
    headingJumped = Signal(str)  # anchor chosen in "On this page"
    glossaryRequested = Signal(str, str)  # term id or slug, linked words

    def __init__(
        self,
        library: Library,
        settings: Settings,
        parent: QWidget | None = None,
        glossary: Glossary | None = None,
        appearance: Appearance | None = None,
        bookmarks: BookmarkStore | None = None,
        options: WindowOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options or WindowOptions()
        self._library = library
        self.settings = settings
        if glossary is None:  # (the app passes one read later: the entries' module waits for it too)
            from reader.core.glossary.entries import Glossary

            glossary = Glossary()
        self.glossary = glossary
        self.history = History()
        # How each feature page in the history is shown again, and whether it is on screen (add_page_return).
        self._page_returns: dict[str, tuple[Callable[[object], object], Callable[[], bool]]] = {}
        self._current: Article | None = None
        self._current_page: RenderedArticle | None = None
        # The key of the article asked for while it is neither on screen nor failed (see article_on_its_way).
        self._opening: str | None = None
        self._pending_fragment = ""
        # The next rendered page is the one on screen shown again: keep the reader where they are in it.
        self._keep_scroll = False
        # The page asked for was opened before the window showed (see open_article_object).
        self._focus_when_shown = False
        # A link to another page clicked before the library was read (followed once it is), or "".
        self._pending_link = ""
        self.remember_geometry = self.options.remember_geometry
        self.library_loading = False
        # A bar above the pages names the library folders not found (the desktop's Folders and packs):
        # the status line then leaves them out, so it is said once (a kiosk has no bar: said there).
        self.missing_folders_said_above = False
        # True once articles are listed: the whole library, or those read so far while it loads.
        self.library_listed = False
        self.folder_report: QMessageBox | None = None  # what the last added folder gave, while shown
        # Steps waiting for the first screen (None once it is up): see when_on_screen().
        self._on_screen_steps: list[Callable[[], object]] | None = [] if self.options.later_steps_wait else None
        self._focus: dict[str, list[Callable[[], list[QWidget]]]] = {slot: [] for slot in FOCUS_SLOTS}
        self._panel_focus: PanelFocus | None = None  # made when the first panel is watched
        # The library browser and the home view are made when first needed (see browser and home).
        self._browser: LibraryBrowser | None = None
        self._home: HomeView | None = None
        self._loading_first_time = False  # what the home view says while the library loads
        self.setWindowTitle(translate("MainWindow", "Cancer Information Reader"))
        self.renderer = ArticleRenderer(parent=self)
        self.announcer = Announcer(self)
        self._menus = {
            name: self.menuBar().addMenu(translate("MainWindow", MENU_TITLES[name])) for name in MENU_NAMES
        }
        self._build_widgets()
        self.actions_registry = ActionRegistry(self)
        self.appearance = appearance or Appearance(self.settings, parent=self)
        self.reset_steps = ResetSteps()
        self._start_prefs = self.appearance.prefs  # a visitor reset returns to how the app started
        self._view_font = self.view.font()
        self.add_reset_step("appearance", self._reset_appearance)  # first: it may re-show the page
        self.add_reset_step("window", self._reset_window)
        self.add_reset_step("glossary", self._reset_glossary)
        self._build_actions()
        self._build_toolbar_and_menus()
        self._build_features(bookmarks)
        self._connect()
        # The first screen shows neither the library's tree (empty until the library is read, which starts
        # once the window is up) nor, with an article asked for, the home view: both are made once it is
        # up. With both made at start, the article came ~12 ms later (`--open X --screenshot`, CPU to the
        # picture against the minimal app, tests/bench/article_ab.py; issue 20). A large text size needs
        # the tabs' own width for the panel's: the browser is made at once then.
        if self.options.later_steps_wait and self.appearance.prefs.font_scale < 150:
            self.when_on_screen(lambda: self.browser)
        else:
            self._make_browser()
        self.update_tab_order()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        self.set_library(library)
        self._restore_geometry()
        if self.options.later_steps_wait and self.options.starts_on_article:
            self.history.visit(Place(""))  # Back from the article goes home, as below
            self._update_navigation()
            self.when_on_screen(lambda: self.home)
        else:
            self.go_home(record=True)
        # After the Language menu, which waits too; in a moment, as searching the window makes PySide6
        # wrap every widget it has (see ScreenReaderSupport).
        self.when_on_screen(lambda: QTimer.singleShot(0, self, self._keep_menu_items_whole))

    # WindowHost ------------------------------------------------------------

    @property
    def library(self) -> Library:
        """The library on screen."""
        return self._library

    @property
    def browser(self) -> LibraryBrowser:
        """The library's tabs and trees at the left (made at first use: see __init__)."""
        return self._browser if self._browser is not None else self._make_browser()

    @property
    def home(self) -> HomeView:
        """The home view (made at first use: see __init__)."""
        return self._home if self._home is not None else self._make_home()

    @property
    def current(self) -> Article | None:
        """The article on screen (or being opened), None on the home view."""
        return self._current

    @property
    def current_page(self) -> RenderedArticle | None:
        """The converted article on screen."""
        return self._current_page

    def article_on_its_way(self) -> bool:
        """True while the article last asked for is being prepared: neither on screen nor failed."""
        return self._opening is not None

    def menu(self, name: str) -> QMenu:
        """One of the window's menus by name ("file", "edit", "view", "go", "bookmarks", "help")."""
        return self._menus[name]

    def add_toolbar(self, toolbar: QToolBar, new_row: bool = False) -> None:
        """Add a toolbar at the top; new_row puts it on a row of its own."""
        toolbar.setMovable(False)
        if new_row:
            self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.toolbar_fit.add(toolbar, new_row)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def add_to_main_toolbar(self, actions: Sequence[QAction | None]) -> None:
        """Add actions (None for a separator) to the main toolbar."""
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a panel at the side of the window (hidden until asked for), its title bar in the text size
        (unless it brings a title bar of its own)."""
        if dock.titleBarWidget() is None:
            use_scaling_title(dock)
        self.addDockWidget(area, dock)
        self.side_docks.add(dock)
        self.when_on_screen(lambda: self._give_keyboard_back(dock))

    def _give_keyboard_back(self, dock: QDockWidget) -> None:
        """When this panel closes, the keyboard goes back to where it was; Escape in it closes it."""
        if self._panel_focus is None:
            from reader.ui.layout.panel_focus import PanelFocus  # (after the first screen; issue 20)

            self._panel_focus = PanelFocus(self, lambda: self.view)
        self._panel_focus.add(dock)

    def add_page(self, page: QWidget) -> None:
        """Add a page that can take the article's place."""
        self.stack.addWidget(page)

    def add_above_pages(self, bar: QWidget) -> None:
        """Put a bar above the home view and the article, seen on every page until it hides itself (the
        bar's own place is made the first time: nothing is built for it at start)."""
        holder = self.stack.parentWidget()
        if holder is self.splitter or holder is None:
            holder = QWidget(self)  # (the splitter takes it: one of its children already would not do)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(self.splitter.indexOf(self.stack), holder)
            layout.addWidget(self.stack, 1)
            self.stack.show()  # (replaceWidget hides what it takes out)
            self.splitter.setSizes(sizes)
        holder_layout = holder.layout()
        assert isinstance(holder_layout, QVBoxLayout)
        holder_layout.insertWidget(holder_layout.count() - 1, bar)

    def show_page(self, page: QWidget) -> None:
        """Show a page in the article's place (the find bar belongs to the article page only)."""
        if page is not self.article_page:
            self.find_bar.hide()
        old = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        if page is not old and focus is not None and old is not None and old.isAncestorOf(focus):
            # Hiding the focused page would send the focus to the next widget in the Tab order (the
            # search box, at the top): it goes to the new page's text instead.
            home = self._home  # (not made for this: a home view not made yet is not the page shown)
            target: QWidget | None = self.view if page is self.article_page else None
            if home is not None and page is home:
                target = home.page
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.setCurrentWidget(page)
        self._show_contents_for_page(old)
        if "back" in self.actions_registry.names():  # Back may now show the page under this one
            self.actions_registry["back"].setEnabled(self.history.can_go_back() or self._page_over_place())

    def show_article_page(self) -> None:
        """Show the article page again (the article on screen)."""
        self.show_page(self.article_page)

    def show_home_page(self) -> None:
        """Show the home page without changing the history."""
        self.show_page(self.home)

    def page_on_screen(self) -> QWidget:
        """The page now shown in the article's place."""
        page = self.stack.currentWidget()
        assert page is not None  # the stack always holds the home page at least
        return page

    def text_surface(self) -> QWidget:
        """The article view when an article is open, else the home page's text."""
        return self.view if self._current is not None else self.home.page

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def announce(self, text: str, kind: str = "", every: float = 0.0) -> bool:
        """Tell screen readers something that changed (once; at most one of a kind every `every` s)."""
        return self.announcer.say(text, kind, every)

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are shown over."""
        return self

    def add_reset_step(self, name: str, step: Callable[[], object]) -> None:
        """Run step when the window forgets one visitor before the next."""
        self.reset_steps.add(name, step)

    def add_focus_widgets(self, slot: str, widgets: Callable[[], list[QWidget]]) -> None:
        """Declare focusable widgets for the Tab order at "top", "pages" or "end"."""
        self._focus[slot].append(widgets)

    # Construction ----------------------------------------------------------

    def _build_features(self, bookmarks: BookmarkStore | None) -> None:
        """Text size and themes, handouts, read aloud, bookmarks and search, each given this window."""
        self.reading_controls = ReadingControls(self, self.appearance)
        self.wheel_zoom = CtrlWheelZoom(self.appearance, self)
        self.when_on_screen(lambda: self.wheel_zoom.watch(self.view, self.home.page))
        self.handouts = HandoutActions(self, self.glossary, self.options.data_dir)
        self.survival_numbers = SurvivalNumbers(self, self.renderer)
        self.read_aloud = ReadAloud(self)
        self.screen_reader = ScreenReaderSupport(self)
        self.bookmarks = BookmarksFeature(self, bookmarks if bookmarks is not None else BookmarkStore())
        self.search = SearchFeature(self)  # the index starts with search.use_index(cache_dir)
        self.languages: LanguageMenu | None = None
        self.when_on_screen(self._add_language_menu)  # last in the View menu
        self.menu("file").addSeparator()
        self.menu("file").addAction(self.actions_registry["quit"])
        self.menu("help").addAction(self.actions_registry["about"])
        self.help = HelpFeature(self)  # Help > How to use this reader (F1), above About
        self._on_style()
        QTimer.singleShot(0, self, self.fit_to_text_size)  # once the window has its size
        self.installEventFilter(self)

    def _keep_menu_items_whole(self) -> None:
        """The menus, drop-down lists and Qt's own context menus keep their whole words at large text
        (reader/ui/appearance/menu_style.py). They wait for the first screen, which shows none of them; so
        does the module: its QProxyStyle and QStyleOption types (~30, each with its enums) are not needed
        before then (issue 20)."""
        from PySide6.QtWidgets import QComboBox

        from reader.ui.appearance.menu_style import (
            keep_context_menus_whole,
            keep_items_whole,
            size_field_buttons,
            with_submenus,
        )

        menus = [menu for action in self.menuBar().actions() if isinstance(menu := action.menu(), QMenu)]
        keep_items_whole([*with_submenus([*menus, self.toolbar_fit.menu]), *self.findChildren(QComboBox)])
        keep_context_menus_whole(self)
        size_field_buttons(self)  # the fields' clear buttons as big as the text (walk 12, X13)

        def style_panel(dock: QDockWidget, shown: bool) -> None:
            if shown:
                keep_context_menus_whole(dock)
                size_field_buttons(dock)

        for dock in self.findChildren(QDockWidget):  # panels make their widgets when first shown: that panel's
            # (not the whole window again at every show and hide)
            dock.visibilityChanged.connect(lambda shown, dock=dock: style_panel(dock, shown))

    def createPopupMenu(self) -> QMenu | None:  # noqa: N802 - Qt override
        """The menu of toolbars and panels a right click on them opens, its items whole at large text."""
        from reader.ui.appearance.menu_style import keep_items_whole

        menu = super().createPopupMenu()
        if menu is not None:
            keep_items_whole([menu])
        return menu

    def _add_language_menu(self) -> None:
        from reader.ui.languages.menu import LanguageMenu

        self.languages = LanguageMenu(self)

    def when_on_screen(self, step: Callable[[], object]) -> None:
        """Run step once the first screen is up (at once if it is, or if this window does not wait).

        What a person cannot use in the first moment (hover definitions, Ctrl+wheel, the Language menu)
        is set up then: the first two ask Qt for a text view's viewport, and the first such question makes
        PySide6 create ~70 widget types (~8 ms); the Language menu's modules take ~2 ms (issue 20).
        """
        if self._on_screen_steps is None:
            step()
        else:
            self._on_screen_steps.append(step)

    def first_screen_shown(self) -> None:
        """The first screen is up: run the steps that waited for it (once)."""
        steps, self._on_screen_steps = self._on_screen_steps or [], None
        for step in steps:
            try:
                step()
            except Exception:  # one step failing must not keep the others from running
                log.exception("A start-up step failed")

    def _build_widgets(self) -> None:
        self._browser_place = QWidget(self)  # the library browser's place until it is made
        self.contents = ContentsList(self)
        self.contents_label = QLabel(translate("MainWindow", "On this page"), self)
        self.contents_label.setBuddy(self.contents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self._browser_place, 3)
        self._left_layout = left_layout
        left_layout.addWidget(self.contents_label)
        left_layout.addWidget(self.contents, 2)

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
        self.stack = QStackedWidget(self)  # (the home view goes first when made)
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
        use_scaling_title(self.glossary_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary_panel)
        self.glossary_panel.hide()
        self.glossary_tips = GlossaryTips(self.view, self.glossary, self)
        self.glossary_tips.library = lambda: self.library
        self.glossary_tips.current_article = lambda: self.current
        self.when_on_screen(self.glossary_tips.watch)

    def _build_actions(self) -> None:
        reg = self.actions_registry
        theme = self.appearance.theme  # icons in the theme's colours (reader/ui/appearance/icons.py)
        reg.add("back", translate("MainWindow", "&Back"), self.go_back, [QKeySequence.StandardKey.Back],
                back_icon(theme),
                translate("MainWindow", "Go back (Alt+Left)"))  # fmt: skip
        reg.add("forward", translate("MainWindow", "&Forward"), self.go_forward, [QKeySequence.StandardKey.Forward],
                forward_icon(theme),
                translate("MainWindow", "Go forward (Alt+Right)"))  # fmt: skip
        reg.add("home", translate("MainWindow", "&Home"), self.go_home, ["Alt+Home"],
                home_icon(theme),
                translate("MainWindow", "Go to the home page (Alt+Home)"))  # fmt: skip
        reg.add(
            "find",
            translate("MainWindow", "F&ind in article…"),
            self.open_find,
            [QKeySequence.StandardKey.Find],
        )
        reg.add("panel", translate("MainWindow", "☰ Bro&wse"), lambda: None, ["F9"],
                tip=translate("MainWindow", "Show or hide the list of articles and the article's headings (F9)"))  # fmt: skip
        reg.add("add_folder", translate("MainWindow", "&Add a folder of articles…"), self.add_folder)
        reg.add("quit", translate("MainWindow", "&Quit"), self.close, [QKeySequence.StandardKey.Quit])
        reg.add("about", translate("MainWindow", "&About Cancer Information Reader"), self.show_about)

    def _build_toolbar_and_menus(self) -> None:
        reg = self.actions_registry
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("panel", "back", "forward", "home", "find"):
            self.toolbar.addAction(reg[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # Buttons that do not fit on the main toolbar at large text sizes move to this second row.
        self.more_toolbar = QToolBar(translate("MainWindow", "More buttons"), self)
        self.more_toolbar.setObjectName("moreToolbar")
        self.more_toolbar.setMovable(False)
        self.more_toolbar.setToolButtonStyle(self.toolbar.toolButtonStyle())  # words, not only icons
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.more_toolbar)
        self.more_toolbar.hide()
        self.toolbar_fit = ToolbarFitter(self, self.toolbar, self.more_toolbar)
        self.side_panel = SidePanel(self.splitter, lambda: self._browser.tabs if self._browser else None, reg["panel"])
        # These two watch the window from just before it first shows (setVisible): the ~270 events of its
        # building (actions, panels and bars added by every feature) are none of theirs, and each was a
        # call into Python before the first picture (issue 20).
        self.side_docks = SideDocks(self, [self.glossary_panel], watch_now=False)
        # The keyboard back from a closed panel, Escape to close one: each panel is watched once the first
        # screen is up (the events of the window's building are none of its business; issue 20).
        self.when_on_screen(lambda: self._give_keyboard_back(self.glossary_panel))
        # Never past the screen at any text size (walk 7, C9): only the shown page's minimum counts, and the
        # window's minimum is its layout's but no more than the screen has (reader/ui/layout/screen_bound.py).
        self.page_sizes = ShownPageSizes(self.stack)
        self.screen_bound = ScreenBound(self, watch_now=False)
        self._watched = False
        self.articleShown.connect(lambda _key: QTimer.singleShot(0, self, self.side_docks.leave_room_beside_the_article))
        self._fit_height: int | None = None  # the window's height before a text size change
        self.toolbars_in_one_row = False  # kiosk mode: always one row
        self.menu("file").addAction(reg["add_folder"])
        self.menu("file").addSeparator()
        for name in ("back", "forward", "home"):
            self.menu("go").addAction(reg[name])
        self.menu("go").addAction(self.glossary_panel.toggleViewAction())
        self.menu("edit").addAction(reg["find"])

    # Layout at every text size ---------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        """Shown for the first time: the panels' and the screen's watchers start (see __init__)."""
        if visible and not self._watched:
            self._watched = True
            self.installEventFilter(self.side_docks)
            self.installEventFilter(self.screen_bound)
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Re-fit the toolbars and panel when the window is resized."""
        if watched is self and event.type() == QEvent.Type.Resize:
            self.fit_to_text_size()  # at once, so no toolbar is squeezed for a moment
            QTimer.singleShot(0, self, self.fit_to_text_size)
        return False

    @Slot()
    def fit_to_text_size(self) -> None:
        """Keep every button in view at this text size (in rows, or in one row with a More menu: see
        reader/ui/layout/toolbar_fit.py), and make the library panel wide enough for its tabs."""
        self.toolbar_fit.fit(one_row=self.one_row_toolbars())
        # The right-hand panels share one place when one over the other they would not fit (and in the
        # reading layout): reader/ui/layout/side_docks.py.
        self.side_docks.fit(self.reading_layout(), self._fit_height)
        self.fit_left_panel()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the toolbars take their new places now, not at the next event

    def one_row_toolbars(self) -> bool:
        """True when the toolbars share one row: at large text sizes, and always when asked (kiosk)."""
        return self.toolbars_in_one_row or self.reading_layout()

    def fit_left_panel(self) -> None:
        """The library panel as wide as the person made it, wider while its tabs need it; folded into
        a drawer in the reading layout (reader/ui/layout/side_panel.py)."""
        self.side_panel.set_reading_layout(self.reading_layout())

    def reading_layout(self) -> bool:
        """True at large text sizes: one toolbar row and the library panel folded into a drawer."""
        return self.appearance.font_scale >= READING_LAYOUT_SCALE

    def _fit_again(self, size: QSize) -> None:
        self._fit_height = size.height()
        self.fit_to_text_size()
        self._keep_size(size)
        self._fit_height = None

    def _keep_size(self, size: QSize) -> None:
        """A new text size leaves the window as big as it was when its contents fit in it (half-done
        layouts on the way, such as toolbars moving between rows, can make it grow past the screen)."""
        if self.isMaximized() or self.isFullScreen():
            return
        back = size.boundedTo(self.size()).expandedTo(self.minimumSize())  # only ever smaller
        if back != self.size():
            self.resize(back)

    @Slot(int)
    def _on_font_scale(self, percent: int) -> None:
        self.view.document().setDefaultFont(self.appearance.font())
        size = self.size()
        self._fit_height = size.height()
        self.fit_to_text_size()
        self._keep_size(size)
        self._fit_height = None
        QTimer.singleShot(0, self, lambda: self._fit_again(size))  # once every widget has its new size
        self.show_status(translate("MainWindow", "Text size: {percent}%").format(percent=percent), 4000)

    def tint_toolbar_icons(self) -> None:
        """Back, Forward and Home drawn in their buttons' text colour (again after a style sheet change)."""
        theme = self.appearance.theme
        for name, icon in (("back", back_icon), ("forward", forward_icon), ("home", home_icon)):
            action = self.actions_registry[name]
            action.setIcon(icon(theme, button_ink(self.toolbar.widgetForAction(action))))

    @Slot()
    def _on_style(self) -> None:
        self.tint_toolbar_icons()
        self.view.document().setDefaultFont(self.appearance.font())
        self.view.set_theme(self.appearance.theme, self.appearance.prefs.line_spacing)
        self.glossary_panel.set_theme(self.appearance.theme, self.appearance.prefs.line_spacing)
        if self._home is not None:
            self._home.page.document().setDefaultStyleSheet(self.appearance.article_css())
            self._home.set_library(self.library)

    def focus_order(self) -> list[QWidget]:
        """The order Tab follows: features' top widgets, features' pages (the search results, right under
        the box they answer: "Did you mean" was the 4th Tab from the box, after the left panel, walk 6
        X15), the left panel top to bottom, then the page (message, article, find bar)."""

        def declared(slot: str) -> list[QWidget]:
            return [widget for widgets in self._focus[slot] for widget in widgets()]

        browser, home = self._browser, self._home  # (each in its place once made)
        return [
            *declared("top"),
            *declared("pages"),  # hidden (so skipped) unless on screen
            *(
                [browser.reading_level, browser.tabs.tabBar(), browser.by_type, browser.by_topic, browser.filter,
                 browser.a_to_z]
                if browser is not None else []
            ),  # fmt: skip
            self.contents,
            *([home.page, home.add_folder] if home is not None else []),
            self.notice.copy_button,
            self.notice.close_button,
            self.view,
            self.find_bar.field,
            self.find_bar.previous,
            self.find_bar.next,
            self.find_bar.close_button,
            *declared("end"),
        ]

    def update_tab_order(self) -> None:
        """Make Tab follow the order people read the window in (hidden widgets are skipped by Qt)."""
        order = self.focus_order()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.contents.anchorRequested.connect(self.side_panel.close_drawer)
        self.view.linkRequested.connect(self.follow_link)
        self.contents.anchorRequested.connect(self.scroll_to_anchor)
        self.contents.anchorRequested.connect(self.headingJumped)
        self.appearance.fontScaleChanged.connect(self._on_font_scale)
        self.appearance.themeChanged.connect(self._on_style)
        self.appearance.readingOptionsChanged.connect(self._on_style)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self.glossaryRequested.connect(self.glossary_panel.show_term)
        self.glossary_panel.articleRequested.connect(self.open_article)

    def _make_browser(self) -> LibraryBrowser:
        """Make the library browser in its place at the left, showing the library as listed so far."""
        from reader.ui.layout.tabs import keep_labels_whole
        from reader.ui.library.browser import LibraryBrowser

        browser = LibraryBrowser(self)
        self._browser = browser
        self._left_layout.replaceWidget(self._browser_place, browser)
        self._browser_place.hide()
        self._browser_place.deleteLater()
        keep_labels_whole(browser.tabs)
        browser.articleRequested.connect(self.open_article)
        browser.articleRequested.connect(self.side_panel.close_drawer)
        # One reading level for the window: the library's box and the results page's filter keep in step
        # (walk 10, C15: side by side they said different levels, and a person could not tell which held).
        browser.readingLevelChanged.connect(self.search.set_reading_level)
        self.search.readingLevelChanged.connect(browser.set_reading_level)
        browser.set_reading_level(self.search.reading_level())  # (one chosen on the results page meanwhile)
        if self.library_listed:
            browser.set_library(self._library, complete=not self.library_loading)
        self.update_tab_order()
        self.side_panel.fit()
        return browser

    def _make_home(self) -> HomeView:
        """Make the home view (under the article in the page stack), as the library stands."""
        from reader.ui.library.home_view import HomeView

        home = HomeView(self)
        self._home = home
        self.stack.insertWidget(0, home)
        home.articleRequested.connect(self.open_article)
        home.addFolderRequested.connect(self.add_folder)
        home.page.document().setDefaultStyleSheet(self.appearance.article_css())
        home.set_library(self._library)
        if self.library_loading:
            home.show_loading(self._loading_first_time)
        self.update_tab_order()
        return home

    # Library ---------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show a (new) library in the browser and on the home view."""
        self._library = library
        self.library_loading = False
        self.library_listed = True
        if self._browser is not None:
            self._browser.set_library(library)
        if self._home is not None:
            self._home.set_library(library)
        self.glossary_panel.set_library(library)
        self.search.set_library(library)
        self.bookmarks.library_shown()
        errors = len(library.errors)
        count = len(library)
        message = translate("MainWindow", "%Ln article(s) in your library", None, count)
        if errors:  # (staff see which and why with `cancer-reader check`, docs/LIBRARY.md)
            message += " · " + translate(
                "MainWindow", "%Ln file(s) could not be opened and will not be shown", None, errors
            )
        missing = [str(r.folder) for r in library.reports if r.missing]
        if missing and not self.missing_folders_said_above:
            count = len(missing)
            message += " · " + translate("MainWindow", "%Ln folder(s) not found: {folders}", None, count).format(
                folders=", ".join(missing)
            )
        empty = [str(r.folder) for r in library.reports if not r.missing and not r.loaded and not r.skipped]
        if empty:  # a folder added by mistake, or not copied yet: say so rather than nothing
            count = len(empty)
            message += " · " + translate("MainWindow", "%Ln folder(s) with no articles: {folders}", None, count).format(
                folders=", ".join(empty)
            )
        self.statusBar().showMessage(message)
        if self._pending_link:  # clicked in the article that opened before the library was read
            href, self._pending_link = self._pending_link, ""
            self.follow_link(href)

    def show_library_so_far(self, library: Library) -> None:
        """While the library loads: list the articles read so far (each checked already) in the browser;
        the home view, search and glossary wait for the whole library (set_library)."""
        if not self.library_loading:
            return  # the whole library is on screen already
        self._library = library
        self.library_listed = True
        if self._browser is not None:
            self._browser.set_library(library, complete=False)  # the status bar says it is being opened

    def show_library_loading(self, first_time: bool = True) -> None:
        """Say the library is being opened (until set_library is called); first_time: every file is read."""
        self.library_loading = True
        self.library_listed = False
        self._loading_first_time = first_time
        if self._home is not None:
            self._home.show_loading(first_time)
        self.statusBar().showMessage(translate("MainWindow", "Opening your library…"))

    @Slot()
    def add_folder(self) -> None:
        """Ask for a folder of articles and add it to the library for good."""
        from PySide6.QtWidgets import QFileDialog  # its Qt type (~1 ms) when first used (issue 20)

        folder = QFileDialog.getExistingDirectory(
            self, translate("MainWindow", "Choose a folder of articles"), str(Path.home())
        )
        if folder:
            self.add_library_folder(Path(folder))

    def add_library_folder(self, folder: Path) -> None:
        """Add a folder to the settings and reload the library on a worker (emits libraryChanged)."""
        from reader.ui.library.loader import LibraryLoader

        folders = [str(f) for f in self.settings.library_folders()]
        newly_saved = str(folder) not in folders
        if newly_saved:
            self.settings.set("library_folders", [*folders, str(folder)])
        wanted = (
            [*self.library.folders, folder] if folder not in self.library.folders else self.library.folders
        )
        before = len(self.library)
        loader = LibraryLoader(wanted, self.options.catalog_file, parent=self)
        self.statusBar().showMessage(
            translate("MainWindow", "Adding articles from {folder}…").format(folder=folder)
        )

        listed_before = folder in self.library.folders

        def loaded(library: Library) -> None:
            from reader.ui.library.folder_report import added_text, already_there, report_for, summary, tell

            loader.deleteLater()
            self.set_library(library)
            added = len(library) - before
            report = report_for(library, folder)
            self.statusBar().showMessage(added_text(report, folder, added, listed_before), 10000)
            ok, text = summary(report, folder, added, listed_before)
            gave_nothing_new = report is not None and not report.loaded and already_there(report) > 0
            if (not ok or gave_nothing_new) and newly_saved:  # a folder that gave nothing is not kept
                self.settings.set("library_folders", folders)
            errors = report is not None and any(s.is_error for s in report.skipped)
            if not ok or errors or listed_before or gave_nothing_new:
                self.folder_report = tell(self, ok, text)
            self.libraryChanged.emit()

        loader.loaded.connect(loaded)
        loader.start()

    # Navigation ------------------------------------------------------------

    @Slot(str)
    def open_article(self, key: str, fragment: str = "", record: bool = True) -> bool:
        """Open an article by key; False when the library does not have it."""
        article = self.library.get(key)
        if article is None:
            self.show_notice(translate("MainWindow", "That article is not in your library any more."))
            return False
        return self.open_article_object(article, fragment, record)

    def open_article_object(self, article: Article, fragment: str = "", record: bool = True) -> bool:
        """Open this article, in the library or not yet (the one asked for at start opens before the
        library is read, see reader/app.py); True."""
        self._pending_link = ""
        if record:
            self.history.visit(Place(article.key, fragment))
        self._current = article
        self._opening = article.key
        self._pending_fragment = fragment
        self._keep_scroll = False  # another page: not where the person was in the last one
        self.statusBar().showMessage(
            translate("MainWindow", "Opening {title}…").format(title=article.display_title)
        )
        self.renderer.request(article, self.view.document_settings())
        # Asked for at start: the window's appearing may put the keyboard in the search box before the
        # page comes; the article still takes it then (unless someone has typed there meanwhile).
        self._focus_when_shown = not self.isVisible()
        self._update_navigation()
        return True

    def take_library_article(self, article: Article) -> None:
        """The library (read after the article on screen was opened) has this version of it: keep it, and
        show the page again, where the person is in it, if its title block differs (its twins are known
        only now) or it is another folder's file (one the catalog cache did not know yet comes first)."""
        current = self._current
        if current is None or current.key != article.key:
            return
        self._current = article
        shown = (current.path, current.twin_path, current.language_twin)
        if shown != (article.path, article.twin_path, article.language_twin):
            self._keep_scroll = True
            self._pending_fragment = ""
            self.renderer.request(article, self.view.document_settings())

    @Slot(str, object)
    def _on_rendered(self, key: str, page: RenderedArticle) -> None:
        if self.current is None or key != self.current.key:
            return
        self._opening = None
        self._current_page = page
        self.notice.hide()
        self.show_page(self.article_page)  # first, so the page is laid out once, at its size
        # Shown again (take_library_article): where the person is now, not when it was asked for (they
        # may have scrolled or jumped to a heading since: walk 5).
        place = self.view.verticalScrollBar().value() if self._keep_scroll else None
        self.view.show_html(page.html, self._pending_fragment, self.renderer.take_document())
        if place is not None:
            self.view.verticalScrollBar().setValue(place)
            self._keep_scroll = False
        if self._on_screen_steps is not None:
            # The first screen: the article; "On this page" lists its headings once the screen is up (their
            # told-apart names and rows measured at their wrapped height were ~5-15 ms before the article
            # was on screen, tests/bench/article_ab.py, issue 20). Its place is there, empty, until then.
            self.contents.clear()
            self.when_on_screen(self._list_headings)
        else:
            self.contents.set_headings(page.headings, page.html)
        if self.current is not None:
            self._glossary_language(self.current)
        self.glossary_panel.set_article_uses(page.glossary)
        self.setWindowTitle(
            translate("MainWindow", "{title} – Cancer Information Reader").format(
                title=self.current.display_title
            )
        )
        self.statusBar().showMessage(self.current.display_title)
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QLineEdit) and (not self._focus_when_shown or bool(focus.text()))
        self._focus_when_shown = False
        if not typing:  # unless someone is typing somewhere
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # reading starts at once, from the top
        self.articleShown.emit(key)

    @Slot(str, str)
    def _on_render_failed(self, key: str, reason: str) -> None:
        if key == self._opening:
            self._opening = None
        self.show_notice(
            translate("MainWindow", "Sorry, this article could not be shown. It may be damaged.")
        )

    @Slot()
    def go_home(self, record: bool = True) -> None:
        """Show the home view."""
        if record:
            self.history.visit(Place(""))
        self._pending_link = ""
        if self._current is not None and self.statusBar().currentMessage() == self._current.display_title:
            self.statusBar().clearMessage()  # the article's name goes with it (walk 9, X9-2)
        self._current = None
        self._current_page = None
        self._opening = None
        self.contents.clear()
        self.glossary_panel.set_article_uses(None)
        self.show_page(self.home)
        self.setWindowTitle(translate("MainWindow", "Cancer Information Reader"))
        self._update_navigation()
        self.homeShown.emit()

    def _glossary_language(self, article: Article) -> None:
        """Definitions in the article's language, where there are some (made when first needed)."""
        use_language = getattr(self.glossary, "use_language", None)
        if use_language is not None:
            use_language(article_language(article))

    def add_page_return(self, name: str, show: Callable[[object], object], on_screen: Callable[[], bool]) -> None:
        """How Back and Forward show a feature's page again (show gets what record_page_visit kept), and
        how to tell it is on screen."""
        self._page_returns[name] = (show, on_screen)

    def record_page_visit(self, name: str, state: object) -> None:
        """Put the feature page on screen in the history (the search results, just before one is opened),
        in place of the current place when that is the same page in another state."""
        place = Place("", page=name, state=state)
        current = self.history.current
        if current is not None and current.page == name:
            self.history.replace(place)
        else:
            self.history.visit(place)
        self._update_navigation()

    def _page_over_place(self) -> bool:
        """A feature page (search results) is on screen over the history's current article or home
        view, not recorded itself: Back shows what is under it (it skipped it before)."""
        current = self.history.current
        return current is not None and not current.page and any(shown() for _, shown in self._page_returns.values())

    def _go_to(self, place: Place | None) -> None:
        if place is None:
            return
        if place.page:
            page = self._page_returns.get(place.page)
            if page is not None:
                page[0](place.state)
        elif place.key:
            self.open_article(place.key, place.fragment, record=False)
        else:
            self.go_home(record=False)
        self._update_navigation()

    @Slot()
    def go_back(self) -> None:
        """Go to the previous place (or to the one under the search results on screen)."""
        if not self._page_over_place():
            self._go_to(self.history.back())
        elif self._current is not None and self._current_page is not None:
            self.show_article_page()  # the article under the results, where the person was in it
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._update_navigation()
        else:
            self._go_to(self.history.current)

    @Slot()
    def go_forward(self) -> None:
        """Go to the next place."""
        self._go_to(self.history.forward())

    def _update_navigation(self) -> None:
        self.actions_registry["back"].setEnabled(self.history.can_go_back() or self._page_over_place())
        self.actions_registry["forward"].setEnabled(self.history.can_go_forward())
        has_article = self.current is not None
        self.actions_registry["find"].setEnabled(has_article)
        self._show_contents_for_page()

    def _list_headings(self) -> None:
        """"On this page" for the article on screen (see _on_rendered)."""
        page = self._current_page
        if page is not None:
            self.contents.set_headings(page.headings, page.html)

    def _show_contents_for_page(self, old: QWidget | None = None) -> None:
        """"On this page" and the article's name in the status bar only while its article is on screen: beside
        search results they named the article read before (walk 8, X2)."""
        reading = self.current is not None and self.stack.currentWidget() is self.article_page
        self.contents.setVisible(reading)
        self.contents_label.setVisible(reading)
        if self.current is None or old is self.stack.currentWidget():
            return
        title = self.current.display_title
        if not reading and self.statusBar().currentMessage() == title:
            self.statusBar().clearMessage()
        elif reading and old is not None and not self.statusBar().currentMessage():
            self.statusBar().showMessage(title)

    @Slot(str)
    def follow_link(self, href: str) -> None:
        """Do what a clicked link asks, without ever leaving the app."""
        from reader.core.library.links import classify  # (its patterns and Link wait for a first link)

        link = classify(href)
        if self.library_loading and link.kind in ("site", "web"):
            # The article on screen opened before the library was read (reader/app.py): whether the page
            # is in the library is known in a moment, so answer then (set_library), not "not in it" now.
            self._pending_link = href
            self.statusBar().showMessage(translate("MainWindow", "Opening your library…"))
            return
        if link.kind == "glossary":
            self.glossaryRequested.emit(link.target, "")
        elif link.kind == "drug":
            article = self.glossary_tips.drug_article(link.target)
            if article is not None and article is not self.current:
                self.open_article(article.key)
            elif article is None:
                self.glossaryRequested.emit(link.target, "")
        elif link.kind == "anchor":
            self.scroll_to_anchor(link.target.lstrip("#"))
        elif link.kind == "site":
            article = self.library.by_url(link.target)
            fragment = link.target.split("#", 1)[1] if "#" in link.target else ""
            if article is not None:
                self.open_article(article.key, fragment)
            else:
                self.show_notice(translate("MainWindow", OFFLINE_PAGE), link.target)
        elif link.kind == "web" and (article := self.library.by_url(link.target)) is not None:
            self.open_article(article.key)  # an article of the library at its own address (another language's)
        elif link.kind in ("web", "mail"):
            self.show_notice(translate("MainWindow", OFFLINE_WEB), link.target)

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
        """Tell the person something short, above the article (and screen readers)."""
        self.announce(text)
        if self.stack.currentWidget() is not self.article_page:
            self.statusBar().showMessage(text + (f" ({address})" if address else ""), 10000)
            return
        self.notice.show_message(text + (f"\n{address}" if address else ""), address)

    @Slot()
    def show_about(self) -> None:
        """Show the version, the NCI credit and the licenses."""
        from reader.ui.window.about_dialog import AboutDialog

        AboutDialog(self, data_dir=self.options.data_dir).exec()

    def reset_for_next_visitor(self) -> list[str]:
        """Forget what the last person did (kiosk "Start over"); returns the steps that failed."""
        return self.reset_steps.run()

    def _reset_window(self) -> None:
        """Popups, tooltips, find, filters, fonts, theme, history: back to a fresh start."""
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        self.find_bar.reset()
        self.notice.hide()
        if self._browser is not None:
            self._browser.reset()
        self.view.show_html("")  # the last article must not linger in a hidden widget
        self.view.setFont(self._view_font)
        self.view.set_theme(self.appearance.theme, self.appearance.prefs.line_spacing)
        self.history.clear()
        self.go_home(record=True)  # the home view is now the only place in the history
        self.statusBar().clearMessage()

    def _reset_glossary(self) -> None:
        """The glossary panel and popup closed, the panel's filter cleared."""
        self.glossary_tips.reset()
        self.glossary_panel.reset()

    def _reset_appearance(self) -> None:
        """Text size, theme, line spacing and font back to how the app started."""
        self.appearance.restore(self._start_prefs)

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
