"""A stack of pages whose minimum size is the shown page's, not the largest hidden page's.

Qt's QStackedWidget asks for the biggest minimum of all its pages, shown or not. In a kiosk that made the
window taller than the screen: an article (with its match bar) plus the on-screen keyboard plus the hidden
search results page's minimum (filters and list) came to 928 px on an 800 px screen, and with no window
manager to hold it the window simply grew, taking the keyboard's bottom rows off the screen (walk 6, B1).
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Slot
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class ShownPageSizes(QObject):
    """Keeps every hidden page of a stack at an Ignored size policy (no minimum), the shown one at its own."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        self._own: dict[int, QSizePolicy] = {}  # each page's own size policy, by id()
        stack.currentChanged.connect(self.refresh)
        stack.installEventFilter(self)  # pages added later are counted as soon as they are added
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A page added to the stack: size it as hidden or shown."""
        if watched is self.stack and isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildAdded:
            child = event.child()
            if isinstance(child, QWidget) and not child.isWindow():
                self._size(child, shown=child is self.stack.currentWidget())
        return False

    @Slot()
    def refresh(self) -> None:
        """Hidden pages ask for no room; the shown page gets its own size policy back."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is not None:
                self._size(page, shown=page is current)
        self.stack.updateGeometry()

    def _size(self, page: QWidget, shown: bool) -> None:
        own = self._own.get(id(page))
        if own is None:
            own = self._own[id(page)] = page.sizePolicy()
        wanted = own if shown else QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        if page.sizePolicy() != wanted:
            page.setSizePolicy(wanted)
