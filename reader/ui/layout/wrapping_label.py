"""A label whose words wrap onto more lines instead of making the window wider at large text sizes.

A plain QLabel in a row asks for its whole text on one line as its minimum width; at 300% a sentence in a
bar or a panel's name then widens the window past the screen. This one needs only its longest word's
width, and asks for the height its lines take at the width it gets (in toolbars and dock title bars too,
whose layouts do not ask labels for a height for their width).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    """Wraps between words; as narrow as its longest word, as tall as its lines need."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _frame(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All the words on one line."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + self._frame() + 2, self._lines_height(None))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The longest word's width, and the height of the lines at the width the label has now."""
        return QSize(self.minimum_width(), self._lines_height(self.width()))

    def _lines_height(self, width: int | None) -> int:
        one_line = self.fontMetrics().height() + 2 * self.margin() + 2 * self.frameWidth()
        if width is None or not self.text():
            return one_line
        # Measured here: QLabel.heightForWidth answers with at least the minimum height set before.
        inner = max(width, self.minimum_width()) - self._frame()
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
        lines = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), flags, self.text()).height()
        return max(one_line, lines + 2 * self.margin() + 2 * self.frameWidth())

    def minimum_width(self) -> int:
        """The width of the longest word (and the frame)."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        return longest + self._frame() + 2

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """New words may need another number of lines."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """At a new width the lines are new too."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new text size can need more lines."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        height = self._lines_height(self.width())
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)  # the layouts above give the bar or title this height
            self.updateGeometry()
