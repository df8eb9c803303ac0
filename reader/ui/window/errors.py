"""Telling the person about a problem in plain words, and catching what would otherwise crash."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


def tell(parent: QWidget | None, message: str, title: str = "") -> None:
    """Log a problem and show it to the person in a simple dialog."""
    log.warning("%s", message)
    from PySide6.QtWidgets import QMessageBox  # its Qt type (~1 ms) when first used, not at start (issue 20)

    QMessageBox.information(parent, title or translate("MainWindow", "Cancer Information Reader"), message)


ERROR_TITLE = QT_TRANSLATE_NOOP("Errors", "Something went wrong")
ERROR_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "Something went wrong inside the reader. Your bookmarks and notes are safe. "
    "You can keep reading; if it happens again, please tell staff.",
)


def install_excepthook(interactive: bool = True) -> None:
    """Log unexpected errors and show one calm dialog at a time, instead of closing the window.

    With interactive=False (screenshots, self-tests, no screen) errors are only logged, so a
    scripted run never waits on a dialog nobody can see.
    """
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if not interactive or showing:
            return
        showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, translate("Errors", ERROR_TITLE), translate("Errors", ERROR_TEXT))
        finally:
            showing = False

    sys.excepthook = hook
