"""Glossary words explained in place: a tooltip on hover, a small popup on Enter or Space."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QTextBrowser, QToolTip, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library

# The glossary's modules wait for the first definition shown (~2 ms of a start, issue 20).
if TYPE_CHECKING:
    from reader.core.glossary.drugs import DrugArticles
    from reader.core.glossary.entries import Glossary

CLOSE_HINT = QT_TRANSLATE_NOOP("Glossary", "Press Escape to go back to the article.")
COMFORTABLE_CHARS = 48  # about 8-10 words a line: easy to read in a small box
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_TIP_PLACED = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)  # the tooltip label's, followed


def glossary_target(href: str) -> str | None:
    """The term id or slug when href is a glossary link, else None."""
    if not href:
        return None
    from reader.core.library.links import classify  # (its patterns and Link wait for a first link)

    link = classify(href)
    return link.target if link.kind == "glossary" else None


def drug_target(href: str) -> str | None:
    """The drug's name (or dictionary id) when href is a drug link, else None."""
    if not href:
        return None
    from reader.core.library.links import classify

    link = classify(href)
    return link.target if link.kind == "drug" else None


def wrap_tip(body: str, font: QFont, chars: int = COMFORTABLE_CHARS) -> str:
    """Tooltip HTML in this font's size, wrapped to a comfortable width (chars characters a line)."""
    size = f"{font.pointSizeF():g}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
    width = QFontMetrics(font).averageCharWidth() * chars
    return (
        f'<table width="{width}" cellpadding="2" cellspacing="0">'
        f'<tr><td style="font-size: {size};">{body}</td></tr></table>'
    )


def tip_html(glossary: Glossary, target: str, words: str, font: QFont, chars: int = COMFORTABLE_CHARS) -> str:
    """Tooltip HTML for a glossary link, in this font's size, wrapped to a comfortable width."""
    from reader.core.glossary.fragments import definition_html

    return wrap_tip(definition_html(glossary.lookup(target), words), font, chars)


def tip_palette(view: QWidget) -> QPalette:
    """The tooltip colours: the article's own background and text."""
    palette = QPalette(QToolTip.palette())
    source = view.palette()
    palette.setColor(QPalette.ColorRole.ToolTipBase, source.color(QPalette.ColorRole.Base))
    palette.setColor(QPalette.ColorRole.ToolTipText, source.color(QPalette.ColorRole.Text))
    palette.setColor(QPalette.ColorRole.Window, source.color(QPalette.ColorRole.Base))
    palette.setColor(QPalette.ColorRole.WindowText, source.color(QPalette.ColorRole.Text))
    return palette


