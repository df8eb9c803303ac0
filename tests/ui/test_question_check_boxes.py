"""The question check boxes in the Bookmarks panel can be seen in every theme, at every text size (walk 9, C9-11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from reader.ui.appearance.theme import THEMES
from reader.ui.window.main_window import MainWindow


def near(a: QColor, b: QColor, slack: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= slack


def extent(image: QImage, area: QRect, colour: str, first_shape: bool = True) -> QRect:
    """The smallest rectangle holding the pixels close to colour in area; first_shape: only the leftmost shape
    (from the first column that has one to the next column without any: the words after a box are left out)."""
    want = QColor(colour)
    found = QRect()
    for x in range(area.left(), area.right() + 1):
        column = [y for y in range(area.top(), area.bottom() + 1) if near(image.pixelColor(x, y), want)]
        if first_shape and not column and not found.isNull():
            break
        for y in column:
            found = found.united(QRect(x, y, 1, 1))
    return found


def question_boxes(qtbot: QtBot, window: MainWindow, theme: str, percent: int) -> tuple[QRect, QRect, QImage]:
    """Two questions (the first ticked) in the panel: where each row's box is drawn, and the picture."""
    window.appearance.set_theme(theme)
    window.appearance.set_font_scale(percent)
    window.bookmarks.open_questions()
    panel = window.bookmarks.panel
    for text in ("Should Dad keep eating during chemo?", "What is the clinic's night number?"):
        panel.question_edit.setText(text)
        panel.add_typed_question()
    panel.questions.setCurrentRow(0)
    qtbot.keyClick(panel.questions, Qt.Key.Key_Space)  # ticked: asked
    assert panel.questions.item(0).checkState() == Qt.CheckState.Checked
    panel.questions.clearSelection()  # the row's selection colour is not what is measured
    panel.questions.setCurrentRow(-1)
    qtbot.wait(50)
    image = panel.questions.viewport().grab().toImage()
    boxes = []
    for row in (0, 1):
        rect = panel.questions.visualItemRect(panel.questions.item(row))
        em = panel.questions.fontMetrics().height()
        boxes.append(QRect(rect.left(), rect.top(), 2 * em, rect.height()))  # the part before the words
    return boxes[0], boxes[1], image


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_question_boxes_stand_out_and_grow_with_the_text(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    colours = THEMES[theme]
    sizes = {}
    for percent in (100, 200):
        ticked, unticked, image = question_boxes(qtbot, window, theme, percent)
        em = window.bookmarks.panel.questions.fontMetrics().height()
        # Not ticked: an outline in the text's colour, nearly as tall as the letters.
        outline = extent(image, unticked, colours.text)
        assert outline.height() >= 0.6 * em and outline.width() >= 0.6 * em, (percent, outline, em)
        # Ticked: a box filled with the highlight colour, with a tick in the colour that stands out on it.
        fill = extent(image, ticked, colours.highlight)
        assert fill.height() >= 0.6 * em and fill.width() >= 0.6 * em, (percent, fill, em)
        tick = extent(image, fill, colours.highlight_text, first_shape=False)
        assert tick.width() >= 0.3 * fill.width() and tick.height() >= 0.3 * fill.height(), (percent, tick, fill)
        sizes[percent] = outline.height()
        window.bookmarks.panel.questions.clear()
        for question in list(window.bookmarks.store.questions):
            window.bookmarks.store.remove_question(question.id)
    assert sizes[200] >= 1.4 * sizes[100], sizes  # (the smallest box is 13 px plus its border)


def test_the_light_theme_keeps_the_usual_boxes() -> None:
    # (The menus' tick boxes are styled in every theme: tests/ui/test_menu_ticks_visible.py.)
    assert "QCheckBox::indicator" not in THEMES["light"].window_css("Sans", 10)
    assert "QCheckBox::indicator" in THEMES["dark"].window_css("Sans", 10)
