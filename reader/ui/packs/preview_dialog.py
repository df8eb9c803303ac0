"""The preview shown before a pack is installed: who made it, when, what changes, whether it is trusted,
and (read on a worker while the preview is open) whether every file in it is whole."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.packs.format import not_a_pack
from reader.core.packs.install import Changes
from reader.core.packs.preview import PackPreview, check_files, published_text
from reader.ui.languages.sizes import size_text
from reader.ui.layout.staff_details import StaffDetails

if TYPE_CHECKING:
    from reader.core.packs.trust import TrustedKey

log = logging.getLogger(__name__)

TRUSTED = QT_TRANSLATE_NOOP("Packs", "Signed by a publisher this computer trusts.")
# Said before why a pack cannot be installed; the reason itself begins "This pack…", so not said twice.
NOT_INSTALLABLE = QT_TRANSLATE_NOOP("Packs", "Cannot be installed.")
CHECKING = QT_TRANSLATE_NOOP("Packs", "Checking every file in the pack…")
CHECKED = QT_TRANSLATE_NOOP("Packs", "Every file in it was checked and is whole.")


class _CheckStoppedError(Exception):
    """Raised from the progress callback when the preview is closed during the check."""


class _CheckSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the checked PackPreview


class _CheckJob(QRunnable):
    """Reads every file of the pack on a worker (check_files) and hands back the checked preview."""

    def __init__(self, preview: PackPreview, trusted: Sequence[TrustedKey], signals: _CheckSignals,
                 stop: threading.Event) -> None:  # fmt: skip
        super().__init__()
        self.preview, self.trusted, self.signals, self.stop = preview, trusted, signals, stop

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise _CheckStoppedError
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            checked = check_files(self.preview, self.trusted, self._progress)
        except _CheckStoppedError:
            return
        if checked.problem:
            log.info("Pack %s cannot be installed: %s %s", checked.path, checked.problem, checked.details)
        self.signals.finished.emit(checked)


def change_text(preview: PackPreview) -> str:
    """What installing changes, in words ("1,378 articles added, 0 changed, 0 removed"); "" when that
    cannot be worked out (a pack that is not trusted or cannot be read is not compared)."""
    changes = preview.changes
    if changes is None or not preview.trusted:
        return ""
    if changes.same_version:
        return translate("Packs", "Nothing: this version is installed already.")
    return changes_words(changes)


def changes_words(changes: Changes) -> str:
    """Articles added, changed and removed, in the person's language."""
    # The numbers of articles added, changed and removed, as in "3 articles added, 0 changed, 0 removed".
    count = len(changes.added)
    added = translate("Packs", "%Ln article(s) added", None, count)
    # Follows the number of articles added: ", 0 changed, 0 removed".
    rest = translate("Packs", "{added}, {changed} changed, {removed} removed")
    return rest.format(added=added, changed=f"{len(changes.changed):,}", removed=f"{len(changes.removed):,}")


