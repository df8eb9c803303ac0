"""'On this page': a long sub-heading wraps under its own first word and is never cut (walk 10, X2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.render.page import Heading
from reader.ui.reading.contents_list import INDENT_STEP, ContentsList

#: The headings of "Questions to Ask about Cancer Treatment" in the NCI library (one was cut in the kiosk).
HEADINGS = [
    Heading(2, "Questions to Ask Your Doctor about Treatment", "ask"),
    Heading(3, "Questions about Cancer Treatment", "treatment"),
    Heading(3, "Questions about Finding a Specialist and Getting a Second Opinion", "specialist"),
    Heading(3, "Questions about Side Effects", "side-effects"),
    Heading(3, "Questions about Medicines and Other Products You Might Buy Without a Prescription", "medicines"),
    Heading(4, "What to ask", "what"),
]


def inked_columns(image: QImage, rect: QRect, background: QColor) -> set[int]:
    """The x of every column in rect with a pixel far from the background (text)."""
    found = set()
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - background.red()) + abs(pixel.green() - background.green()) > 120:
                found.add(x)
    return found


@pytest.fixture
def no_window_style(qapp: QApplication) -> Iterator[None]:
    """No app-wide style sheet left by a window built before (its "* { font-size: 9pt }" beat the font set
    here, so the list's text was 9 pt whatever the test asked)."""
    left = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(left)


#: The kiosk's rows (resources/styles/kiosk.qss): padding narrows the text, not the row Qt measures.
KIOSK_ROWS = "QListView::item { min-height: 52px; padding: 6px 12px; }"


@pytest.mark.parametrize(
    ("point_size", "width", "style"), [(11, 330, ""), (22, 660, ""), (14, 380, KIOSK_ROWS), (28, 430, KIOSK_ROWS)]
)
def test_wrapped_sub_headings_hang_under_their_first_word_and_are_never_cut(
    qtbot: QtBot, point_size: int, width: int, style: str, no_window_style: None
) -> None:
    contents = ContentsList()
    qtbot.addWidget(contents)
    contents.setStyleSheet(style)
    font = QFont(contents.font())
    font.setPointSize(point_size)
    contents.setFont(font)
    contents.resize(width, 1200)
    contents.set_headings(HEADINGS)
    contents.show()
    qtbot.waitExposed(contents)
    qtbot.wait(50)
    assert [contents.item(i).text() for i in range(contents.count())] == [h.text for h in HEADINGS]
    step = contents.fontMetrics().horizontalAdvance(INDENT_STEP)
    image = contents.viewport().grab().toImage()
    background = image.pixelColor(contents.viewport().width() - 2, contents.viewport().height() - 2)
    metrics = contents.fontMetrics()
    for row, heading in enumerate(HEADINGS):
        rect = contents.visualItemRect(contents.item(row))
        indent = step * (heading.level - 2)
        # Tall enough for every line of the words at the width beside the indent and the padding (nothing
        # cut with "…").
        across, down = (24, 12) if style else (0, 0)
        room = QRect(0, 0, contents.viewport().width() - indent - across - 8, 10_000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, heading.text).height() + down
        assert rect.height() >= needed, heading.text
        ink = inked_columns(image, rect.adjusted(0, 2, 0, -2), background)
        assert ink, heading.text
        assert min(ink) >= indent, heading.text  # no line of it starts left of its indent
    long_one = contents.visualItemRect(contents.item(4))
    assert long_one.height() >= 2 * metrics.lineSpacing()  # it did wrap, under its indent
    assert contents.textElideMode() == Qt.TextElideMode.ElideNone
