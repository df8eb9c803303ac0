"""Buttons that are never narrower than their whole name, whatever a style sheet's min-width says.

A style sheet's ``min-width`` becomes the button's own minimum width, and a row short of room may then
squeeze the button to it and cut its name ("Next match" became "m" in the kiosk at 200%). These buttons
take their name's width as their minimum again each time their font or style changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

_REFIT = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish})


class WholeButtons(QObject):
    """Keeps each watched button at least as wide as its whole name."""

    def watch(self, button: QAbstractButton) -> None:
        """Keep this button whole from now on."""
        button.installEventFilter(self)
        self._fit(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A new font, style or name: measure the button again."""
        if isinstance(watched, QAbstractButton) and event.type() in _REFIT:
            self._fit(watched)
        return False

    @staticmethod
    def _fit(button: QAbstractButton) -> None:
        width = button.sizeHint().width()
        if button.minimumWidth() != width:
            button.setMinimumWidth(width)
