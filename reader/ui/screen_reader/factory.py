"""The one accessibility factory of the process: widgets that describe themselves to screen readers.

Qt asks the factory for every object a screen reader looks at (only while one is listening). A widget
that has an `accessible_interface()` method answers for itself; the viewport of a text view whose
`structure` has `accessible_for(viewport)` gets the object listing the article's links and headings.
Everything else keeps Qt's own accessible objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow  # (a type hint only: its Qt type is not made at start, issue 20)

_installed = False


def install_accessibility_factory() -> None:
    """Install the factory (once per process; later calls do nothing)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(accessible_for_object)
        _installed = True


def accessible_for_object(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessible object for obj when one of ours describes it, else None (Qt's own is used)."""
    if not isinstance(obj, QWidget):
        return None
    own = getattr(obj, "accessible_interface", None)
    if callable(own):
        return own()
    if obj.objectName() == "qt_scrollarea_viewport":
        make = getattr(getattr(obj.parent(), "structure", None), "accessible_for", None)
        if callable(make):
            return make(obj)
    return None


# Objects without a QObject (links, headings, messages) are registered with Qt's accessibility cache
# by id. The cache does not own Python objects: they are kept here until `forget` deletes them
# through Qt, so neither side ever deletes an object the other still uses.
_registered: dict[int, QAccessibleInterface] = {}


def register(interface: QAccessibleInterface) -> int:
    """Register an object-less accessible interface with Qt; returns its id."""
    ident = QAccessible.registerAccessibleInterface(interface)
    _registered[ident] = interface
    return ident


def forget(idents: list[int]) -> None:
    """Delete these registered interfaces (through Qt, which tells screen readers) and empty the list."""
    for ident in idents:
        if _registered.pop(ident, None) is not None:
            QAccessible.deleteAccessibleInterface(ident)
    idents.clear()


class LeafMethods:
    """The answers every one of our childless accessible objects gives alike (a link, a heading, a spoken
    message): no QObject of its own, no children, no relations; its parent is `owner`, the object that
    lists it. Put it before QAccessibleInterface in the bases; `owner` is set by the subclass."""

    owner: QAccessibleInterface

    def object(self) -> QObject | None:
        """No QObject of its own."""
        return None

    def window(self) -> QWindow | None:
        """The owner's window."""
        return self.owner.window()

    def relations(self, match: object = None) -> list[object]:
        """No relations."""
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        """No children, so no focused child."""
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        """No children."""
        return None

    def parent(self) -> QAccessibleInterface:
        """The object that lists this one."""
        return self.owner

    def child(self, index: int) -> QAccessibleInterface | None:
        """No children."""
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        """No children."""
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        """No children."""
        return -1
