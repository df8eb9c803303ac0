"""Beside the search box while an opened article shows a search's marks: how many, Next match, Clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.ui.layout.wrapping_label import WrappingLabel

# An article's name in the bar is cut to this many characters.
ARTICLE_CHARS = 40


class MatchBar(QWidget):
    """Says how many places match, and moves to the next one or clears the marks."""

    nextRequested = Signal()
    clearRequested = Signal()
    # The bar wants to be shown (True) or hidden; in a toolbar its action must follow.
    shownChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchMatchBar")
        self.label = WrappingLabel("", self)  # at large text the words wrap, the window keeps its width
        self.label.setObjectName("searchMatchCount")
        self.next_button = QPushButton(translate("Search", "Next match"), self)
        self.next_button.setAccessibleName(
            translate("Search", "Go to the next place that matches your search")
        )
        self.next_button.setToolTip(translate("Search", "Go to the next place that matches your search (F3)"))
        self.clear_button = QPushButton(translate("Search", "Clear marks"), self)
        self.clear_button.setAccessibleName(translate("Search", "Clear the search marks"))
        self.grid = layout = QGridLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        # The buttons first: the count's words change ("12 places match…" -> "Match 1 of 12") and moved
        # a button placed after them away from under the pointer after the first click (walk 6, C1).
        # Top-aligned: the bar is taller while the words wrap, and the buttons must not move down then up.
        layout.addWidget(self.next_button, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.clear_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 0, 2)
        layout.setColumnStretch(2, 1)
        # Where a whole sentence does not fit beside the buttons, it may go on a line of its own under them
        # (walk 10, X5: the Spanish bar at 300 % said only "1 lugar"); a kiosk keeps to one line (walk 9,
        # C9-7: the keyboard leaves the article little room), with the short words.
        self.second_line = True
        self.below = False  # the words are on the line under the buttons
        # The bar's words, longest first: the label shows the first that fits on one line (see _fit_words);
        # the last is the short one ("12 places"), used only where no sentence fits.
        self._choices: list[str] = []
        # The whole sentence, for screen readers (the label may show a shorter one).
        self.spoken = ""
        self.label.installEventFilter(self)
        self.next_button.clicked.connect(self.nextRequested)
        self.clear_button.clicked.connect(self.clearRequested)

    def hide_bar(self) -> None:
        """No marks: hide the bar."""
        self._choices = []
        self.spoken = ""
        self.label.clear()
        self.shownChanged.emit(False)

    def show_count(self, places: int, marked: int, current: int = -1, article: str = "") -> None:
        """Show how many places match (hidden when none); current is the place moved to, from 0; article:
        the article's title, said when the view opened below it."""
        if places <= 0:
            self.hide_bar()
            return
        if len(article) > ARTICLE_CHARS:
            article = article[: ARTICLE_CHARS - 1].rstrip() + "…"
        plain = (
            translate("Search", "1 place matches your search")
            if places == 1
            else translate("Search", "%Ln places match your search", None, places)
        )
        short = translate("Search", "%Ln place(s)", None, places)
        if current >= 0:
            choices = [translate("Search", "Match {number} of {places}").format(number=current + 1, places=places)]
        elif article:
            named = (
                translate("Search", "1 place in “{article}” matches your search")
                if places == 1
                else translate("Search", "%Ln places in “{article}” match your search", None, places)
            ).format(article=article)
            choices = [named, plain, short]
        elif 0 < marked < places:  # say how many of them are marked: a person sees 3 marks, not 7 (walk 12, X11)
            best = (
                translate("Search", "(the one that fits best is marked)")
                if marked == 1
                else translate("Search", "(the %Ln that fit best are marked)", None, marked)
            )
            choices = [plain + " " + best, plain, short]
        else:
            choices = [plain, short]
        self._choices = choices
        self.spoken = choices[0]  # screen readers get the whole sentence, whatever the bar has room for
        self.label.setAccessibleName(self.spoken)
        self._fit_words()
        self.shownChanged.emit(True)

    def _fit_words(self) -> None:
        """The longest of the words that fit on one line beside the buttons; else (second_line) the longest
        sentence that fits on a line of its own under them; else the shortest words beside the buttons: at
        large text the sentence took six lines, half a kiosk's screen above the article (walk 9, C9-7)."""
        if not self._choices:
            return
        margins = self.grid.contentsMargins()
        line = self.width() - margins.left() - margins.right()
        buttons = self.next_button.sizeHint().width() + self.clear_button.sizeHint().width()
        beside = line - buttons - 2 * self.grid.horizontalSpacing()
        pad = 2 * self.label.margin() + 2 * self.label.frameWidth() + 2
        metrics = self.label.fontMetrics()

        def first_fitting(choices: list[str], room: int) -> str | None:
            return next((words for words in choices if metrics.horizontalAdvance(words) + pad <= room), None)

        sentences = self._choices[:-1] if len(self._choices) > 1 else self._choices
        text, below = first_fitting(sentences, beside), False
        if text is None and self.second_line:
            text, below = first_fitting(sentences, line), True
        if text is None:
            text, below = first_fitting(self._choices, beside) or self._choices[-1], False
        moved = below != self.below
        if moved:
            self.below = below
            self.grid.removeWidget(self.label)
            if below:
                self.grid.addWidget(self.label, 1, 0, 1, 3)
            else:
                self.grid.addWidget(self.label, 0, 2)
        if text != self.label.text():
            self.label.setText(text)
        if moved:
            self.grid.activate()  # placed now, and the toolbar told the bar's new height
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A new width: choose the words and their line again."""
        super().resizeEvent(event)
        self._fit_words()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The text size changed: choose the words again."""
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            self._fit_words()
        return False
