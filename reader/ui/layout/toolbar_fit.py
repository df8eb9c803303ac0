"""Keeping the window's toolbars in view at every text size: in rows, or in one row with a "More" menu.

Rows (the usual layout): what does not fit on the main toolbar moves to a second row; other toolbars go
wherever there is room; toolbars added "on a row of their own" (the search box) keep their own row.

One row (the reading layout at large text sizes, and kiosk mode): every toolbar shares one row, the
search box takes the room that is left (never less than about 20 letters), and the buttons that do not
fit go into a "More" menu at the end, least needed first (KEEP_FIRST says which stay longest).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QToolBar, QToolButton, QWidgetAction

from reader.core.languages.translate import translate

# Buttons that stay on the row longest, most needed first (registry names); any other goes first.
KEEP_FIRST = (
    "panel", "back", "home", "text_larger", "text_smaller", "forward", "find",
    "show_bookmarks", "bookmark", "show_questions", "read_aloud", "text_reset",
)  # fmt: skip
MAX_WIDGET_SIZE = 16777215  # QWIDGETSIZE_MAX
SEARCH_LETTERS = 20
ICON_PX = 24  # toolbar icons at the usual text size  # the narrowest a search box gets in one row, in letters


def _name(action: QAction) -> str:
    return action.objectName().removeprefix("action_")


def _priority(action: QAction, keep_first: tuple[str, ...] = KEEP_FIRST) -> int:
    name = _name(action)
    return keep_first.index(name) if name in keep_first else len(keep_first)


class ToolbarFitter(QObject):
    """Fits the main toolbar, the toolbars added beside it, row toolbars and pinned ones into the width.

    Emits refitted() after each fit: buttons moved between toolbars are new widgets (for the Tab order).
    """

    refitted = Signal()

    def __init__(self, window: QMainWindow, main: QToolBar, more: QToolBar) -> None:
        super().__init__(window)
        self.window = window
        self.main = main
        self.more = more  # the second row, in the rows layout
        self.fitted: list[QToolBar] = []  # beside the main toolbar, on a new row when they do not fit
        self.rows: list[QToolBar] = []  # on a row of their own; the first (the search box) joins the one row
        self.pinned: list[QToolBar] = []  # never changed, always in the row (kiosk's Start over)
        self.one_row = False
        self._order: dict[QToolBar, list[QAction]] = {}
        self.overflow = QToolBar(translate("Layout", "More"), window)
        self.overflow.setObjectName("overflowToolbar")
        self.overflow.setMovable(False)
        self.overflow.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(translate("Layout", "More"), window)
        self.menu.setObjectName("overflowMenu")
        self.more_button = QToolButton(self.overflow)
        self.more_button.setObjectName("moreButton")
        self.more_button.setText(translate("Layout", "More ▾"))
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.more_button.setAccessibleName(translate("Layout", "More buttons"))
        self.more_button.setToolTip(translate("Layout", "More buttons"))
        self.more_button.setMenu(self.menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.overflow.addWidget(self.more_button)
        self.overflow_added = False
        #: Kiosk mode (steady): the icons stay at this size, so the row's buttons keep their places and sizes
        #: at every text size (walk 8, C7: A+ moved under a visitor's finger as the icons grew); None: icons
        #: grow with the words.
        self.steady_icon_px: int | None = None
        self.keep_first: tuple[str, ...] = KEEP_FIRST  # which buttons stay on the one row longest (kiosk mode changes it)
        #: Kiosk mode: the least width of a button on the rows, by its registry name (None: its own width).
        self.least_width: Callable[[QToolButton, str], int | None] | None = None
        #: Kiosk mode: in one row, the search box goes down to a second row (with More and the pinned
        #: toolbars after it) before one of these buttons (registry names) would go into More.
        self.search_gives_way: frozenset[str] = frozenset()
        self.search_below = False  # the search box is on that second row now

    # What is on the rows ------------------------------------------------------------------------

    def add(self, toolbar: QToolBar, new_row: bool = False) -> None:
        """Manage a toolbar added to the window's top area."""
        (self.rows if new_row else self.fitted).append(toolbar)

    def pin(self, toolbar: QToolBar) -> None:
        """Keep this toolbar as it is, on the row, after the others (added to the window by its owner)."""
        self.pinned.append(toolbar)
        self._extra_rows_last()

    def _extra_rows_last(self) -> None:
        """Row toolbars after the first (shown now and then, like the search matches bar) go below the
        others, so a toolbar added later never ends up on their row."""
        for toolbar in self.rows[1:]:
            hidden = toolbar.isHidden()
            self.window.removeToolBar(toolbar)
            self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
            toolbar.setHidden(hidden)

    def move_actions(self, actions: list[QAction], toolbar: QToolBar) -> None:
        """Move actions to another managed toolbar for good (their first place is forgotten)."""
        for action in actions:
            for order in self._order.values():
                if action in order:
                    order.remove(action)
            for bar in (self.main, *self.fitted):
                if action in bar.actions():
                    bar.removeAction(action)
            self.menu.removeAction(action)
            self.more.removeAction(action)
            toolbar.addAction(action)

    def moved_actions(self) -> list[QAction]:
        """The actions now in the More menu (one row) or on the second row (rows)."""
        return list(self.menu.actions()) if self.one_row else list(self.more.actions())

    def _remember(self, toolbar: QToolBar) -> list[QAction]:
        """The toolbar's actions in their first order; actions added since are kept at their place."""
        known = self._order.setdefault(toolbar, [])
        current = toolbar.actions()
        for index, action in enumerate(current):
            if action not in known:
                before = current[index - 1] if index else None
                known.insert(known.index(before) + 1 if before in known else len(known), action)
        return known

    def _restore(self) -> None:
        """Every action back on its own toolbar, in its first order."""
        self.menu.clear()
        for toolbar in self.fitted:
            for action in toolbar.actions():
                if isinstance(action, QWidgetAction) and action.property("foldedAway"):
                    action.setProperty("foldedAway", False)
                    action.setVisible(True)
        for action in self.more.actions():
            self.more.removeAction(action)
            self.main.addAction(action)
        for toolbar in (self.main, *self.fitted):
            order = self._remember(toolbar)
            if toolbar.actions() != order:
                for action in toolbar.actions():
                    if not isinstance(action, QWidgetAction):
                        toolbar.removeAction(action)
                for index, action in enumerate(order):
                    if action not in toolbar.actions():
                        later = [a for a in order[index + 1 :] if a in toolbar.actions()]
                        if later:
                            toolbar.insertAction(later[0], action)
                        else:
                            toolbar.addAction(action)

    # Fitting ------------------------------------------------------------------------------------

    def fit(self, one_row: bool) -> None:
        """Lay the toolbars out for the window's width, in one row or in rows."""
        self.one_row = one_row
        self._restore()
        self._keep_least_widths()
        icon = self.steady_icon_px or max(ICON_PX, round(self.main.fontMetrics().height() * 1.2))  # grow with words
        for toolbar in (self.main, self.more, *self.fitted):
            if toolbar.iconSize() != QSize(icon, icon):
                toolbar.setIconSize(QSize(icon, icon))
        for toolbar in self.fitted:  # measured with all their buttons, as at first
            toolbar.setVisible(True)
        room = self.window.width() - 16
        if one_row:
            self._fit_one_row(room)
        else:
            self._fit_rows(room)
        self.refitted.emit()

    def _keep_least_widths(self) -> None:
        """The buttons given a least width (least_width) get it before they are measured."""
        if self.least_width is None:
            return
        for toolbar in (self.main, *self.fitted):
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.ensurePolished()  # a style sheet's min-width, set at polish, would undo it
                    least = self.least_width(button, _name(action))
                    if least is not None and button.minimumWidth() != least:
                        button.setMinimumWidth(least)

    def _fit_rows(self, room: int) -> None:
        main, more = self.main, self.more
        self.search_below = False
        self._show_overflow(False)
        for toolbar in self.rows:
            toolbar.setMaximumWidth(MAX_WIDGET_SIZE)
            self._set_break(toolbar, True)
        moved: list[QAction] = []
        while main.sizeHint().width() > room and len(main.actions()) > 1:
            action = main.actions()[-1]
            main.removeAction(action)
            moved.insert(0, action)
        while moved and moved[0].isSeparator():
            main.addAction(moved.pop(0))
        more.addActions(moved)
        more.setVisible(bool(moved))
        self._set_break(more, bool(moved))
        row_width = (more if moved else main).sizeHint().width()
        for toolbar in self.fitted:
            wanted = row_width + toolbar.sizeHint().width() > room
            self._set_break(toolbar, wanted)
            row_width = toolbar.sizeHint().width() if wanted else row_width + toolbar.sizeHint().width()

    def _fit_one_row(self, room: int, search_below: bool = False) -> None:
        self.more.hide()
        self._set_break(self.more, False)
        flexible = self.rows[:1]  # the search box shares the row; later row toolbars keep their own rows
        for toolbar in (*self.fitted, *self.pinned):
            self._set_break(toolbar, False)
        for toolbar in self.rows[1:]:
            toolbar.setMaximumWidth(MAX_WIDGET_SIZE)
            self._set_break(toolbar, True)
        self._show_overflow(False)
        self._set_break(self.overflow, False)
        search_min = {tb: self._narrowest(tb) if not tb.isHidden() else 0 for tb in flexible}
        self.search_below = search_below
        movable = sorted(
            (a for tb in (self.main, *self.fitted) for a in tb.actions()
             if a.isVisible() and not a.isSeparator() and not isinstance(a, QWidgetAction)),
            key=lambda action: _priority(action, self.keep_first), reverse=True,
        )  # fmt: skip
        labels = [
            a for tb in self.fitted for a in tb.actions() if isinstance(a, QWidgetAction) and a.isVisible()
        ]
        if not search_below and self._search_must_go_below(room, search_min, movable):
            search_below = self.search_below = True  # decided first: fitting twice made every button anew
        while self._row_width(search_min) > room and labels:  # words beside buttons go first ("Text 300%")
            label = labels.pop()
            label.setProperty("foldedAway", True)
            label.setVisible(False)
        while self._row_width(search_min) > room and movable:
            if _name(movable[0]) in self.search_gives_way and not search_below and any(search_min.values()):
                # Again from the start with the search box below: the buttons moved so far may fit now.
                self._restore()
                self._keep_least_widths()
                for toolbar in self.fitted:
                    toolbar.setVisible(True)
                self._fit_one_row(room, search_below=True)
                return
            action = movable.pop(0)
            for toolbar in (self.main, *self.fitted):
                if action in toolbar.actions():
                    toolbar.removeAction(action)
            self.menu.addAction(action)
            self._show_overflow(True)
            self._tidy_separators()
        for toolbar in self.fitted:  # a toolbar whose buttons all moved goes too (its label with them)
            plain = [a for a in toolbar.actions() if not isinstance(a, QWidgetAction) and a.isVisible()]
            toolbar.setVisible(bool(plain))
        for toolbar in flexible:
            self._set_break(toolbar, self.search_below)
        self._order_menu()
        # The search box takes what is left (on its row of its own, beside More and the pinned toolbars).
        left = room - self._after_search_width() - (0 if self.search_below else self._buttons_width())
        for toolbar in flexible:
            toolbar.setMaximumWidth(left if self.search_below else max(search_min[toolbar], left))

    def _search_must_go_below(self, room: int, search_min: dict[QToolBar, int], movable: list[QAction]) -> bool:
        """True when the row is too wide for the search box even with every button but search_gives_way's
        in More (measured roughly: the fitting itself still sends the search box down if need be)."""
        if not self.search_gives_way or not any(search_min.values()):
            return False
        width = self._row_width(search_min)
        if width <= room:
            return False
        for action in movable:
            if _name(action) in self.search_gives_way:
                continue
            for toolbar in (self.main, *self.fitted):
                button = toolbar.widgetForAction(action)
                layout = toolbar.layout()
                if button is not None and layout is not None:
                    width -= button.sizeHint().expandedTo(button.minimumSize()).width() + layout.spacing()
        if not self.menu.actions():
            width += self.overflow.sizeHint().width()
        return width > room

    def _row_width(self, flexible: dict[QToolBar, int]) -> int:
        """The one row's width, the search box given flexible's widths; the first row's with the search box
        below."""
        if self.search_below:
            return self._buttons_width()
        return self._buttons_width() + sum(flexible.values()) + self._after_search_width()

    def _buttons_width(self) -> int:
        bars = [self.main, *(t for t in self.fitted if t.isVisibleTo(self.window))]
        return sum(t.sizeHint().width() for t in bars)

    def _after_search_width(self) -> int:
        """More and the pinned toolbars (Start over), after the search box."""
        width = sum(t.sizeHint().width() for t in self.pinned)
        if self.menu.actions():
            width += self.overflow.sizeHint().width()
        return width

    def _narrowest(self, toolbar: QToolBar) -> int:
        fields = toolbar.findChildren(QLineEdit)
        metrics = fields[0].fontMetrics() if fields else toolbar.fontMetrics()
        letters = metrics.horizontalAdvance("x" * SEARCH_LETTERS)
        return max(toolbar.minimumSizeHint().width(), letters + 40)

    def _tidy_separators(self) -> None:
        """No separator at either end of the main toolbar or twice in a row."""
        previous_separator = True
        actions = self.main.actions()
        for index, action in enumerate(actions):
            if action.isSeparator():
                last = all(a.isSeparator() or not a.isVisible() for a in actions[index + 1 :])
                if previous_separator or last:
                    self.main.removeAction(action)
                    continue
                previous_separator = True
            elif action.isVisible():
                previous_separator = False

    def _order_menu(self) -> None:
        """The More menu in the order the buttons stood on the toolbars."""
        order = [a for tb in (self.main, *self.fitted) for a in self._order.get(tb, [])]
        actions = sorted(self.menu.actions(), key=lambda a: order.index(a) if a in order else len(order))
        self.menu.clear()
        self.menu.addActions(actions)

    def _show_overflow(self, shown: bool) -> None:
        if shown and not self.overflow_added:
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.overflow)
            for toolbar in self.pinned:  # Start over stays last on the row
                self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
            self.overflow_added = True
            self._extra_rows_last()
            self._set_break(self.overflow, False)
            for toolbar in self.pinned:
                self._set_break(toolbar, False)
        self.overflow.setVisible(shown)

    def _set_break(self, toolbar: QToolBar, wanted: bool) -> None:
        if toolbar is self.overflow and not self.overflow_added:
            return
        if wanted != self.window.toolBarBreak(toolbar):
            if wanted:
                self.window.insertToolBarBreak(toolbar)
            else:
                self.window.removeToolBarBreak(toolbar)
