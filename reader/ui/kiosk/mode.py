"""Kiosk mode: a locked-down, touch-friendly window that forgets each visitor.

- Full screen and frameless; closing the window (Alt+F4, Ctrl+Q, Quit) does nothing.
- Only actions known to be safe stay enabled: BASE_SAFE_ACTIONS, plus any action a feature marks with
  ``action.setProperty("kioskSafe", True)`` (fail closed: an unmarked action is hidden and disabled).
  File, print and page-setup dialogs are closed as soon as they appear; context menus offer only Copy.
- Staff leave with EXIT_CHORD or five taps in the bottom-left corner within three seconds, then the PIN.
- After the policy's idle time a countdown prompt appears; with no answer the window is reset for the
  next visitor (MainWindow.reset_for_next_visitor), as the "Start over" button does at any time.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QSinglePointEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QScroller,
    QSplitter,
    QStyle,
    QStyleOptionToolButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.core.files.locations import resource
from reader.core.kiosk.home_plan import for_patients
from reader.core.kiosk.policy import KioskPolicy, PinLimiter, PinResult
from reader.core.kiosk.visitor_language import Restart, restart_in, visitor_text_size
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.links import classify
from reader.ui.appearance.menu_style import keep_items_whole
from reader.ui.appearance.theme import LIGHT, Theme, check_box_pixels
from reader.ui.kiosk.dialogs import KioskDialogs
from reader.ui.kiosk.home import KioskHome
from reader.ui.kiosk.idle_prompt import IdlePrompt
from reader.ui.kiosk.keyboard import KeyboardDock
from reader.ui.kiosk.link_taps import LinkTaps
from reader.ui.kiosk.panels import ArticleRoom, let_panel_shrink
from reader.ui.kiosk.pin_prompt import PinPrompt
from reader.ui.kiosk.touch_style import touch_menu, without_underlined_letters
from reader.ui.layout.dock_title import DockTitleBar, use_scaling_title
from reader.ui.layout.tabs import keep_dock_tabs_whole
from reader.ui.layout.toolbar_fit import ICON_PX, KEEP_FIRST
from reader.ui.layout.whole_buttons import WholeButtons
from reader.ui.screen_reader.controls import EnterPresses
from reader.ui.search.feature import KIOSK_BUTTON_HINT, other_language_hint

if TYPE_CHECKING:  # kiosk mode re-lays out the whole window, so it is given the window itself
    from reader.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_CHORD = "Ctrl+Alt+Shift+X"
CORNER_PX = 80
# Article text at 100% in a kiosk, in pixels: read standing at arm's length.
KIOSK_TEXT_PX = 18
CORNER_TAPS = 5
# The top row's buttons that keep their places and widths at every text size (walk 8, C7).
STEADY_BUTTONS = ("back", "forward", "home", "text_smaller", "text_larger")
SETTLE_PASSES = 4  # layout passes run before the first picture (wrapped words can change heights twice)
RESULTS_MIN_PX = 96  # the results list's smallest height: two finger-sized rows
CORNER_SECONDS = 3.0
SAFE_PROPERTY = "kioskSafe"
BASE_SAFE_ACTIONS = frozenset({
    "back", "forward", "home", "find", "start_over", "panel",
    "search",  # searching the library reads only; Start over clears it (reader/ui/search/feature.py)
    # bookmarks and questions: kept in memory only in a kiosk (export and import stay off)
    "bookmark", "show_bookmarks", "show_questions", "ask_question",
    # text size, legible font and reading aloud change nothing outside the app
    "text_larger", "text_smaller", "text_reset", "legible_font",
    "read_aloud", "read_pause", "read_stop", "read_slower", "read_faster",
})  # fmt: skip
# The last "no results" tip in a kiosk, which has no lists on the left (in the search's words).
KIOSK_BROWSE_TIP = QT_TRANSLATE_NOOP("Search", "Tap Home to find articles by subject, or by cancer type from A to Z.")
BLOCKED_DIALOGS = ("QFileDialog", "QPrintDialog", "QPageSetupDialog", "QPrintPreviewDialog", "PrintPreview")
BLOCKED_LINK = QT_TRANSLATE_NOOP("Kiosk", "This link cannot be opened on this screen.")
POINTS = re.compile(r"\b(\d+(?:\.\d+)?)pt\b")
NOT_SCALED = "/* Not scaled"
GROWS_TO_MOST = "/* Grows with the text, up to TOP_ROW_MOST"
# The top rows' words grow with the text up to this size (kiosk.qss: the part after GROWS_TO_MOST).
TOP_ROW_MOST = 150
SHORTCUT_NOTE = re.compile(r"\s*\((?:Ctrl|Alt|Shift|F\d)[^)]*\)")

_E = QEvent.Type
ACTIVITY = frozenset({
    _E.MouseButtonPress, _E.MouseButtonDblClick, _E.MouseMove, _E.KeyPress, _E.Wheel,
    _E.TouchBegin, _E.TouchUpdate, _E.TabletPress, _E.TabletMove,
})  # fmt: skip
PRESSES = frozenset({_E.MouseButtonPress, _E.MouseButtonDblClick, _E.KeyPress, _E.TouchBegin, _E.TabletPress})


def allowed_action_names(policy: KioskPolicy) -> set[str]:
    """Registry names of actions that stay usable in kiosk mode (besides actions marked kioskSafe)."""
    return set(BASE_SAFE_ACTIONS) | ({"print"} if policy.printing_allowed else set())


def selected_text(widget: QWidget) -> str:
    """The text selected in a text widget (or its viewport), '' when none or a password field."""
    current: QWidget | None = widget
    for _ in range(3):
        if isinstance(current, QTextEdit):
            return current.textCursor().selectedText().replace("\u2029", "\n")
        if isinstance(current, QLineEdit):
            return current.selectedText() if current.echoMode() == QLineEdit.EchoMode.Normal else ""
        current = current.parentWidget() if current is not None else None
    return ""


def kiosk_base_points(widget: QWidget) -> float:
    """The font size (points) that makes 100% at least KIOSK_TEXT_PX pixels on this screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    usual = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return max(usual, math.ceil(KIOSK_TEXT_PX * 72 / dpi * 2) / 2)


