"""A text cursor in the article (F7), so the arrow keys read it by line, word and letter.

Without it the article is read-only text that the arrow keys only scroll, and a screen reader has
no reading position to follow. It is on by itself when a screen reader is running; F7 (as in web
browsers' caret browsing) turns it on or off for anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTextBrowser

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost

CARET_FLAG = Qt.TextInteractionFlag.TextSelectableByKeyboard
ON_MESSAGE = QT_TRANSLATE_NOOP("ScreenReader", "Text cursor on: the arrow keys move through the text.")
OFF_MESSAGE = QT_TRANSLATE_NOOP("ScreenReader", "Text cursor off: the arrow keys scroll the article.")


def set_caret(view: QTextBrowser, on: bool) -> None:
    """Give the view a text cursor that the keyboard moves (or take it away)."""
    flags = view.textInteractionFlags()
    view.setTextInteractionFlags(flags | CARET_FLAG if on else flags & ~CARET_FLAG)


def has_caret(view: QTextBrowser) -> bool:
    """True when the keyboard moves a text cursor in the view."""
    return bool(view.textInteractionFlags() & CARET_FLAG)


class CaretBrowsing(QObject):
    """The View menu's "Text cursor in articles" (F7); on from the start when a screen reader runs."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.action = host.actions_registry.add(
            "caret", translate("ScreenReader", "&Text cursor in articles"), self._toggled, ["F7"],
            tip=translate("ScreenReader", "Move through the article's text with the arrow keys (F7)"),
        )  # fmt: skip
        self.action.setCheckable(True)
        host.menu("view").addAction(self.action)
        self._chosen = False  # True once the person used F7: then a screen reader starting changes nothing
        host.view.installEventFilter(self)
        self.set_on(QAccessible.isActive())

    def set_on(self, on: bool) -> None:
        """Turn the article's text cursor on or off."""
        self.action.setChecked(on)
        set_caret(self.host.view, on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """When the article gets the focus and a screen reader has started since, give it the cursor."""
        if event.type() == QEvent.Type.FocusIn and not self._chosen and not self.action.isChecked():
            if QAccessible.isActive():
                self.set_on(True)
        return False

    @Slot()
    def _toggled(self) -> None:
        self._chosen = True
        on = self.action.isChecked()
        set_caret(self.host.view, on)
        message = translate("ScreenReader", ON_MESSAGE if on else OFF_MESSAGE)
        self.host.show_status(message, 5000)
        self.host.announce(message)
