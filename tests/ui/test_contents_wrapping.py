"""'On this page': a long sub-heading wraps under its own first word and is never cut (walk 10, X2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.core.render.page import Heading
from reader.ui.reading.contents_list import INDENT_STEP, ContentsList

#: The headings of "Questions to Ask about Cancer Treatment" in the NCI library (one was cut in the kiosk).
HEADINGS = [
    Heading(2, "Questions to Ask Your Doctor about Treatment", "ask"),
    Heading(3, "Questions about Cancer Treatment", "treatment"),
    Heading(3, "Questions about Finding a Specialist and Getting a Second Opinion", "specialist"),
    Heading(3, "Questions about Side Effects", "side-effects"),
    Heading(
        3, "Questions about Medicines and Other Products You Might Buy Without a Prescription", "medicines"
    ),
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
    ("point_size", "width", "style"),
    [(11, 330, ""), (22, 660, ""), (14, 380, KIOSK_ROWS), (28, 430, KIOSK_ROWS)],
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


#: Long top-level headings and long sibling sub-headings (the breast cancer page's "Learn More" links and the
#: skin cancer summary's key points, walk 12 C7 and X4).
LONG_SIBLINGS = [
    Heading(2, "Learn More — What Is Breast Cancer?", "what"),
    Heading(2, "Learn More — Signs & Symptoms of Breast Cancer", "signs"),
    Heading(
        3, "Skin cancer is a disease in which malignant (cancer) cells form in the tissues of the skin.", "a"
    ),
    Heading(3, "Different types of cancer start in the skin and in the layers under it.", "b"),
    Heading(
        3, "Exposure to sunlight affects the risk of basal cell carcinoma and squamous cell carcinoma.", "c"
    ),
]


def leftmost_ink(
    image: QImage, left: int, right: int, top: int, bottom: int, background: QColor
) -> int | None:
    """The x of the leftmost pixel far from the background between these rows (None: nothing there)."""
    ink = inked_columns(image, QRect(left, top, right - left, max(0, bottom - top)), background)
    return min(ink) if ink else None


@pytest.mark.parametrize(("point_size", "width"), [(11, 230), (33, 520)])
def test_each_entry_reads_as_one_its_wrapped_lines_hang_and_entries_have_a_gap(
    qtbot: QtBot, point_size: int, width: int, no_window_style: None
) -> None:
    """A wrapped heading's second line starts right of where its entry starts (its bullet), at every level,
    and blank space parts one entry from the next: "Cancer?" no longer reads as an entry of its own."""
    contents = ContentsList()
    qtbot.addWidget(contents)
    font = QFont(contents.font())
    font.setPointSize(point_size)
    contents.setFont(font)
    contents.resize(width, 3000)
    contents.set_headings(LONG_SIBLINGS)
    contents.show()
    qtbot.waitExposed(contents)
    qtbot.wait(50)
    image = contents.viewport().grab().toImage()
    viewport = contents.viewport()
    background = image.pixelColor(viewport.width() - 2, viewport.height() - 2)
    line = contents.fontMetrics().height()
    rects = [contents.visualItemRect(contents.item(row)) for row in range(contents.count())]
    for heading, rect in zip(LONG_SIBLINGS, rects, strict=True):
        assert rect.height() >= 2 * line, heading.text  # each one wraps, at this width
        first = leftmost_ink(
            image, 0, viewport.width() - 1, rect.top(), rect.top() + int(line * 0.8), background
        )
        rest = leftmost_ink(
            image, 0, viewport.width() - 1, rect.top() + int(line * 1.2), rect.bottom(), background
        )
        assert first is not None and rest is not None, heading.text
        assert rest >= first + max(5, line // 3), heading.text  # the lines after the first hang
    for above, below in zip(rects, rects[1:], strict=False):
        gap = QRect(0, above.bottom() + 1, viewport.width() - 20, below.top() - above.bottom() - 1)
        assert gap.height() >= 3  # blank space between entries, growing with the text
        assert not inked_columns(image, gap, background)
    # Screen readers hear the same names and levels as before (no bullet in the words).
    names = [contents.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(contents.count())]
    assert names == [h.text for h in LONG_SIBLINGS]
    interface = QAccessible.queryAccessibleInterface(contents)
    spoken = [interface.child(row).text(QAccessible.Text.Name) for row in range(interface.childCount())]
    assert [name for name in spoken if name] == [h.text for h in LONG_SIBLINGS]


def test_a_row_is_measured_with_its_option_made_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Measuring a row fills its style option once (it was filled twice: once for the room, once more by
    QStyledItemDelegate.sizeHint), and the size still fits the words."""
    contents = ContentsList()
    qtbot.addWidget(contents)
    contents.resize(260, 600)
    contents.set_headings(LONG_SIBLINGS)
    delegate = contents.itemDelegate()
    made = []
    fill = delegate.initStyleOption
    monkeypatch.setattr(
        delegate, "initStyleOption", lambda option, index: (made.append(index.row()), fill(option, index))
    )
    option = QStyleOptionViewItem()
    option.initFrom(contents)
    option.features = QStyleOptionViewItem.ViewItemFeature.WrapText  # as the list's own rows
    index = contents.model().index(2, 0)
    size = delegate.sizeHint(option, index)
    assert made == [2]
    assert size.height() >= 2 * contents.fontMetrics().height()
