"""Print…: a preview whose buttons say what they do at every text size, and a kiosk that prints at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.handouts.print_preview import PrintPreview
from reader.ui.kiosk.mode import enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.ui.test_handout_and_speech import SEED_TITLE
from tests.ui.test_main_window import SEED_URL, open_by_click


def shown_preview(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> PrintPreview:
    """Print… from the menu; the preview it opens, shown (not modal) so the test can look and press."""
    shown: list[PrintPreview] = []

    def show_instead(self: PrintPreview) -> int:
        shown.append(self)
        self.show()
        qtbot.waitExposed(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PrintPreview, "exec", show_instead)
    window.actions_registry["print"].trigger()
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    return shown[0]


def whole(button: QPushButton) -> bool:
    """The button is on screen inside its dialog with room for all of its words."""
    dialog = button.window()
    place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
    return (
        button.isVisible() and dialog.rect().contains(place) and button.width() >= button.sizeHint().width()
    )


@pytest.mark.parametrize("scale", [100, 300])
def test_the_preview_says_print_and_close_in_words_at_every_text_size(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, scale: int
) -> None:
    """Walk 10 B1: at 300 % Qt's preview hid its Print button behind a 2-3 px overflow marker."""
    window.appearance.set_font_scale(scale)
    open_by_click(qtbot, window, SEED_TITLE)
    preview = shown_preview(qtbot, window, monkeypatch)
    assert preview.windowTitle() == "Print this article"
    labels = [b.text() for b in (preview.smaller, preview.bigger, preview.print_button, preview.close_button)]
    assert labels == ["Smaller", "Bigger", "Print…", "Close"]
    for button in (preview.smaller, preview.bigger, preview.print_button, preview.close_button):
        assert whole(button), f"{button.text()!r} is cut or hidden at {scale} %"
    qtbot.waitUntil(lambda: preview.pages.pageCount() >= 1)
    assert preview.page_count.text() == f"{preview.pages.pageCount()} page" + (
        "s" if preview.pages.pageCount() != 1 else ""
    )
    assert preview.print_button.isDefault()  # Enter prints
    # the pages open at the width of the preview, not at a fixed 38 %
    assert preview.pages.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth


def test_the_buttons_grow_with_the_text_size(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    small = shown_preview(qtbot, window, monkeypatch).print_button.sizeHint().height()
    window.appearance.set_font_scale(300)
    large = shown_preview(qtbot, window, monkeypatch).print_button.sizeHint().height()
    assert large > small * 2


def test_bigger_and_smaller_change_the_pages_size(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    preview = shown_preview(qtbot, window, monkeypatch)
    start = preview.pages.zoomFactor()
    qtbot.mouseClick(preview.bigger, Qt.MouseButton.LeftButton)
    assert preview.pages.zoomFactor() > start
    qtbot.mouseClick(preview.smaller, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.smaller, Qt.MouseButton.LeftButton)
    assert preview.pages.zoomFactor() < start


def test_print_asks_which_printer_then_prints_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    monkeypatch.setattr("reader.ui.handouts.pdf.paint_handout", lambda handout, device: 4)
    chosen: list[bool] = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda self: chosen.append(True) or QDialog.DialogCode.Accepted.value
    )
    printed: list[bool] = []

    def print_pages(self: QPrintPreviewWidget) -> None:  # what print_() does, without a real printer
        self.paintRequested.emit(self.parentWidget().printer)
        printed.append(True)

    monkeypatch.setattr(QPrintPreviewWidget, "print_", print_pages)

    def press_print(self: PrintPreview) -> int:
        qtbot.addWidget(self)
        self.show()
        qtbot.mouseClick(self.print_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(PrintPreview, "exec", press_print)
    window.actions_registry["print"].trigger()
    assert chosen == [True] and printed == [True]
    assert window.statusBar().currentMessage() == "Sent 4 pages to the printer."


def test_closing_the_printer_choice_prints_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    printed: list[bool] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(QPrintPreviewWidget, "print_", lambda self: printed.append(True))
    preview = shown_preview(qtbot, window, monkeypatch)
    preview.print_button.click()
    assert printed == [] and preview.isVisible()  # still in the preview: nothing printed
    preview.close_button.click()
    assert not preview.isVisible()


@pytest.fixture
def printing_kiosk(qtbot: QtBot, library_dir: Path) -> Iterator[MainWindow]:
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(
        window, KioskPolicy(enabled=True, idle_timeout_seconds=600, printing_allowed=True, printer="Ward 3")
    )
    qtbot.waitExposed(window)
    yield window
    controller.exit_kiosk()


def open_seed(qtbot: QtBot, window: MainWindow) -> None:
    seed = next(a for a in window.library.sorted_by_title() if a.url == SEED_URL)
    assert window.open_article(seed.key)
    qtbot.waitUntil(lambda: window.current_page is not None)


def test_a_kiosk_that_may_print_prints_at_once_on_its_printer(
    qtbot: QtBot, printing_kiosk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Docs/KIOSK.md: print dialogs are never shown in a kiosk; the preview used to be closed as soon as
    it showed, so a kiosk allowed to print never printed."""
    window = printing_kiosk
    open_seed(qtbot, window)
    named: list[str] = []
    painted: list[QPrinter] = []
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda self, name: named.append(name))

    def paint(handout: object, device: QPrinter) -> int:
        painted.append(device)
        return 3

    monkeypatch.setattr("reader.ui.handouts.pdf.paint_handout", paint)
    monkeypatch.setattr(PrintPreview, "exec", lambda self: pytest.fail("a kiosk showed the print preview"))
    window.actions_registry["print"].trigger()
    assert named == ["Ward 3"] and len(painted) == 1 and isinstance(painted[0], QPrinter)
    assert window.statusBar().currentMessage() == "Sent 3 pages to the printer."


def test_a_printer_that_cannot_start_is_said_plainly(
    qtbot: QtBot, printing_kiosk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = printing_kiosk
    open_seed(qtbot, window)

    def broken(handout: object, device: QPrinter) -> int:
        raise OSError("the printer could not be started")

    monkeypatch.setattr("reader.ui.handouts.pdf.paint_handout", broken)
    window.actions_registry["print"].trigger()
    assert window.statusBar().currentMessage() == "Sorry, the printer could not be used."
