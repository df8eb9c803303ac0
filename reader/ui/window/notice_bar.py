"""A quiet message bar above the article (for example: a page that is not available offline)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from reader.core.languages.translate import translate


class NoticeBar(QFrame):
    """Shows one short message, with an optional address the person can copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("NoticeBar", "Message"))
        self.copy_button = QPushButton(translate("NoticeBar", "Copy address"), self)
        self.copy_button.setAccessibleName(translate("NoticeBar", "Copy the web address"))
        self.close_button = QPushButton(translate("NoticeBar", "OK"), self)
        self.close_button.setAccessibleName(translate("NoticeBar", "Close the message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.close_button)
        self.copy_button.clicked.connect(self._copy)
        self.close_button.clicked.connect(self.hide)
        self._address = ""
        self.hide()

    def show_message(self, text: str, address: str = "") -> None:
        """Show text; with an address, offer to copy it."""
        self._address = address
        self.label.setText(text)
        self.copy_button.setVisible(bool(address))
        self.show()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._address)
        self.label.setText(self.label.text() + "\n" + translate("NoticeBar", "The address was copied."))