def scaled_points(points: float, percent: float) -> float:
    """A style sheet's size in points at this text size, as kiosk_style_sheet writes it."""
    return round(points * percent / 100, 1)


def home_colours(theme: Theme) -> dict[str, str]:
    """The kiosk home's ground and words: a pale grey in the light theme, the article's colours in a dark one
    (in high contrast its words were white on the light grey, walk 13, C5)."""
    if not theme.dark:
        return {"home_ground": "#f6f8fa", "home_text": "#1a1a1a", "home_muted": "#333333"}
    return {"home_ground": theme.background, "home_text": theme.text, "home_muted": theme.muted}


def kiosk_style_sheet(sheet: str, percent: int, theme: Theme = LIGHT) -> str:
    """The kiosk style sheet with its text sizes (pt) at this text size down to the top rows' part, those
    at TOP_ROW_MOST at most down to the "Not scaled" part, its tick boxes as big as its 15 pt text at
    that size (a length in pt gave no box at all), and its home in the theme's colours."""
    scaled, marker, rest = sheet.partition(GROWS_TO_MOST)
    capped, fixed_marker, fixed = rest.partition(NOT_SCALED)

    def grow(text: str, by: float) -> str:
        return POINTS.sub(lambda m: f"{scaled_points(float(m.group(1)), by):g}pt", text)

    grown = grow(scaled, percent)
    boxes = {"@check_px@": str(check_box_pixels(15 * percent / 100)),
             "@tick_image@": resource("styles", "tick-white.svg").as_posix(),
             **{f"@{name}@": colour for name, colour in home_colours(theme).items()}}  # fmt: skip
    for name, value in boxes.items():
        grown = grown.replace(name, value)
    return grown + marker + grow(capped, min(percent, TOP_ROW_MOST)) + fixed_marker + fixed


def without_shortcut(text: str) -> str:
    """A tooltip without the keys to press ("Go back (Alt+Left)" -> "Go back"): a touch screen has none."""
    return SHORTCUT_NOTE.sub("", text)


def close_dialogs(window: QWidget) -> None:
    """Cancel every open dialog of the window (a modal one would block the idle prompt)."""
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()


