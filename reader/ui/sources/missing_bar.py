"""A folder of articles that is not there at start: said above the pages until the person acts or closes it.

The status bar said it once ("1 folder(s) not found: …"), and the next message (an article's name) took
its place. This bar stays on the home view and on every article, and its button opens File > Folders and
packs in your library…, where the folder can be seen and removed. Made only when a folder is missing;
never on a kiosk (the sources feature is not there: a passer-by cannot fix a library).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.ui.window.notice_bar import NoticeBar


def missing_text(folders: list[str], removable: bool = True) -> str:
    """What the bar says about these missing folders (one or more); removable: the person added them all
    (a folder named when the reader was started cannot be removed in the list)."""
    if len(folders) == 1:
        # {folder}: the folder's full path
        text = translate("Sources", "We could not find this folder of articles: {folder}. If it is on a USB stick or another drive, plug it in and start the reader again.")  # fmt: skip
        if removable:
            text += " " + translate("Sources", "You can also remove it from your library.")
        return text.format(folder=folders[0])
    # {folders}: the folders' full paths, with commas between them
    text = translate("Sources", "We could not find these folders of articles: {folders}. If they are on a USB stick or another drive, plug them in and start the reader again.")  # fmt: skip
    if removable:
        text += " " + translate("Sources", "You can also remove them from your library.")
    return text.format(folders=", ".join(folders))


class MissingFoldersBar(NoticeBar):
    """The window's notice bar (message, OK) with a button to Folders and packs in your library…"""

    seeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folders: list[str] = []
        self.label.setObjectName("missingFolders")
        self.see_button = QPushButton(translate("Sources", "&See folders and packs"), self)
        self.see_button.setAccessibleName(translate("Sources", "Open Folders and packs in your library"))
        self.button_row.insertWidget(self.button_row.indexOf(self.close_button), self.see_button)
        self.see_button.clicked.connect(self._see)

    def show_folders(self, folders: list[str], removable: bool = True) -> None:
        """Say which folders are missing (removable: all added by the person), and show the bar."""
        self.folders = list(folders)
        self.show_message(missing_text(self.folders, removable))

    def _see(self) -> None:
        self.hide()
        self.seeRequested.emit()
