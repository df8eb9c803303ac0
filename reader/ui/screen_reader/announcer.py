"""Short spoken messages for screen readers when something changes that has no focus of its own.

Qt 6.8's `QAccessibleAnnouncementEvent` is the standard way, but Orca 43 (Debian 12) does not listen
for AT-SPI announcements, so on Linux a message is shown as a notification object instead, which
every Orca version speaks once ("notification, 12 articles found"). Elsewhere the announcement event
is used. Each message gets its own object (three are reused in turn), so a second message never
changes the words of one a screen reader has not read yet. The same words are not said twice within a
few seconds; a caller can also ask for at most one message of a kind every so often (progress).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QGuiApplication,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from reader.core.languages.translate import translate
from reader.ui.screen_reader.factory import LeafMethods, forget, install_accessibility_factory, register

REPEAT_SECONDS = 4.0  # the same words again within this time are not said again
_SLOTS = 3
_ATSPI_PLATFORMS = ("xcb", "wayland")


class _MessageNode(LeafMethods, QAccessibleInterface):
    """One spoken message: a notification object whose name is the message."""

    owner: _NoticeAccessible

    def __init__(self, owner: _NoticeAccessible) -> None:
        super().__init__()
        self.owner = owner
        self.message = ""

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        """Valid while the notice widget exists."""
        return shiboken6.isValid(self.owner) and shiboken6.isValid(self.owner.widget())

    def text(self, kind: QAccessible.Text) -> str:
        """The message is the name."""
        return self.message if kind == QAccessible.Text.Name else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        """Read-only."""

    def rect(self) -> QRect:
        """Nowhere on screen."""
        return QRect()

    def role(self) -> QAccessible.Role:
        """A notification."""
        return QAccessible.Role.Notification

    def state(self) -> QAccessible.State:
        """Shown while it holds a message."""
        state = QAccessible.State()
        state.invisible = not self.message
        state.readOnly = True
        return state


class _NoticeAccessible(QAccessibleWidget):
    """The notice widget: a group of the last few messages."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Grouping, translate("ScreenReader", "Messages"))
        self.nodes = [_MessageNode(self) for _ in range(_SLOTS)]
        ids = [register(node) for node in self.nodes]
        widget.destroyed.connect(lambda: forget(ids))

    def childCount(self) -> int:  # noqa: N802 - Qt override
        """The message objects."""
        return len(self.nodes)

    def child(self, index: int) -> QAccessibleInterface | None:
        """One message object."""
        return self.nodes[index] if 0 <= index < len(self.nodes) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        """Which message object."""
        return next((i for i, node in enumerate(self.nodes) if node is child), -1)


class SpokenNotice(QWidget):
    """An empty widget (no size, not in a layout) that holds the messages screen readers are told."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("spokenNotice")
        self.setFixedSize(0, 0)
        self._accessible: _NoticeAccessible | None = None
        self._next = 0
        install_accessibility_factory()

    def accessible_interface(self) -> QAccessibleInterface:
        """The widget's accessible object (kept here: Qt's cache does not own Python objects)."""
        if self._accessible is None or not shiboken6.isValid(self._accessible):
            self._accessible = _NoticeAccessible(self)
        return self._accessible

    def show_message(self, text: str) -> None:
        """Put the message in the next notification object and show it (screen readers speak it)."""
        accessible = QAccessible.queryAccessibleInterface(self)
        if not isinstance(accessible, _NoticeAccessible):
            return
        node = accessible.nodes[self._next]
        self._next = (self._next + 1) % len(accessible.nodes)
        node.message = text
        # The new name first: AT-SPI clients that cache names (libatspi's cache, as the AT-SPI listener
        # in shared/tools uses) keep an object's name until told it changed, so a reused object was read
        # with its old message ("Preparing search: 0%" for "The best 20 of 226 articles"). Orca 43
        # happened to read the new words either way.
        QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.NameChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.ObjectShow))


class Announcer(QObject):
    """Says short messages to screen readers, once, and not too often; emits said(text) for each."""

    said = Signal(str)

    def __init__(self, parent: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.notice = SpokenNotice(parent)
        self._clock = clock
        self._last = ("", float("-inf"))
        self._kinds: dict[str, float] = {}

    def say(self, text: str, kind: str = "", every: float = 0.0) -> bool:
        """Tell screen readers text; False when it was just said, or a message of this kind was said
        less than `every` seconds ago."""
        text = " ".join(text.split())
        now = self._clock()
        if not text or (text == self._last[0] and now - self._last[1] < REPEAT_SECONDS):
            return False
        if kind and now - self._kinds.get(kind, float("-inf")) < every:
            return False
        self._last = (text, now)
        if kind:
            self._kinds[kind] = now
        if QAccessible.isActive():
            if QGuiApplication.platformName() in _ATSPI_PLATFORMS:
                self.notice.show_message(text)
            else:
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.notice, text))
        self.said.emit(text)
        return True
