"""File > Folders and packs in your library…: see where the articles come from, and remove an added folder
(forgotten, its files untouched) or an installed pack (after asking; only the reader's installed copy).

Not offered in kiosk mode (reader/app.py): a passer-by must not take content away. The dialog's module is
imported when the dialog is first opened, not at start (issue 20)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox

from reader.core.languages.translate import translate
from reader.core.sources.listing import (
    Kind,
    Source,
    SourcePlaces,
    forget_folder,
    list_sources,
)

if TYPE_CHECKING:
    from reader.core.packs.install import PackStore
    from reader.ui.sources.dialog import SourcesDialog
    from reader.ui.sources.missing_bar import MissingFoldersBar
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)



class LibrarySourcesFeature(QObject):
    """The File menu's list of library sources, and removing what the person added."""

    def __init__(
        self,
        window: WindowHost,
        places: SourcePlaces,
        store: PackStore,
        reload: Callable[[], None],
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        """store: the person's own packs (the only ones removed here); reload reads the library again;
        busy: True while a pack is being installed (nothing is removed meanwhile)."""
        super().__init__(window.dialog_parent())
        self.window = window
        self.places = places
        self.store = store
        self.reload = reload
        self.busy = busy
        self.dialog: SourcesDialog | None = None
        reg = window.actions_registry
        self.action = reg.add("library_sources", translate("Sources", "&Folders and packs in your library…"),
                              self.open_dialog,
                              tip=translate("Sources", "See where your articles come from, and remove folders or packs you added"))  # fmt: skip
        self._add_to_file_menu()
        self._done_message = ""  # said again once the library is shown (showing it writes the article count)
        window.libraryChanged.connect(self._on_library_changed)
        self.missing_bar: MissingFoldersBar | None = None  # made when a folder is not there
        self._closed_for: set[str] = set()  # missing folders the person closed the bar about
        window.missing_folders_said_above = True  # by the bar: not in the status line too (walk 12)
        self._tell_missing()

    def _add_to_file_menu(self) -> None:
        """After "Install a library pack…" (or "Add a folder of articles…"), before the rest."""
        menu = self.window.menu("file")
        actions = menu.actions()
        names = [a.objectName() for a in actions]
        for after in ("action_install_pack", "action_add_folder"):
            if after in names and names.index(after) + 1 < len(actions):
                menu.insertAction(actions[names.index(after) + 1], self.action)
                return
        menu.addAction(self.action)

    def sources(self) -> list[Source]:
        """Every source now, with the article counts of the library on screen."""
        return list_sources(self.places, self.window.settings, self.window.library.reports)

    @Slot()
    def open_dialog(self) -> None:
        """Show the list over the window (window-modal) until the person closes it; once at a time."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from reader.ui.sources.dialog import SourcesDialog

        dialog = SourcesDialog(self.sources(), self.window.dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.removeRequested.connect(self.remove)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _closed(self) -> None:
        self.dialog = None

    @Slot()
    def _refresh(self) -> None:
        if self.dialog is not None:
            self.dialog.set_sources(self.sources())

    def _tell_missing(self) -> None:
        """Say, above the pages, which folders of the library are not there (until the person opens the
        list, closes the bar, or the folders are back or removed)."""
        missing = [str(r.folder) for r in self.window.library.reports if r.missing]
        bar = self.missing_bar
        if not missing or set(missing) <= self._closed_for:
            if bar is not None:
                bar.hide()
            return
        if bar is None:
            from reader.ui.sources.missing_bar import MissingFoldersBar

            bar = self.missing_bar = MissingFoldersBar()
            bar.seeRequested.connect(self.open_dialog)
            bar.close_button.clicked.connect(lambda: self._closed_for.update(bar.folders))
            self.window.add_above_pages(bar)
        added = {str(folder) for folder in self.window.settings.library_folders()}
        bar.show_folders(missing, removable=set(missing) <= added)
        self.window.announce(bar.label.text())

    @Slot()
    def _on_library_changed(self) -> None:
        self._refresh()
        self._tell_missing()
        if self._done_message:
            self.window.show_status(self._done_message, 15000)
            self._done_message = ""

    def _said(self, text: str) -> None:
        """Tell the person what was removed, now and again once the library without it is shown."""
        self._done_message = text
        self.window.show_status(text, 15000)

    @Slot(object)
    def remove(self, source: Source) -> bool:
        """Remove an added folder (at once: nothing is deleted) or an installed pack (after asking);
        True when it was removed. The library is read again after either."""
        if not source.removable:
            return False
        if source.kind is Kind.PACK:
            done = self._remove_pack(source)
        else:
            done = forget_folder(self.window.settings, source.folder)
            if done:
                text = translate("Sources", "{folder} is no longer in your library. Its files were not changed.")
                self._said(text.format(folder=source.folder))
        if done:
            self._refresh()
            self.reload()
        return done

    def _remove_pack(self, source: Source) -> bool:
        from reader.core.packs.format import PackError
        from reader.ui.sources.dialog import pack_name

        assert source.pack is not None
        title = pack_name(source)
        if self.busy():
            self._tell(translate("Sources", "A library pack is being installed. Please wait until it is done, then try again."))
            return False
        if not self._confirm(source, title):
            return False
        try:
            self.store.remove(source.pack.manifest.id)
        except PackError:  # removed meanwhile (another window, `cancer-reader pack remove`)
            log.info("Pack %s was removed already", source.pack.manifest.id)
            self._said(translate("Sources", "{title} was removed already.").format(title=title))
            return True  # the library is read again all the same: it no longer has the pack
        except OSError as exc:
            log.warning("Removing pack %s failed: %s", source.pack.manifest.id, exc)
            self._tell(translate("Sources", "{title} could not be removed, so nothing was changed. Try again; if it fails again, ask the person who looks after this computer for help.").format(title=title),
                       f"{source.pack.folder}: {exc.strerror or exc}")  # fmt: skip
            return False
        self._said(translate("Sources", "Removed {title} from your library.").format(title=title))
        return True

    def _confirm(self, source: Source, title: str) -> bool:
        assert source.pack is not None
        count = source.articles if source.articles is not None else source.pack.manifest.article_count
        box = QMessageBox(QMessageBox.Icon.Question, translate("Sources", "Remove a library pack"),
                          translate("Sources", "Remove {title} from this reader?").format(title=title),
                          QMessageBox.StandardButton.NoButton, self.dialog or self.window.dialog_parent())  # fmt: skip
        box.setObjectName("removePackQuestion")
        box.setInformativeText(
            translate("Sources", "Its %Ln article(s) will leave your library.", None, count)
            + " "
            + translate("Sources", "The pack file you installed it from is not changed, so you can install it again later.")
        )
        remove = box.addButton(translate("Sources", "&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Sources", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def _tell(self, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Sources", "Folders and packs in your library"), text,
                          QMessageBox.StandardButton.Close, self.dialog or self.window.dialog_parent())  # fmt: skip
        if details:
            box.setDetailedText(details)
        self.window.show_status(text, 15000)
        box.exec()
