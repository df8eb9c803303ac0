"""The print preview: the handout's pages as they will come out, with its buttons in words.

Qt's own QPrintPreviewDialog is a toolbar of small icons; at 300 % text its Print button went behind the
toolbar's overflow marker (a 2-3 px dot, invisible in high contrast: walk 10 B1) and it opened at 38 %.
This one shows the pages at the width of the window and says what each button does, at the reader's
text size and in its theme: Smaller, Bigger, the page count, Print… and Close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.core.languages.translate import translate

# How much Smaller and Bigger change the pages' size.
ZOOM_STEP = 1.25
# The preview's share of the window it opens over.
SHARE_OF_WINDOW = 0.9


class PrintPreview(QDialog):
    """The pages of a handout, with Smaller / Bigger, "Page 1 of 3", Print… and Close."""

    def __init__(self, printer: QPrinter, paint: Callable[[QPrinter], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(translate("Handouts", "Print this article"))
        self.printer = printer
        self.pages = QPrintPreviewWidget(printer, self)
        self.pages.setAccessibleName(translate("Handouts", "The printed pages"))
        self.pages.paintRequested.connect(paint)
        self.pages.previewChanged.connect(self._count_pages)
        self.smaller = QPushButton(translate("Handouts", "Smaller"), self)
        self.smaller.setToolTip(translate("Handouts", "Show the pages smaller"))
        self.smaller.clicked.connect(lambda: self.pages.zoomOut(ZOOM_STEP))
        self.bigger = QPushButton(translate("Handouts", "Bigger"), self)
        self.bigger.setToolTip(translate("Handouts", "Show the pages bigger"))
        self.bigger.clicked.connect(lambda: self.pages.zoomIn(ZOOM_STEP))
        self.page_count = QLabel(self)
        self.print_button = QPushButton(translate("Handouts", "Print…"), self)
        self.print_button.setToolTip(translate("Handouts", "Choose a printer and print these pages"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.close_button = QPushButton(translate("Handouts", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for widget in (self.smaller, self.bigger, self.page_count):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.pages.fitToWidth()
        self.resize(parent.window().size() * SHARE_OF_WINDOW)
        self.print_button.setFocus()

    @Slot()
    def _count_pages(self) -> None:
        count = self.pages.pageCount()
        self.page_count.setText(translate("Handouts", "%n page(s)", None, count))

    @Slot()
    def choose_printer_and_print(self) -> None:
        """Qt's printer dialog (which printer, how many copies), then print and close the preview."""
        chooser = QPrintDialog(self.printer, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self.pages.print_()
        self.accept()
