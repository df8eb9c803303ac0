"""Where the links of a text view are on screen: one rectangle per line a link covers, in viewport pixels.

Used to draw the focus outline around a link reached with Tab, and to find the links near a finger's tap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit


@dataclass(frozen=True)
class LinkSpot:
    """One link: where it points, its words, its place in the document and on screen."""

    href: str
    text: str
    start: int
    end: int
    rects: tuple[QRect, ...]  # viewport coordinates, one per line the link covers

    def bounds(self) -> QRect:
        """The rectangle around all of the link's lines."""
        united = QRect()
        for rect in self.rects:
            united = united.united(rect)
        return united


def _x(answer: object) -> float:
    """QTextLine.cursorToX's x (PySide returns it with the cursor position)."""
    return float(answer[0] if isinstance(answer, tuple) else answer)  # type: ignore[arg-type]


def _block_rects(view: QTextEdit, block: QTextBlock, start: int, end: int) -> list[QRect]:
    """Rectangles (viewport pixels) of the characters start..end (block-relative) of a laid-out block."""
    layout = block.layout()
    origin = view.document().documentLayout().blockBoundingRect(block).topLeft()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    rects: list[QRect] = []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        first, last = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if first >= last:
            continue
        left = _x(line.cursorToX(first))
        right = _x(line.cursorToX(last))
        box = QRectF(origin.x() + min(left, right) + dx, origin.y() + line.y() + dy,  # x counts line.x()
                     abs(right - left), line.height())  # fmt: skip
        rects.append(box.toAlignedRect())
    return rects


def links_in_view(view: QTextEdit, area: QRect | None = None) -> list[LinkSpot]:
    """Every link laid out in the view's viewport (or only those touching area, in viewport pixels)."""
    viewport = view.viewport().rect()
    wanted = area if area is not None else viewport
    document = view.document()
    layout = document.documentLayout()
    block = view.cursorForPosition(wanted.topLeft()).block()
    # A line may start above the point: begin a few blocks earlier.
    for _ in range(3):
        if block.previous().isValid():
            block = block.previous()
    bottom = wanted.bottom() + view.verticalScrollBar().value()
    spots: list[LinkSpot] = []
    while block.isValid():
        if layout.blockBoundingRect(block).top() > bottom:
            break
        for fmt in block.textFormats():
            if not fmt.format.isAnchor() or not fmt.format.anchorHref():
                continue
            rects = [r for r in _block_rects(view, block, fmt.start, fmt.start + fmt.length) if r.intersects(wanted)]
            if rects:
                position = block.position() + fmt.start
                text = block.text()[fmt.start : fmt.start + fmt.length]
                spots.append(LinkSpot(fmt.format.anchorHref(), text, position, position + fmt.length, tuple(rects)))
        block = block.next()
    return _join_pieces(spots)


def _join_pieces(spots: list[LinkSpot]) -> list[LinkSpot]:
    """One link whose words carry two formats (a bold word inside it) counts once."""
    joined: list[LinkSpot] = []
    for spot in spots:
        last = joined[-1] if joined else None
        if last is not None and last.href == spot.href and last.end == spot.start:
            joined[-1] = LinkSpot(spot.href, last.text + spot.text, last.start, spot.end, last.rects + spot.rects)
        else:
            joined.append(spot)
    return joined


def selected_link(view: QTextEdit) -> LinkSpot | None:
    """The link the text cursor has selected (Tab moves through links that way), or None."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return None
    probe = QTextCursor(view.document())
    probe.setPosition(cursor.selectionStart() + 1)
    href = probe.charFormat().anchorHref()
    if not href:
        return None
    for spot in links_in_view(view):
        if spot.start <= cursor.selectionStart() < spot.end:
            return spot
    return None
