"""The table of contents of the open article ("On this page").

Sub-headings are indented by level, and a heading too long for one line wraps under its own first word
(a hanging indent), never cut with "…". The indent was spaces in the item's text: a wrapped line started
at the left edge, so levels were hard to tell, and the item's height was measured with the spaces, so
in the kiosk one heading got two lines for three and was cut ("…You Might B…"; walk 10, X2).

Each entry starts with a small bullet (a dot at the top level, a ring below it) and its wrapped lines start
after the bullet, with a small gap before the next entry: a top-level heading's second line began at the
same edge as the next heading, so "Learn More — What Is Breast / Cancer?" read as two entries, and long
sibling sub-headings ran together (walk 12, C7 and X4). Screen readers hear the same names as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.render.heading_names import contents_names
from reader.core.render.page import Heading

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

ANCHOR_ROLE = Qt.ItemDataRole.UserRole
# How many steps a heading is indented (0 for the article's top level).
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
# One step of indent, in the list's font: as wide as these spaces.
INDENT_STEP = "    "

Index = QModelIndex | QPersistentModelIndex


class HangingIndent(QStyledItemDelegate):
    """Draws each heading indented by its depth behind a small bullet, every line of its words starting
    after the bullet (a hanging indent), and measures it at the width the list has for it (so it wraps,
    and is never cut)."""

    def __init__(self, view: ContentsList) -> None:
        super().__init__(view)
        self.view = view
        self._bullets: dict[tuple[int, int, int, int, float], QIcon] = {}
        self._wrapped: dict[int, bool] = {}  # by row, from the last measure: its words take more than a line

    def indent(self, index: Index) -> int:
        """The indent of this row in pixels."""
        depth = index.data(DEPTH_ROLE)
        return self.view.fontMetrics().horizontalAdvance(INDENT_STEP) * (
            depth if isinstance(depth, int) else 0
        )

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt override
        """The row from its indent on, behind its bullet, when drawn and when measured: every line of a
        wrapped heading starts after the bullet. (Not a paint() override: PySide works out the painter's
        type at the first one, ~0.6 ms before the first picture, issue 20; the style draws the bullet.)"""
        from PySide6.QtWidgets import QStyleOptionViewItem  # (see sizeHint)

        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE)
        if not isinstance(depth, int):  # the note that there are no headings: no bullet
            return
        metrics = option.fontMetrics
        indent = metrics.horizontalAdvance(INDENT_STEP) * depth
        if indent:
            option.rect = option.rect.adjusted(indent, 0, 0, 0)
        option.icon = self._bullet(min(depth, 1), metrics, option.palette)
        option.decorationSize = QSize(bullet_width(metrics), metrics.height())
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        if self._wrapped.get(index.row()):  # the bullet beside the first line, not the middle of three
            top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            option.displayAlignment = option.decorationAlignment = top
        else:
            option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def _bullet(self, kind: int, metrics: QFontMetrics, palette: QPalette) -> QIcon:
        """A filled dot (top level) or a ring (sub-headings) in the text's colour, for a line this tall."""
        text = palette.color(QPalette.ColorRole.Text)
        chosen = palette.color(QPalette.ColorRole.HighlightedText)
        ratio = self.view.devicePixelRatioF()
        key = (kind, metrics.height(), text.rgba(), chosen.rgba(), ratio)
        icon = self._bullets.get(key)
        if icon is None:
            icon = QIcon()
            icon.addPixmap(bullet_pixmap(kind, metrics, text, ratio), QIcon.Mode.Normal)
            icon.addPixmap(bullet_pixmap(kind, metrics, chosen, ratio), QIcon.Mode.Selected)
            self._bullets[key] = icon
        return icon

    def forget_rows(self) -> None:
        """The rows changed (another article): what was measured of the last ones no longer holds."""
        self._wrapped.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        """The row's size with its words wrapped in the width its text gets beside the indent and bullet.

        Qt measures a wrapped row at the row's whole width, but a style sheet's padding (the kiosk's
        "padding: 6px 12px") narrows the text when drawn: a heading measured at two lines needed three
        and was cut with "…". It is measured at the width of the text itself here. (The row's option is
        made once: QStyledItemDelegate.sizeHint would make it again.)

        The style's types are imported here, at the first row measured: the first screen of a start on an
        article lists no headings yet, and QStyle's PySide6 type with its 566 enum members was ~4 ms of
        the start before the article was on screen (thread-time probe of `--open X --screenshot`, issue 20).
        """
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        width = max(1, self.view.viewport_width() - 2 * self.view.spacing())
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, max(1, option.rect.height()))
        self.initStyleOption(measured, index)  # (the indent taken off)
        view, style = self.view, self.view.style()
        room = measured.rect.width()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, measured, view)
        features = measured.features  # the padding alone, without the bullet's room (the style takes that)
        measured.features = features & ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        plain = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, measured, view)
        measured.features = features
        padding = room - plain.width() if plain.isValid() and 0 < plain.width() <= room else 0
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._wrapped[index.row()] = (
            text.isValid()
            and measured.fontMetrics.horizontalAdvance(measured.text) > text.width() - 2 * margin
        )
        measured.rect = QRect(measured.rect.left(), 0, max(1, room - padding), measured.rect.height())
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), view)
        indent = width - room
        return QSize(min(size.width(), room) + indent, size.height())


def bullet_width(metrics: QFontMetrics) -> int:
    """The room a row's bullet takes before its words: about half a line."""
    return max(6, round(metrics.height() * 0.5))


def bullet_pixmap(kind: int, metrics: QFontMetrics, colour: QColor, ratio: float) -> QPixmap:
    """A dot (kind 0) or a ring (kind 1) at the middle of the small letters of a line in this font."""
    width, height = bullet_width(metrics), metrics.height()
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    size = max(4.0, metrics.xHeight() * 0.6)
    middle = QPointF(width / 2, metrics.ascent() - metrics.xHeight() / 2)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    else:
        painter.setPen(QPen(colour, max(1.0, size / 5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(middle, size / 2, size / 2)
    painter.end()
    return pixmap


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
        self.hanging = HangingIndent(self)
        self.setItemDelegate(self.hanging)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size: the gap between the entries follows it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.count():  # (with no rows yet: set_headings does it)
            self._space_rows()

    def _space_rows(self) -> None:
        """A small gap between entries (a fifth of a line), so where one ends and the next begins shows
        (walk 12, X4: sibling sub-headings of two and three lines ran together)."""
        gap = max(3, self.fontMetrics().height() // 5)
        if gap != self.spacing():
            self.setSpacing(gap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The viewport changed size (a scroll area passes its viewport's Resize here)."""
        self._viewport_width = event.size().width()
        super().resizeEvent(event)

    def set_headings(self, headings: list[Heading], page_html: str = "") -> None:
        """Show these headings, indented by level (level 1 and 2 first); headings with the same words are
        told apart by what they are about (from the page's HTML: reader/core/render/heading_names.py)."""
        self.clear()
        self.hanging.forget_rows()
        # (Not when made: the first fontMetrics() there, in the font before the window's, cost ~4 ms before
        # the first picture, cProfile of build_window, issue 20.)
        self._space_rows()
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
