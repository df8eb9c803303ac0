"""Handouts: print the open article, or save it as a PDF, without the app's window around it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence

from reader.core.files.locations import remember_folder, start_folder
from reader.core.languages.translate import translate
from reader.core.library.article import Article
from reader.core.render.page import RenderedArticle

if TYPE_CHECKING:
    from reader.core.glossary.entries import Glossary
    from reader.core.handouts.article_handout import Handout
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)


class HandoutActions(QObject):
    """Print…, Save as PDF… and the large-type choice, for the article open in the window."""

    def __init__(
        self, host: WindowHost, glossary: Glossary | None = None, data_dir: Path | None = None
    ) -> None:
        super().__init__(host.dialog_parent())
        self.window = host
        self.data_dir = data_dir
        self._glossary: Glossary | None = glossary
        # The printer Print… prints on at once, without any dialog ("" = the default printer); None: the
        # preview and the printer dialog. Kiosk mode sets it when its policy allows printing.
        self.print_directly_to: str | None = None
        reg = host.actions_registry
        self.print_action = reg.add("print", translate("Handouts", "&Print…"), self.print_article,
                                    [QKeySequence.StandardKey.Print],
                                    tip=translate("Handouts", "Print this article as a handout (Ctrl+P)"))  # fmt: skip
        self.pdf_action = reg.add("save_pdf", translate("Handouts", "Save as P&DF…"), self.save_article_pdf,
                                  ["Ctrl+Shift+S"], tip=translate("Handouts", "Save this article as a PDF handout"))  # fmt: skip
        self.large_action = reg.add(
            "large_print", translate("Handouts", "&Large type in handouts"), self._remember_large
        )
        self.large_action.setCheckable(True)
        self.large_action.setChecked(host.settings.get("handout_large_type") is True)
        for action in (self.print_action, self.pdf_action, self.large_action):
            host.menu("file").addAction(action)
        host.articleShown.connect(self._update)
        host.homeShown.connect(self._update)
        self._update()

    @property
    def glossary(self) -> Glossary:
        """The glossary for "Words in this article" (the window's, or loaded on first use)."""
        if self._glossary is None or not len(self._glossary):
            from reader.core.glossary.entries import Glossary

            self._glossary = Glossary.load(self.data_dir)
        return self._glossary

    @Slot()
    def _update(self, *_args: object) -> None:
        has_article = self.window.current is not None and self.window.current_page is not None
        self.print_action.setEnabled(has_article)
        self.pdf_action.setEnabled(has_article)

    @Slot()
    def _remember_large(self) -> None:
        self.window.settings.set("handout_large_type", self.large_action.isChecked())

    def current_handout(self) -> Handout | None:
        """The handout for the open article, or None on the home view."""
        article: Article | None = self.window.current
        page: RenderedArticle | None = self.window.current_page
        if article is None or page is None:
            return None
        words = self.glossary.words_in_article(page.glossary)
        from reader.core.handouts.article_handout import build_handout  # when printing, not at start

        return build_handout(article, page, words, large_type=self.large_action.isChecked())

    @Slot()
    def print_article(self) -> None:
        """Show the print preview, from which the person prints; where printing goes straight to a printer
        (a kiosk whose policy allows printing: no dialog is ever shown there), print at once."""
        handout = self.current_handout()
        if handout is None:
            return
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtWidgets import QDialog

        from reader.ui.handouts.pdf import paint_handout, paper_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(paper_layout())
        printer.setDocName(handout.title)

        painted: list[int | None] = []  # each painting's page count (None: the printer failed)

        def paint(device: QPrinter) -> None:
            try:
                painted.append(paint_handout(handout, device))
            except OSError as exc:
                log.warning("Could not print %s: %s", handout.title, exc)
                painted.append(None)

        if self.print_directly_to is not None:
            if self.print_directly_to:
                printer.setPrinterName(self.print_directly_to)
            paint(printer)
        else:
            from reader.ui.handouts.print_preview import PrintPreview  # when printing, not at start

            if PrintPreview(printer, paint, self.window.dialog_parent()).exec() != QDialog.DialogCode.Accepted:
                return
        pages = painted[-1] if painted else None
        if pages is None:
            self.window.show_status(translate("Handouts", "Sorry, the printer could not be used."), 15000)
        else:
            self.window.show_status(translate("Handouts", "Sent %Ln page(s) to the printer.", None, pages), 15000)

    @Slot()
    def save_article_pdf(self) -> None:
        """Ask where to save, then write the PDF."""
        handout = self.current_handout()
        article = self.window.current
        if handout is None or article is None:
            return
        folder = start_folder(self.window.settings)
        suggested = str(folder / (safe_file_name(article.display_title) + ".pdf"))
        from PySide6.QtWidgets import QFileDialog  # its Qt type (~1 ms) when first used (issue 20)

        name, _ = QFileDialog.getSaveFileName(
            self.window.dialog_parent(), translate("Handouts", "Save as PDF"), suggested,
            translate("Handouts", "PDF files (*.pdf)"),
        )  # fmt: skip
        if not name:
            return
        remember_folder(self.window.settings, Path(name).parent)  # the next dialog opens there
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        # Imported here: QPdfWriter and the handout's page layout are not needed to read (py-spy of
        # `--open X --screenshot`: 2.6 % of the samples, issue 20).
        from reader.ui.handouts.pdf import write_handout_pdf

        try:
            pages = write_handout_pdf(handout, path)
        except OSError as exc:
            log.warning("Could not save %s: %s", path, exc)
            self.window.show_status(
                translate("Handouts", "Sorry, the PDF could not be saved ({problem}).").format(problem=exc),
                15000,
            )
            return
        self.window.show_status(
            translate("Handouts", "Saved %Ln page(s) to {path}", None, pages).format(path=path), 15000
        )


def safe_file_name(title: str) -> str:
    """A title turned into a file name that works everywhere."""
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return " ".join(kept.split())[:80] or "article"