class KioskController(QObject):
    """Turns a MainWindow into a kiosk; construct with enable_kiosk()."""

    staffExited = Signal()
    idlePromptShown = Signal()

    def __init__(
        self,
        window: MainWindow,
        policy: KioskPolicy,
        clock: Callable[[], float] = time.monotonic,
        visitor_language: str = "",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.policy = policy
        # The language a visitor chose with the home page's button ("" for the policy's): a reset leaves it.
        self.visitor_language = visitor_language
        # Set when the reader is to start again in another language, once the event loop has ended (app.py).
        self.restart: Restart | None = None
        self.start_again: Callable[[Restart], None] = self._quit_to_start_again
        self.pin_limiter = PinLimiter(clock=clock)
        self.context_menu: QMenu | None = None
        self._clock = clock
        self._exiting = False
        self._taps: list[float] = []
        self._last_press: tuple[int, int, int] | None = None
        self._copied: str | None = None
        self._visited = False  # a visitor has pressed or tapped something since the start or the last reset

        window.remember_geometry = False
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.menuBar().hide()
        window.statusBar().setSizeGripEnabled(False)
        self.right_docks: list[QDockWidget] = []  # the panels at the right (glossary, bookmarks)
        self._add_start_over()
        self._lock_actions()
        self._menu_style = touch_menu(window.toolbar_fit.menu)
        self._swap_home()
        self._arrange_panels()
        self._style_sheet = resource("styles", "kiosk.qss").read_text(encoding="utf-8")
        self._styled_at: tuple[int, str] = (0, "")
        self._restyle()
        window.appearance.themeChanged.connect(self._on_theme)
        # Its menus and buttons are white in every theme: the stars are drawn for white (the dark themes'
        # yellow ones could not be seen in the More ▾ menu).
        window.bookmarks.set_star_colours(LIGHT)
        window.search.box.use_touch()
        window.appearance.set_base_points(kiosk_base_points(window))  # also polishes all, as a reset does
        # The toolbar's icons as the usual text size makes them, at every size (see _keep_toolbar_steady), also
        # when the reader started at another (--font-scale 300 made them 64 px, and Back, Forward and Home
        # 125 px tall, walk 12, C4).
        usual_height = window.toolbar.fontMetrics().height() * 100 / window.appearance.font_scale
        window.toolbar_fit.steady_icon_px = max(ICON_PX, round(usual_height * 1.2))
        # The text size buttons enlarge every word on the screen, not the article only (walk 6, C2).
        window.appearance.fontScaleChanged.connect(self._on_font_scale)
        self._apply_policy_font()
        # A visitor who switched language keeps their text size (walk 9, C9-8); a reset forgets it.
        visitor_size = visitor_text_size(policy)
        if visitor_size:
            window.appearance.set_font_scale(visitor_size)

        self.idle_prompt = IdlePrompt(window)
        self.idle_prompt.keepReadingRequested.connect(self.keep_reading)
        self.idle_prompt.timedOut.connect(window.reset_for_next_visitor)
        self.pin_prompt = PinPrompt(window, self._check_pin, self.pin_limiter.seconds_to_wait, policy.has_pin)
        self.pin_prompt.unlocked.connect(self.exit_kiosk)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, round(policy.idle_timeout_seconds * 1000)))
        self.idle_timer.timeout.connect(self.show_idle_prompt)
        self.exit_shortcut = QShortcut(QKeySequence(EXIT_CHORD), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.open_pin_prompt)

        self.keyboard: KeyboardDock | None = None
        if policy.on_screen_keyboard:
            self.keyboard = KeyboardDock(window, window.add_dock)
            window.add_reset_step("keyboard", self.keyboard.reset)
            # The status line makes way for the keyboard while it is up: its words grow with the text now, and
            # on a 1280 x 720 screen at 300% the second search result was half under the keyboard.
            self.keyboard.dock.visibilityChanged.connect(lambda shown: window.statusBar().setVisible(not shown))
            # An article that opens (Go on the keyboard, or a tapped result) gets the whole screen.
            window.articleShown.connect(self.keyboard.hide)
            self.keyboard.keyboard.go_pressed = self._go_pressed
            # Find in article opens with its keyboard, as the search box does with a tap (walk 9, X9-7).
            window.actions_registry["find"].triggered.connect(self._keyboard_for_find)
            window.find_bar.closed.connect(self.keyboard.hide)
        # Dialogs (Bookmark this page, a question for the doctor) cover the screen, each with its own keyboard.
        self.dialogs = KioskDialogs(window, policy.on_screen_keyboard, BLOCKED_DIALOGS)
        if policy.printing_allowed:  # straight to the policy's printer: no print dialog is shown here
            window.handouts.print_directly_to = policy.printer
        self.link_taps = LinkTaps(window.view, window)  # a tap near a link follows it, or asks which
        window.add_reset_step("kiosk", self._reset_kiosk)
        window.view.linkRequested.connect(self._on_link)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        # Qt's own dialogs, so the filter below can see (and close) any file or print dialog.
        native = QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        window.destroyed.connect(
            lambda *_: QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native)
        )
        self._reach_toolbars_by_keyboard()
        window.installEventFilter(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.open_policy_home()
        window.statusBar().clearMessage()  # as after a reset: no "Text size" note from the set-up

    # Building -----------------------------------------------------------------------------------

    def _add_start_over(self) -> None:
        window = self.window
        action = window.actions_registry.add(
            "start_over", translate("Kiosk", "Start over"), window.reset_for_next_visitor,
            tip=translate("Kiosk", "Clear everything and start again for the next person"),
        )  # fmt: skip
        # A toolbar of its own, so the text-size fitting that moves the main toolbar's buttons leaves it be.
        self.start_over_bar = QToolBar(translate("Kiosk", "Start over"), window)
        self.start_over_bar.setObjectName("kioskToolbar")
        self.start_over_bar.setMovable(False)
        self.start_over_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.start_over_bar.addAction(action)
        self.start_over_bar.widgetForAction(action).setObjectName("startOver")
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.start_over_bar)
        window.toolbar_fit.pin(self.start_over_bar)
        window.toolbars_in_one_row = True  # the room below is for the article and the on-screen keyboard
        self._keep_toolbar_steady()

    @Slot()
    def _keyboard_for_find(self) -> None:
        if self.keyboard is not None and self.window.find_bar.isVisible():
            self.keyboard.show_for(self.window.find_bar.field)

    def _go_pressed(self, field: QWidget) -> bool:
        """Go on the keyboard in the search box shows the results (the keyboard goes, the first result is
        selected) rather than opening the first at once: on a touch screen "Go" reads as "search", and a
        visitor landed in an article without seeing the list (walk 8, X5)."""
        search = self.window.search
        if field is not search.box.field or not search.box.text().strip():
            return False
        if self.keyboard is not None:
            self.keyboard.hide()
        search.show_results_now()
        return True

    def _keep_toolbar_steady(self) -> None:
        """Back, Forward, Home, A- and A+ keep their places and sizes at every text size and on every page, so
        the same tap hits the same button (walk 8, C7: A+ moved under the finger as the icons grew, and Back
        and Home moved 100 px when "☰ Browse" came and "Find in article" went). The icons stay at their usual
        size (set once the kiosk's text size is set up); "Find in article" and "☰ Browse" (only at large text, on an
        article) come after A+, where the search box takes up the difference (its words are not scaled in a
        kiosk, so its narrowest width stays too)."""
        window = self.window
        fitter = window.toolbar_fit
        self.after_text_size = QToolBar(translate("Kiosk", "Article buttons"), window)
        self.after_text_size.setObjectName("kioskArticleToolbar")
        self.after_text_size.setMovable(False)
        self.after_text_size.setToolButtonStyle(window.toolbar.toolButtonStyle())
        window.insertToolBar(window.search.toolbar, self.after_text_size)
        fitter.add(self.after_text_size)
        steady = {window.actions_registry[name] for name in ("back", "forward", "home")}
        later = [a for a in window.toolbar.actions() if a not in steady and not a.isSeparator()]
        later.sort(key=lambda action: action is window.actions_registry["panel"])  # last: the others stay
        fitter.move_actions(later, self.after_text_size)
        # "☰ Browse" comes and goes: the buttons after A+ make room for it (into More), never Forward.
        others = tuple(name for name in KEEP_FIRST if name not in ("panel", "forward"))
        fitter.keep_first = (*others[: others.index("text_smaller") + 1], "forward", "panel",
                             *others[others.index("text_smaller") + 1 :])  # fmt: skip
        # Their words grow with the text (walk 12, C4), their widths stay those of the largest words, and the
        # search box goes to a row of its own when the row is full (before a button goes into More).
        fitter.least_width = self._steady_width
        fitter.search_gives_way = frozenset((*STEADY_BUTTONS, "panel"))

    def _steady_width(self, button: QToolButton, name: str) -> int | None:
        """Back, Forward, Home, A- and A+ are as wide at every text size as at TOP_ROW_MOST, where their
        words stop growing (the width QToolButton.sizeHint gives with those words)."""
        if name not in STEADY_BUTTONS:
            return None
        font = QFont(button.font())
        now = min(self.window.appearance.font_scale, TOP_ROW_MOST)
        points_at_100 = round(font.pointSizeF() * 100 / now * 2) / 2  # the style sheet's, to its half point
        font.setPointSizeF(scaled_points(points_at_100, TOP_ROW_MOST))
        metrics = QFontMetrics(font)
        option = QStyleOptionToolButton()
        button.initStyleOption(option)
        shown = option.toolButtonStyle
        width, height = (0, 0) if shown == Qt.ToolButtonStyle.ToolButtonTextOnly else option.iconSize.toTuple()
        if shown != Qt.ToolButtonStyle.ToolButtonIconOnly:
            words = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text())
            words_width = words.width() + 2 * metrics.horizontalAdvance(" ")
            if shown == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                width, height = width + 4 + words_width, max(height, words.height())
            elif shown == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
                width, height = max(width, words_width), height + 4 + words.height()
            else:
                width, height = words_width, words.height()
        option.rect.setSize(QSize(width, height))
        return button.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), button).width()

    def _reach_toolbars_by_keyboard(self) -> None:
        """With no menu bar, the toolbar buttons are the only way to Home, Back, text size and Start
        over: Tab reaches them and Enter presses them. They come last in the Tab order, just before it
        wraps round to the search box (one Shift+Tab from there): first, they would take the keyboard
        when the kiosk starts and show a focus ring on the clean screen."""
        self.enter_presses = EnterPresses(self)
        self.window.add_focus_widgets("end", self.toolbar_buttons)
        self._keyboard_on_toolbar_buttons()
        # Fitting the toolbars to the width makes new buttons for the ones it moves: set those up too.
        self.window.toolbar_fit.refitted.connect(self._keyboard_on_toolbar_buttons)

    @Slot()
    def _keyboard_on_toolbar_buttons(self) -> None:
        for button in self.toolbar_buttons():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # not on a tap: the look must not change
            if isinstance(button, QAbstractButton):
                self.enter_presses.watch(button)
        self.window.update_tab_order()

    def toolbar_buttons(self) -> list[QWidget]:
        """The buttons of the shown toolbars, left to right and row by row, as on the screen."""
        buttons: list[QWidget] = []  # buttons only: the search toolbar's box has its own place
        toolbars = [bar for bar in self.window.findChildren(QToolBar) if bar.isVisibleTo(self.window)]
        toolbars.sort(key=lambda bar: (bar.geometry().top(), bar.geometry().left()))
        for bar in toolbars:
            for action in bar.actions():
                button = bar.widgetForAction(action)
                if isinstance(button, QAbstractButton) and action.isVisible() and not action.isSeparator():
                    buttons.append(button)
        return buttons

    def _lock_actions(self) -> None:
        allowed = allowed_action_names(self.policy)
        registry = self.window.actions_registry
        for name in registry.names():
            action = registry[name]
            if name in allowed or action.property(SAFE_PROPERTY) is True:
                action.setToolTip(without_shortcut(action.toolTip()))
                action.setStatusTip("")  # nothing hovers on a touch screen
                # No "Ctrl+D" beside it in the More ▾ menu (walk 8, X8): Qt counts a menu a button opens as a
                # context menu, where a shortcut shows only when asked.
                action.setShortcutVisibleInContextMenu(False)
                continue
            action.setEnabled(False)
            action.setVisible(False)
            # Whatever later re-enables it (navigation updates, a feature), it stays off.
            action.enabledChanged.connect(lambda on, a=action: a.setEnabled(False) if on else None)
            action.visibleChanged.connect(lambda a=action: a.setVisible(False) if a.isVisible() else None)

    def _swap_home(self) -> None:
        window = self.window
        self._plain_home = window.home
        self._plain_home.add_folder.setEnabled(False)
        self._plain_home.add_folder.hide()
        self.home = KioskHome(window.stack)
        window.stack.addWidget(self.home)
        self.home.articleRequested.connect(window.open_article)
        self.home.set_languages(self.policy.language_button)
        # "No results" may point to another language's articles: by its button here, never by a menu.
        offered = self.policy.language_button
        window.search.results.elsewhere = functools.cache(
            lambda: other_language_hint(KIOSK_BUTTON_HINT, offered)
        )
        self.home.languageRequested.connect(self.switch_language)
        window.search.results.browse_tip = KIOSK_BROWSE_TIP  # no lists on the left here: the Home screen
        window.search.list_only(for_patients)  # patient versions only, as on the home screen (walk 10, C8)
        # Staff are told of a library folder that is not there (a USB stick not plugged in), at the right of the
        # status line, where it stays (walk 13, C2: a kiosk said it nowhere). Short and plain: visitors see it.
        self.staff_note = QLabel(window.statusBar())
        self.staff_note.setObjectName("kioskStaffNote")
        self.staff_note.setMinimumWidth(1)  # long folder names are cut rather than widen the window
        self.staff_note.hide()
        window.statusBar().addPermanentWidget(self.staff_note)
        if getattr(window, "library_loading", False):
            self.home.show_loading()
        else:
            self.home.set_library(window.library)
            self._tell_staff_of_missing_folders()
        # The window keeps its own home view (other features style it); whenever it would be shown,
        # the kiosk home screen is shown instead.
        window.stack.currentChanged.connect(self._instead_of_plain_home)
        self._instead_of_plain_home()

    @Slot()
    def _instead_of_plain_home(self) -> None:
        if self.window.stack.currentWidget() is self._plain_home:
            self.window.stack.setCurrentWidget(self.home)

    def library_loaded(self) -> None:
        """The window's library was (re)loaded: rebuild the home screen and show the policy's home."""
        self.home.set_library(self.window.library)
        self.window.statusBar().clearMessage()  # visitors need no article count
        self._tell_staff_of_missing_folders()
        self.open_policy_home()
        self.settle_layouts()  # the new home's first picture is the finished one

    def _tell_staff_of_missing_folders(self) -> None:
        """The note for staff names each folder not found by its last part (the whole path could fill an 800 px
        screen's status line; "cancer-reader kiosk show" gives it, and so does the note's tooltip)."""
        missing = [report.folder for report in self.window.library.reports if report.missing]
        # A name, not a call, in translate(): pyside6-lupdate skipped the call with len(missing) in it.
        count = len(missing)
        note = translate("Kiosk", "For staff: %Ln library folder(s) not found: {folders}", None, count)
        self.staff_note.setText(note.format(folders=", ".join(f.name or str(f) for f in missing)))
        self.staff_note.setToolTip(note.format(folders=", ".join(str(f) for f in missing)))
        self.staff_note.setVisible(bool(missing))

    def _arrange_panels(self) -> None:
        window = self.window
        window.browser.hide()  # the home screen's big buttons replace the tree browser
        # Only the shown page's minimum counts: the hidden results page's filters and list, added to an
        # article's match bar and the keyboard, made the window taller than the screen (walk 6, B1).
        self.page_sizes = window.page_sizes
        # The window is the screen's size, never its contents' minimum: Qt grows a top-level window to its
        # layout's minimum by itself, and with no window manager nothing brings it back. Half-done
        # layouts on the way (a bar shown before the keyboard hides) then took the keyboard off-screen.
        # (The window's ScreenBound has taken the minimum from the layout; in a kiosk it stays out of it.)
        window.screen_bound.held = True  # the kiosk is the screen's size, its minimum none
        window.setMinimumSize(0, 0)
        # "On this page" only while its article is on screen (not beside search results: walk 7, C7), and
        # not while a panel (glossary, bookmarks) is open at the right: the article keeps room to read.
        window.side_panel.set_wanted(window.current is not None)
        window.homeShown.connect(self._fit_side_panel_soon)
        window.articleShown.connect(self._fit_side_panel_soon)
        window.stack.currentChanged.connect(self._fit_side_panel_soon)
        self._fix_splitters(window)
        window.glossary_panel.widgetsMade.connect(self._fix_glossary_splitters)  # made on first use
        right: list[QDockWidget] = []
        for dock in window.findChildren(QDockWidget):
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
            if not isinstance(dock.titleBarWidget(), DockTitleBar):
                use_scaling_title(dock)
            if window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
                right.append(dock)
        for first, second in zip(right, right[1:], strict=False):  # one panel at a time, each with room
            window.tabifyDockWidget(first, second)
        self.right_docks = right
        self.article_room = ArticleRoom(window, right, window.view)
        window.side_docks.held = True  # in tabs for good, at every text size (reader/ui/layout/side_docks.py)
        for dock in right:
            dock.visibilityChanged.connect(lambda _shown: keep_dock_tabs_whole(window))
            dock.visibilityChanged.connect(self._fit_side_panel_soon)
            # Each panel shrinks above the on-screen keyboard, its contents scrolling (walk 7, B1).
            dock.visibilityChanged.connect(lambda shown, d=dock: let_panel_shrink(d) if shown else None)
            # Its buttons and labels without the underlined letters of keys a touch screen lacks (walk 10, X7).
            dock.visibilityChanged.connect(lambda shown, d=dock: without_underlined_letters(d) if shown else None)
            dock.visibilityChanged.connect(lambda shown, d=dock: None if shown else self._panel_closed(d))
        window.glossary_panel.widgetsMade.connect(lambda: let_panel_shrink(window.glossary_panel))
        window.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # With the keyboard up at large text the results list gives way first (it scrolls), not the filters
        # above it: its own minimum (a finger-wide scroll bar's arrows) squeezed the filter lists' words.
        window.search.results.list.setMinimumHeight(RESULTS_MIN_PX)
        # The matches bar's words wrap at large text; its buttons keep their names ("Next match" was "m").
        self.whole_buttons = WholeButtons(self)
        window.search.match_bar.second_line = False  # one line over the article, short words at large text
        for button in (window.search.match_bar.next_button, window.search.match_bar.clear_button):
            self.whole_buttons.watch(button)
        for area in (window.view, window.contents, self.home.subjects_scroll, self.home.articles):
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def _panel_closed(self, dock: QDockWidget) -> None:
        """A panel closed while the keyboard typed into its field: the keyboard goes too (it stayed up,
        typing into nothing)."""
        keyboard = getattr(self, "keyboard", None)  # the panels are arranged before the keyboard is made
        if keyboard is not None and keyboard.keyboard.target is not None and dock.isAncestorOf(keyboard.keyboard.target):
            keyboard.hide()

    @Slot()
    def _fit_side_panel_soon(self) -> None:
        """After the page or the panels changed: now, and again once the change is done (switching tabs
        hides one panel before it shows the other)."""
        self._fit_side_panel()
        QTimer.singleShot(0, self, self._fit_side_panel)

    @Slot()
    def _fit_side_panel(self) -> None:
        window = self.window
        reading = window.current is not None and window.page_on_screen() is window.article_page
        panel_open = any(dock.isVisible() for dock in self.right_docks)
        # Not for an article without headings: "This article has no headings to jump to" kept a third of the
        # screen from the article (walk 8, X6).
        headings = window.contents.has_headings()
        self._want_side_panel(reading and not panel_open and headings)
        self.article_room.fit()  # at large text the panel takes the article's place

    def _want_side_panel(self, wanted: bool) -> None:
        """"On this page" beside an article only; its "☰ Browse" button comes and goes with it at large
        text, so the one row is fitted again (at 200% Start over and More were cut to "S…r" and "M…▾")."""
        panel = self.window.side_panel
        changed = panel.wanted != wanted
        panel.set_wanted(wanted)
        if changed:
            self.window.fit_to_text_size()

    @staticmethod
    def _fix_splitters(root: QWidget) -> None:
        for splitter in root.findChildren(QSplitter):  # thin handles are poor touch targets
            splitter.setChildrenCollapsible(False)
            for index in range(splitter.count()):
                splitter.handle(index).setEnabled(False)

    @Slot()
    def _fix_glossary_splitters(self) -> None:
        self._fix_splitters(self.window.glossary_panel)

    def _restyle(self) -> None:
        """The kiosk's style sheet at the current text size and theme (set again only when one changed)."""
        percent, theme = self.window.appearance.font_scale, self.window.appearance.theme
        if (percent, theme.name) != self._styled_at:
            self._styled_at = (percent, theme.name)
            self.window.setStyleSheet(kiosk_style_sheet(self._style_sheet, percent, theme))
            self.window.tint_toolbar_icons()  # in the kiosk buttons' colours, whatever the theme (C9-10)

    @Slot(str)
    def _on_theme(self, _name: str) -> None:
        self._restyle()

    @Slot(int)
    def _on_font_scale(self, _percent: int) -> None:
        self._restyle()
        self.window.fit_to_text_size()  # the toolbar's words have grown too: fit them again
        self._fit_side_panel_soon()  # an open panel may need the article's place now (or give it back)

    def _apply_policy_font(self) -> None:
        if self.policy.font_scale:
            self.window.appearance.set_font_scale(self.policy.font_scale)

    def open_policy_home(self) -> None:
        """Show the policy's home article, when it names one that is in the library."""
        if not self.policy.home:
            return
        article = self.window.library.find(self.policy.home)
        if article is None:
            log.warning(
                "Kiosk policy home %r is not in the library; the browse screen is used", self.policy.home
            )
            return
        self.window.open_article(article.key)

    # Language ------------------------------------------------------------------------------------

    @Slot(str)
    def switch_language(self, code: str) -> None:
        """A visitor tapped a language button: start again in it (the window's words are set when built)."""
        if code != current_language():
            self.start_again(restart_in(code, current_language(), text_size=self.window.appearance.font_scale))

    def _quit_to_start_again(self, restart: Restart) -> None:
        self.restart = restart
        QApplication.exit(0)  # run_gui starts the reader again once the event loop has ended

    # Idle and reset ----------------------------------------------------------------------------

    @Slot()
    def show_idle_prompt(self) -> None:
        """Ask whether someone is still reading, with a countdown (closing any dialog in the way, the PIN pad
        too). Also while a wrong-PIN wait runs: holding the prompt off then let any passer-by keep the last
        visitor's article, history and bookmarks on screen for the next one by typing three wrong PINs
        (review13); staff who lose the pad open it again."""
        focus = QApplication.focusWidget()
        pad_had_focus = focus is not None and self.pin_prompt.isAncestorOf(focus)
        self.pin_prompt.dismiss()
        if pad_had_focus and (moved_to := QApplication.focusWidget()) is not None:
            moved_to.clearFocus()  # Qt passed it on to a button behind (Español): after the prompt, nothing has it
        close_dialogs(self.window)
        self.idle_prompt.start(self.policy.warning_seconds)
        self.idlePromptShown.emit()

    @Slot()
    def keep_reading(self) -> None:
        """The person is still here: hide the prompt and keep everything."""
        self.idle_prompt.stop()
        self.idle_timer.start()

    def _reset_kiosk(self) -> None:
        close_dialogs(self.window)
        self.idle_prompt.stop()
        self.pin_prompt.dismiss()
        self.idle_timer.stop()  # nobody is here; the next touch starts the clock again
        if self.context_menu is not None:
            self.context_menu.close()
        self.link_taps.reset()
        self.home.show_subjects()
        self.window.side_panel.close_drawer()
        self.window.side_panel.set_wanted(False)
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or (self._copied is not None and clipboard.text() == self._copied):
            clipboard.clear()
        self._copied = None
        self._apply_policy_font()
        self.window.statusBar().clearMessage()  # as at a fresh start: no "Text size: 200%" from the policy
        self._fill_screen()
        self.open_policy_home()
        # The next visitor finds the screen at rest, as a fresh start shows it: nothing has the focus, so no
        # caret blinks in the search box (walk 6, X12), and the first Tab goes to the search box.
        self._visited = False
        self._rest_focus()
        self.settle_layouts()
        if self.visitor_language:  # the next visitor finds the kiosk in the policy's language
            self.start_again(restart_in("", current_language()))

    def _fill_screen(self) -> None:
        """The window exactly covers the screen again (the keyboard or large text may have grown it)."""
        screen = self.window.screen()
        layout = self.window.layout()
        if layout is not None:
            layout.activate()  # the smaller minimum size after a reset, before the window is resized
        if screen is not None and self.window.geometry() != screen.geometry():
            self.window.setGeometry(screen.geometry())
        self.window.fit_to_text_size()

    def settle_layouts(self) -> None:
        """Run the layouts' waiting passes now, so the first picture after a start or a reset is the
        finished screen (walk 6, X14: the home showed half laid out for a moment, the welcome text missing
        and the cancer-type cards on top of each other, while its buttons' words were wrapped again)."""
        for _ in range(SETTLE_PASSES):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.window.fit_to_text_size()

    @Slot()
    def _clipboard_changed(self) -> None:
        text = QGuiApplication.clipboard().text()
        self._copied = text or None

    # Staff exit ----------------------------------------------------------------------------------

    @Slot()
    def open_pin_prompt(self) -> None:
        """Ask staff for the PIN."""
        if not self.pin_prompt.isVisible():
            self.pin_prompt.start()

    def _check_pin(self, pin: str) -> PinResult:
        return self.pin_limiter.attempt(pin, self.policy.staff_pin)

    @Slot()
    def exit_kiosk(self) -> None:
        """The right PIN: close the window for real."""
        log.info("Kiosk: staff PIN accepted; closing")
        self._exiting = True
        self.staffExited.emit()
        self.window.close()

    def let_the_system_end_it(self) -> None:
        """A watchdog's SIGTERM, a log-out or Ctrl+C is ending the app: let the window close this once
        (app.py). Visitors still cannot close it: the close from the screen stays refused."""
        log.info("Kiosk: ended by the system; closing")
        self._exiting = True

    # Links ---------------------------------------------------------------------------------------

    @Slot(str)
    def _on_link(self, href: str) -> None:
        if classify(href).kind == "blocked":
            self.window.show_notice(translate("Kiosk", BLOCKED_LINK))

    # Events ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Block closing, replace context menus, close file dialogs, watch for input and the exit gesture."""
        kind = event.type()
        if kind == _E.Close and watched is self.window:
            if self._exiting:
                return False
            event.ignore()
            return True
        if kind == _E.ContextMenu and isinstance(watched, QWidget) and watched.window() is self.window:
            assert isinstance(event, QContextMenuEvent)
            self._context_menu(watched, event.globalPos())
            return True
        if (
            kind == _E.Show
            and isinstance(watched, QDialog)
            and any(watched.inherits(n) for n in BLOCKED_DIALOGS)
        ):
            log.warning("Kiosk: a %s was closed", watched.metaObject().className())
            QTimer.singleShot(0, watched.reject)
            return False
        if kind in PRESSES and self._behind_a_prompt(event):
            return True
        if kind in ACTIVITY:
            self._on_activity(watched, event)
        elif kind == _E.WindowActivate and watched is self.window and not self._visited:
            # Qt gives the first widget of the Tab order the focus when the window becomes active (the
            # search box, with its caret): a screen nobody has touched yet stays at rest.
            QTimer.singleShot(0, self, self._rest_focus)
        return False

    def _behind_a_prompt(self, event: QEvent) -> bool:
        """Whether a press is kept from the screen behind a prompt (and used up here). While "Are you still
        reading?" is up, a key or a tap only answers it: its Enter went on to the "Español" button behind it
        once the prompt had gone (walk 13, C1: the kiosk started again in Spanish). While the staff PIN pad is
        up, keys reach only the pad (Escape closes it)."""
        if self.idle_prompt.isVisible():
            self._visited = True
            self.keep_reading()
            return True
        if event.type() != _E.KeyPress or not self.pin_prompt.isVisible():
            return False
        focus = QApplication.focusWidget()
        if focus is not None and self.pin_prompt.isAncestorOf(focus):
            return False
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.pin_prompt.dismiss()
        return True

    @Slot()
    def _rest_focus(self) -> None:
        """Nothing has the focus (no caret) until a visitor touches the screen; Tab starts at the search box."""
        focus = QApplication.focusWidget()
        if not self._visited and focus is not None and focus.window() is self.window:
            focus.clearFocus()

    def _on_activity(self, watched: QObject, event: QEvent) -> None:
        if event.type() in PRESSES:
            self._visited = True
            self._count_corner_tap(watched, event)
        if not self.idle_prompt.isVisible():
            self.idle_timer.start()

    def _count_corner_tap(self, watched: QObject, event: QEvent) -> None:
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return
        if isinstance(event, QSinglePointEvent):
            point = event.globalPosition().toPoint()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition().toPoint()
        else:
            return
        key = (event.timestamp(), point.x(), point.y())
        if key == self._last_press:  # the same press, passed on to a parent widget
            return
        self._last_press = key
        local = self.window.mapFromGlobal(point)
        if not (0 <= local.x() < CORNER_PX and self.window.height() - CORNER_PX <= local.y()):
            self._taps.clear()
            return
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= CORNER_SECONDS] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            self.open_pin_prompt()

    def _context_menu(self, widget: QWidget, where: QPoint) -> None:
        text = selected_text(widget)
        if not text:
            return
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep_items_whole([menu])
        copy = menu.addAction(translate("Kiosk", "Copy"))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        self.context_menu = menu
        menu.destroyed.connect(self._forget_menu)
        menu.popup(where)

    @Slot()
    def _forget_menu(self) -> None:
        self.context_menu = None


def enable_kiosk(
    window: MainWindow,
    policy: KioskPolicy,
    clock: Callable[[], float] = time.monotonic,
    visitor_language: str = "",
) -> KioskController:
    """Lock the window down as a kiosk and show it full screen (visitor_language: see KioskController)."""
    controller = KioskController(window, policy, clock, visitor_language)
    # Full screen is only a wish to a window manager: in a bare X session (xinit with no window manager,
    # a common kiosk set-up) the window kept its 1100x760 in a corner. So it takes the screen's geometry
    # before it is shown, as well as asking for full screen.
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    controller._fill_screen()
    controller.settle_layouts()
    return controller
