"""Side panels that shrink above the on-screen keyboard: in a kiosk each right-hand panel's contents
scroll, so the panel can be as short as the room left beside the article (walk 7, B1: the Bookmarks and
questions panel kept its full height and was drawn over the keyboard's right half)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea, QWidget

#: The least height a panel's contents keep (a finger-sized row and a bit), in pixels.
PANEL_MIN_PX = 96


class PanelScroll(QScrollArea):
    """Holds a panel's contents: as wide as they need, but only PANEL_MIN_PX tall at the least (they scroll)."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPanelScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)
        inner.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The contents' width (and a scroll bar's), a short height."""
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        wanted = inner.minimumSizeHint().expandedTo(inner.minimumSize())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(wanted.width() + bar, min(wanted.height(), PANEL_MIN_PX))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As big as the contents would like, a scroll bar's width more."""
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        return inner.sizeHint() + QSize(self.verticalScrollBar().sizeHint().width(), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The panel got shorter (the keyboard came up): the field being typed in stays in view."""
        super().resizeEvent(event)
        focus = QApplication.focusWidget()
        inner = self.widget()
        if focus is not None and inner is not None and inner.isAncestorOf(focus):
            scroll_to_whole(self, focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The contents' minimum changed (larger text, a message): the panel asks for room again."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def let_panel_shrink(dock: QDockWidget) -> None:
    """Put the dock's contents in a PanelScroll (once; a dock with no contents yet is left for later)."""
    inner = dock.widget()
    if inner is None or isinstance(inner, PanelScroll):
        return
    scroll = PanelScroll(inner, dock)
    dock.setWidget(scroll)


def show_whole(field: QWidget) -> None:
    """Scroll every panel the field is in so that the field is on screen."""
    child, parent = field, field.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget() is not field:
            scroll_to_whole(parent, field)
        child, parent = parent, parent.parentWidget()


def scroll_to_whole(area: QScrollArea, field: QWidget, margin: int = 8) -> None:
    """Scroll area up or down just enough to show the whole field (Qt's ensureWidgetVisible shows a text
    field's caret only, so the field's lower part could stay under the keyboard)."""
    inner = area.widget()
    if inner is None or not inner.isAncestorOf(field):
        return
    top = field.mapTo(inner, field.rect().topLeft()).y() - margin
    bottom = top + field.height() + 2 * margin
    bar = area.verticalScrollBar()
    height = area.viewport().height()
    if bottom - bar.value() > height:
        bar.setValue(bottom - height)
    if top < bar.value():
        bar.setValue(top)
