"""Kiosk mode's home screen: big buttons for cancer types and topics, then a list of articles to tap."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.ui.library.browser import cancer_type_label, topic_label
from reader.ui.screen_reader.controls import EnterPresses

KEY_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 3
WELCOME = (
    "Trusted information about cancer. Tap a subject to start reading. "
    "Everything is on this computer, and what you read here is forgotten when you leave."
)


def _count(n: int) -> str:
    return f"{n} article" if n == 1 else f"{n} articles"


class KioskHome(QStackedWidget):
    """Subjects to tap, then the articles in one subject; emits articleRequested(key)."""

    articleRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self._library: Library | None = None
        self.subject_buttons: list[QPushButton] = []

        self.subjects_scroll = QScrollArea(self)
        self.subjects_scroll.setWidgetResizable(True)
        self.subjects_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.subjects_scroll.setAccessibleName("Subjects")
        self.subjects = QWidget()
        self.subjects.setObjectName("kioskSubjects")
        self.subjects_layout = QVBoxLayout(self.subjects)
        self.subjects_layout.setContentsMargins(40, 32, 40, 32)
        self.subjects_layout.setSpacing(16)
        self.subjects_scroll.setWidget(self.subjects)

        self.group_page = QWidget(self)
        self.back_button = QPushButton("‹  All subjects", self.group_page)
        self.back_button.setAccessibleName("Back to all subjects")
        self.group_title = QLabel(self.group_page)
        self.group_title.setObjectName("kioskGroupTitle")
        self.articles = QListWidget(self.group_page)
        self.articles.setObjectName("kioskArticles")
        self.articles.setWordWrap(True)
        self.articles.setSpacing(4)
        self.articles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.back_button)
        header.addWidget(self.group_title, 1)
        group_layout = QVBoxLayout(self.group_page)
        group_layout.setContentsMargins(40, 24, 40, 24)
        group_layout.setSpacing(16)
        group_layout.addLayout(header)
        group_layout.addWidget(self.articles, 1)

        self.addWidget(self.subjects_scroll)
        self.addWidget(self.group_page)
        self.enter_presses = EnterPresses(self)  # Enter, not only Space, presses the big buttons
        self.enter_presses.watch(self.back_button)
        self._opened_from: QPushButton | None = None
        self.group_page.setAccessibleName("Articles")
        self.back_button.clicked.connect(self.show_subjects)
        self.articles.itemClicked.connect(self._open_item)
        self.articles.itemActivated.connect(self._open_item)

    def show_loading(self) -> None:
        """Say the library is being opened (until set_library)."""
        self._clear()
        self.subjects_layout.addWidget(QLabel("Opening the library…", self.subjects))
        self.subjects_layout.addStretch(1)
        self.show_subjects()

    def _clear(self) -> None:
        _empty_layout(self.subjects_layout)
        self.subject_buttons = []

    def set_library(self, library: Library) -> None:
        """Build the subject buttons for this library."""
        self._library = library
        self._clear()
        title = QLabel("Welcome", self.subjects)
        title.setObjectName("kioskTitle")
        intro = QLabel(WELCOME, self.subjects)
        intro.setObjectName("kioskIntro")
        intro.setWordWrap(True)
        self.subjects_layout.addWidget(title)
        self.subjects_layout.addWidget(intro)
        articles = library.sorted_by_title()
        topics = sorted(library.topics(), key=lambda t: topic_label(t).casefold())
        self._add_section(
            "Common topics",
            [(topic_label(t), [a for a in articles if t in a.tags]) for t in topics]
            + [("All articles, A to Z", articles)],
        )
        types = sorted(library.cancer_types(), key=lambda t: cancer_type_label(t).casefold())
        self._add_section(
            "Types of cancer",
            [(cancer_type_label(t), [a for a in articles if t in a.cancer_types]) for t in types],
        )
        if not articles:
            self.subjects_layout.addWidget(QLabel("No articles could be found. Please ask staff for help."))
        self.subjects_layout.addStretch(1)
        self.show_subjects()

    def _add_section(self, heading: str, groups: list[tuple[str, list[Article]]]) -> None:
        groups = [(label, items) for label, items in groups if items]
        if not groups:
            return
        label = QLabel(heading, self.subjects)
        label.setObjectName("kioskSection")
        self.subjects_layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for index, (name, items) in enumerate(groups):
            wrapped = textwrap.fill(name, 20, max_lines=2, placeholder="…")
            button = QPushButton(f"{wrapped}\n{_count(len(items))}", self.subjects)
            button.setObjectName("kioskSubject")
            button.setAccessibleName(f"{name}, {_count(len(items))}")
            button.clicked.connect(
                lambda _checked=False, n=name, i=items, b=button: self._open_group(b, n, i)
            )
            self.enter_presses.watch(button)
            self.subject_buttons.append(button)
            row, col = divmod(index, COLUMNS)
            grid.addWidget(button, row, col)
        for col in range(COLUMNS):
            grid.setColumnStretch(col, 1)
        self.subjects_layout.addLayout(grid)

    def _open_group(self, button: QPushButton, name: str, articles: list[Article]) -> None:
        self._opened_from = button  # Back gives the keyboard to this button again
        self.show_group(name, articles)

    def show_group(self, name: str, articles: list[Article]) -> None:
        """List the articles of one subject; the list (named after it) gets the keyboard."""
        self.group_title.setText(name)
        self.group_page.setAccessibleName(name)
        self.articles.setAccessibleName(f"{name}: {_count(len(articles))}")
        self.articles.clear()
        for article in articles:
            item = QListWidgetItem(article.display_title)
            item.setData(KEY_ROLE, article.key)
            self.articles.addItem(item)
        self.articles.scrollToTop()
        self.articles.setCurrentRow(0)
        self.setCurrentWidget(self.group_page)
        self.articles.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_subjects(self) -> None:
        """Back to the first page, scrolled to the top."""
        focused = QApplication.focusWidget()
        had_keyboard = focused is not None and self.group_page.isAncestorOf(focused)
        self.articles.clear()
        self.subjects_scroll.verticalScrollBar().setValue(0)
        self.setCurrentWidget(self.subjects_scroll)
        back_to = self._opened_from if self._opened_from in self.subject_buttons else None
        self._opened_from = None
        if had_keyboard and (back_to or self.subject_buttons):
            (back_to or self.subject_buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.articleRequested.emit(key)


def _empty_layout(layout: QLayout) -> None:
    """Delete every widget and inner layout the layout holds (the layout itself stays)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            _empty_layout(inner)
            inner.deleteLater()
