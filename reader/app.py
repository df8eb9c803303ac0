"""Builds the objects and starts the window: the only place that wires the app together."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.cli import Context

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace, ctx: Context) -> int:
    """Start the reader window; with --screenshot, save a picture and exit."""
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.core.glossary import Glossary
    from reader.core.kiosk_policy import resolve_policy
    from reader.core.settings import Settings
    from reader.ui.errors import install_excepthook
    from reader.ui.main_window import MainWindow

    policy = resolve_policy(force_kiosk=getattr(args, "kiosk", False))
    if policy.enabled:  # nothing is written to disk, and the policy adds its library folders
        ctx.settings = Settings(None)  # type: ignore[misc]
        ctx.library_args = [*ctx.library_args, *policy.library_folders]

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cancer-reader")
    app.setApplicationDisplayName("Cancer Information Reader")
    app.setDesktopFileName("cancer-reader")
    install_excepthook()
    from reader.core.bookmarks import BookmarkStore, open_store

    glossary = Glossary.load(ctx.locations.data_dir)
    # A kiosk keeps each visitor's bookmarks and questions in memory only.
    bookmarks = BookmarkStore() if policy.enabled else open_store(ctx.locations.data_dir)
    window = MainWindow(ctx.library, ctx.settings, glossary=glossary, bookmarks=bookmarks)
    for problem in [*ctx.settings.problems, *glossary.problems]:
        window.statusBar().showMessage(problem, 15000)
    if policy.enabled:
        from reader.ui.kiosk import enable_kiosk

        enable_kiosk(window, policy)
    else:
        window.show()
    if args.open:
        article = ctx.library.find(args.open)
        if article is None:
            print(f"No article in the library matches {args.open!r}.", file=sys.stderr)
        else:
            window.open_article(article.key)
    if args.screenshot:
        from reader.ui.screenshot import save_when_ready

        return save_when_ready(app, window, args.screenshot)
    return app.exec()
