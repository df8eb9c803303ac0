"""What adding a folder gave, in plain words: how many articles, and which files were left out and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.languages.translate import translate
from reader.core.library.catalog import FolderReport, Library

SHOWN = 5  # files named one by one; the rest are counted


def report_for(library: Library, folder: Path) -> FolderReport | None:
    """The loading report of one folder of this library (None when it was not loaded)."""
    return next((r for r in library.reports if Path(r.folder) == Path(folder)), None)


def problems_text(report: FolderReport) -> str:
    """The files of a folder that could not be opened, one per line with the reason ("" when none)."""
    errors = [s for s in report.skipped if s.is_error]
    if not errors:
        return ""
    count, more = len(errors), len(errors) - SHOWN
    lines = [translate("FolderReport", "%Ln file(s) could not be opened:", None, count)]
    lines += [f"• {s.path.name}: {s.reason}" for s in errors[:SHOWN]]
    if more > 0:
        lines.append(translate("FolderReport", "…and %Ln more.", None, more))
    return "\n".join(lines)


def summary(report: FolderReport | None, folder: Path) -> tuple[bool, str]:
    """(whether the folder gave any article, what to tell the person)."""
    if report is None or report.missing:
        reason = report.missing if report is not None else ""
        text = translate("FolderReport", "Nothing was added from {folder}.").format(folder=folder)
        return False, f"{text} {reason}".strip()
    if report.loaded == 0:
        text = translate("FolderReport", "No articles were found in {folder}.").format(folder=folder)
        return False, "\n\n".join(t for t in (text, problems_text(report)) if t)
    loaded = report.loaded
    text = translate("FolderReport", "Added %Ln article(s) from {folder}.", None, loaded).format(folder=folder)
    return True, "\n\n".join(t for t in (text, problems_text(report)) if t)


def tell(parent: QWidget, ok: bool, text: str) -> QMessageBox:
    """Show what adding a folder gave in a window the person closes (not modal: nothing waits on it)."""
    box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
                      translate("FolderReport", "Adding a folder"), text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setObjectName("folderReport")
    box.open()
    return box
