"""The table of contents of the open article ("On this page").

Sub-headings are indented by level, and a heading too long for one line wraps under its own first word
(a hanging indent), never cut with "…". The indent was spaces in the item's text: a wrapped line started
at the left edge, so levels were hard to tell, and the item's height was measured with the spaces, so
in the kiosk one heading got two lines for three and was cut ("…You Might B…"; walk 10, X2).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.render.heading_names import contents_names
from reader.core.render.page import Heading

ANCHOR_ROLE = Qt.ItemDataRole.UserRole
# How many steps a heading is indented (0 for the article's top level).
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
# One step of indent, in the list's font: as wide as these spaces.
INDENT_STEP = "    "

Index = QModelIndex | QPersistentModelIndex


class HangingIndent(QStyledItemDelegate):
    """Draws each heading indented by its depth, all its lines starting at the indent, and measures it at
    the width the list has for it (so it wraps, and is never cut)."""

    def __init__(self, view: ContentsList) -> None:
        super().__init__(view)
        self.view = view

    def indent(self, index: Index) -> int:
        """The indent of this row in pixels."""
        depth = index.data(DEPTH_ROLE)
        return self.view.fontMetrics().horizontalAdvance(INDENT_STEP) * (depth if isinstance(depth, int) else 0)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt override
        """The row from its indent on, when drawn and when measured: every line of a wrapped heading
        starts there. (Not a paint() override: PySide works out the painter's type at the first one,
        ~0.6 ms before the first picture, issue 20.)"""
        super().initStyleOption(option, index)
        indent = self.indent(index)
        if indent:
            option.rect = option.rect.adjusted(indent, 0, 0, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        """The row's size with its words wrapped in the width its text gets beside the indent.

        Qt measures a wrapped row at the row's whole width, but a style sheet's padding (the kiosk's
        "padding: 6px 12px") narrows the text when drawn: a heading measured at two lines needed three
        and was cut with "…". It is measured at the width of the text itself here.
        """
        width = max(1, self.view.viewport_width())
        height = max(1, option.rect.height())
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, height)
        self.initStyleOption(measured, index)  # (the indent taken off)
        room = measured.rect.width()
        text = self.view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, measured, self.view)
        padding = room - text.width() if text.isValid() and 0 < text.width() <= room else 0
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(1, width - padding), height)
        size = super().sizeHint(measured, index)  # (its initStyleOption takes the indent off again)
        indent = width - room
        return QSize(min(size.width(), room) + indent, size.height())


NO_PARTS = QT_TRANSLATE_NOOP("Reading", "This article has no headings to jump to.")


class ContentsList(QListWidget):
    """Headings of the article; emits anchorRequested(anchor) on Enter or click."""

    anchorRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Reading", "On this page"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # a heading wraps; it is never cut with "…"
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped rows are measured again at the new width
        self.setItemDelegate(HangingIndent(self))
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._viewport_width: int | None = None  # from the viewport's last Resize

    def viewport_width(self) -> int:
        """The width of the list's viewport, where the rows are drawn.

        Read from the viewport's Resize events, not from viewport(): PySide's first viewport() makes it
        build the QDialog, QMainWindow and QMenu types (~13 ms), before the first picture (issue 20).
        """
        if self._viewport_width is None:  # not laid out yet: as wide as it can be
            return self.maximumViewportSize().width()
        return self._viewport_width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The viewport changed size (a scroll area passes its viewport's Resize here)."""
        self._viewport_width = event.size().width()
        super().resizeEvent(event)

    def set_headings(self, headings: list[Heading], page_html: str = "") -> None:
        """Show these headings, indented by level (level 1 and 2 first); headings with the same words are
        told apart by what they are about (from the page's HTML: reader/core/render/heading_names.py)."""
        self.clear()
        top = min((h.level for h in headings), default=1)
        for heading, name in zip(headings, contents_names(headings, page_html), strict=True):
            if heading.level > top + 2 or not heading.text.strip():  # some articles have empty headings
                continue
            item = QListWidgetItem(name)
            item.setData(ANCHOR_ROLE, heading.anchor)
            item.setData(DEPTH_ROLE, heading.level - top)
            # Screen readers: the words, and the level the indent shows.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            level = translate("ScreenReader", "Heading level {level}").format(level=heading.level)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, level)
            self.addItem(item)
        if not self.count():  # not an empty box that looks broken (walk 6): say why there is nothing
            note = QListWidgetItem(translate("Reading", NO_PARTS))
            note.setFlags(Qt.ItemFlag.NoItemFlags)  # shown greyed; nothing to choose or jump to
            self.addItem(note)

    def has_headings(self) -> bool:
        """True when the list has a heading to jump to (not only the note that there are none)."""
        return any(self.item(row).data(ANCHOR_ROLE) for row in range(self.count()))

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        anchor = item.data(ANCHOR_ROLE)
        if anchor:  # (the note that an article has no headings leads nowhere)
            self.anchorRequested.emit(anchor)
