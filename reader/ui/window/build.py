"""build_window(): the one way the app, --self-test and the tests make a main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.window.main_window import MainWindow, WindowOptions

if TYPE_CHECKING:
    from reader.core.bookmarks.store import BookmarkStore
    from reader.core.glossary.entries import Glossary
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.appearance.appearance import Appearance


def build_window(
    library: Library,
    settings: Settings,
    *,
    glossary: Glossary | None = None,
    appearance: Appearance | None = None,
    bookmarks: BookmarkStore | None = None,
    options: WindowOptions | None = None,
) -> MainWindow:
    """A main window with every feature, built from the objects given (defaults where None)."""
    return MainWindow(
        library,
        settings,
        glossary=glossary,
        appearance=appearance,
        bookmarks=bookmarks,
        options=options or WindowOptions(),
    )
