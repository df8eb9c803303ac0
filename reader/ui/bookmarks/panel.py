"""The Bookmarks and Questions panel: filter, open, edit, remove with Undo, tick questions as asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks.store import Bookmark, BookmarkStore
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.layout.button_rows import ButtonRows
from reader.ui.layout.stack_pages import ShownPageSizes
from reader.ui.layout.tabs import keep_labels_whole

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Bookmarks", "not available")
NO_BOOKMARKS = QT_TRANSLATE_NOOP(
    "Bookmarks", "No bookmarks yet. Open an article and press the star (Ctrl+D) to keep it here."
)
NO_QUESTIONS = QT_TRANSLATE_NOOP("Bookmarks", "No questions yet. Type one above, or add one from an article.")


def _snippet(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _MessageText(QTextBrowser):
    """The message's words: as tall as they need, up to a few lines, then it scrolls; a long file name
    wraps anywhere rather than widen the window (walk 7, C9). text() and setText() as a label's."""

    LINES = 6  # shown at most before it scrolls

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as the label it replaces: not in the Tab order
        self.viewport().setAutoFillBackground(False)  # on the panel's colour, like a label

    def text(self) -> str:
        """The words shown."""
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - a label's name
        """Show these words."""
        self.setPlainText(text)
        self.updateGeometry()

    def _height(self, lines: int) -> int:
        document = self.document()
        document.setTextWidth(max(self.viewport().width(), 40))
        needed = int(document.size().height()) if self.text() else 0
        return min(needed, lines * self.fontMetrics().lineSpacing() + 8) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All the lines, up to LINES."""
        return QSize(self.fontMetrics().averageCharWidth() * 20, self._height(self.LINES))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A few letters wide; two lines tall (the rest scrolls)."""
        return QSize(self.fontMetrics().averageCharWidth() * 8, self._height(2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """At another width the words take another number of lines."""
        super().resizeEvent(event)
        self.updateGeometry()


class MessageBox(QFrame):
    """A message that stays until the person closes it (damaged file, import report)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = _MessageText(self)  # long file names wrap too, never widen the window (C9)
        self.label.setAccessibleName(translate("Bookmarks", "Message"))
        self.ok = QPushButton(translate("Bookmarks", "OK"), self)
        self.ok.setAccessibleName(translate("Bookmarks", "Close the message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignTop)
        self.ok.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show text (added below what is there while still open)."""
        current = self.label.text() if self.isVisible() else ""
        self.label.setText(f"{current}\n\n{text}" if current else text)
        self.show()


class BookmarksPanel(QWidget):
    """Lists bookmarks (most recent first) and questions; emits what the person asks for."""

    openRequested = Signal(str)  # bookmark id
    editRequested = Signal(str)  # bookmark id
    questionForArticleRequested = Signal()

    def __init__(
        self,
        store: BookmarkStore,
        is_available: Callable[[Bookmark], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self.store = store
        self.is_available = is_available
        self.message = MessageBox(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_bookmarks_tab(), translate("Bookmarks", "&Bookmarks"))
        self.tabs.addTab(self._build_questions_tab(), translate("Bookmarks", "&Questions"))
        keep_labels_whole(self.tabs)  # never "Pregunt" (walk 9): the panel gets their room, or two lines
        tab_pages = self.tabs.findChild(QStackedWidget)
        if tab_pages is not None:  # the hidden tab's minimum does not widen the panel
            ShownPageSizes(tab_pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        # Rows of several lines need a visible edge between them.
        self.setStyleSheet(
            "QListWidget::item { padding: 5px 2px; border-bottom: 1px solid palette(mid); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        for view in (self.list, self.questions):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        store.on_change(self.refresh)
        self.refresh()

    # Construction ----------------------------------------------------------

    def _build_bookmarks_tab(self) -> QWidget:
        page = QWidget(self)
        self.filter = QLineEdit(page)
        self.filter.setPlaceholderText(translate("Bookmarks", "Filter bookmarks"))
        self.filter.setAccessibleName(translate("Bookmarks", "Filter bookmarks"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(page)
        self.list.setAccessibleName(translate("Bookmarks", "Bookmarks"))
        self.list.setWordWrap(True)
        # In the empty list's room (the list is hidden then): at 300% in Spanish the message was cut
        # mid-sentence under an empty list box (walk 8, X9). Not a minimum of all its lines: above a kiosk's
        # keyboard the panel must still be able to shrink.
        self.empty = QLabel(translate("Bookmarks", NO_BOOKMARKS), page)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(translate("Bookmarks", "&Open"), page)
        self.edit_button = QPushButton(translate("Bookmarks", "&Edit…"), page)
        self.edit_button.setToolTip(translate("Bookmarks", "Change the name or the note"))
        self.remove_button = QPushButton(translate("Bookmarks", "&Remove"), page)
        self.undo_button = QPushButton(translate("Bookmarks", "&Undo"), page)
        # On more rows when the panel is narrow (walk 7, C9: in one row they widened the window at 300%).
        self.buttons = buttons = ButtonRows()
        for button in (self.open_button, self.edit_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty, 1)  # never shown with the list: one or the other takes the room
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._open_first_match)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.edit_button.clicked.connect(self._edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo)
        return page

    def _build_questions_tab(self) -> QWidget:
        page = QWidget(self)
        self.question_edit = QLineEdit(page)
        self.question_edit.setPlaceholderText(translate("Bookmarks", "Type a question for your doctor"))
        self.question_edit.setAccessibleName(translate("Bookmarks", "New question"))
        self.add_question_button = QPushButton(translate("Bookmarks", "&Add"), page)
        self.ask_about_article = QPushButton(translate("Bookmarks", "Ask about this &article…"), page)
        self.ask_about_article.setToolTip(
            translate("Bookmarks", "Add a question about the article you are reading")
        )
        self.questions = QListWidget(page)
        self.questions.setAccessibleName(
            translate("Bookmarks", "Questions for my doctor. Tick a question when you have asked it.")
        )
        self.questions.setWordWrap(True)
        self.questions_empty = QLabel(translate("Bookmarks", NO_QUESTIONS), page)
        self.questions_empty.setWordWrap(True)
        self.questions_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.remove_question_button = QPushButton(translate("Bookmarks", "Re&move"), page)
        self.undo_question_button = QPushButton(translate("Bookmarks", "&Undo"), page)
        row = QHBoxLayout()
        row.addWidget(self.question_edit, 1)
        row.addWidget(self.add_question_button)
        self.question_buttons = buttons = ButtonRows()
        buttons.addWidget(self.ask_about_article)
        buttons.addWidget(self.remove_question_button)
        buttons.addWidget(self.undo_question_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.questions_empty, 1)
        layout.addWidget(self.questions, 1)
        layout.addLayout(buttons)
        self.question_edit.returnPressed.connect(self.add_typed_question)
        self.add_question_button.clicked.connect(self.add_typed_question)
        self.ask_about_article.clicked.connect(self.questionForArticleRequested)
        self.questions.itemChanged.connect(self._question_ticked)
        self.questions.installEventFilter(self)
        self.remove_question_button.clicked.connect(self.remove_current_question)
        self.undo_question_button.clicked.connect(self.undo)
        return page

    # Showing ---------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Show what the store holds now, keeping the selection."""
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.list.clear()
        for bookmark in self.store.recent_bookmarks():
            available = self.is_available(bookmark)
            lines = [
                bookmark.title + ("" if available else " (" + translate("Bookmarks", NOT_AVAILABLE) + ")")
            ]
            if bookmark.heading:
                lines.append(translate("Bookmarks", "Section: {heading}").format(heading=bookmark.heading))
            if bookmark.note.strip():
                lines.append(translate("Bookmarks", "Note: {note}").format(note=_snippet(bookmark.note)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, bookmark.id)
            tip = bookmark.url
            if not available:  # italic, not grey: it must stay easy to read
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                tip = (
                    translate("Bookmarks", "This article is not in your library now. The bookmark is kept.")
                    + "\n"
                    + tip
                )
            item.setToolTip(tip)
            self.list.addItem(item)
            if bookmark.id == keep:
                self.list.setCurrentItem(item)
        self._apply_filter(self.filter.text())
        self._refresh_questions()
        self._update_buttons()

    def _refresh_questions(self) -> None:
        # Rows are updated in place when only ticks changed: the row being ticked must not be deleted
        # while Qt is still telling us about it.
        self.questions.blockSignals(True)
        current = self.questions.currentItem()
        keep = current.data(ID_ROLE) if current else None
        ids = [self.questions.item(r).data(ID_ROLE) for r in range(self.questions.count())]
        if ids != [q.id for q in self.store.questions]:
            self.questions.clear()
            for question in self.store.questions:
                item = QListWidgetItem()
                item.setData(ID_ROLE, question.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.questions.addItem(item)
                if question.id == keep:
                    self.questions.setCurrentItem(item)
        asked_colour = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for row, question in enumerate(self.store.questions):
            item = self.questions.item(row)
            about = question.title and question.title not in question.text
            item.setText(
                question.text
                + (
                    "\n" + translate("Bookmarks", "About: {title}").format(title=question.title)
                    if about
                    else ""
                )
            )
            item.setCheckState(Qt.CheckState.Checked if question.asked else Qt.CheckState.Unchecked)
            item.setForeground(asked_colour if question.asked else QBrush())
            item.setToolTip(
                translate("Bookmarks", "Asked")
                if question.asked
                else translate("Bookmarks", "Not asked yet: tick it once you have asked")
            )
        self.questions.blockSignals(False)
        self.questions_empty.setVisible(not self.store.questions)
        self.questions.setVisible(bool(self.store.questions))  # an empty box took the message's room

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            bookmark = self.store.get(item.data(ID_ROLE))
            haystack = " ".join((item.text(), bookmark.note, bookmark.url) if bookmark else (item.text(),))
            item.setHidden(not all(w in haystack.casefold() for w in words))
        visible = self.visible_items()
        if visible and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(visible[0])
        self.empty.setVisible(not self.store.bookmarks)
        if self.store.bookmarks and not visible:
            self.empty.setText(translate("Bookmarks", "No bookmark matches your filter."))
            self.empty.show()
        else:
            self.empty.setText(translate("Bookmarks", NO_BOOKMARKS))
        self.list.setVisible(bool(visible))  # an empty box took the message's room (walk 8, X9)
        self._update_buttons()

    def visible_items(self) -> list[QListWidgetItem]:
        """The bookmark rows the filter lets through, top to bottom."""
        return [self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    @Slot()
    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None and not self.list.currentItem().isHidden()
        for button in (self.open_button, self.edit_button, self.remove_button):
            button.setEnabled(has)
        self.remove_question_button.setEnabled(self.questions.currentItem() is not None)
        for button in (self.undo_button, self.undo_question_button):
            button.setEnabled(self.store.can_undo())
            button.setToolTip(self.store.undo_text())

    def show_message(self, text: str) -> None:
        """Show a message above the lists until the person closes it."""
        self.message.show_text(text)

    # Doing -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the filter goes to the list; Delete removes the selected row."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.filter and event.key() == Qt.Key.Key_Down and self.visible_items():
                self.list.setFocus()
                return True
            if event.key() == Qt.Key.Key_Delete:
                if watched is self.list:
                    self.remove_current()
                    return True
                if watched is self.questions:
                    self.remove_current_question()
                    return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(item.data(ID_ROLE))

    @Slot()
    def _open_first_match(self) -> None:
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            self._activated(current)

    @Slot()
    def _edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.editRequested.emit(item.data(ID_ROLE))

    @Slot()
    def remove_current(self) -> None:
        """Remove the selected bookmark (Undo brings it back)."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        row = self.visible_items().index(item)
        self.store.remove(item.data(ID_ROLE))
        visible = self.visible_items()
        if visible:
            self.list.setCurrentItem(visible[min(row, len(visible) - 1)])
        self._update_buttons()

    @Slot()
    def undo(self) -> None:
        """Bring back the last removed bookmark or question."""
        entry = self.store.undo()
        if isinstance(entry, Bookmark):
            self.tabs.setCurrentIndex(0)
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == entry.id:
                    self.list.setCurrentRow(row)
        elif entry is not None:
            self.tabs.setCurrentIndex(1)

    @Slot()
    def add_typed_question(self) -> None:
        """Add the question typed in the box."""
        text = self.question_edit.text().strip()
        if text:
            self.store.add_question(text)
            self.question_edit.clear()

    @Slot(QListWidgetItem)
    def _question_ticked(self, item: QListWidgetItem) -> None:
        asked = item.checkState() == Qt.CheckState.Checked
        question = self.store.get_question(item.data(ID_ROLE))
        if question is not None and question.asked != asked:
            self.store.set_asked(question.id, asked)

    @Slot()
    def remove_current_question(self) -> None:
        """Remove the selected question (Undo brings it back)."""
        item = self.questions.currentItem()
        if item is not None:
            self.store.remove_question(item.data(ID_ROLE))