class PackPreviewDialog(QDialog):
    """Shows a PackPreview; Install is offered only when the pack can be installed. With the trusted keys,
    a pack whose description and signature are good has every file read first (`checked` emitted)."""

    checked = Signal(object)  # the PackPreview after every file was read

    def __init__(
        self, preview: PackPreview, parent: QWidget | None = None, trusted: Sequence[TrustedKey] | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.checking = False
        self._stop = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        manifest = preview.manifest
        self.setWindowTitle(translate("Packs", "Install a library pack"))
        # Wide enough that "1,378 articles added, 0 changed, 0 removed" and a publisher's name fit on one
        # line; the labels wrap beyond that (large text, long names).
        # Never wider than the screen (at 300 % 72 characters are more than a 1280-pixel screen: walk 10).
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 72, self._screen_size().width() * 95 // 100))
        layout = QVBoxLayout(self)
        # Everything but the buttons scrolls: on a short screen (1024x600, 800x480) at a large text size the
        # message did not fit and could not be reached (walk 12). The buttons stay in sight below.
        self.body = QScrollArea(self)
        self.body.setObjectName("packPreviewBody")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.body)
        content.setObjectName("packPreviewContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(manifest.title if manifest is not None else preview.path.name, self)
        heading.setObjectName("packTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        column.addWidget(heading)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        if manifest is not None:
            installed = preview.changes.installed if preview.changes is not None else None
            version = manifest.version
            if installed is not None and installed.version != manifest.version:
                version += translate("Packs", " (you have version {version})").format(
                    version=installed.version
                )
            changed = change_text(preview)
            rows = [
                ("publisher", translate("Packs", "From:"), manifest.publisher),
                ("version", translate("Packs", "Version:"), version),
                ("date", translate("Packs", "Made on:"), published_text(manifest)),
                ("changes", translate("Packs", "What changes:"), changed),
                ("size", translate("Packs", "Size:"), size_text(manifest.total_size)),
            ]
            rows = [row for row in rows if row[2]]  # no "What changes" when it cannot be worked out
        elif preview.file_size > 0:  # (0: the file is gone or empty, which the problem says)
            rows = [("size", translate("Packs", "Size:"), size_text(preview.file_size))]
        else:
            rows = []
        for name, label, value in rows:
            field = QLabel(value, self)
            field.setObjectName(f"pack_{name}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
            self.fields[name] = field
        self.form = form
        column.addLayout(form)
        self.trust = QLabel(self._trust_text(), self)
        self.trust.setObjectName("packTrust")
        self.trust.setWordWrap(True)
        column.addWidget(self.trust)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("packCheckProgress")
        self.progress.setAccessibleName(translate("Packs", CHECKING))
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        column.addWidget(self.progress)
        # The file inside the pack, the key: for staff, out of the way until asked for. The commands in them
        # are never broken inside a path, and can be copied whole (walk 12, X2).
        self.details = StaffDetails(self)
        self.details.setObjectName("packDetails")
        self.details.set_details(preview.details)
        self.details.setVisible(False)
        self.details_button = QPushButton(translate("Packs", "Show details for staff"), self)
        self.details_button.setObjectName("packDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setVisible(bool(preview.details))
        self.details_button.toggled.connect(self._show_details)
        column.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.details)
        column.addStretch(1)
        self.body.setWidget(content)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(self)
        self.install_button = buttons.addButton(
            translate("Packs", "&Install"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(translate("Packs", "&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_buttons()
        if preview.needs_check and trusted is not None:
            self._start_check(trusted)

    def _show_buttons(self) -> None:
        """Install only for a pack that can be installed (checked, and not the version installed); while
        the files are read it waits, disabled; otherwise it is not offered at all and Cancel is Close."""
        preview = self.preview
        offered = (preview.can_install or self.checking) and not preview.same_version
        self.install_button.setVisible(offered)
        self.install_button.setEnabled(offered and not self.checking)
        ready = self.install_button.isEnabled()
        self.cancel_button.setText(translate("Packs", "&Cancel") if offered else translate("Packs", "&Close"))
        self.cancel_button.setDefault(not ready)
        self.install_button.setDefault(ready)

    def _start_check(self, trusted: Sequence[TrustedKey]) -> None:
        self.checking = True
        self.trust.setText(self._trust_text())
        self.progress.setVisible(True)
        self._show_buttons()
        signals = _CheckSignals(self)
        signals.progress.connect(self._on_check_progress)
        signals.finished.connect(self._on_checked)
        self._pool.start(_CheckJob(self.preview, list(trusted), signals, self._stop))

    @Slot(int, int)
    def _on_check_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_checked(self, preview: PackPreview) -> None:
        self.preview = preview
        self.checking = False
        self.progress.setVisible(False)
        self.trust.setText(self._trust_text())
        if not change_text(preview) and "changes" in self.fields:  # a damaged pack is not compared
            self.form.setRowVisible(self.fields.pop("changes"), False)
        self.details.set_details(preview.details)
        self.details_button.setVisible(bool(preview.details))
        self._show_buttons()
        self.checked.emit(preview)

    def done(self, result: int) -> None:
        """Closing stops the check (within one chunk of one file) before the dialog goes."""
        self._stop.set()
        self._pool.waitForDone()
        super().done(result)

    def _screen_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() if screen is not None else QSize(1280, 800)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Tall enough for every wrapped line at this text size (up to the screen's height): at 300 % the
        size Qt gave cut the message's first and last lines (walk 12, C6)."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the whole message (and the staff details, when shown) at this width, up to 90 % of the
        screen's height: beyond that the message scrolls above the buttons."""
        layout = self.layout()
        content = self.body.widget()
        assert layout is not None and content is not None
        layout.activate()
        width = self.width()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        column = content.layout()
        assert column is not None
        needed = column.totalHeightForWidth(inner) if column.hasHeightForWidth() else column.sizeHint().height()
        wanted = layout.sizeHint().height() - self.body.sizeHint().height() + needed + 2
        self.resize(width, min(max(self.height(), wanted), self._screen_size().height() * 9 // 10))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        if shown and self.isVisible():  # taller for the details, up to the screen's height (they scroll)
            self._fit_height()
        self.details_button.setText(
            translate("Packs", "Hide details for staff") if shown else translate("Packs", "Show details for staff")
        )

    def _trust_text(self) -> str:
        preview = self.preview
        trusted, refused = translate("Packs", TRUSTED), translate("Packs", NOT_INSTALLABLE)
        if self.checking:
            return f"{trusted} {translate('Packs', CHECKING)}"
        if preview.trusted and not preview.problem:
            return f"{trusted} {translate('Packs', CHECKED)}" if preview.checked else trusted
        if preview.trusted:  # trusted, but older than (or in conflict with) the installed version
            return f"{trusted} {refused} {preview.problem}"
        if preview.problem == not_a_pack().plain:  # not "This pack cannot be installed" for a text file
            return preview.problem
        return f"{refused} {preview.problem}"
