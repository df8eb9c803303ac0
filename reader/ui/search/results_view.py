"""The search results page: summary, "Did you mean", filters with counts, and the ranked list."""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.collation import sort_key
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.appearance.menu_style import keep_items_whole
from reader.ui.appearance.theme import LIGHT, Theme
from reader.ui.library.browser import READING_LEVELS, cancer_type_label, topic_label

if TYPE_CHECKING:  # the engine is imported when search is first used, not at start-up
    from reader.core.search.results import SearchFilters, SearchHit, SearchResults


def _is_hit(item: object) -> TypeGuard[SearchHit]:
    """True for a search hit (by its fields, so the engine need not be imported to ask)."""
    return all(hasattr(item, name) for name in ("key", "url", "title", "snippet", "professional"))


HIT_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a filter choice without its count, as it is said
MARGIN = 8
ROW_FLOOR = 56  # a result row is never cut shorter than a finger-sized target (with its title)
_BOLD = re.compile(r"</?b>")
# The last tip: where else to look (a kiosk, which has no lists on the left, names what it has instead).
BROWSE_TIP = QT_TRANSLATE_NOOP("Search", "Look through the lists on the left: by cancer type, by topic, or A to Z.")
NO_RESULTS_TIPS = (
    QT_TRANSLATE_NOOP("Search", "Check the spelling, or type only the start of a long word."),
    QT_TRANSLATE_NOOP(
        "Search", "Try fewer words, or other words (for example “tired” instead of “exhausted”)."
    ),
    BROWSE_TIP,
)


def no_results_tips(browse: str = BROWSE_TIP) -> str:
    """The tips shown when nothing matches, as an HTML list in the reader's language (browse: the last
    tip's source text, in the "Search" context)."""
    tips = [browse if tip == BROWSE_TIP else tip for tip in NO_RESULTS_TIPS]
    return "<ul>" + "".join(f"<li>{translate('Search', tip)}</li>" for tip in tips) + "</ul>"


def no_results_html(results: SearchResults, elsewhere: str = "", browse: str = BROWSE_TIP,
                    foreign: bool = True) -> str:  # fmt: skip
    """What to say when nothing matches: sorry, the library's languages when the words look like
    another language's (foreign: they do, not only unknown here; and elsewhere: where articles in another
    language can be found), and tips."""
    text = translate("Search", "Sorry, nothing in your library matches these words.")
    foreign = foreign and results.unknown_words
    if foreign and results.languages:
        names = [translate("Languages", name) for name in results.languages]
        if len(names) == 1:
            hint = translate(
                "Search",
                "The articles in this library are in {language}. If you searched in another language, "
                "try the words in {language}.",
            ).format(language=names[0])
        else:
            hint = translate(
                "Search",
                "The articles in this library are in {languages}. If you searched in another language, "
                "try the words in one of these.",
            ).format(
                languages=translate("Search", "{first} and {last}").format(
                    first=", ".join(names[:-1]), last=names[-1]
                )
            )
        text += " " + hint
    tips = translate("Search", "Some tips:")
    if elsewhere and foreign:  # the other language's note before "Some tips:" and its list
        return (
            f"<p>{html.escape(text)}</p><p>{html.escape(elsewhere)}</p><p>{html.escape(tips)}</p>"
            + no_results_tips(browse)
        )
    return f"<p>{html.escape(text)} {html.escape(tips)}</p>" + no_results_tips(browse)


def where_label(hit: SearchHit) -> str:
    """Where a result sits in the library, in plain words ("Breast · Treatment")."""
    parts = [cancer_type_label(t) for t in hit.cancer_types[:3]]
    parts += [topic_label(t) for t in hit.tags[:2]]
    if hit.professional:
        parts.append(translate("Search", "Health professional version"))
    return " · ".join(parts)


def snippet_html(snippet: str, mark: str, mark_text: str, selected: bool) -> str:
    """The engine's snippet (escaped text, matches in <b>) with matches marked in the theme's colours."""
    if selected:  # on the selection colour a marker background would vanish: bold and underline only
        opening = '<span style="font-weight:bold; text-decoration:underline">'
    else:
        opening = (
            f'<span style="font-weight:bold; text-decoration:underline; '
            f'background-color:{mark}; color:{mark_text}">'
        )
    return _BOLD.sub(lambda m: "</span>" if m.group(0) == "</b>" else opening, snippet)


def plain_snippet(snippet: str) -> str:
    """The snippet as plain text (for screen readers)."""
    return html.unescape(_BOLD.sub("", snippet))


