"""File > Install a library pack… and dropping a .pack file on the window: preview, then install on a
worker with progress; `installed` tells the app to switch the library and search over."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import filelock  # noqa: F401 - the install worker takes the store's lock: its module is imported here, on the GUI thread
from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from reader.core.files.locations import remember_folder, start_folder
from reader.core.languages.translate import translate
from reader.core.packs.format import PackError
from reader.core.packs.install import Changes, PackStore
from reader.core.packs.preview import PackPreview, preview_pack
from reader.ui.packs.preview_dialog import PackPreviewDialog, changes_words

if TYPE_CHECKING:
    from reader.core.packs.trust import TrustedKey
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

PACK_SUFFIX = ".pack"


class InstallStoppedError(Exception):
    """Raised from the progress callback when the person stops the install."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # Changes
    failed = Signal(str, str)  # what a person reads, details for staff


class _InstallJob(QRunnable):
    def __init__(self, store: PackStore, path: Path, trusted: Sequence[TrustedKey], signals: _Signals,
                 stop: threading.Event) -> None:  # fmt: skip
        super().__init__()
        self.store, self.path, self.trusted, self.signals, self.stop = store, path, trusted, signals, stop

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise InstallStoppedError
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            changes = self.store.install(self.path, self.trusted, progress=self._progress)
        except InstallStoppedError:
            self.signals.failed.emit(translate("Packs", "The install was stopped; nothing was changed."), "")
        except PackError as exc:
            log.warning("Installing %s failed: %s", self.path, exc)
            said = translate("Packs", "{problem} Nothing was changed. {step}")
            self.signals.failed.emit(said.format(problem=exc.problem, step=exc.step).strip(), exc.details)
        except OSError as exc:
            log.warning("Installing %s failed: %s", self.path, exc)
            self.signals.failed.emit(_not_installed(), f"{self.path}: {exc.strerror or exc}")
        except Exception as exc:  # a bug: the store has put everything back; say so plainly
            log.exception("Installing %s failed", self.path)
            self.signals.failed.emit(_not_installed(), type(exc).__name__)
        else:
            self.signals.finished.emit(changes)


def _not_installed() -> str:
    """An install that failed for a reason in this computer, not in the pack (a full disk, a bug)."""
    return translate("Packs", "The pack could not be installed, so nothing was changed. Try again; if it fails again, ask your clinic's IT team for help.")


def pack_files(urls: Sequence[object]) -> list[Path]:
    """The local .pack files among dropped URLs (QUrl objects)."""
    found = []
    for url in urls:
        if url.isLocalFile():  # type: ignore[attr-defined]
            path = Path(url.toLocalFile())  # type: ignore[attr-defined]
            if path.suffix.lower() == PACK_SUFFIX:
                found.append(path)
    return found


