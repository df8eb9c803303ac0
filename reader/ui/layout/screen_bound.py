"""A main window that never grows past its screen by itself, at any text size, with any panel open.

Qt makes a top-level window at least as big as its layout's minimum size, growing it by itself when a
panel, a bar or a larger text size asks for more; a window manager keeps that minimum too. At 300% with
the Bookmarks panel open the window grew to 1638 px on a 1280x800 screen, its Close, Remove, Undo and
More buttons, the scroll bar and the status bar off the screen (walk 7, C9). Here the layout no longer
sets the window's minimum (as the kiosk does, docs/KIOSK.md): the window's minimum is the layout's, but
never more than the screen's room, and a window that grew to fit is moved back onto the screen. What does not fit inside wraps, scrolls or goes into "More" (toolbar_fit.py,
button_rows.py, stack_pages.py, side_docks.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QLayout, QWidget


def screen_room(window: QWidget) -> QRect:
    """The part of the window's screen it may use (without task bars), less its frame."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else QRect(0, 0, 100000, 100000)
    frame, inner = window.frameGeometry(), window.geometry()
    return room.adjusted(
        inner.left() - frame.left(), inner.top() - frame.top(),
        inner.right() - frame.right(), inner.bottom() - frame.bottom(),
    )  # fmt: skip


class ScreenBound(QObject):
    """Keeps a top-level window's minimum size, and its size when shown, within its screen."""

    def __init__(self, window: QWidget, watch_now: bool = True) -> None:
        """Without watch_now, the window's owner installs this as its event filter before it first shows
        (the events of its building are none of ours)."""
        super().__init__(window)
        self.window = window
        #: Someone else sizes the window for good (the kiosk fills the screen): hands off.
        self.held = False
        self._pending = False
        layout = window.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        if watch_now:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A layout asking for new sizes, or the window shown or moved to another screen: fit again."""
        kind = event.type()
        if watched is self.window and not self.held:
            if kind == QEvent.Type.LayoutRequest:
                self.fit_minimum()
                if not self._pending:  # once the layouts below have their new sizes too
                    self._pending = True
                    QTimer.singleShot(0, self, self._fit_later)
            elif kind in (QEvent.Type.Show, QEvent.Type.ScreenChangeInternal):
                self.fit()
        return False

    def _fit_later(self) -> None:
        self._pending = False
        if not self.held:
            self.fit_minimum()

    def fit(self) -> None:
        """The minimum within the screen, and a window that fits its screen on it (a bigger one is left to
        the person and their window manager: tests and people may make a window larger than a screen)."""
        self.fit_minimum()
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """A window that fits its screen but reaches past an edge (it grew) is moved back onto it."""
        window = self.window
        if window.isMaximized() or window.isFullScreen():
            return
        room, place = screen_room(window), window.geometry()
        if room.contains(place) or place.width() > room.width() or place.height() > room.height():
            return
        x = min(max(place.x(), room.x()), room.right() + 1 - place.width())
        y = min(max(place.y(), room.y()), room.bottom() + 1 - place.height())
        window.move(window.pos() + QPoint(x, y) - place.topLeft())

    def fit_minimum(self) -> None:
        """The window's minimum: its layout's, but never more than the screen's room."""
        window = self.window
        layout = window.layout()
        wanted = layout.totalMinimumSize() if layout is not None else QSize(0, 0)
        bounded = wanted.boundedTo(screen_room(window).size())
        if window.minimumSize() != bounded:
            window.setMinimumSize(bounded)  # (Qt makes a smaller window this big at once)
            self.keep_on_screen()
