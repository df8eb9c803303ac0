"""The kiosk's top rows grow with the text size (walk 12, C4: at 300% Back, Home, More ▾, Start over, the
search box and the status line stayed at 11-13 pt, and a person who needs 300% could not read them), and
still fit the screen, every button whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController
from tests.ui.test_kiosk_toolbar_steady import button, settle


def top_row(kiosk: KioskController) -> dict[str, QWidget]:
    """What a visitor reads at the top: the buttons, the search box and the status line."""
    window = kiosk.window
    found: dict[str, QWidget] = {"more": window.toolbar_fit.more_button, "search": window.search.box.field,
                                 "status": window.statusBar()}  # fmt: skip
    for name in ("back", "home", "text_larger", "start_over"):
        widget = button(window, name)
        assert widget is not None, name
        found[name] = widget
    return found


def letters_px(widget: QWidget) -> int:
    """How tall the widget's letters are on the screen."""
    return QFontMetrics(widget.font()).capHeight()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_top_rows_words_grow_with_the_text_and_every_button_stays_whole(
    qtbot: QtBot, kiosk: KioskController, size: tuple[int, int]
) -> None:
    window = kiosk.window
    window.setGeometry(0, 0, *size)
    article = next(iter(window.library))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    window.statusBar().showMessage(article.title)
    settle(qtbot)
    usual = {name: letters_px(widget) for name, widget in top_row(kiosk).items()}
    window.appearance.set_font_scale(300)
    settle(qtbot)
    large = {name: letters_px(widget) for name, widget in top_row(kiosk).items()}
    # At least half as large again (the article's words are three times as large; the top rows' 150% at most).
    assert all(large[name] >= 1.5 * usual[name] for name in usual), (usual, large)
    for name, widget in top_row(kiosk).items():
        if name in ("search", "status"):
            continue
        left = widget.mapTo(window, QPoint(0, 0)).x()
        assert widget.isVisible() and left >= 0 and left + widget.width() <= window.width(), name
        assert widget.width() >= widget.sizeHint().width(), name  # its words whole, not cut or elided
    field = window.search.box.field
    assert field.isVisible() and field.width() >= QFontMetrics(field.font()).horizontalAdvance(field.placeholderText())
    assert window.width() == size[0] and window.view.isVisible() and window.view.height() >= size[1] // 2
