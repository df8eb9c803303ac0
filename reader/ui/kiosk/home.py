"""Kiosk mode's home screen, by need: where to start, the most common cancers, every type A-Z; then a
list of articles to tap. What is offered comes from reader/core/kiosk/home_plan.py."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.kiosk.home_plan import all_types, articles_by_type, common_types
from reader.core.languages.codes import PSEUDO_RTL, SOURCE_LANGUAGE, native_name
from reader.core.languages.names import article_language, in_language, own_language_first
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.library.starting_points import starting_points
from reader.ui.languages.install import translate_into
from reader.ui.library.browser import cancer_type_label
from reader.ui.screen_reader.controls import EnterPresses

KEY_ROLE = Qt.ItemDataRole.UserRole
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 3
WELCOME = QT_TRANSLATE_NOOP(
    "KioskHome",
    "Trusted information about cancer. Tap a subject to start reading. "
    "Everything is on this computer, and what you read here is forgotten when you leave.",
)
ALL_ARTICLES = QT_TRANSLATE_NOOP("KioskHome", "All articles, A to Z")
ALL_TYPES = QT_TRANSLATE_NOOP("KioskHome", "All cancer types, A to Z")
# Said (in the language it names) by a screen reader on the language button.
IN_THIS_LANGUAGE = QT_TRANSLATE_NOOP("KioskHome", "Show everything in this language")
PADDING = 48  # the stylesheet's padding and border around a subject button's words


def _count(n: int) -> str:
    return translate("KioskHome", "%Ln article(s)", None, n)


def _in_use() -> str:
    """The language the kiosk is shown in (English for the right-to-left test language)."""
    return SOURCE_LANGUAGE if current_language() == PSEUDO_RTL else current_language()


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """text in lines no wider than width (a word longer than that gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class SubjectButton(QPushButton):
    """A big button with a subject and how many articles it has; the words wrap to the button's width."""

    def __init__(self, name: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskSubject")
        self.name = name
        self.detail = detail
        self.setAccessibleName(f"{name}, {detail}" if detail else name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._rewrap(self.width())

    def _rewrap(self, width: int) -> None:
        room = max(40, width - PADDING)
        lines = wrap_words(self.name, self.fontMetrics(), room)
        if self.detail:
            lines += wrap_words(self.detail, self.fontMetrics(), room)
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
            self.updateGeometry()  # as tall as its lines

    def _narrowest(self) -> int:
        words = [*self.name.split(), *self.detail.split()]
        return max((self.fontMetrics().horizontalAdvance(word) for word in words), default=0) + PADDING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the wrapped words; no wider than its longest word needs (the grid shares the width)."""
        hint = super().sizeHint()
        return QSize(self._narrowest(), hint.height() + self.fontMetrics().height() // 2)  # breathing room

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The longest word fits; the height of the wrapped words."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Wrap the words again for the new width."""
        super().resizeEvent(event)
        self._rewrap(self.width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font (text size) wraps differently."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rewrap(self.width())


class KioskHome(QStackedWidget):
    """Subjects to tap, then the articles in one subject; emits articleRequested(key)."""

    articleRequested = Signal(str)
    languageRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self._library: Library | None = None
        self.subject_buttons: list[SubjectButton] = []
        self.languages: tuple[str, ...] = ()
        self.language_buttons: list[QPushButton] = []
        self.types: dict[str, list[Article]] = {}
        # Each section's grid and its buttons, in order: placed again in fewer columns where three do not
        # fit (Spanish at 300%: "sobrellevarlo" alone is a third of a 1280 px screen).
        self._grids: list[tuple[QGridLayout, list[QWidget]]] = []
        self._columns = COLUMNS
        self._title_row_layout: QBoxLayout | None = None  # the welcome and the language buttons
        self._title: QLabel | None = None

        self.subjects_scroll = QScrollArea(self)
        self.subjects_scroll.setWidgetResizable(True)
        self.subjects_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: where the subjects only just fitted, the 44 px scroll bar came and went without end as
        # the subjects were laid out again for each width (Qt's layouts called each other until the stack
        # ran out: a crash at 125% on a 1280 x 800 kiosk with the search box on a second row).
        self.subjects_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.subjects_scroll.setAccessibleName(translate("KioskHome", "Subjects"))
        self.subjects = QWidget()
        self.subjects.setObjectName("kioskSubjects")
        self.subjects_layout = QVBoxLayout(self.subjects)
        self.subjects_layout.setContentsMargins(40, 32, 40, 32)
        self.subjects_layout.setSpacing(16)
        self.subjects_scroll.setWidget(self.subjects)

        self.group_page = QWidget(self)
        self.back_button = QPushButton(translate("KioskHome", "‹  All subjects"), self.group_page)
        self.back_button.setAccessibleName(translate("KioskHome", "Back to all subjects"))
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
        self.group_page.setAccessibleName(translate("KioskHome", "Articles"))
        self.back_button.clicked.connect(self.show_subjects)
        self.articles.itemClicked.connect(self._open_item)
        self.articles.itemActivated.connect(self._open_item)

    def show_loading(self) -> None:
        """Say the library is being opened (until set_library)."""
        self._clear()
        opening = QLabel(translate("KioskHome", "Opening the library…"), self.subjects)
        opening.setObjectName("kioskIntro")  # in the home's colours (it was white on the light grey, walk 13, C5)
        self.subjects_layout.addWidget(opening)
        self.subjects_layout.addStretch(1)
        self.show_subjects()

    def _clear(self) -> None:
        _empty_layout(self.subjects_layout)
        self._title_row_layout = None
        self._title = None
        self._grids = []
        self.subject_buttons = []
        self.language_buttons = []

    def set_languages(self, codes: tuple[str, ...]) -> None:
        """Offer a button for each of these languages but the one in use (from set_library on)."""
        self.languages = codes
        if self._library is not None:
            self.set_library(self._library)

    def _title_row(self, title: QLabel) -> QBoxLayout:
        """The welcome, then a big button for each other language the kiosk offers, in its own name (under
        the welcome where both do not fit side by side: see _fit_title_row)."""
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        self._title_row_layout = row
        self._title = title
        row.addWidget(title, 1)
        in_use = _in_use()
        for code in self.languages:
            if code == in_use:
                continue
            button = QPushButton(native_name(code), self.subjects)
            button.setObjectName("kioskLanguage")
            # A screen reader says it in the language it offers: who needs it cannot read this one.
            button.setAccessibleName(f"{native_name(code)}: {translate_into(code, 'KioskHome', IN_THIS_LANGUAGE)}")
            button.clicked.connect(lambda _checked=False, c=code: self.languageRequested.emit(c))
            self.enter_presses.watch(button)
            self.language_buttons.append(button)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return row

    def _fit_width(self) -> None:
        """Everything on the home screen within its width (the language buttons, the subjects' columns)."""
        self._fit_title_row()
        self._fit_columns()

    def _fit_title_row(self) -> None:
        """The language buttons beside the welcome where there is room, else under it: at 300% on an 800 px
        wide screen "Español" was past the screen's right edge, where no finger could reach it."""
        row = self._title_row_layout
        if row is None:
            return
        margins = self.subjects_layout.contentsMargins()
        room = self.subjects_scroll.viewport().width() - margins.left() - margins.right()
        title = self._title
        if title is not None and shiboken6.isValid(title):
            # One long word ("Bienvenido" at 300%) cannot wrap: it is made smaller to fit the screen.
            title.setStyleSheet("")
            natural = title.sizeHint().width()
            if natural > room > 0:
                title.setStyleSheet(f"font-size: {max(12, title.fontInfo().pixelSize() * room // natural)}px;")
        if not self.language_buttons:
            return
        items = [row.itemAt(i) for i in range(row.count())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None]
        needed = sum(w.sizeHint().width() for w in widgets) + row.spacing() * (len(widgets) - 1)
        direction = QBoxLayout.Direction.LeftToRight if needed <= room else QBoxLayout.Direction.TopToBottom
        if row.direction() != direction:
            row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width may put the language buttons beside the welcome or under it."""
        super().resizeEvent(event)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size too (once the words have their new size)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_width)

    def set_library(self, library: Library) -> None:
        """Build the buttons for this library: where to start, the most common cancers, all types A-Z."""
        self._library = library
        self._clear()
        title = QLabel(translate("KioskHome", "Welcome"), self.subjects)
        title.setObjectName("kioskTitle")
        intro = QLabel(translate("KioskHome", WELCOME), self.subjects)
        intro.setObjectName("kioskIntro")
        intro.setWordWrap(True)
        self.subjects_layout.addLayout(self._title_row(title))
        self.subjects_layout.addWidget(intro)
        articles = own_language_first(library.sorted_for_browsing())  # patient versions first, as in browse
        self._add_start(library, articles)
        self.types = articles_by_type(library, _in_use())  # the kiosk's language first
        common = common_types(self.types)
        everything = all_types(self.types)
        if everything:
            heading = translate("KioskHome", "Most common cancers") if common else translate("KioskHome", "Types of cancer")
            self._add_section(heading, [(cancer_type_label(t), self.types[t]) for t in common])
        if len(everything) > len(common):
            count = len(everything)
            button = self._button(translate("KioskHome", ALL_TYPES), translate("KioskHome", "%Ln type(s)", None, count))
            button.clicked.connect(lambda _checked=False, b=button: self._open_types(b))
            self._add_to_grid(button)
        if not articles:
            nothing = QLabel(translate("KioskHome", "No articles could be found. Please ask staff for help."))
            nothing.setObjectName("kioskIntro")
            nothing.setWordWrap(True)
            self.subjects_layout.addWidget(nothing)
        self.subjects_layout.addStretch(1)
        self._fit_width()
        self.show_subjects()

    def _add_start(self, library: Library, articles: list[Article]) -> None:
        """The desktop home's starting points (each opens its article), then every article A to Z."""
        self._add_section(translate("KioskHome", "Where to start"), [])
        points = starting_points(library)
        for point in points:
            button = self._button(translate("StartingPoints", point.label), translate("StartingPoints", point.hint))
            button.clicked.connect(lambda _checked=False, key=point.article.key: self.articleRequested.emit(key))
            self._add_to_grid(button)
        if articles:
            name = translate("KioskHome", ALL_ARTICLES)
            button = self._button(name, _count(len(articles)))
            button.clicked.connect(lambda _checked=False, b=button: self._open_group(b, name, articles))
            self._add_to_grid(button)

    def _button(self, name: str, detail: str) -> SubjectButton:
        button = SubjectButton(name, detail, self.subjects)
        self.enter_presses.watch(button)
        self.subject_buttons.append(button)
        return button

    def _add_section(self, heading: str, groups: list[tuple[str, list[Article]]]) -> None:
        groups = [(label, items) for label, items in groups if items]
        label = QLabel(heading, self.subjects)
        label.setObjectName("kioskSection")
        label.setWordWrap(True)  # at 300% "Los cánceres más comunes" was wider than the screen
        self.subjects_layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        placed: list[QWidget] = []
        for index, (name, items) in enumerate(groups):
            button = self._button(name, _count(len(items)))
            placed.append(button)
            button.clicked.connect(
                lambda _checked=False, n=name, i=items, b=button: self._open_group(b, n, i)
            )
            grid.addWidget(button, *divmod(index, self._columns))
        for col in range(self._columns):
            grid.setColumnStretch(col, 1)
        self.subjects_layout.addLayout(grid)
        self._grids.append((grid, placed))

    def _add_to_grid(self, button: QWidget) -> None:
        """One more button after the last section's."""
        grid, buttons = self._grids[-1]
        grid.addWidget(button, *divmod(len(buttons), self._columns))
        buttons.append(button)

    def _fit_columns(self) -> None:
        """As many columns (up to three) as the widest button's longest word lets fit across the screen."""
        if not self.subject_buttons:
            return
        margins = self.subjects_layout.contentsMargins()
        room = self.subjects_scroll.viewport().width() - margins.left() - margins.right()
        widest = max(button.minimumSizeHint().width() for button in self.subject_buttons)
        spacing = 16
        columns = max(1, min(COLUMNS, (room + spacing) // (widest + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for grid, buttons in self._grids:
            for button in buttons:
                grid.removeWidget(button)
            for index, button in enumerate(buttons):
                grid.addWidget(button, *divmod(index, columns))
            for col in range(COLUMNS):
                grid.setColumnStretch(col, 1 if col < columns else 0)

    def _open_group(self, button: QPushButton, name: str, articles: list[Article]) -> None:
        self._opened_from = button  # Back gives the keyboard to this button again
        self.show_group(name, articles)

    def _open_types(self, button: QPushButton) -> None:
        self._opened_from = button
        self.show_types()

    @Slot()
    def show_types(self) -> None:
        """List every cancer type A to Z; tapping one lists its articles."""
        name = translate("KioskHome", ALL_TYPES)
        self.group_title.setText(name)
        self.group_page.setAccessibleName(name)
        self.articles.setAccessibleName(name)
        self.articles.clear()
        for slug in all_types(self.types, cancer_type_label):
            item = QListWidgetItem(f"{cancer_type_label(slug)}  ({_count(len(self.types[slug]))})")
            item.setData(TYPE_ROLE, slug)
            self.articles.addItem(item)
        self._show_list()

    def show_group(self, name: str, articles: list[Article]) -> None:
        """List the articles of one subject; the list (named after it) gets the keyboard."""
        self.group_title.setText(name)
        self.group_page.setAccessibleName(name)
        self.articles.setAccessibleName(f"{name}: {_count(len(articles))}")
        self.articles.clear()
        own, previous = _in_use(), _in_use()
        for article in articles:
            language = article_language(article)
            if language != previous and language != own:
                self._add_heading(in_language(language))  # "En inglés" over the English ones
            previous = language
            item = QListWidgetItem(article.display_title)
            item.setData(KEY_ROLE, article.key)
            self.articles.addItem(item)
        self._show_list()

    def _add_heading(self, text: str) -> None:
        """A heading row in the list: bold, not an article (a tap on it opens nothing)."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.articles.addItem(item)

    def _show_list(self) -> None:
        self.articles.scrollToTop()
        self.articles.setCurrentRow(0)
        self.setCurrentWidget(self.group_page)
        self.articles.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_subjects(self) -> None:
        """Back to the first page, scrolled to the top (the keyboard back on the subject's button)."""
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
        slug = item.data(TYPE_ROLE)
        if key:
            self.articleRequested.emit(key)
        elif slug:
            self.show_group(cancer_type_label(slug), self.types[slug])


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
