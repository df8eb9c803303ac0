"""The search box in the toolbar: search as you type (debounced), with a thin progress bar under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.screen_reader.controls import QuietProgressBar

# How long typing must pause before a search starts (milliseconds).
DEBOUNCE_MS = 180
READY_PLACEHOLDER = QT_TRANSLATE_NOOP("Search", "Search the library (Ctrl+K)")
TOUCH_PLACEHOLDER = QT_TRANSLATE_NOOP("Search", "Search the library")  # a touch screen has no keys to press
SHORT_PLACEHOLDER = QT_TRANSLATE_NOOP("Search", "Search")  # large text in a narrow box
# The index build's stages (reader/core/search/__init__.py STAGES), as people see them.
STAGE_NAMES = (
    QT_TRANSLATE_NOOP("SearchStages", "getting ready"),
    QT_TRANSLATE_NOOP("SearchStages", "reading the articles"),
    QT_TRANSLATE_NOOP("SearchStages", "writing the index"),
    QT_TRANSLATE_NOOP("SearchStages", "finishing"),
)
# Stages shown in other words than the index's own name for them.
SHOWN_STAGES = {
    "updating the index": QT_TRANSLATE_NOOP("SearchStages", "adding new and changed articles"),
}


def stage_words(stage: str) -> str:
    """What the index build is doing, in the person's language ("reading the articles")."""
    return translate("SearchStages", SHOWN_STAGES.get(stage, stage))


