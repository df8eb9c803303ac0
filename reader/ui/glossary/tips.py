"""Glossary words explained in place: a tooltip on hover, a small popup on Enter or Space."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from reader.core.glossary.drugs import DrugArticles, drug_entry, drug_tip_html
from reader.core.glossary.entries import Glossary
from reader.core.glossary.fragments import definition_html
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.library.links import classify

COMFORTABLE_CHARS = 48  # about 8-10 words a line: easy to read in a small box
FOCUS_HINT = QT_TRANSLATE_NOOP("Glossary", "Glossary word: {words}. Press Enter to see what it means.")
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def glossary_target(href: str) -> str | None:
    """The term id or slug when href is a glossary link, else None."""
    if not href:
        return None
    link = classify(href)
    return link.target if link.kind == "glossary" else None


def drug_target(href: str) -> str | None:
    """The drug's name (or dictionary id) when href is a drug link, else None."""
    if not href:
        return None
    link = classify(href)
    return link.target if link.kind == "drug" else None


def wrap_tip(body: str, font: QFont) -> str:
    """Tooltip HTML in this font's size, wrapped to a comfortable width."""
    size = f"{font.pointSizeF():g}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
    width = QFontMetrics(font).averageCharWidth() * COMFORTABLE_CHARS
    return (
        f'<table width="{width}" cellpadding="2" cellspacing="0">'
        f'<tr><td style="font-size: {size};">{body}</td></tr></table>'
    )


def tip_html(glossary: Glossary, target: str, words: str, font: QFont) -> str:
    """Tooltip HTML for a glossary link, in this font's size, wrapped to a comfortable width."""
    return wrap_tip(definition_html(glossary.lookup(target), words), font)


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


class DefinitionPopup(QFrame):
    """A small box with one definition that stays until Escape (or a click elsewhere)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(translate("Links", "Definition"))
        self.label = QLabel(self)
        self.label.setObjectName("glossaryPopupText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)

    def show_definition(self, html: str, plain: str, font: QFont, palette: QPalette, at: QPoint) -> None:
        """Show this definition (HTML) with its top-left corner near a global point."""
        self.setPalette(palette)
        self.label.setPalette(palette)
        self.setFont(font)
        self.label.setFont(font)
        self.label.setText(html)
        self.label.setAccessibleName(plain)
        self.label.setAccessibleDescription(translate("Glossary", "Press Escape to close."))
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            at = QPoint(
                max(screen.left(), min(at.x(), screen.right() - self.width())),
                max(screen.top(), min(at.y(), screen.bottom() - self.height())),
            )
        self.move(at)
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


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
        self._viewport = view.viewport()  # kept so the filter never asks a half-deleted view
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        # Moving between links with Tab emits no signal, so the hint is updated after the key is handled.
        view.cursorPositionChanged.connect(self._on_cursor_moved)

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
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                QTimer.singleShot(0, self._on_cursor_moved)
        elif watched is self.view and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self._on_cursor_moved)
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
        if drug is not None:
            html = wrap_tip(self.drug_html(drug, words), self.view_font())
        else:
            html = tip_html(self.glossary, target or "", words, self.view_font())
        QToolTip.showText(event.globalPos(), html, self.view)
        return True

    def focused_link(self) -> tuple[str, str] | None:
        """(href, words) of the link that has keyboard focus in the view, if any."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        href = cursor.charFormat().anchorHref()
        probe = QTextCursor(self.view.document())
        probe.setPosition(cursor.selectionStart() + 1)
        if not href or probe.charFormat().anchorHref() != href:
            return None
        return href, cursor.selectedText().strip()

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
            entry = drug_entry(self.glossary, drug)
            html = self.drug_html(drug, words)
        else:
            entry = self.glossary.lookup(target or "")
            html = definition_html(entry, words)
        plain = (
            f"{entry.term}: {entry.definition}"
            if entry
            else translate("Glossary", "{words}: no definition offline.").format(words=words)
        )
        font = self.view_font()
        self.popup.label.setMaximumWidth(QFontMetrics(font).averageCharWidth() * COMFORTABLE_CHARS)
        rect = self.view.cursorRect(self.view.textCursor())
        at = self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4))
        self.popup.show_definition(html, plain, font, tip_palette(self.view), at)
        return True

    @Slot()
    def _on_cursor_moved(self) -> None:
        focused = self.focused_link()
        hint = ""
        if focused is not None and glossary_target(focused[0]) is not None:
            hint = translate("Glossary", FOCUS_HINT).format(words=focused[1])
        if hint != self.view.accessibleDescription():
            self.view.setAccessibleDescription(hint)
            QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged))
            if hint:
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, hint))
