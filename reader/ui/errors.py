"""Telling the person about a problem in plain words, and catching what would otherwise crash."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tell(parent: QWidget | None, message: str, title: str = "Cancer Information Reader") -> None:
    """Log a problem and show it to the person in a simple dialog."""
    log.warning("%s", message)
    QMessageBox.information(parent, title, message)


def install_excepthook(parent_getter: object = None) -> None:
    """Show a calm dialog for an unexpected error instead of closing the window."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.warning(
            None,
            "Something went wrong",
            "Something went wrong inside the reader. Your bookmarks and notes are safe. "
            "You can keep reading; if it happens again, please tell staff.",
        )

    sys.excepthook = hook
