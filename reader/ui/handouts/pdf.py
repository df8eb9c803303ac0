"""The handout as a PDF (and a picture of a page), laid out by QTextDocument; works offscreen too."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from reader.core.files.atomic import atomic_write_bytes
from reader.core.handouts.bookmarks_handout import HANDOUT_TITLE

#: A4 in QTextDocument's units (pixels at 96 per inch, so 12pt text is 12pt on paper), 2 cm margins.
PAGE_POINTS = QSizeF(794, 1123)
MARGIN_POINTS = 76.0


def ensure_gui_app() -> QGuiApplication:
    """A QGuiApplication for the command line (offscreen when there is no screen)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def handout_document(html: str) -> QTextDocument:
    """The handout laid out on A4 pages."""
    document = QTextDocument()
    document.setDocumentMargin(MARGIN_POINTS)
    document.setHtml(html)
    document.setPageSize(PAGE_POINTS)
    return document


def handout_pdf_bytes(html: str) -> bytes:
    """The handout as PDF bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(HANDOUT_TITLE)
    writer.setCreator("Cancer Information Reader")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    handout_document(html).print_(writer)
    del writer  # finishes the file
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_handout_pdf(html: str, path: Path) -> None:
    """Write the handout as a PDF, atomically."""
    atomic_write_bytes(path, handout_pdf_bytes(html))


def handout_page_image(html: str, page: int = 0, scale: float = 1.0) -> QImage:
    """A picture of one page of the handout, as it is laid out in the PDF."""
    document = handout_document(html)
    width, height = int(PAGE_POINTS.width() * scale), int(PAGE_POINTS.height() * scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(0, -page * PAGE_POINTS.height())
    document.drawContents(
        painter, QRectF(0, page * PAGE_POINTS.height(), PAGE_POINTS.width(), PAGE_POINTS.height())
    )
    painter.end()
    return image
