"""Spanish letters are drawn in the window's own font, never another family put in for them (walk 9 saw an
"ñ" that looked bold at 100 %: a letter the chosen font lacked would be drawn from another font, often
heavier). Checked for the usual font and the easy-to-read one, in labels and in the article's text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window

SPANISH = "Añadir señales: ¿Qué pasó? ¡Ánimo! Pingüino, camión, así, también, está."


def families_drawing(text: str, font: QFont) -> set[tuple[str, int]]:
    """The font families (and weights) Qt draws text with in this font."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return {(run.rawFont().familyName(), run.rawFont().weight()) for run in layout.glyphRuns()}


@pytest.mark.parametrize("legible", [False, True])
def test_every_spanish_letter_comes_from_the_windows_own_font(qtbot: QtBot, legible: bool) -> None:
    window = build_window(Library([]), Settings(None))
    qtbot.addWidget(window)
    window.appearance.set_legible_font(legible)
    label = QLabel(SPANISH, window)
    drawn = families_drawing(SPANISH, label.font())
    assert len(drawn) == 1, drawn  # one family, one weight, for every letter
    assert families_drawing("Anadir senales", label.font()) == drawn  # the same as plain letters
    if legible:
        assert next(iter(drawn))[0] == "Atkinson Hyperlegible"
    article = families_drawing(SPANISH, window.view.document().defaultFont())  # the article's text
    assert len(article) == 1, article
