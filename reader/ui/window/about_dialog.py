"""Help > About: the version, where the articles come from, and the licenses of what the reader uses."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.about.licenses import Component, load_components
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.appearance.menu_style import keep_context_menus_whole
from reader.ui.window.app_icon import app_icon
from reader.version import app_version

log = logging.getLogger(__name__)

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Cancer Information Reader")
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "About",
    "Trusted cancer information that works without the internet. What you read stays on this computer.",
)
NCI_CREDIT = QT_TRANSLATE_NOOP(
    "About", "Articles: Source: National Cancer Institute, cancer.gov; public domain; not endorsed by NCI."
)
ADVICE = QT_TRANSLATE_NOOP("About", "This information does not replace advice from your doctor or nurse.")
NO_LICENSES = QT_TRANSLATE_NOOP("About", "The list of licenses is missing from this copy of the reader.")
NO_PACKS = QT_TRANSLATE_NOOP("About", "Library packs: none installed.")


def packs_text(data_dir: Path | None) -> str:
    """One line per installed library pack (the installer's, the site's, then the person's)."""
    from reader.core.packs.contents import installed_packs
    from reader.core.packs.preview import published_text

    packs = installed_packs(data_dir) if data_dir is not None else []
    if not packs:
        return translate("About", NO_PACKS)
    lines = [translate("About", "Library packs:")]
    for pack in packs:
        m = pack.manifest
        count = m.article_count
        line = translate("About", "• {title}, version {version}, from {publisher}, made on {date} (%Ln article(s))",
                         None, count)  # fmt: skip
        lines.append(
            line.format(title=m.title, version=m.version, publisher=m.publisher, date=published_text(m))
        )
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Shows the version, the NCI credit and every component's license text."""

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=translate("MainWindow", APP_TITLE)))
        self.version = app_version()
        try:
            self.packs = packs_text(data_dir)
        except Exception:  # a damaged pack record must not stop the About box
            log.exception("Could not list the installed library packs")
            self.packs = translate("About", NO_PACKS)
        try:
            self.components: list[Component] = load_components()
        except (OSError, ValueError) as exc:
            log.warning("Could not read the list of licenses: %s", exc)
            self.components = []
        self._build()
        self.resize(900, 620)

    def _build(self) -> None:
        app_title = translate("MainWindow", APP_TITLE)
        title = QLabel(app_title, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(app_title)
        self.version_label = QLabel(
            translate("About", "Version {version}").format(version=self.version), self
        )
        self.version_label.setObjectName("aboutVersion")
        blurb = QLabel("\n\n".join(translate("About", t) for t in (ABOUT_TEXT, NCI_CREDIT, ADVICE)), self)
        blurb.setObjectName("aboutText")
        blurb.setWordWrap(True)
        self.packs_label = QLabel(self.packs, self)
        self.packs_label.setObjectName("aboutPacks")
        self.packs_label.setWordWrap(True)
        for label in (title, self.version_label, blurb, self.packs_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        licenses_label = QLabel(translate("About", "&Licenses of the parts this reader is made from:"), self)
        self.license_list = QListWidget(self)
        self.license_list.setObjectName("licenseList")
        self.license_list.setAccessibleName(translate("About", "Parts of the reader"))
        licenses_label.setBuddy(self.license_list)
        self.license_text = QPlainTextEdit(self)
        self.license_text.setObjectName("licenseText")
        self.license_text.setAccessibleName(translate("About", "License text"))
        self.license_text.setReadOnly(True)
        self.license_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.license_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for component in self.components:
            item = QListWidgetItem(f"{component.name} ({component.license})", self.license_list)
            item.setToolTip(component.note or component.url)
        # Names longer than the list is wide wrap onto a second line, never cut at the right edge
        # ("all-MiniLM-L6-v2 (word-vector table) (Apache-2.0": walk 10, X5).
        self.license_list.setWordWrap(True)
        self.license_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.license_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.license_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.license_list)
        splitter.addWidget(self.license_text)
        splitter.setSizes([300, 580])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        # The words at the top scroll when the text is large: at 300 % they took the dialog's height and the
        # NCI credit and the advice line were cut off (walk 10, X5).
        self.top = QWidget()
        top_layout = QVBoxLayout(self.top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        icon = app_icon()
        if not icon.isNull():
            picture = QLabel(self.top)
            picture.setPixmap(icon.pixmap(64, 64))
            top_layout.addWidget(picture)
        for label in (title, self.version_label, blurb, self.packs_label):
            label.setParent(self.top)
            top_layout.addWidget(label)
        self.top_scroll = QScrollArea(self)
        self.top_scroll.setObjectName("aboutTop")
        self.top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.top_scroll.setWidgetResizable(True)
        self.top_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.top_scroll.setWidget(self.top)

        layout = QVBoxLayout(self)
        layout.addWidget(self.top_scroll)
        layout.addSpacing(8)
        layout.addWidget(licenses_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        keep_context_menus_whole(self)  # the scroll bars' and licence text's menus whole at large text

        self.license_list.currentRowChanged.connect(self._show_license)
        if self.components:
            self.license_list.setCurrentRow(0)
        else:
            self.license_text.setPlainText(translate("About", NO_LICENSES))

    def _fit_list(self) -> None:
        """The list as wide as its longest name, but at most 45 % of the splitter: the rest wrap."""
        frame = 2 * self.license_list.frameWidth() + self.license_list.verticalScrollBar().sizeHint().width()
        longest = max(
            (self.license_list.fontMetrics().horizontalAdvance(self.license_list.item(n).text())
             for n in range(self.license_list.count())),
            default=0,
        ) + 16 + frame  # fmt: skip
        total = max(self.splitter.width(), self.width() - 24, 880)
        wanted = min(longest, total * 45 // 100)
        self.splitter.setSizes([wanted, max(1, total - wanted)])

    def _fit_top(self) -> None:
        """The words at the top get the height they need, up to 45 % of the dialog's; beyond that they scroll."""
        width = self.top_scroll.viewport().width()
        layout = self.top.layout()
        needed = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        needed = max(needed, self.top.minimumSizeHint().height()) + 2
        self.top_scroll.setMaximumHeight(needed)
        self.top_scroll.setMinimumHeight(min(needed, self.height() * 45 // 100))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """As big as the text size needs, within the screen; the list fitted to its names."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            hint = self.sizeHint()
            self.resize(min(room.width() * 9 // 10, max(900, hint.width())),
                        min(room.height() * 9 // 10, max(620, hint.height())))  # fmt: skip
        super().showEvent(event)
        self._fit_top()
        self._fit_list()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The words at the top are fitted again to the new width."""
        super().resizeEvent(event)
        self._fit_top()

    @Slot(int)
    def _show_license(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        header = [component.name, translate("About", "License: {license}").format(license=component.license)]
        if component.note:
            header.append(textwrap.fill(component.note, 72))
        if component.url:
            header.append(component.url)
        self.license_text.setPlainText("\n".join(header) + "\n\n" + component.text())
        self.license_text.moveCursor(QTextCursor.MoveOperation.Start)
