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

    from reader.ui.about_dialog import app_icon
    from reader.ui.errors import install_excepthook
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cancer-reader")
    app.setApplicationDisplayName("Cancer Information Reader")
    app.setDesktopFileName("cancer-reader")
    app.setWindowIcon(app_icon())
    install_excepthook()
    window = MainWindow(ctx.library, ctx.settings)
    for problem in ctx.settings.problems:
        window.statusBar().showMessage(problem, 15000)
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