class ResultDelegate(QStyledItemDelegate):
    """Paints a result as rich text: title, where it sits, snippet with the matched words marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.title_for: Callable[[SearchHit], str] = lambda hit: hit.title
        # A row's tallest (0: any), whole lines only: half the list, so two results always show (a kiosk at
        # 200 % with its keyboard up showed one result's title and snippet, walk 8 C6).
        self.row_limit = 0

    def fitted_height(self, document: QTextDocument) -> int:
        """The document's height, cut after the last whole line that fits in row_limit (the title at least)."""
        whole = int(document.size().height())
        room = self.row_limit - 2 * MARGIN
        if self.row_limit <= 0 or whole <= room:
            return whole
        fitted = 0
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                bottom = int(top + line.y() + line.height() + 0.999)
                if bottom > room and fitted:
                    return fitted
                fitted = bottom
            block = block.next()
        return fitted

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: float) -> QTextDocument | None:  # fmt: skip
        hit = index.data(HIT_ROLE)
        if not _is_hit(hit):
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            text = muted = title = palette.color(QPalette.ColorRole.HighlightedText).name()
        else:
            text = palette.color(QPalette.ColorRole.Text).name()
            muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
            title = palette.color(QPalette.ColorRole.Link).name()
        where = html.escape(where_label(hit))
        body = (
            f'<p style="margin:0; font-size:115%; font-weight:bold; color:{title}">'
            f"{html.escape(self.title_for(hit))}</p>"
            + (f'<p style="margin:0; color:{muted}">{where}</p>' if where else "")
            + f'<p style="margin-top:2px; color:{text}">'
            f"{snippet_html(hit.snippet, self.theme.mark, self.theme.mark_text, selected)}</p>"
        )
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(body)
        document.setTextWidth(max(50.0, width))
        self._elide_title(document)
        return document

    def _shown_lines(self, layout: QTextLayout) -> int:
        """How many of the first block's lines fit in a row of row_limit (one at least; all with no limit)."""
        room = self.row_limit - 2 * MARGIN
        if self.row_limit <= 0:
            return layout.lineCount()
        top = layout.position().y()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if number and int(top + line.y() + line.height() + 0.999) > room:
                return number
        return layout.lineCount()

    def _elide_title(self, document: QTextDocument) -> None:
        """When the row's height cuts the title (a kiosk at 300 % with the keyboard up showed "Pancreatic
        Cancer Statistics | Did"), end its last shown line with "…"; the list item's text and tooltip keep
        the whole title."""
        document.size()  # lays the document out: its blocks have no lines before
        block = document.firstBlock()
        layout = block.layout()
        if layout is None or layout.lineCount() <= 1:
            return
        shown = self._shown_lines(layout)
        if shown >= layout.lineCount():
            return
        text = block.text()
        start = layout.lineAt(shown - 1).textStart()
        words = text[start:].split(" ")
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        for count in range(len(words) - 1, -1, -1):
            cursor.insertText(" ".join(words[:count]).rstrip(" ,;:|-–—") + "…")
            document.size()
            if block.layout().lineCount() <= shown:
                return
            cursor.setPosition(block.position() + start)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        """Draw the row's background and focus, then the rich text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        document = self._document(opt, index, opt.rect.width() - 2 * MARGIN)
        if document is None:
            return
        painter.save()
        painter.translate(opt.rect.left() + MARGIN, opt.rect.top() + MARGIN)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, document.textWidth(), self.fitted_height(document))
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def title_shown(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """The title as the row paints it (its last shown line ends with "…" when the row cuts it)."""
        document = self._document(option, index, option.rect.width() - 2 * MARGIN)
        return document.firstBlock().text() if document is not None else ""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        """As tall as the wrapped text at the list's width."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        width = (widget.viewport().width() if isinstance(widget, QAbstractItemView) else 600) - 2 * MARGIN
        document = self._document(opt, index, width)
        if document is None:
            return super().sizeHint(option, index)
        whole = int(document.size().height()) + 2 * MARGIN
        return QSize(int(width + 2 * MARGIN), max(self.fitted_height(document) + 2 * MARGIN, min(whole, ROW_FLOOR)))


