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


def already_there(report: FolderReport) -> int:
    """How many of the folder's articles the library had already (from another folder or a pack)."""
    return sum(s.duplicate for s in report.skipped)


def added_text(report: FolderReport | None, folder: Path, added: int, listed_before: bool) -> str:
    """One line for the status bar: how many articles are new in the library (added), and, when the folder
    or its articles were there already, that they were (walk 9, X9-5: "Added 25 articles" for a folder
    that was in the library already)."""
    if listed_before:
        if added:
            return translate(
                "FolderReport", "{folder} is in your library already. %Ln new article(s) found in it.", None, added
            ).format(folder=folder)
        return translate("FolderReport", "{folder} is in your library already.").format(folder=folder)
    same = already_there(report) if report is not None else 0
    if same and not added:
        return translate("FolderReport", "Every article in {folder} was in your library already.").format(
            folder=folder
        )
    text = translate("MainWindow", "Added %Ln article(s) from {folder}", None, added).format(folder=folder)
    if same:
        text += ". " + translate("FolderReport", "Already in your library: %Ln article(s).", None, same)
    return text


def summary(report: FolderReport | None, folder: Path, added: int | None = None,
            listed_before: bool = False) -> tuple[bool, str]:  # fmt: skip
    """(whether the folder gave any article, what to tell the person); added: how many articles are new
    in the library, when known; listed_before: the folder was one of the library's already."""
    if report is not None and not report.missing and (listed_before or (not report.loaded and already_there(report))):
        # Its articles are in the library: say so, not "Added 25" or "No articles were found".
        text = added_text(report, folder, added or 0, listed_before)
        return True, "\n\n".join(t for t in (text, problems_text(report)) if t)
    if report is None or report.missing:
        reason = report.missing if report is not None else ""
        text = translate("FolderReport", "Nothing was added from {folder}.").format(folder=folder)
        return False, f"{text} {reason}".strip()
    if report.loaded == 0:
        text = translate("FolderReport", "No articles were found in {folder}.").format(folder=folder)
        return False, "\n\n".join(t for t in (text, problems_text(report)) if t)
    loaded = report.loaded
    text = translate("FolderReport", "Added %Ln article(s) from {folder}.", None, loaded).format(folder=folder)
    same = already_there(report)
    if same:
        text += " " + translate("FolderReport", "Already in your library: %Ln article(s).", None, same)
    return True, "\n\n".join(t for t in (text, problems_text(report)) if t)


def tell(parent: QWidget, ok: bool, text: str) -> QMessageBox:
    """Show what adding a folder gave in a window the person closes (not modal: nothing waits on it)."""
    box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
                      translate("FolderReport", "Adding a folder"), text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setObjectName("folderReport")
    box.open()
    return box
