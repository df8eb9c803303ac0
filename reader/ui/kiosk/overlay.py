"""A card shown over the whole window, on a dimmed background (idle prompt, staff PIN prompt).

The card is placed by hand, not by a layout with a centring alignment: such a layout sized it for its
wrapped message as if the message had the whole window's width, so a message that needs more lines at
the card's real width lost its last line ("...Toque el", walk 4). Here the card's width is chosen first
and its height is the one its contents need at that width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

#: Room kept between the card and the window's edges, in pixels.
EDGE_PX = 16


class Overlay(QWidget):
    """Covers its parent, follows its size, and holds a centred card (self.card, self.card_layout)
    with a title and a wrapped message (self.title, self.message) for the subclass to lay out."""

    #: The card's width when the window has room for it (0: as wide as its contents ask).
    card_width = 0

    def __init__(self, parent: QWidget, title: str = "") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMaximumWidth(760)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(20)
        self.title = QLabel(title, self.card)
        self.title.setObjectName("promptTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("promptText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.hide()

    def place_card(self) -> None:
        """Centre the card, as wide as wanted (within the window) and as high as its contents need there."""
        layout = self.card_layout
        room_w = max(1, self.width() - 2 * EDGE_PX)
        room_h = max(1, self.height() - 2 * EDGE_PX)
        width = min(room_w, self.card.maximumWidth(), max(self.card_width, layout.totalSizeHint().width()))
        width = max(width, min(room_w, layout.totalMinimumSize().width()))
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        height = min(room_h, max(height, layout.totalMinimumSize().height()))
        self.card.setGeometry(QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height))

    def event(self, event: QEvent) -> bool:
        """Place the card again when its contents ask for another size (a new message, another font)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.place_card()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the card in the middle at its width."""
        super().resizeEvent(event)
        self.place_card()

    def open(self) -> None:
        """Show over everything else in the window."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.place_card()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep covering the parent when it is resized."""
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dim what is behind the card."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()
