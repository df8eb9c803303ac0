"""A panel's title bar in the app's text size: its name and a Close button that grow with the text.

Qt's own dock title bar draws the name in a fixed small size with tiny close and float buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.ui.layout.wrapping_label import WrappingLabel


class DockTitleBar(QWidget):
    """The panel's name and a "Close" button; dragging the bar still moves a movable panel."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName("dockTitleBar")
        self.title = WrappingLabel(dock.windowTitle(), self)  # a long name wraps at large text
        self.title.setObjectName("dockTitle")
        self.close_button = QPushButton(translate("Panel", "Close"), self)
        self.close_button.setObjectName("dockClose")
        self.close_button.setAccessibleName(translate("Panel", "Close {panel}").format(panel=dock.windowTitle()))
        self.close_button.clicked.connect(dock.close)
        dock.windowTitleChanged.connect(self._on_title)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def _on_title(self, title: str) -> None:
        self.title.setText(title)
        self.close_button.setAccessibleName(translate("Panel", "Close {panel}").format(panel=title))


def use_scaling_title(dock: QDockWidget) -> DockTitleBar:
    """Give a panel the title bar that follows the text size."""
    bar = DockTitleBar(dock)
    dock.setTitleBarWidget(bar)
    return bar
