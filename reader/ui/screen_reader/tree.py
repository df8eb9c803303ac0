"""The article's links and headings as objects a screen reader can find, move to and announce.

Qt gives the article view (a QTextBrowser) one accessible object with the text in it: no link or
heading objects (there is no hypertext interface in PySide6). The view's own object must stay, since
it gives screen readers the text, caret and selection, so the links and headings are added as
children of the view's viewport instead: a `QAccessible` factory gives the viewport of every
`ArticleView` (and of the home page, `HomePage`) a `PartsAccessible`, whose children are `PartNode`s
(role Link or Heading, with the heading level as an attribute and "Press" on links);
reader/ui/screen_reader/factory.py installs it.
See docs/ARCHITECTURE.md, "Screen readers".
"""

from __future__ import annotations

from typing import Protocol

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.screen_reader.factory import LeafMethods, forget, register
from reader.ui.screen_reader.link_words import link_name
from reader.ui.screen_reader.parts import ArticlePart

PARTS_NAME = QT_TRANSLATE_NOOP("ScreenReader", "Links and headings")
_NULL = shiboken6.VoidPtr(0)


class PartsSource(Protocol):
    """What the accessible objects ask of an article view's structure (ArticleStructure)."""

    view: QTextBrowser

    def parts(self) -> list[ArticlePart]:
        """Links and headings in reading order."""
        ...

    def describe(self, href: str) -> str:
        """What following a link does."""
        ...

    def screen_rect(self, part: ArticlePart) -> QRect:
        """Where a part is on the screen."""
        ...

    def is_on_screen(self, part: ArticlePart) -> bool:
        """True when the part is scrolled into view."""
        ...

    def focused_index(self) -> int:
        """The link Tab has selected, or -1."""
        ...

    def index_at(self, point: QPoint) -> int:
        """The part under a point on the screen, or -1."""
        ...

    def select(self, part: ArticlePart) -> None:
        """Select a link as Tab would."""
        ...

    def activate(self, part: ArticlePart) -> None:
        """Follow a link as a click would."""
        ...


class PartNode(LeafMethods, QAccessibleInterface, QAccessibleActionInterface, QAccessibleAttributesInterface):
    """One link or heading of the article, as a screen reader sees it."""

    owner: PartsAccessible

    def __init__(self, owner: PartsAccessible, index: int, part: ArticlePart) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self.owner = owner
        self.index = index
        self.part = part

    # QAccessibleInterface
    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        """This object's action interface (links) and attributes (heading level); Qt asks by pointer."""
        pointers = shiboken6.getCppPointer(self)  # one C++ object per wrapped base class, in order
        if kind == QAccessible.InterfaceType.ActionInterface and not self.part.is_heading:
            return shiboken6.VoidPtr(pointers[1])
        if kind == QAccessible.InterfaceType.AttributesInterface and self.part.is_heading:
            return shiboken6.VoidPtr(pointers[2])
        return _NULL

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        """Valid while the view it belongs to exists."""
        return self.owner.alive()

    def text(self, kind: QAccessible.Text) -> str:
        """Name: the link's or heading's words; description: what the link does."""
        if kind == QAccessible.Text.Name:
            return self.part.text if self.part.is_heading else link_name(self.part.href, self.part.text)
        if kind == QAccessible.Text.Description and not self.part.is_heading:
            return self.owner.structure.describe(self.part.href)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        """Read-only."""

    def rect(self) -> QRect:
        """Where the words are on the screen."""
        return self.owner.structure.screen_rect(self.part)

    def role(self) -> QAccessible.Role:
        """Link or Heading."""
        return QAccessible.Role.Heading if self.part.is_heading else QAccessible.Role.Link

    def state(self) -> QAccessible.State:
        """Links are focusable, and focused while Tab has selected them; off screen when scrolled away or
        when their page is hidden."""
        state = QAccessible.State()
        structure = self.owner.structure
        if not self.part.is_heading:
            state.focusable = True
            state.focused = structure.focused_index() == self.index
            state.linked = True
        state.readOnly = True
        state.offscreen = not structure.is_on_screen(self.part)
        state.invisible = not structure.view.isVisible()  # e.g. the home page while an article is shown
        return state

    # QAccessibleActionInterface
    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        """Links can be pressed (opened) and focused."""
        if self.part.is_heading:
            return []
        return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        """Press: follow the link as a click would; SetFocus: select it as Tab would."""
        if self.part.is_heading:
            return
        if name == QAccessibleActionInterface.pressAction():
            self.owner.structure.activate(self.part)
        elif name == QAccessibleActionInterface.setFocusAction():
            self.owner.structure.view.setFocus()
            self.owner.structure.select(self.part)

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802 - Qt override
        """Enter opens a link that Tab has selected."""
        return ["Return"] if name == QAccessibleActionInterface.pressAction() else []

    # QAccessibleAttributesInterface
    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt override
        """Headings have a level."""
        return [QAccessible.Attribute.Level] if self.part.is_heading else []

    def attributeValue(self, key: QAccessible.Attribute) -> object:  # noqa: N802 - Qt override
        """The heading's level (1-6)."""
        return self.part.level if key == QAccessible.Attribute.Level and self.part.is_heading else None


class PartsAccessible(QAccessibleWidget):
    """The article view's viewport: its children are the article's links and headings, in order."""

    def __init__(self, viewport: QWidget, structure: PartsSource) -> None:
        super().__init__(viewport, QAccessible.Role.Section, translate("ScreenReader", PARTS_NAME))
        self.structure = structure
        self._nodes: dict[int, PartNode] = {}
        self._ids: list[int] = []
        ids = self._ids
        viewport.destroyed.connect(lambda: forget(ids))

    def alive(self) -> bool:
        """False once the viewport has been deleted."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.structure.view)

    def childCount(self) -> int:  # noqa: N802 - Qt override
        """How many links and headings the article has."""
        return len(self.structure.parts())

    def child(self, index: int) -> QAccessibleInterface | None:
        """The link or heading at index (made when first asked for)."""
        parts = self.structure.parts()
        if not 0 <= index < len(parts):
            return None
        node = self._nodes.get(index)
        if node is None:
            node = PartNode(self, index, parts[index])
            self._ids.append(register(node))
            self._nodes[index] = node
        return node

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        """The index of one of this object's links or headings."""
        if isinstance(child, PartNode) and self._nodes.get(child.index) is child:
            return child.index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        """The link Tab has selected, if any."""
        index = self.structure.focused_index()
        return self.child(index) if index >= 0 else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        """The link or heading under a point on the screen."""
        index = self.structure.index_at(QPoint(x, y))
        return self.child(index) if index >= 0 else None

    def forget_nodes(self) -> None:
        """The document changed: drop the objects made for the old one (Qt deletes them)."""
        if self._ids:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.ObjectReorder))
        forget(self._ids)
        self._nodes.clear()

    def node_event(self, index: int, event: QAccessible.Event) -> None:
        """Tell screen readers about one link or heading (e.g. it took the focus)."""
        node = self.child(index)
        if node is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(node, event))
