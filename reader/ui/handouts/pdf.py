"""Handouts on paper: one pipeline for the printer and for PDF files, articles and bookmarks alike.

The handout's HTML is laid out by a QTextDocument at the handout's type size, then painted page by page
with a footer line and page numbers on any paged device: a QPrinter (Print…) or a QPdfWriter (Save as
PDF…, the bookmarks export and `cancer-reader bookmarks export x.pdf`). Works offscreen too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reader.core.files.atomic import atomic_write_bytes
from reader.core.files.locations import resource
from reader.core.handouts.article_handout import Handout
from reader.core.languages.translate import translate

FOOTER_POINTS = 8
# Paper margins on every side, in millimetres.
MARGIN_MM = 18
# Dots per inch of the PDF (QPdfWriter's default is 1200, which makes no difference to the text).
PDF_DPI = 300


def ensure_gui_app() -> QGuiApplication:
    """A QGuiApplication for the command line (offscreen when there is no screen)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def handout_document(handout: Handout) -> QTextDocument:
    """A text document laid out for paper: black on white, at the handout's type size."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont(QFont().family(), handout.points))
    doc.setDefaultStyleSheet(resource("styles", "handout.css").read_text(encoding="utf-8"))
    doc.setDocumentMargin(0)
    doc.setHtml(handout.html)
    return doc


def paint_handout(handout: Handout, device: QPagedPaintDevice) -> int:
    """Paint the handout on device page by page, with the footer and page numbers; the page count."""
    doc = handout_document(handout)
    doc.documentLayout().setPaintDevice(device)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_font = QFont(QFont().family(), max(FOOTER_POINTS, handout.points - 6))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer could not be started")
    try:
        painter.setFont(footer_font)
        line = painter.fontMetrics().height()
        footer_height = line * 3
        body = QSizeF(page.width(), page.height() - footer_height)
        doc.setPageSize(body)
        pages = doc.pageCount()
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, number * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            footer = QRectF(0, body.height() + line, body.width(), footer_height - line)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawLine(footer.topLeft(), footer.topRight())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            page_words = translate("Handouts", "Page {number} of {pages}").format(number=number + 1, pages=pages)
            text = " · ".join(part for part in (handout.footer, page_words) if part)
            painter.drawText(footer, int(flags), text)
    finally:
        painter.end()
    return pages


def paper_layout() -> QPageLayout:
    """A4 portrait with comfortable margins (the printer dialog may change it for Print…)."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def handout_pdf_bytes(handout: Handout) -> tuple[bytes, int]:
    """The handout as PDF bytes, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(handout.title)
    writer.setCreator(translate("MainWindow", "Cancer Information Reader"))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(paper_layout())
    pages = paint_handout(handout, writer)
    del writer  # finishes the file
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data()), pages


def write_handout_pdf(handout: Handout, path: Path) -> int:
    """Write the handout as a PDF file, atomically (a half-written file never replaces a good one)."""
    data, pages = handout_pdf_bytes(handout)
    atomic_write_bytes(path, data)
    return pages
