"""File > Folders and packs in your library…: every place the library's articles come from, with a folder
that is not found said plainly, and Remove beside what the person added (walk 10, C12)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.translate import translate
from reader.core.sources.listing import Kind, Place, Source, State
from reader.ui.layout.staff_details import StaffDetails


def _articles(count: int | None) -> str:
    return "" if count is None else translate("Sources", "%Ln article(s)", None, count)


def source_name(source: Source) -> str:
    """A source named inside a sentence: a pack's title, a folder's path, or the reader's own articles."""
    if source.kind is Kind.PACK:
        return pack_name(source)
    if source.kind is Kind.BUNDLED:
        return translate("Sources", "the articles that came with the reader")
    return str(source.folder)


def count_lines(source: Source) -> list[str]:
    """How many articles a source gives, and how many of its own the library shows from another source
    that has the same ones (walk 12, C1: a folder whose one article a pack also holds said "0 articles")."""
    if not source.shown_elsewhere:
        return [_articles(source.articles)]
    # {sources}: where the same articles are, e.g. “Clinic notes” (a pack's title) or a folder's path
    where = ", ".join(source_name(s) for s in source.shown_from) or translate("Sources", "another place in this list")
    count = source.shown_elsewhere
    if not source.articles:
        # "1 article, shown from “Clinic notes” instead."
        text = translate("Sources", "%Ln article(s), shown from {sources} instead.", None, count)
        return [text.format(sources=where)]
    # After "3 articles": "1 more, shown from “Clinic notes” instead."
    more = translate("Sources", "%Ln more, shown from {sources} instead.", None, count)
    return [_articles(source.articles), more.format(sources=where)]


def pack_name(source: Source) -> str:
    """A pack's title, quoted as the reader quotes titles."""
    assert source.pack is not None
    return translate("Sources", "“{title}”").format(title=source.pack.manifest.title)


def unopened_line(source: Source) -> list[str]:
    """"3 files could not be opened." when some could not (the reasons are behind the staff details)."""
    count = len(source.unopened)
    return [translate("Sources", "%Ln file(s) could not be opened.", None, count)] if count else []


def _inside(path: Path, folder: Path) -> str:
    """The file's path inside its folder (named just above it), else the whole path."""
    return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)


def unopened_details(sources: Sequence[Source]) -> str:
    """For staff: each file that could not be opened and why, by place (as `cancer-reader check` says)."""
    parts = []
    for source in sources:
        if source.unopened:
            # {place}: a folder's path, a pack's title or "the articles that came with the reader"
            parts.append(translate("Sources", "In {place}, these files could not be opened:").format(place=source_name(source)))
            parts += [f"{_inside(item.path, source.folder)}: {item.reason}" for item in source.unopened]
    return "\n".join(parts)


def row_text(source: Source) -> tuple[str, list[str]]:
    """(the name of a source, the lines under it) in plain words."""
    if source.kind is Kind.BUNDLED:
        return translate("Sources", "Articles that came with the reader"), count_lines(source) + unopened_line(source)
    if source.kind is Kind.PACK:
        assert source.pack is not None
        manifest = source.pack.manifest
        lines = [
            translate("Sources", "Library pack from {publisher}, version {version}").format(
                publisher=manifest.publisher, version=manifest.version
            ),
            *count_lines(source),
            *unopened_line(source),
        ]
        if source.place is Place.EVERYONE:
            lines.append(translate("Sources", "Installed for everyone on this computer. Only the person who looks after this computer can remove it."))
        elif source.place is Place.READER:
            lines.append(translate("Sources", "Came with the reader when it was installed."))
        return pack_name(source), lines
    lines = []
    if source.state is State.MISSING:
        lines.append(translate("Sources", "Not found."))
        lines.append(translate("Sources", "If it is on a USB stick or another drive, plug it in. Its articles come back when the folder is found."))
    elif source.state is State.NOT_A_FOLDER:
        lines.append(translate("Sources", "This is a file, not a folder, so there are no articles to read here."))
    elif source.state is State.UNREADABLE:
        lines.append(translate("Sources", "Cannot be opened."))
        lines.append(translate("Sources", "The person who looks after this computer may need to give you access to this folder."))
    else:
        lines.extend(count_lines(source) + unopened_line(source))
    if source.place is Place.STARTED:
        lines.append(translate("Sources", "Named when the reader was started, so it cannot be removed here."))
    return str(source.folder), lines