class PacksFeature(QObject):
    """Installs library packs from the window (the person's own store), after a preview."""

    installed = Signal(object)  # Changes: the app reads the library again and reopens search
    progressChanged = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self, window: WindowHost, store: PackStore, trusted: Callable[[], list[TrustedKey]], config_dir: Path | None = None
    ) -> None:
        super().__init__(window.dialog_parent())
        self.window = window
        self.store = store
        self.trusted = trusted
        self.config_dir = config_dir  # its trusted-keys folder is named to staff when a key is not trusted
        self.installing = False
        self.progress_dialog: QProgressDialog | None = None
        self._done_message = ""  # said again once the library is shown (showing it replaces the status)
        self._first_install: Changes | None = None  # a first install: new articles counted once shown
        self._library_before = 0
        self._stop = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        reg = window.actions_registry
        self.action = reg.add("install_pack", translate("Packs", "I&nstall a library pack…"), self.choose_file,
                              tip=translate("Packs", "Install a library pack from a file (for example from a USB stick)"))  # fmt: skip
        self._add_to_file_menu()
        host = window.dialog_parent()
        host.setAcceptDrops(True)
        host.installEventFilter(self)
        window.libraryChanged.connect(self._on_library_changed)

    def _add_to_file_menu(self) -> None:
        """Right after "Add a folder of articles…" (or first, when that is not there)."""
        menu = self.window.menu("file")
        actions = menu.actions()
        add_folder = next((a for a in actions if a.objectName() == "action_add_folder"), None)
        if add_folder is not None and add_folder in actions and actions.index(add_folder) + 1 < len(actions):
            menu.insertAction(actions[actions.index(add_folder) + 1], self.action)
        elif actions:
            menu.insertAction(actions[0], self.action)
        else:
            menu.addAction(self.action)

    # Choosing a pack --------------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """Ask for a pack file, then preview it."""
        name, _ = QFileDialog.getOpenFileName(
            self.window.dialog_parent(),
            translate("Packs", "Choose a library pack"),
            str(start_folder(self.window.settings)),  # not the app's working folder
            translate("Packs", "Library packs (*.pack);;All files (*)"),
        )
        if name:
            remember_folder(self.window.settings, Path(name).parent)
            self.open_pack(Path(name))

    def preview(self, path: Path) -> PackPreview:
        """What the pack is and whether it can be installed here (reads only its description)."""
        return preview_pack(path, self.trusted(), self.store, self.config_dir)

    def open_pack(self, path: Path) -> bool:
        """Show the preview; install when the person says so. True when the install started."""
        if self.installing:
            self.window.show_status(
                translate("Packs", "A library pack is being installed; please wait until it is done."), 8000
            )
            return False
        preview = self.preview(path)
        if preview.details:  # for staff: the dialog shows it only when asked
            log.info("Pack %s cannot be installed: %s %s", path, preview.problem, preview.details)
        # The dialog reads every file on a worker before it offers Install (walk 9, X9-4).
        dialog = PackPreviewDialog(preview, self.window.dialog_parent(), self.trusted())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.preview.can_install:
            return False
        self.install(path, dialog.preview)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Accept a .pack file dragged onto the window; preview it when dropped."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent are drop events
            if pack_files(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            found = pack_files(event.mimeData().urls())
            if found:
                event.acceptProposedAction()
                self.open_pack(found[0])
                return True
        return super().eventFilter(watched, event)

    # Installing -------------------------------------------------------------------------------------

    def install(self, path: Path, preview: PackPreview) -> None:
        """Install on a worker (everything is checked again there), with a progress window."""
        self.installing = True
        self._stop.clear()
        title = preview.manifest.title if preview.manifest is not None else path.name
        dialog = QProgressDialog(
            translate("Packs", "Checking and installing “{title}”…").format(title=title),
            translate("Packs", "&Stop"),
            0,
            0,
            self.window.dialog_parent(),
        )
        dialog.setWindowTitle(translate("Packs", "Installing a library pack"))
        # Not modal: a modal progress dialog runs the event loop inside setValue, so progress and the
        # end of the install would be handled inside one another. A second install is refused instead.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._stop.set)
        self.progress_dialog = dialog
        self._pool.start(_InstallJob(self.store, path, self.trusted(), self._signals, self._stop))

    def wait(self) -> None:
        """Wait for an install to finish (the window is closing)."""
        self._stop.set()
        self._pool.waitForDone()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
        self.progressChanged.emit(done, total)

    def _close_progress(self) -> None:
        self.installing = False
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    @Slot(object)
    def _on_finished(self, changes: Changes) -> None:
        self._close_progress()
        pack = changes.pack
        if changes.same_version:
            text = translate("Packs", "“{title}” version {version} is installed already.")
            self.window.show_status(text.format(title=pack.title, version=pack.version), 10000)
            return
        self._done_message = translate("Packs", "Installed “{title}” version {version}: {changes}.").format(
            title=pack.title, version=pack.version, changes=changes_words(changes)
        )
        self._first_install = changes if changes.installed is None else None
        self._library_before = len(self.window.library)
        self.window.show_status(self._done_message, 15000)
        self.installed.emit(changes)

    @Slot()
    def _on_library_changed(self) -> None:
        """Showing the new library writes the article count in the status bar: say what was installed
        again, so the person sees the install finished (and how many articles are really new)."""
        if self._done_message:
            first, self._first_install = self._first_install, None
            if first is not None:
                self._done_message = self._new_articles_text(first, len(self.window.library) - self._library_before)
            self.window.show_status(self._done_message, 15000)
            self._done_message = ""

    @staticmethod
    def _new_articles_text(changes: Changes, new: int) -> str:
        """What a first install added, when some of its articles were in the library already (from the
        bundled library or a folder: walk 9, X9-5 said "25 articles added" for articles already there)."""
        pack = changes.pack
        installed = translate("Packs", "Installed “{title}” version {version}:").format(
            title=pack.title, version=pack.version
        )
        there = len(changes.added) - max(new, 0)
        if there <= 0:
            return translate("Packs", "Installed “{title}” version {version}: {changes}.").format(
                title=pack.title, version=pack.version, changes=changes_words(changes)
            )
        if new <= 0:
            return translate("Packs", "Installed “{title}” version {version}. Every article in it was in your library already.").format(
                title=pack.title, version=pack.version
            )
        return " ".join((
            installed,
            translate("Packs", "%Ln new article(s).", None, new),
            translate("Packs", "Already in your library: %Ln article(s).", None, there),
        ))  # fmt: skip

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        self._close_progress()
        self.window.show_status(message, 20000)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Packs", "The pack was not installed"), message,
                          QMessageBox.StandardButton.Close, self.window.dialog_parent())  # fmt: skip
        if details:  # behind Qt's "Show Details…", for staff
            box.setDetailedText(details)
        box.exec()
