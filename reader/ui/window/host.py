"""The narrow interface a feature gets from the window: menus, toolbars, docks, pages, messages, resets.

Features (search, bookmarks, handouts, read aloud, reading controls, kiosk mode) are given a `WindowHost`
instead of the whole `MainWindow`: they add their own actions, widgets and reset steps through it and
read the shared reading state (the library, the article on screen, the article view), but never reach
into another feature's widgets. `MainWindow` implements it; tests may pass any object that does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

    from reader.core.library.article import Article
    from reader.core.library.catalog import Library
    from reader.core.render.page import RenderedArticle
    from reader.core.settings.store import Settings
    from reader.ui.appearance.appearance import Appearance
    from reader.ui.reading.article_view import ArticleView
    from reader.ui.window.actions import ActionRegistry

#: The window's menus, by name, in the order they appear.
MENU_NAMES = ("file", "edit", "view", "go", "bookmarks", "help")

#: Where a feature's focusable widgets go in the Tab order (see MainWindow.focus_order).
FOCUS_SLOTS = ("top", "pages", "end")


class WindowHost(Protocol):
    """What a feature may use of the window it plugs into."""

    articleShown: SignalInstance  # key: an article is on screen
    homeShown: SignalInstance
    libraryChanged: SignalInstance
    headingJumped: SignalInstance  # anchor: the person chose a heading in "On this page"

    actions_registry: ActionRegistry
    settings: Settings
    appearance: Appearance

    #: True while the library is being read (what it holds is not known yet).
    library_loading: bool
    #: A feature's bar above the pages names the folders not found: the status line leaves them out.
    missing_folders_said_above: bool

    @property
    def library(self) -> Library:
        """The library on screen."""
        ...

    @property
    def current(self) -> Article | None:
        """The article on screen (or being opened), None on the home view."""
        ...

    @property
    def current_page(self) -> RenderedArticle | None:
        """The converted article on screen."""
        ...

    @property
    def view(self) -> ArticleView:
        """The article view (shared reading surface: marks, selection, scrolling)."""
        ...

    def menu(self, name: str) -> QMenu:
        """One of MENU_NAMES (made on first use, kept in the usual order)."""
        ...

    def add_toolbar(self, toolbar: QToolBar, new_row: bool = False) -> None:
        """Add a toolbar at the top, optionally on a row of its own."""
        ...

    def add_to_main_toolbar(self, actions: Sequence[QAction | None]) -> None:
        """Add actions (or None for a separator) to the main toolbar."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a panel at the side of the window."""
        ...

    def add_page(self, page: QWidget) -> None:
        """Add a page that can take the article's place (e.g. search results)."""
        ...

    def add_above_pages(self, bar: QWidget) -> None:
        """Put a bar above the home view and the article (a message that stays until the person acts)."""
        ...

    def show_page(self, page: QWidget) -> None:
        """Show a page added with add_page."""
        ...

    def update_tab_order(self) -> None:
        """Make Tab follow the reading order again (after a feature added widgets late)."""
        ...

    def show_article_page(self) -> None:
        """Show the article page again (the article on screen)."""
        ...

    def show_home_page(self) -> None:
        """Show the home page without changing the history."""
        ...

    def page_on_screen(self) -> QWidget:
        """The page now shown in the article's place."""
        ...

    def text_surface(self) -> QWidget:
        """The widget with the text on screen: the article view, or the home page's text."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget that dialogs and feature objects belong to."""
        ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A short message in the status bar."""
        ...

    def announce(self, text: str, kind: str = "", every: float = 0.0) -> bool:
        """Tell screen readers something that changed (once; at most one of a kind every `every` s)."""
        ...

    def show_notice(self, text: str, address: str = "") -> None:
        """A short message above the article."""
        ...

    def open_article(self, key: str, fragment: str = "", record: bool = True) -> bool:
        """Open an article by key; False when the library does not have it."""
        ...

    def record_page_visit(self, name: str, state: object) -> None:
        """Put the feature page on screen in the back/forward history (state: what shows it again)."""
        ...

    def add_page_return(self, name: str, show: Callable[[object], object], on_screen: Callable[[], bool]) -> None:
        """How Back and Forward show a feature's page again, given the state record_page_visit kept, and
        how to tell it is on screen (Back from it, not yet recorded, shows what is under it)."""
        ...

    def add_reset_step(self, name: str, step: Callable[[], object]) -> None:
        """Run step when the window forgets one visitor before the next (kiosk)."""
        ...

    def when_on_screen(self, step: Callable[[], object]) -> None:
        """Run step once the first screen is up (what a person cannot use in the first moment)."""
        ...

    def add_focus_widgets(self, slot: str, widgets: Callable[[], list[QWidget]]) -> None:
        """Declare focusable widgets for the Tab order, at one of FOCUS_SLOTS."""
        ...
