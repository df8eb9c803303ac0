"""A row of buttons that goes onto more rows when the room is narrow, instead of widening the window.

A QHBoxLayout asks for all its buttons side by side as its minimum width. At 300% the Bookmarks panel's
"Open, Edit…, Remove, Undo" (in Spanish wider still) made the panel, and so the window, wider than a
1280x800 screen (walk 7, C9). This row needs only its widest button's width and asks for the height its
rows take at the width it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ButtonRows(QLayout):
    """Lays its widgets left to right, starting a new row when the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's item list ----------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        """Keep the item (addWidget() comes here)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """The item at index, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Remove and return the item at index."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # Sizes -----------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        """It never asks for more room than its rows need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Its height depends on its width (how many rows)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the rows at this width."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Every button on one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest button's width; the height of the rows at the width the row has now."""
        margins = self.contentsMargins()
        width = max((item.sizeHint().width() for item in self._shown()), default=0)
        width += margins.left() + margins.right()
        now = self.geometry().width()
        return QSize(width, self.heightForWidth(max(now, width)) if now > 0 else self.sizeHint().height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Put each button in its row."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def rows(self) -> list[list[QWidget]]:
        """The shown widgets, row by row, as laid out now."""
        found: dict[int, list[QWidget]] = {}
        for item in self._shown():
            widget = item.widget()
            if widget is not None:
                found.setdefault(widget.y(), []).append(widget)
        return [found[top] for top in sorted(found)]

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in rect (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:  # no room left on this row
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), hint.height())))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
