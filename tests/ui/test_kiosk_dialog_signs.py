"""Kiosk dialogs and panels for fingers: the field that gets the letters is outlined, no underlined letters
for keys a touch screen lacks, tick boxes as big as their text (walk 10, X7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from tests.ui.test_kiosk_dialogs import in_the_dialog, kiosk, tap  # noqa: F401 - kiosk: the fixture

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

OUTLINE = QColor("#5a2d82")  # kiosk.qss: the outline of the field the keyboard types into


def left_edge_colour(dialog: QDialog, field: QWidget) -> QColor:
    """The colour drawn on the field's left border, half-way down, as the dialog shows it."""
    image: QImage = dialog.grab().toImage()
    point = field.mapTo(dialog, QPoint(1, field.height() // 2))
    return image.pixelColor(point)


def no_underlines(widget: QWidget) -> bool:
    return not widget.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, None, widget)


def test_the_field_that_gets_the_letters_is_outlined_and_no_letter_is_underlined(
    qtbot: QtBot, kiosk: KioskController  # noqa: F811
) -> None:
    window = kiosk.window
    seen: dict[str, object] = {}

    def steps(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit)
        note = dialog.findChild(QPlainTextEdit)
        assert name is not None and note is not None
        seen["name first"] = left_edge_colour(dialog, name).name()
        seen["note first"] = left_edge_colour(dialog, note).name()
        tap(qtbot, note)
        seen["name after"] = left_edge_colour(dialog, name).name()
        seen["note after"] = left_edge_colour(dialog, note).name()
        labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
        seen["labels with a key letter"] = len(labels)
        seen["underlined"] = [label.text() for label in labels if not no_underlines(label)]
        dialog.reject()

    problems = in_the_dialog(qtbot, kiosk, steps)
    window.actions_registry["bookmark"].trigger()
    assert problems == []
    assert seen["name first"] == OUTLINE.name()  # the keyboard types into Name: it says so
    assert seen["note first"] != OUTLINE.name()
    assert seen["note after"] == OUTLINE.name()  # a tap on Note: the outline moves with the letters
    assert seen["name after"] != OUTLINE.name()
    assert seen["labels with a key letter"] and seen["underlined"] == []  # "&Name", "N&ote": none underlined


def test_the_questions_panel_has_no_underlined_letters_and_big_tick_boxes(
    qtbot: QtBot, kiosk: KioskController  # noqa: F811
) -> None:
    window = kiosk.window
    window.bookmarks.store.add_question("Is it safe?")
    window.actions_registry["show_questions"].trigger()
    panel = window.bookmarks.panel
    qtbot.waitUntil(panel.questions.isVisible)
    assert panel.questions.count() == 1
    buttons = [w for w in panel.findChildren(QWidget) if w.isVisible() and "&" in (getattr(w, "text", str)() or "")]
    assert buttons and all(no_underlines(w) for w in buttons)
    questions = panel.questions
    option = QStyleOptionViewItem()
    questions.initViewItemOption(option)
    option.rect = questions.visualItemRect(questions.item(0))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = questions.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, questions)
    tick, line = min(box.width(), box.height()), questions.fontMetrics().height()
    assert tick >= 0.7 * line, (tick, line)  # it was 13 px beside 24 px text
