"""Side panels that shrink above the on-screen keyboard: in a kiosk each right-hand panel's contents
scroll, so the panel can be as short as the room left beside the article (walk 7, B1: the Bookmarks and
questions panel kept its full height and was drawn over the keyboard's right half)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from reader.ui.reading.reading_place import scroll_to_position, top_position

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


#: The article beside a right-hand panel keeps room for at least this many letters a line (of its own
#: font's average width); where the panel cannot leave that much, it takes the article's place.
READABLE_LETTERS = 35


class ArticleRoom(QObject):
    """A right-hand panel beside the article (or the home page) leaves it READABLE_LETTERS a line. Where
    the panel's own least width would not (large text: at 300 % the Bookmarks panel needed 768 px and the
    article was a 130 px column of two letters a line), the panel takes the whole width until it closes,
    and the article comes back with the line that was at its top."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget], article: QTextEdit) -> None:
        super().__init__(window)
        self.window = window
        self.docks = docks
        self.article = article
        self._place: int | None = None  # the article's top line when a panel took its place
        article.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The article made narrower for a panel being opened: note its top line from the layout it had (the
        window narrows it before the panel is shown, and the text flows again after this event)."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.article
            and self._place is None
            and self.article.isVisible()
            and any(not d.isHidden() for d in self.docks)
        ):
            self._place = top_position(self.article)
        return False

    def fit(self) -> None:
        """Beside the article with room for it, or in its place (after a panel opened or closed, or the
        text size changed)."""
        central = self.window.centralWidget()
        if central is None:
            return
        shown = next((d for d in self.docks if d.isVisible() and not d.isFloating()), None)
        article = self.article
        bar = article.verticalScrollBar().sizeHint().width() + 2 * article.frameWidth()  # (a finger's width)
        room = self.window.width() - article.fontMetrics().averageCharWidth() * READABLE_LETTERS - bar
        if shown is not None and shown.minimumSizeHint().width() > room:
            if not central.isHidden() and self._place is None and self.article.isVisible():
                self._place = top_position(self.article)  # (a larger text size, with the panel open)
            central.hide()
            return
        if central.isHidden():
            central.show()
            place = self._place
            if place is not None:  # once the article is laid out at its width again
                QTimer.singleShot(0, self, lambda: scroll_to_position(article, place))
        self._place = None
        if shown is not None and max(shown.width(), shown.sizeHint().width()) > room:  # (just opened: not
            self.window.resizeDocks([shown], [room], Qt.Orientation.Horizontal)  # laid out yet)
