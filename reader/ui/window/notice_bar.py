"""A quiet message bar above the article (for example: a page that is not available offline).

On a narrow window (a small screen, or 300 % text) the buttons go under the message, so the words have the
bar's whole width; and the bar takes at most half the height it shares with the article (its message
scrolls inside it beyond that), so the article keeps its room (walk 13, C3: at 300 % on 800x480 the words
were squeezed into a 240 px column beside the buttons and cut off at the top and bottom, and the article
had 50-80 px).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from reader.core.languages.translate import translate

# The bar may take this share of the height it shares with the pages below before its message scrolls.
TALLEST_SHARE = 0.5
# The buttons go under the message when they would take more than this share of the bar's width.
BUTTONS_SHARE = 0.34


class NoticeText(QScrollArea):
    """The message: as tall as its lines, up to a share of the bar's place, then it scrolls."""

    def __init__(self, label: QLabel, parent: NoticeBar) -> None:
        super().__init__(parent)
        self.bar = parent
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (taken when the message scrolls: arrows scroll it)
        self.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)
        # As tall as its lines when there is room; down to two lines (scrolling) when there is not: the
        # article below keeps the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _lines(self) -> int:
        return 2 * self.label.fontMetrics().lineSpacing() + 2

    def tallest(self) -> int:
        """The most height the message takes when there is room: the bar no more than half of the height it
        shares with the pages below, the message at least two lines."""
        return max(self._lines(), self.bar.text_room())

    def _height(self) -> int:
        return min(self.label.heightForWidth(max(self.viewport().width(), 1)), self.tallest())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The message's width on one line, and every line at the width it has (up to the tallest)."""
        return QSize(self.label.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A few words wide, and two lines tall (or one, for a one-line message)."""
        return QSize(8 * self.label.fontMetrics().averageCharWidth(), min(self._height(), self._lines()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """At a new width: a new height, and keyboard focus only when the message scrolls."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
        scrolls = self.label.heightForWidth(self.viewport().width()) > self.viewport().height()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)


class NoticeBar(QFrame):
    """Shows one short message, with an optional address the person can copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("NoticeBar", "Message"))
        # Made with the first message (nothing more than the label is built at start: issue 20).
        self.text_area: NoticeText | None = None
        self.copy_button = QPushButton(translate("NoticeBar", "Copy address"), self)
        self.copy_button.setAccessibleName(translate("NoticeBar", "Copy the web address"))
        self.close_button = QPushButton(translate("NoticeBar", "OK"), self)
        self.close_button.setAccessibleName(translate("NoticeBar", "Close the message"))
        self.buttons = QWidget(self)
        self.button_row = QHBoxLayout(self.buttons)
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addWidget(self.copy_button)
        self.button_row.addWidget(self.close_button)
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._layout = layout
        self.copy_button.clicked.connect(self._copy)
        self.close_button.clicked.connect(self.hide)
        self._address = ""
        self._watched: QWidget | None = None
        self.hide()

    def show_message(self, text: str, address: str = "") -> None:
        """Show text; with an address, offer to copy it."""
        self._address = address
        if self.text_area is None:
            self.text_area = NoticeText(self.label, self)  # (takes the label)
            self._layout.insertWidget(0, self.text_area, 1)
        self.label.setText(text)
        self.copy_button.setVisible(bool(address))
        self.show()
        self._arrange()

    def text_room(self) -> int:
        """The height the message may have: the bar takes at most a share of its place's height."""
        place = self.parentWidget()
        height = place.height() if place is not None else self.window().height()
        margins = self._layout.contentsMargins()
        others = margins.top() + margins.bottom()
        if self.stacked():
            others += self.buttons.sizeHint().height() + self._layout.spacing()
        return int(height * TALLEST_SHARE) - others

    def stacked(self) -> bool:
        """True when the buttons are under the message (a narrow bar)."""
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange(self) -> None:
        """Buttons beside the message, or under it when they would leave the words too little room."""
        under = self.buttons.sizeHint().width() > self.width() * BUTTONS_SHARE
        direction = QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            if self.text_area is not None:
                self.text_area.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width may put the buttons under the message, or back beside it."""
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Follow the height of its place (the message may take a share of it)."""
        super().showEvent(event)
        place = self.parentWidget()
        if place is not None and place is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            place.installEventFilter(self)
            self._watched = place
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Its place's height changed: so may the most the message may take."""
        if watched is self._watched and event.type() == QEvent.Type.Resize and self.text_area is not None:
            self.text_area.updateGeometry()
        return False

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._address)
        self.label.setText(self.label.text() + "\n" + translate("NoticeBar", "The address was copied."))
