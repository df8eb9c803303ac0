"""The table of contents of the open article ("On this page")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.render.heading_names import contents_names
from reader.core.render.page import Heading

ANCHOR_ROLE = Qt.ItemDataRole.UserRole
NO_PARTS = QT_TRANSLATE_NOOP("Reading", "This article has no headings to jump to.")


class ContentsList(QListWidget):
    """Headings of the article; emits anchorRequested(anchor) on Enter or click."""

    anchorRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Reading", "On this page"))
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped rows are measured again at the new width
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_headings(self, headings: list[Heading], page_html: str = "") -> None:
        """Show these headings, indented by level (level 1 and 2 first); headings with the same words are
        told apart by what they are about (from the page's HTML: reader/core/render/heading_names.py)."""
        self.clear()
        top = min((h.level for h in headings), default=1)
        for heading, name in zip(headings, contents_names(headings, page_html), strict=True):
            if heading.level > top + 2 or not heading.text.strip():  # some articles have empty headings
                continue
            item = QListWidgetItem("    " * (heading.level - top) + name)
            item.setData(ANCHOR_ROLE, heading.anchor)
            # Screen readers: the words without the indent, and the level the indent shows.
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
