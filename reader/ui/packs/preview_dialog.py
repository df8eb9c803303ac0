"""The preview shown before a pack is installed: who made it, when, what changes, whether it is trusted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.packs.install import Changes
from reader.core.packs.preview import PackPreview, published_text

TRUSTED = QT_TRANSLATE_NOOP("Packs", "Signed by a publisher this computer trusts.")
NOT_INSTALLABLE = QT_TRANSLATE_NOOP("Packs", "This pack cannot be installed.")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


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
    text = translate("Packs", "{added} articles added, {changed} changed, {removed} removed")
    return text.format(added=f"{len(changes.added):,}", changed=f"{len(changes.changed):,}",
                       removed=f"{len(changes.removed):,}")  # fmt: skip


class PackPreviewDialog(QDialog):
    """Shows a PackPreview; Install is offered only when the pack can be installed."""

    def __init__(self, preview: PackPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        manifest = preview.manifest
        self.setWindowTitle(translate("Packs", "Install a library pack"))
        # Wide enough that "1,378 articles added, 0 changed, 0 removed" and a publisher's name fit on one
        # line; the labels wrap beyond that (large text, long names).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        layout = QVBoxLayout(self)
        heading = QLabel(manifest.title if manifest is not None else preview.path.name, self)
        heading.setObjectName("packTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
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
                ("size", translate("Packs", "Size:"), _megabytes(manifest.total_size)),
            ]
            rows = [row for row in rows if row[2]]  # no "What changes" when it cannot be worked out
        else:
            rows = [("size", translate("Packs", "Size:"), _megabytes(preview.file_size))]
        for name, label, value in rows:
            field = QLabel(value, self)
            field.setObjectName(f"pack_{name}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
            self.fields[name] = field
        layout.addLayout(form)
        self.trust = QLabel(self._trust_text(), self)
        self.trust.setObjectName("packTrust")
        self.trust.setWordWrap(True)
        layout.addWidget(self.trust)
        # The file inside the pack, the key: for staff, out of the way until asked for.
        self.details = QLabel(preview.details, self)
        self.details.setObjectName("packDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.details_button = QPushButton(translate("Packs", "Show details for staff"), self)
        self.details_button.setObjectName("packDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setVisible(bool(preview.details))
        self.details_button.toggled.connect(self._show_details)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        self.install_button = buttons.addButton(
            translate("Packs", "&Install"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.install_button.setEnabled(preview.can_install and not preview.same_version)
        label = (
            translate("Packs", "&Cancel") if self.install_button.isEnabled() else translate("Packs", "&Close")
        )
        cancel = buttons.addButton(label, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(not self.install_button.isEnabled())
        self.install_button.setDefault(self.install_button.isEnabled())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(
            translate("Packs", "Hide details for staff") if shown else translate("Packs", "Show details for staff")
        )

    def _trust_text(self) -> str:
        preview = self.preview
        trusted, refused = translate("Packs", TRUSTED), translate("Packs", NOT_INSTALLABLE)
        if preview.trusted and not preview.problem:
            return trusted
        if preview.trusted:  # trusted, but older than (or in conflict with) the installed version
            return f"{trusted} {refused} {preview.problem}"
        return f"{refused} {preview.problem}"