class ResultList(QListWidget):
    """The ranked results. Enter or a click opens one; Up from the first goes back to the box."""

    openRequested = Signal(str)  # article key
    boxRequested = Signal(str)  # text typed while in the list, to go on in the search box
    dismissRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResultList")
        self.setAccessibleName(translate("Search", "Search results"))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = ResultDelegate(self)
        self.setItemDelegate(self.delegate)
        self.clicked.connect(self._open_index)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A row may take half the list's new height (whole lines), so two results show."""
        limit = max(ROW_FLOOR, self.viewport().height() // 2)
        if limit != self.delegate.row_limit:
            self.delegate.row_limit = limit
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens, Escape goes back to reading, Up at the top returns to the box, typing goes there too."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
        elif key == Qt.Key.Key_Escape:
            self.dismissRequested.emit()
        elif key == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.boxRequested.emit("")
        elif (
            event.text().isprintable()
            and event.text().strip()
            and not (
                event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            )
        ):
            self.boxRequested.emit(event.text())
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Lay the rows out again when the text size or colours change."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.scheduleDelayedItemsLayout()

    def title_shown(self, row: int) -> str:
        """A result's title as its row paints it now."""
        index = self.model().index(row, 0)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        self.delegate.initStyleOption(option, index)
        return self.delegate.title_shown(option, index)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if _is_hit(hit):
            self.openRequested.emit(hit.key)


class LabelledField(QWidget):
    """A label and its field, kept together when the filter row wraps: side by side, or the label
    above the field when space is short (set_stacked)."""

    def __init__(self, label: QLabel, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.field = label, field
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)
        self.box.addWidget(label)
        self.box.addWidget(field)

    def set_stacked(self, stacked: bool) -> None:
        """Put the label above the field (True) or beside it (False)."""
        wanted = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            alignment = Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag(0)
            self.box.setAlignment(self.label, alignment)
            self.box.setAlignment(self.field, alignment)

    def narrowest(self) -> int:
        """The width with the label over the field."""
        return max(self.label.minimumSizeHint().width(), self.field.minimumSizeHint().width())

    def size_when(self, stacked: bool) -> QSize:
        """The size it asks for with the label above the field, or beside it."""
        label, field, gap = self.label.sizeHint(), self.field.sizeHint(), self.box.spacing()
        if stacked:
            return QSize(max(label.width(), field.width()), label.height() + gap + field.height())
        return QSize(label.width() + gap + field.width(), max(label.height(), field.height()))


# A plan for the filter row: labels above their fields or not, and the widgets (by number) on each row.
RowPlan = tuple[bool, tuple[tuple[int, ...], ...]]


class FilterRow(QWidget):
    """The filters in one row when they fit; else wrapped into as few rows as fit the width, with the
    labels beside or above their fields, whichever needs less height (large text sizes, narrow windows,
    a kiosk with the on-screen keyboard up), so the results page never needs more width than its widest
    filter and leaves the results room."""

    SPACING = 8

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets = widgets
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(self.SPACING)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.plan: RowPlan = (False, ())
        self._apply((False, (tuple(range(len(widgets))),)))
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A filter shown or hidden changes the rows."""
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.fit(self.width())
        return super().eventFilter(watched, event)

    @staticmethod
    def takes_room(widget: QWidget) -> bool:
        """Shown, or hidden with its room kept (Clear filters: the row does not change when it shows)."""
        return not widget.isHidden() or widget.sizePolicy().retainSizeWhenHidden()

    def _shown(self) -> list[QWidget]:
        return [w for w in self.widgets if self.takes_room(w)]

    @staticmethod
    def _size(widget: QWidget, stacked: bool) -> QSize:
        return widget.size_when(stacked) if isinstance(widget, LabelledField) else widget.sizeHint()

    def one_row_width(self) -> int:
        """The width the widgets need side by side, labels beside their fields."""
        shown = self._shown()
        return sum(self._size(w, False).width() for w in shown) + self.SPACING * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest widget (a pair with its label over its field)."""
        width = max((w.narrowest() if isinstance(w, LabelledField) else w.minimumSizeHint().width()
                     for w in self._shown()), default=0)  # fmt: skip
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Choose the rows for the new width."""
        self.fit(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size changes what fits."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit(self.width())

    def rows_for(self, width: int, stacked: bool) -> tuple[tuple[int, ...], ...]:
        """The shown widgets (by number) filled into rows no wider than width, in order."""
        rows: list[list[int]] = []
        used = 0
        for number, widget in enumerate(self.widgets):
            if not self.takes_room(widget):
                continue
            wide = self._size(widget, stacked).width()
            if rows and used + self.SPACING + wide <= width:
                rows[-1].append(number)
                used += self.SPACING + wide
            else:
                rows.append([number])
                used = wide
        return tuple(tuple(row) for row in rows)

    def height_of(self, rows: tuple[tuple[int, ...], ...], stacked: bool) -> int:
        """The height these rows take."""
        tallest = [max(self._size(self.widgets[n], stacked).height() for n in row) for row in rows]
        return sum(tallest) + self.SPACING * max(0, len(rows) - 1)

    def plan_for(self, width: int) -> RowPlan:
        """The rows for this width: labels over their fields when a pair is wider than the row, else the
        plan that needs the least height (labels beside their fields when that is no taller)."""
        beside = self.rows_for(width, False)
        above = self.rows_for(width, True)
        pairs = [w for w in self._shown() if isinstance(w, LabelledField)]
        too_wide = any(w.size_when(False).width() > width for w in pairs)  # large text in a narrow place
        if too_wide or (len(beside) > 1 and self.height_of(above, True) < self.height_of(beside, False)):
            return (True, above)
        return (False, beside)

    def height_for(self, width: int) -> int:
        """The height the filters take at this width."""
        stacked, rows = self.plan_for(width)
        return self.height_of(rows, stacked) if rows else 0

    def fit(self, width: int) -> None:
        """Wrap the filters for this width (see plan_for)."""
        plan = self.plan_for(width)
        if plan != self.plan:
            self._apply(plan)

    def _apply(self, plan: RowPlan) -> None:
        stacked, rows = plan
        self.plan = plan
        while self.box.count():
            item = self.box.takeAt(0)
            line = item.layout() if item is not None else None
            if line is not None:
                while line.count():
                    line.takeAt(0)
                line.deleteLater()
        placed = {n for row in rows for n in row}
        # Hidden widgets keep their place in the order (a row of their own at the end until shown).
        rows = (*rows, tuple(n for n in range(len(self.widgets)) if n not in placed))
        alignment = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignBottom if stacked else Qt.AlignmentFlag.AlignVCenter
        )
        for row in rows:
            if not row:
                continue
            line = QHBoxLayout()
            line.setSpacing(self.SPACING)
            for number in row:
                widget = self.widgets[number]
                if isinstance(widget, LabelledField):
                    widget.set_stacked(stacked)
                line.addWidget(widget, 0, alignment)
            line.addStretch(1)
            self.box.addLayout(line)


class FilterBox(QComboBox):
    """A filter's drop-down: the box stays a few characters wide, its open list as wide as its longest
    name (within the screen), so "Adolescents and young adults (2)" is not cut in the middle."""

    # Escape with the list closed: the same as Escape in the results (clear the search, go back).
    dismissRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Escape (with the list closed) asks to leave the results; other keys as usual."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.dismissRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def shown_text(self) -> str:
        """The chosen name as the box shows it: whole, or cut with "…" to the box's width (Qt's own box
        just clips it: "Todos los tipos de cánce" in a Spanish kiosk)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """As QComboBox paints itself, with the chosen name cut with "…" when it does not fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        """Widen the list to its longest name, then open it."""
        keep_items_whole([self])  # its names are drawn as menu items: measured with room for all their words
        view = self.view()
        scroll = view.verticalScrollBar().sizeHint().width()
        wanted = view.sizeHintForColumn(0) + scroll + 2 * view.frameWidth() + 8
        screen = self.screen()
        limit = screen.availableGeometry().width() - 16 if screen is not None else wanted
        view.setMinimumWidth(max(0, min(wanted, limit)))
        super().showPopup()


@dataclass(frozen=True)
class ResultsPlace:
    """The results page as a person left it: the words, the filters chosen, the result selected and how
    far the list was scrolled (kept in the history so Back comes back to it)."""

    text: str
    cancer_type: str = ""
    topic: str = ""
    level: str = ""
    selected: str = ""
    scroll: int = 0


class SearchResultsView(QWidget):
    """The results page. Emits filtersChanged() when a filter is chosen or cleared."""

    filtersChanged = Signal()
    suggestionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Said under "no results" for words the library does not know: where articles in another
        # language are (in that language), or "" (set by the search feature, changed by kiosk mode;
        # asked only then, so no other language's translation is read at start-up).
        self.elsewhere: Callable[[], str] = str
        # Whether words the library does not know look like another language it holds (set by the search
        # feature): only then is that language named; nonsense gets the tips alone (walk 8, X3).
        self.foreign: Callable[[str], bool] = lambda _text: True
        # Whether the words typed say plainly they are in another language (set by the search feature): then
        # results found in the reader's language are followed by one line saying where that language's
        # articles are (`elsewhere`), said in that language (walk 9, C9-2).
        self.other_language: Callable[[str], bool] = lambda _text: False
        self.browse_tip = BROWSE_TIP  # the last "no results" tip (kiosk mode names its Home screen)
        self.setObjectName("searchResults")
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion = QPushButton(self)
        self.suggestion.setObjectName("searchSuggestion")
        self.suggestion.hide()
        self.type_filter = FilterBox(self)
        self.type_filter.setAccessibleName(translate("Search", "Show only a cancer type"))
        self.topic_filter = FilterBox(self)
        self.topic_filter.setAccessibleName(translate("Search", "Show only a topic"))
        self.level_filter = FilterBox(self)
        self.level_filter.setAccessibleName(translate("Search", "Show only a reading level"))
        # Each article's reading level badge, by key (set_reading_levels); the level filter counts them.
        self.reading_levels: dict[str, str] = {}
        # Only these articles are ever listed (a kiosk: patient versions only, walk 10 C8); None lists all.
        self.listed_keys: frozenset[str] | None = None
        for combo in (self.type_filter, self.topic_filter, self.level_filter):
            # Sized by a few characters, not by the longest name, so the page never squeezes the panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)  # "All cancer types"
        type_label = QLabel(translate("Search", "Cancer type:"), self)
        type_label.setBuddy(self.type_filter)
        topic_label_ = QLabel(translate("Search", "Topic:"), self)
        topic_label_.setBuddy(self.topic_filter)
        level_label = QLabel(translate("Search", "Reading level:"), self)
        level_label.setBuddy(self.level_filter)
        self.clear_filters_button = QPushButton(translate("Search", "Clear filters"), self)
        self.clear_filters_button.setAccessibleName(translate("Search", "Clear filters"))
        # Its room is kept while hidden: the row planned without it went from one line to labels over their
        # boxes when a filter was chosen, moving the results down 20 px under the pointer (walk 12, X5).
        policy = self.clear_filters_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_filters_button.setSizePolicy(policy)
        self.clear_filters_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        # At the top, under the summary: a label given the page's spare height centres its text in it.
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.hide()
        self.list = ResultList(self)
        for combo in (self.type_filter, self.topic_filter, self.level_filter):
            combo.dismissRequested.connect(self.list.dismissRequested)  # Escape as in the list
        self._type_pair = LabelledField(type_label, self.type_filter, self)
        self._topic_pair = LabelledField(topic_label_, self.topic_filter, self)
        self._level_pair = LabelledField(level_label, self.level_filter, self)
        self.filter_row = FilterRow(
            [self._type_pair, self._topic_pair, self._level_pair, self.clear_filters_button], self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        layout.addWidget(self.suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        # Where the filters would take much of the page (large text, the kiosk's keyboard up: three rows of
        # filters left one result title in view, walk 8 C6), they fold behind this one button.
        self.filters_button = QPushButton(self)
        self.filters_button.setObjectName("searchFiltersButton")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(translate("Search", "Show or hide the filters"))
        self.filters_button.hide()
        self.filters_button.toggled.connect(self._fit_filters)
        self._filters_wanted = False  # the results have filters to show (_show_filter_row)
        self._set_filters_button_text()
        # Beside the summary, not on a row of its own: at 300 % on a 1280 x 720 kiosk with the keyboard up,
        # its row left the list room for one result and half of the second (walk 9).
        top.addWidget(self.filters_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the spare height when the list is hidden (no results)
        # What the last filter chosen is now ("Cancer type: Adolescents and young adults"), said with the
        # results it gives (take_filter_words): a screen reader heard only "1 article matches…" after Down
        # on a closed filter had changed it (walk 8, C3).
        self.filter_words = ""
        for pair, combo in ((self._type_pair, self.type_filter), (self._topic_pair, self.topic_filter),
                            (self._level_pair, self.level_filter)):  # fmt: skip
            combo.activated.connect(functools.partial(self._on_filter_chosen, pair))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.suggestion.clicked.connect(self._on_suggestion)
        self._suggested = ""
        self._taken = ""  # the suggestion just chosen: its row keeps its room on the page it answers
        self.results: SearchResults | None = None
        self._fill_filter(
            self.type_filter, translate("Search", "All cancer types"), {}, "", cancer_type_label
        )
        self._fill_filter(self.topic_filter, translate("Search", "All topics"), {}, "", topic_label)
        self._fill_levels({}, "")
        self._show_filter_row(False)

    # What is chosen ------------------------------------------------------------

    def filters(self) -> SearchFilters:
        """What to search among: the chosen filters, within the articles listed here (listed_keys)."""
        chosen = self.chosen_filters()
        if self.listed_keys is None:
            return chosen
        keys = self.listed_keys if chosen.keys is None else chosen.keys & self.listed_keys
        return dataclasses.replace(chosen, keys=keys)

    def chosen_filters(self) -> SearchFilters:
        """The chosen cancer type, topic and reading level (as the articles at that level)."""
        chosen_type = self.type_filter.currentData() or ""
        chosen_topic = self.topic_filter.currentData() or ""
        chosen_level = self.level_filter.currentData() or ""
        from reader.core.search.results import SearchFilters

        levels = self.reading_levels.items()
        keys = [key for key, level in levels if level == chosen_level] if chosen_level else None
        types, topics = [chosen_type] if chosen_type else [], [chosen_topic] if chosen_topic else []
        return SearchFilters.of(types, topics, keys)

    def level(self) -> str:
        """The reading level chosen ("" for any)."""
        return self.level_filter.currentData() or ""

    def choose_level(self, badge: str) -> bool:
        """Choose this reading level (the window's other reading-level box changed); True when that changed
        the filters. A level none of these results has is added with no count, as show_results does."""
        if self.level() == badge:
            return False
        self._fill_levels(self._level_counts(), badge)
        self.clear_filters_button.setVisible(bool(self.chosen_filters()))
        self._fit_filters()
        return True

    def set_reading_levels(self, levels: dict[str, str]) -> None:
        """Each article's reading level badge by key (the library changed)."""
        self.reading_levels = dict(levels)

    @Slot()
    def clear_filters(self) -> None:
        """Show results of every cancer type and topic again."""
        self.type_filter.setCurrentIndex(0)
        self.topic_filter.setCurrentIndex(0)
        self.level_filter.setCurrentIndex(0)
        self.filter_words = translate("Search", "Filters cleared.")
        self._on_filter()

    def _on_filter_chosen(self, pair: LabelledField, _index: int = 0) -> None:
        combo = pair.field
        if isinstance(combo, QComboBox):
            name = combo.currentData(NAME_ROLE) or combo.currentText()
            self.filter_words = f"{pair.label.text().strip()} {name}"
        self._on_filter()

    def take_filter_words(self) -> str:
        """What the last filter chosen is now, once ("" when none was chosen since)."""
        words, self.filter_words = self.filter_words, ""
        return words

    @Slot()
    def _on_filter(self) -> None:
        self.clear_filters_button.setVisible(bool(self.chosen_filters()))
        self.filter_row.fit(self.filter_row.width())
        self._fit_filters()
        self.filtersChanged.emit()

    # Folding the filters ------------------------------------------------------

    def filters_folded(self) -> bool:
        """True when the filters would take too much of the page's height: at least three rows and a fifth
        of the page, or a third of it (large text, a short page over the kiosk's keyboard)."""
        width = self._inner_width()
        rows = len(self.filter_row.plan_for(width)[1])
        need, page = self.filter_row.height_for(width), max(1, self.height())
        return (rows >= 3 and need * 5 > page) or need * 3 > page

    def _inner_width(self) -> int:
        """The page's width inside its layout's margins (the filters' and results' width)."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        return max(1, self.width() - (margins.left() + margins.right() if margins is not None else 0))

    def _set_filters_button_text(self) -> None:
        chosen = sum(1 for combo in (self.type_filter, self.topic_filter, self.level_filter) if combo.currentData())
        text = (
            translate("Search", "Filters (%Ln chosen)", None, chosen) if chosen else translate("Search", "Filters")
        )
        self.filters_button.setText(("▴ " if self.filters_button.isChecked() else "▾ ") + text)
        self.filters_button.setAccessibleName(text)

    @Slot()
    def _fit_filters(self) -> None:
        """Fold the filters behind their button where they would take the results' room; else show them."""
        folded = self._filters_wanted and self.filters_folded()
        focus = QApplication.focusWidget()
        if folded and focus is not None and self.filter_row.isAncestorOf(focus):
            self.filters_button.setChecked(True)  # not hidden from under the keyboard's focus
        self._set_filters_button_text()
        self.filters_button.setVisible(folded)
        self.filter_row.setVisible(self._filters_wanted and (not folded or self.filters_button.isChecked()))
        # Its rows for the page's width now: while hidden it kept an old width (labels over their fields),
        # and the first results showed the filters 59 px lower for a moment.
        self.filter_row.fit(self._inner_width())
        layout, row_layout = self.layout(), self.filter_row.layout()
        if layout is not None and row_layout is not None and self.isVisible():
            row_layout.activate()
            layout.activate()  # placed now, not a moment later under a finger or a pointer

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new height or width may fold the filters or show them again."""
        super().resizeEvent(event)
        self._fit_filters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size changes what the filters take."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_filters()

    @Slot()
    def _on_suggestion(self) -> None:
        if self._suggested:
            self._taken = self._suggested
            self.suggestionRequested.emit(self._suggested)

    # Showing -----------------------------------------------------------------

    def show_waiting(self, text: str, note: str) -> None:
        """Search is not ready yet: say so instead of results."""
        self.results = None
        self.list.clear()
        self.list.hide()
        self.suggestion.hide()
        self._show_filter_row(False)
        self.summary.setText(translate("Search", "Searching for “{words}”").format(words=text.strip()))
        self._set_message(html.escape(note))

    def show_results(self, results: SearchResults, note: str = "", getting_ready: str = "") -> None:
        """Show ranked results, the spelling suggestion and the counts per filter; note (plain text)
        goes above them ("Search is ready now"); getting_ready (plain text) replaces the "nothing matches"
        tips while articles are still being added (other words would not help)."""
        self.results = results
        text = results.text.strip()
        chosen = self.chosen_filters()
        self._fill_filter(self.type_filter, translate("Search", "All cancer types"), results.cancer_type_counts,
                          next(iter(chosen.cancer_types), ""), cancer_type_label)  # fmt: skip
        self._fill_filter(self.topic_filter, translate("Search", "All topics"), results.tag_counts,
                          next(iter(chosen.tags), ""), topic_label)  # fmt: skip
        self._fill_levels(self._level_counts(), self.level_filter.currentData() or "")
        self._show_filter_row(bool(results.hits) or bool(chosen))
        self.clear_filters_button.setVisible(bool(chosen))
        self.filter_row.fit(self.filter_row.width())
        self._fit_filters()
        self._suggested = results.suggestion or ""
        self.suggestion.setText(translate("Search", "Did you mean “{words}”?").format(words=self._suggested))
        self.suggestion.setAccessibleName(
            translate("Search", "Search for {words} instead").format(words=self._suggested)
        )
        # The results for a suggestion just chosen keep the empty row where it was, so the filters and
        # results do not jump up under the finger that tapped it (walk 6, C1: a tap meant for a filter
        # opened a result); a search typed after that closes the gap.
        policy = self.suggestion.sizePolicy()
        policy.setRetainSizeWhenHidden(not self._suggested and self._taken == text)
        self.suggestion.setSizePolicy(policy)
        if self._taken != text:
            self._taken = ""
        self.suggestion.setVisible(bool(self._suggested))
        shown, total = len(results.hits), results.total
        if total == 0 and chosen:
            self.summary.setText(
                translate("Search", "No articles match “{words}” with these filters").format(words=text)
            )
        elif total == 0 and getting_ready:
            self.summary.setText(translate("Search", "No articles match “{words}” yet").format(words=text))
        elif total == 0:
            self.summary.setText(translate("Search", "No articles match “{words}”").format(words=text))
        elif shown < total:
            self.summary.setText(
                translate("Search", "The best {shown} of %Ln article(s) for “{words}”", None, total).format(
                    shown=shown, words=text
                )
            )
        else:
            matches = (
                translate("Search", "1 article matches “{words}”")
                if total == 1
                else translate("Search", "%Ln articles match “{words}”", None, total)
            )
            self.summary.setText(matches.format(words=text))
        self.list.clear()
        for hit in results.hits:
            item = QListWidgetItem(self.list)
            where = where_label(hit)
            title = self.list.delegate.title_for(hit)
            item.setText(". ".join(filter(None, [title, where, plain_snippet(hit.snippet)])))
            item.setToolTip(title)  # the whole title, also where a short row ends it with "…"
            item.setData(HIT_ROLE, hit)
        self.list.setVisible(bool(results.hits))
        lead = f"<p>{html.escape(note)}</p>" if note else ""
        if results.hits:
            self.list.setCurrentRow(0)
            message = html.escape(results.message)
            elsewhere = self.elsewhere() if self.other_language(text) else ""
            if elsewhere:
                message = f"{message} {html.escape(elsewhere)}".strip()
            self._set_message(lead + message)
        elif results.message:
            self._set_message(lead + html.escape(results.message))
        elif getting_ready:
            self._set_message(f"<p>{html.escape(getting_ready)}</p>")
        elif chosen:
            self._set_message(
                lead
                + translate(
                    "Search",
                    "Some articles match, but not with the filters you chose. Choose <b>Clear filters</b> to see them.",
                )
                + no_results_tips(self.browse_tip)
            )
        else:
            foreign = results.unknown_words and self.foreign(text)
            self._set_message(
                lead + no_results_html(results, self.elsewhere() if foreign else "", self.browse_tip, foreign)
            )

    def _set_message(self, rich: str) -> None:
        self.message.setText(rich)
        self.message.setVisible(bool(rich))

    def _show_filter_row(self, visible: bool) -> None:
        self._type_pair.setVisible(visible)
        self._topic_pair.setVisible(visible)
        self._level_pair.setVisible(visible)
        self._filters_wanted = visible
        self._fit_filters()

    def _level_counts(self) -> dict[str, int]:
        """How many of the results' articles (that may be listed) are at each reading level."""
        levels: dict[str, int] = {}
        for key in self.results.matched_keys if self.results is not None else ():
            if self.listed_keys is not None and key not in self.listed_keys:
                continue
            level = self.reading_levels.get(key, "")
            if level:
                levels[level] = levels.get(level, 0) + 1
        return levels

    def _fill_levels(self, counts: dict[str, int], chosen: str) -> None:
        """The reading levels in their natural order (easy first), each with its count."""
        combo = self.level_filter
        combo.blockSignals(True)
        combo.clear()
        for label, badge in READING_LEVELS:
            if not badge:
                combo.addItem(translate("LibraryBrowser", label), "")
            elif counts.get(badge) or badge == chosen:
                name = translate("Readability", label)
                combo.addItem(f"{name} ({counts.get(badge, 0)})", badge)
                combo.setItemData(combo.count() - 1, name, NAME_ROLE)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    @staticmethod
    def _fill_filter(combo: QComboBox, all_label: str, counts: dict[str, int], chosen: str,
                     label: Callable[[str], str]) -> None:  # fmt: skip
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, "")
        values = dict(counts)
        if chosen and chosen not in values:
            values[chosen] = 0
        for value, count in sorted(values.items(), key=lambda item: sort_key(label(item[0]))):
            combo.addItem(f"{label(value)} ({count})", value)
            combo.setItemData(combo.count() - 1, label(value), NAME_ROLE)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def reset(self) -> None:
        """Empty the page and choose no filters."""
        self.results = None
        self.list.clear()
        self.summary.clear()
        self.suggestion.hide()
        self._suggested = self._taken = ""
        policy = self.suggestion.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.suggestion.setSizePolicy(policy)
        self._set_message("")
        self._fill_filter(
            self.type_filter, translate("Search", "All cancer types"), {}, "", cancer_type_label
        )
        self._fill_filter(self.topic_filter, translate("Search", "All topics"), {}, "", topic_label)
        self._fill_levels({}, "")
        self.clear_filters_button.hide()
        self.filters_button.setChecked(False)
        self._show_filter_row(False)

    def first_key(self) -> str:
        """The key of the selected result (or the first), "" when there are none."""
        item = self.list.currentItem() or self.list.item(0)
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit.key if _is_hit(hit) else ""

    def place(self, text: str) -> ResultsPlace:
        """Where the person is on this page, to come back to it."""
        return ResultsPlace(text, self.type_filter.currentData() or "", self.topic_filter.currentData() or "",
                            self.level_filter.currentData() or "", self.first_key(),
                            self.list.verticalScrollBar().value())  # fmt: skip

    def choose_filters(self, place: ResultsPlace) -> bool:
        """Choose the place's filters (a filter not in a list yet is added with no count, as show_results
        keeps a chosen one); True when that changed them."""
        changed = False
        for combo, value in ((self.type_filter, place.cancer_type), (self.topic_filter, place.topic),
                             (self.level_filter, place.level)):  # fmt: skip
            if (combo.currentData() or "") == value:
                continue
            changed = True
            index = combo.findData(value) if value else 0
            if index < 0:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.clear_filters_button.setVisible(bool(self.filters()))
        self._fit_filters()
        return changed

    def go_to_place(self, place: ResultsPlace) -> None:
        """Select the place's result and scroll the list as it was."""
        for row in range(self.list.count()):
            hit = self.list.item(row).data(HIT_ROLE)
            if _is_hit(hit) and hit.key == place.selected:
                self.list.setCurrentRow(row)
                break
        self.list.doItemsLayout()  # the rows' heights, so the scroll range is the one left
        self.list.verticalScrollBar().setValue(place.scroll)

    def focus_results(self) -> None:
        """Move the keyboard into the list (at the first result when none is selected)."""
        if self.list.count():
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