def spoken(parts: Sequence[str]) -> str:
    """Lines as sentences for a screen reader: each ends with a full stop, none with two."""
    return " ".join(part if part.endswith((".", "?", "!", "…")) else f"{part}." for part in parts)


def remove_name(source: Source) -> str:
    """What the Remove button does, for a screen reader ("Remove the folder /media/stick")."""
    if source.kind is Kind.PACK:
        return translate("Sources", "Remove the library pack {title}").format(title=pack_name(source))
    return translate("Sources", "Remove the folder {folder}").format(folder=source.folder)


class SourceRow(QFrame):
    """One source: its name in bold, what it gives or why it gives nothing, and Remove when allowed."""

    removeRequested = Signal(object)  # Source

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("sourceRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        name, lines = row_text(source)
        lines = [line for line in lines if line]
        self.label = QLabel(self)
        self.label.setObjectName("sourceText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        shown = [html.escape(line) for line in lines]
        if source.state is not State.OK and source.kind is Kind.FOLDER:
            shown[0] = f"<b>{shown[0]}</b>"  # "Not found." stands out under the folder's name
        self.label.setText("<br>".join([f"<b>{html.escape(name)}</b>", *shown]))
        self.label.setAccessibleName(spoken([name, *lines]))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path to copy
        # Tab stops on the words too, so a screen reader says which place is "Not found." (walk 12, C5)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.label, 1)
        self.remove_button: QPushButton | None = None
        if source.removable:
            text = translate("Sources", "Remove…") if source.kind is Kind.PACK else translate("Sources", "Remove")
            self.remove_button = QPushButton(text, self)
            self.remove_button.setObjectName("sourceRemove")
            self.remove_button.setAccessibleName(remove_name(source))
            self.remove_button.setToolTip(remove_name(source))
            self.remove_button.setAutoDefault(False)  # Enter never removes anything
            self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.source))
            layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)