def anchor_words(view: QTextBrowser, position: int, href: str) -> str:
    """The whole text of the link with this href that covers the document position."""
    block = view.document().findBlock(position)
    runs: list[tuple[int, int, str]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            runs.append((fragment.position(), fragment.length(), fragment.charFormat().anchorHref()))
        it += 1
    index = next((i for i, (start, length, _) in enumerate(runs) if start <= position < start + length), -1)
    if index < 0 or runs[index][2] != href:
        return ""
    first = last = index
    while first > 0 and runs[first - 1][2] == href:
        first -= 1
    while last + 1 < len(runs) and runs[last + 1][2] == href:
        last += 1
    cursor = QTextCursor(view.document())
    cursor.setPosition(runs[first][0])
    cursor.setPosition(runs[last][0] + runs[last][1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip()


def beside_word(word: QRect, size: QSize, room: QRect, gap: int = 4) -> QPoint | None:
    """Where a box of this size goes next to the word (its line), whole in room: below it when it fits
    there, else above it; None when it fits on neither side."""
    x = max(room.left(), min(word.left(), room.right() + 1 - size.width()))
    below, above = word.bottom() + 1 + gap, word.top() - gap - size.height()
    if below + size.height() <= room.bottom() + 1:
        return QPoint(x, below)
    if above >= room.top():
        return QPoint(x, above)
    return None


def fallback_place(word: QRect, size: QSize, room: QRect, gap: int = 4) -> QPoint:
    """A box that fits on neither side of the word: on the side with more room, kept in room."""
    x = max(room.left(), min(word.left(), room.right() + 1 - size.width()))
    if room.bottom() - word.bottom() >= word.top() - room.top():
        return QPoint(x, max(room.top(), min(word.bottom() + 1 + gap, room.bottom() + 1 - size.height())))
    return QPoint(x, room.top())


def showing_tip() -> QWidget | None:
    """Qt's tooltip label (shown or being shown), if there is one."""
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"), None)


def keep_tip_on_screen(word: QRect, tip: QWidget | None = None) -> bool:
    """Move the tooltip so it is whole on the screen's usable part and off the word (word: the word's line,
    in screen coordinates); False when it fits on neither side of the word (it is put on the side with more
    room). Qt flips a tooltip above the pointer only at the screen's very edge: under a panel at the bottom
    it was cut, and its flip ended over the word (walk 9, X9-1)."""
    tip = tip or showing_tip()
    screen = tip.screen() if tip is not None else None
    if tip is None or screen is None:
        return True
    room, box = screen.availableGeometry(), tip.frameGeometry()
    place = beside_word(word, box.size(), room)
    fits = place is not None
    if place is None:
        place = fallback_place(word, box.size(), room)
    if place != box.topLeft():
        tip.move(place + (tip.pos() - box.topLeft()))
    return fits


class DefinitionPopup(QLabel):
    """A small box with one definition over the article, until Escape, Tab or a click elsewhere.

    It is a child of the article view, not a window of its own: Qt leaves popup windows out of the
    accessibility tree, so a screen reader could not read one. The box is the text itself and takes
    the keyboard focus, so a screen reader reads the term, how to say it and the definition, once (a
    text inside a named frame was read twice by Orca: as the frame's label, then by itself). On
    closing, the focus goes back to the word in the article.
    """

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setContentsMargins(10, 8, 10, 8)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.installEventFilter(self)  # Tab reaches a widget's event() before its keyPressEvent()
        self.hide()

    @property
    def label(self) -> QLabel:
        """The text: the box itself (a property, not an attribute: no reference cycle on a widget)."""
        return self

    def show_definition(self, html: str, font: QFont, palette: QPalette, word: QRect) -> None:
        """Show this definition (HTML) next to the word (a rectangle of the view), and focus it."""
        self.setPalette(palette)
        self.setFont(font)
        self.setText(html)  # its words are its accessible name: a screen reader says them once
        self.setAccessibleDescription(translate("Glossary", CLOSE_HINT))
        self.adjustSize()
        self.move(self._place_beside(word))
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _visible_room(self) -> QRect:
        """The part of the view that is on the screen, in the view's coordinates (a window taller than
        the screen, or moved partly off it, has a view that goes on below the screen's edge)."""
        room = self.view.rect()
        screen = self.view.screen()
        if screen is None:
            return room
        area = screen.availableGeometry()
        on_screen = QRect(self.view.mapFromGlobal(area.topLeft()), self.view.mapFromGlobal(area.bottomRight()))
        visible = room.intersected(on_screen)
        return visible if not visible.isEmpty() else room

    def _place_beside(self, word: QRect) -> QPoint:
        """Below the word when the whole box fits there on screen, else above it (walk 9, X9-1: near the
        bottom of the screen the box was cut, or was pushed up over the word itself). Where neither side
        has room (large text, a short view: walk 10, X10), the box is made as wide as the view, so it is
        shorter; if it is still too tall, the article scrolls the word up to the view's top, the box under it."""
        room = self._visible_room()
        place = beside_word(word, self.size(), room)
        if place is None and self.maximumWidth() < room.width():
            self.setMaximumWidth(room.width())
            self.adjustSize()
            place = beside_word(word, self.size(), room)
        view = self.view
        if place is None and isinstance(view, QTextBrowser):
            bar = view.verticalScrollBar()
            before = bar.value()
            bar.setValue(before + word.top() - room.top() - 4)
            word = word.translated(0, before - bar.value())
            place = beside_word(word, self.size(), room)
        return place if place is not None else fallback_place(word, self.size(), room)

    def close_to_word(self) -> None:
        """Hide the box and give the keyboard back to the article, still on the word."""
        self.view.setFocus(Qt.FocusReason.PopupFocusReason)  # first: hiding a focused box moves the focus on
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Escape or Tab closes the box; so does the focus going anywhere else in the window."""
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.close_to_word()
                return True
        elif watched is self and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            if event.reason() not in (
                Qt.FocusReason.ActiveWindowFocusReason,
                Qt.FocusReason.PopupFocusReason,
            ):
                self.hide()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on the box keeps it open (and may select its words)."""
        super().mousePressEvent(event)
        event.accept()


class GlossaryTips(QObject):
    """Watches an article view: hover shows a definition tooltip, Enter/Space on a focused word a popup."""

    def __init__(self, view: QTextBrowser, glossary: Glossary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.glossary = glossary
        self._popup: DefinitionPopup | None = None  # built on first use, not at start-up
        #: Where drug links look for articles: the window's library and the open article (set by the window).
        self.library: Callable[[], Library | None] = lambda: None
        self.current_article: Callable[[], Article | None] = lambda: None
        self._drugs: tuple[int, int, DrugArticles] | None = None
        self._viewport: QWidget | None = None  # kept so the filter never asks a half-deleted view
        self._tip_word: QRect | None = None  # the line of the word the tooltip explains (on the screen)
        self._tip_text = ""  # the tooltip's text as Qt holds it: a tooltip of anything else is left alone
        self._placing_tip = False
        view.installEventFilter(self)

    def watch(self) -> None:
        """Show definitions when the pointer rests on a linked word (set up once the window is on
        screen: see MainWindow.when_on_screen)."""
        if self._viewport is None:
            self._viewport = self.view.viewport()
            self._viewport.installEventFilter(self)

    @property
    def popup(self) -> DefinitionPopup:
        """The definition popup (made the first time it is needed)."""
        if self._popup is None:
            self._popup = DefinitionPopup(self.view)
        return self._popup

    def reset(self) -> None:
        """Close the definition popup."""
        if self._popup is not None:
            self._popup.hide()

    def set_glossary(self, glossary: Glossary) -> None:
        """Use another glossary (after an import)."""
        self.glossary = glossary

    def drug_articles(self) -> DrugArticles | None:
        """The library's drug articles by name (worked out again when the library changes)."""
        library = self.library()
        if library is None:
            return None
        if self._drugs is None or self._drugs[:2] != (id(library), len(library)):
            from reader.core.glossary.drugs import DrugArticles  # with the first drug link, not at start

            self._drugs = (id(library), len(library), DrugArticles(library))
        return self._drugs[2]

    def drug_article(self, name: str) -> Article | None:
        """The article a drug link opens: the drug's article by name; for a dictionary id, the open
        article when it is a drug's own article (that is where such links sit)."""
        drugs = self.drug_articles()
        if name.isdigit():
            current = self.current_article()
            return (
                current
                if current is not None and drugs is not None and drugs.find(current.display_title)
                else None
            )
        return drugs.find(name) if drugs is not None else None

    def drug_html(self, name: str, words: str) -> str:
        """What a drug link's tooltip or popup says (the article it opens, or a short definition)."""
        article = self.drug_article(name)
        if article is not None:
            name = article.display_title
        from reader.core.glossary.drugs import drug_tip_html

        return drug_tip_html(self.drug_articles(), self.glossary, name, words)

    def view_font(self) -> QFont:
        """The article's current font: it grows and shrinks with the reader's font size."""
        return QFont(self.view.document().defaultFont())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Tooltips on the viewport, activation keys on the view; everything else passes."""
        if watched is self._viewport and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            return self._show_tip(event)
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ACTIVATE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return self.show_focused_definition()
        elif (event.type() in _TIP_PLACED and isinstance(watched, QWidget)
              and watched.objectName() == "qtooltip_label"):  # fmt: skip
            self._keep_tip_off_word(watched)
        return False

    def _show_tip(self, event: QHelpEvent) -> bool:
        href = self.view.anchorAt(event.pos())
        target = glossary_target(href)
        drug = drug_target(href)
        if target is None and drug is None:
            return False  # QTextBrowser shows the link's own title, if any
        position = self.view.cursorForPosition(event.pos()).position()
        words = anchor_words(self.view, position, href) or anchor_words(self.view, position - 1, href)
        QToolTip.setPalette(tip_palette(self.view))
        font = self.view_font()

        def html_for(chars: int) -> str:
            if drug is not None:
                return wrap_tip(self.drug_html(drug, words), font, chars)
            return tip_html(self.glossary, target or "", words, font, chars)

        line = self.view.cursorRect(self.view.cursorForPosition(event.pos()))
        self._tip_word = QRect(self.view.viewport().mapToGlobal(line.topLeft()), line.size())
        self._show_tip_text(event.globalPos(), html_for(COMFORTABLE_CHARS))
        tip = showing_tip()
        if not keep_tip_on_screen(self._tip_word, tip) and tip is not None and tip.screen() is not None:
            # Room on neither side (large text): as wide as the screen, it is shorter (walk 10, X10).
            room = tip.screen().availableGeometry().width() - 48
            chars = room // max(1, QFontMetrics(font).averageCharWidth())
            if chars > COMFORTABLE_CHARS:
                self._show_tip_text(event.globalPos(), html_for(chars))
                keep_tip_on_screen(self._tip_word, showing_tip())
        return True

    def _show_tip_text(self, where: QPoint, html: str) -> None:
        """Show the tooltip, and follow its label: Qt may place it again when it is shown, polished or
        resized (its own spot is under or over the pointer, on the word at large text: walk 10, X10)."""
        QToolTip.showText(where, html, self.view)
        self._tip_text = QToolTip.text()
        tip = showing_tip()
        if tip is not None and not tip.property("glossaryWatched"):
            tip.setProperty("glossaryWatched", True)
            tip.installEventFilter(self)

    def _keep_tip_off_word(self, tip: QWidget) -> None:
        """The tooltip label was shown, moved or resized: put our definition back off its word."""
        if self._placing_tip or self._tip_word is None or not tip.isVisible() or QToolTip.text() != self._tip_text:
            return
        self._placing_tip = True
        try:
            keep_tip_on_screen(self._tip_word, tip)
        finally:
            self._placing_tip = False

    def focused_link(self) -> tuple[str, str] | None:
        """(href, words) of the link that has keyboard focus in the view, if any."""
        from reader.ui.screen_reader.parts import selected_link  # (not needed at start)

        return selected_link(self.view)

    def show_focused_definition(self) -> bool:
        """Show the popup for the focused glossary link; False when the focus is not on one."""
        focused = self.focused_link()
        target = glossary_target(focused[0]) if focused else None
        drug = drug_target(focused[0]) if focused else None
        if focused is None or (target is None and drug is None):
            return False
        words = focused[1]
        if drug is not None:
            article = self.drug_article(drug)
            if article is not None:
                return False  # Enter follows the link: it opens the drug's article
            from reader.core.glossary.drugs import drug_entry

            entry = drug_entry(self.glossary, drug)
            html = self.drug_html(drug, words)
        else:
            from reader.core.glossary.fragments import definition_html

            entry = self.glossary.lookup(target or "")
            html = definition_html(entry, words)
        font = self.view_font()
        self.popup.label.setMaximumWidth(QFontMetrics(font).averageCharWidth() * COMFORTABLE_CHARS)
        rect = self.view.cursorRect(self.view.textCursor())  # the word's line, in the viewport
        word = QRect(self.view.viewport().mapTo(self.view, rect.topLeft()), rect.size())
        self.popup.show_definition(html, font, tip_palette(self.view), word)
        return True