class _Field(QLineEdit):
    """A line edit that passes Down, Up, Enter and Escape to its SearchBox."""

    def __init__(self, box: SearchBox) -> None:
        super().__init__(box)
        self._box = box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down moves into the results, Enter opens one, Escape goes back to reading."""
        key = event.key()
        if key == Qt.Key.Key_Down or key == Qt.Key.Key_PageDown:
            self._box.resultsFocusRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._box.flush()
            self._box.openRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self._box.dismissRequested.emit()
        else:
            super().keyPressEvent(event)


class SearchBox(QWidget):
    """Emits queryChanged(text) once typing pauses; shows how far the index is from being ready."""

    queryChanged = Signal(str)
    resultsFocusRequested = Signal()
    openRequested = Signal()
    dismissRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.field = _Field(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(translate("Search", "Search the library"))
        self.field.setPlaceholderText(translate("Search", "Preparing search…"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(500)
        self.progress = QuietProgressBar(self)  # said by the search's own messages, not every 10 s
        self.progress.setObjectName("searchProgress")
        self.progress.setAccessibleName(translate("Search", "Search preparation"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(5)
        self.progress.setRange(0, 100)
        keep_room = self.progress.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # shown and hidden without the window below moving (walk 5)
        self.progress.setSizePolicy(keep_room)
        self.progress.hide()
        # Touch mode's big clear button; named apart from the on-screen keyboard's key that deletes one
        # letter (both were "Borrar" in Spanish: walk 6).
        self.clear_button = QPushButton(translate("Search", "Clear all"), self)
        self.clear_button.setObjectName("searchClear")
        self.clear_button.setAccessibleName(translate("Search", "Clear the whole search"))
        self.clear_button.hide()
        self.clear_button.clicked.connect(self.field.clear)
        self.ready_placeholder = translate("Search", READY_PLACEHOLDER)
        self.touch = False
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._sent: str | None = None
        self.field.textChanged.connect(self._on_text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for a question of about 45 characters at the current text size."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.field.fontMetrics().horizontalAdvance("x" * 45)), hint.height())

    def use_touch(self) -> None:
        """For a touch screen (kiosk): no keyboard shortcut named, a big Clear button instead of the small x."""
        self.ready_placeholder = translate("Search", TOUCH_PLACEHOLDER)
        if self.field.placeholderText() == translate("Search", READY_PLACEHOLDER):
            self.field.setPlaceholderText(TOUCH_PLACEHOLDER)
        self.field.setClearButtonEnabled(False)
        layout = self.layout()
        if layout is not None:  # no room above and below: the kiosk's field and Clear are tall enough
            layout.setContentsMargins(6, 0, 6, 0)
        self.touch = True
        self._show_clear()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A narrower box may need a shorter placeholder."""
        super().resizeEvent(event)
        self._fit_placeholder()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """So may larger text."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        """The ready placeholder whole: without its shortcut, or just "Search", when the box is too narrow
        for it (at 300% "Search the library (Ctrl+K)" was cut to "Search the library (Ctrl…")."""
        ready = (translate("Search", READY_PLACEHOLDER), translate("Search", TOUCH_PLACEHOLDER),
                 translate("Search", SHORT_PLACEHOLDER))  # fmt: skip
        if self.field.placeholderText() not in (*ready, self.ready_placeholder):
            return  # preparing search, or a message: not ours to shorten
        room = self.field.contentsRect().width() - 2 * self.field.fontMetrics().averageCharWidth()
        if self.field.isClearButtonEnabled():
            room -= self.field.height()
        start = ready.index(self.ready_placeholder) if self.ready_placeholder in ready else 0
        for text in ready[start:]:
            if self.field.fontMetrics().horizontalAdvance(text) <= room or text == ready[-1]:
                if self.field.placeholderText() != text:
                    self.field.setPlaceholderText(text)
                return

    def _show_clear(self) -> None:
        self.clear_button.setVisible(self.touch and bool(self.field.text()))

    def text(self) -> str:
        """The words typed."""
        return self.field.text()

    def set_text(self, text: str) -> None:
        """Put words in the box and search for them at once."""
        self.field.setText(text)
        self.flush()

    def focus(self) -> None:
        """Put the cursor in the box with its words selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self._show_clear()
        self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Send the words now if they changed since the last search."""
        self._timer.stop()
        self._show_clear()
        text = self.field.text()
        if text != self._sent:
            self._sent = text
            self.queryChanged.emit(text)

    def resend(self) -> None:
        """Search again for the same words (the index changed)."""
        self._sent = None
        self.flush()

    def show_state(self, percent: int | None, searchable: bool, message: str = "", stage: str = "",
                   preparing: bool = False) -> None:  # fmt: skip
        """Show how far preparing search has come (None: no index is being built), what it is doing
        (stage, e.g. "reading the articles") and, as a tip, any problem. preparing: an index is being
        opened or checked, with no measure of how far (no percentage: it used to say 0% at every start)."""
        if percent is None:
            self.progress.hide()
            note = message
            if searchable:
                placeholder = self.ready_placeholder
            elif preparing:
                placeholder = translate("Search", "Preparing search…")
            else:
                placeholder = translate("Search", "Search is not available yet")
            self.field.setPlaceholderText(placeholder)
        else:
            self.progress.setValue(percent)
            self.progress.show()
            doing = f" ({stage_words(stage)})" if stage else ""
            note = (
                translate("Search", "Updating search{stage}: {percent}%")
                if searchable
                else translate("Search", "Preparing search{stage}: {percent}%")
            ).format(stage=doing, percent=percent)
            self.field.setPlaceholderText(
                self.ready_placeholder
                if searchable
                else translate("Search", "Preparing search… {percent}%").format(percent=percent)
            )
            self.progress.setToolTip(note)
        self.field.setToolTip(note)
        self._fit_placeholder()
        # Without the percentage: screen readers say every change of the focused box's description.
        # The search feature says the progress now and then instead.
        if percent is None and (searchable or not preparing):
            spoken = message
        elif percent is None:  # the same words as while it counts: said once, not at each step
            spoken = translate("Search", "Preparing search.")
        else:
            spoken = (
                translate("Search", "Updating search.")
                if searchable
                else translate("Search", "Preparing search.")
            )
        if spoken != self.field.accessibleDescription():
            self.field.setAccessibleDescription(spoken)