class SourcesDialog(QDialog):
    """Lists the sources; Remove asks the feature (which confirms a pack, forgets a folder)."""

    removeRequested = Signal(object)  # Source

    def __init__(self, sources: Sequence[Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySources")
        self.setWindowTitle(translate("Sources", "Folders and packs in your library"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Sources", "The articles in your library come from these places. Removing a folder does not delete any files: the reader only stops showing its articles."), self)  # fmt: skip
        intro.setObjectName("sourcesIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list_area = QScrollArea(self)
        self.list_area.setObjectName("sourcesScroll")
        self.list_area.setAccessibleName(translate("Sources", "Where your articles come from"))
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the rows wrap instead
        layout.addWidget(self.list_area, 1)
        self.nothing_added = QLabel(translate("Sources", "You have not added any folders or installed any library packs. To add some, use “Add a folder of articles…” or “Install a library pack…” in the File menu."), self)  # fmt: skip
        self.nothing_added.setObjectName("sourcesNothingAdded")
        self.nothing_added.setWordWrap(True)
        layout.addWidget(self.nothing_added)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("Sources", "&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows: list[SourceRow] = []
        self.details_button: QPushButton | None = None  # made when a file could not be opened
        self.details: StaffDetails | None = None
        self._details_shown = False
        self._follow_details = False
        bar = self.list_area.verticalScrollBar()
        bar.rangeChanged.connect(self._to_details)
        bar.actionTriggered.connect(self._stop_following)
        self.set_sources(sources)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Sized once, when first shown: the text size and style are applied by then."""
        if not self._fitted:
            self._fitted = True
            self._fit_to_screen()
        super().showEvent(event)

    def _fit_to_screen(self) -> None:
        """Wide enough for a pack's line at this text size and tall enough for every row, but never past
        the screen (at 300 % the list scrolls instead)."""
        screen = self.screen().availableGeometry()
        width = min(self.fontMetrics().averageCharWidth() * 84, int(screen.width() * 0.95))
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 40, width))
        holder = self.list_area.widget()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right() - self.list_area.verticalScrollBar().sizeHint().width()
        rows = holder.heightForWidth(inner) if holder is not None and holder.hasHeightForWidth() else 0
        if rows <= 0 and holder is not None:
            rows = holder.sizeHint().height()
        rest = layout.sizeHint().height() - self.list_area.sizeHint().height()
        self.resize(width, min(rest + rows + 8, int(screen.height() * 0.85)))

    def set_sources(self, sources: Sequence[Source]) -> None:
        """Show these sources (again, after one was removed or the library changed)."""
        had_focus = self.focusWidget() in [row.remove_button for row in self.rows]
        holder = QWidget()
        holder.setObjectName("sourcesList")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.rows = []
        for source in sources:
            row = SourceRow(source, holder)
            row.removeRequested.connect(self.removeRequested)
            column.addWidget(row)
            self.rows.append(row)
        self._add_details(holder, column, unopened_details(sources))
        column.addStretch(1)
        old = self.list_area.takeWidget()
        if old is not None:  # later: its Remove button may be the one whose click got us here
            old.hide()
            old.deleteLater()
        self.list_area.setWidget(holder)
        self.nothing_added.setVisible(not any(row.source.kind is not Kind.BUNDLED for row in self.rows))
        if had_focus:  # the removed row's button took the keyboard with it: Close, never another Remove
            self.close_button.setFocus()  # (a second press must not forget a folder that was fine: walk 12, X12)

    def _add_details(self, holder: QWidget, column: QVBoxLayout, text: str) -> None:
        """Below the rows, for staff: the files that could not be opened and why (hidden until asked for)."""
        self.details_button = self.details = None
        if not text:
            return
        button = QPushButton(translate("Sources", "Show details for staff"), holder)
        button.setObjectName("sourcesDetailsButton")
        button.setCheckable(True)
        button.setAutoDefault(False)
        details = StaffDetails(holder)
        details.setObjectName("sourcesDetails")
        details.set_details(text, file_reasons=True)
        button.toggled.connect(self._show_details)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(details)
        self.details_button, self.details = button, details
        button.setChecked(self._details_shown)
        self._show_details(self._details_shown)

    def _show_details(self, shown: bool) -> None:
        self._details_shown = shown
        if self.details is None or self.details_button is None:
            return
        self.details.setVisible(shown)
        self.details_button.setText(
            translate("Sources", "Hide details for staff") if shown else translate("Sources", "Show details for staff")
        )
        # The details are the last thing in the list: brought into view as they are laid out (the list's
        # range changes twice: once for the box, once for its text at its width), until the person scrolls.
        self._follow_details = shown

    def _stop_following(self, _action: int) -> None:
        self._follow_details = False

    def _to_details(self, _low: int, _high: int) -> None:
        if self._follow_details:
            QTimer.singleShot(0, self._reveal_details)  # once the rows are placed in the new size

    def _reveal_details(self) -> None:
        if self._follow_details and self.details is not None and self.details_button is not None:
            # Its last line, then its button, in view (the text box's own "visible part" is its caret).
            self.list_area.ensureVisible(0, self.details.geometry().bottom(), 0, 0)
            self.list_area.ensureWidgetVisible(self.details_button, 0, 0)

    def row_for(self, folder: object) -> SourceRow | None:
        """The row of the source read from this folder (tests, and the feature after a removal)."""
        return next((row for row in self.rows if row.source.folder == folder), None)
