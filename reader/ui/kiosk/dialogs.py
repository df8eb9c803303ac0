"""Dialogs in a kiosk: each one the window opens is shown over the whole screen, with its own on-screen
keyboard when it has a text field (walk 7, B2).

Why its own keyboard: a dialog such as "Bookmark this page" or "A question for my doctor" is modal, so
taps on the window's keyboard behind it never reached it, and a visitor could not type a note or a
question. Giving the dialog a keyboard of its own, rather than turning these dialogs into pages of the
window, keeps every feature's code as it is (they still ask and wait for an answer), works for any dialog
a feature adds later, and keeps the dialog's promise: nothing else on the screen changes until the
visitor taps Save or Cancel (Start over and the idle prompt still close it).

Why the whole screen: at 200% the bookmark dialog grew wider than the screen and its Cancel and Remove
buttons were past the edge. Now the dialog is the screen's size, its words wrap, its text and fields
scroll when they need more room, and its buttons and keyboard stay below them, on screen at every size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.ui.kiosk.keyboard import OnScreenKeyboard, aim, is_text_field
from reader.ui.kiosk.panels import PanelScroll, scroll_to_whole
from reader.ui.kiosk.touch_style import without_underlined_letters

FITTED = "kioskFitted"


class KioskDialogs(QObject):
    """Fits each dialog of the window to the screen as it opens, with a keyboard when it has text fields."""

    def __init__(self, window: QWidget, keyboard: bool, skip: tuple[str, ...] = ()) -> None:
        super().__init__(window)
        self.window = window
        self.keyboard = keyboard
        self.skip = skip  # dialogs the kiosk closes at once (file and print dialogs)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)

    def owns(self, dialog: QDialog) -> bool:
        """True for a dialog shown over this window (not one the kiosk closes at once)."""
        parent = dialog.parentWidget()
        return (
            parent is not None
            and parent.window() is self.window
            and not any(dialog.inherits(name) for name in self.skip)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A dialog of the window is shown: fit it; a text field in one is tapped: its keyboard comes up."""
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QDialog) and self.owns(watched):
            fit_dialog(watched, self.keyboard)  # before it is shown, so its new parts are shown with it
            without_underlined_letters(watched)  # "Name" and "Note" both underlined N (walk 10, X7)
        elif kind in (QEvent.Type.Show, QEvent.Type.Move) and isinstance(watched, QDialog) and self.owns(watched):
            # Moved too: a window manager frames the dialog after it is shown (then its frame is known).
            self._fit_to_screen(watched)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and isinstance(watched, QWidget):
            field = watched if is_text_field(watched) else watched.parentWidget()
            board = keyboard_of(field)
            if field is not None and board is not None and is_text_field(field):
                aim(board, field)
                board.show()
        return False

    def _fit_to_screen(self, dialog: QDialog) -> None:
        """The dialog and a window manager's frame round it inside the screen's room for windows (without
        its panels): with openbox the dialog was the screen's size below the title bar, and the keyboard's
        bottom row was cut off (walk 12, X7)."""
        room = screen_room(self.window, dialog)
        if dialog.property(FITTED):
            if dialog.geometry() != room:
                dialog.setGeometry(room)
        elif dialog.maximumSize() != room.size():  # a message with no text field: no bigger than the screen
            dialog.setMaximumSize(room.size())

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The keys type into the dialog's field that has the focus (Tab or a tap moved it)."""
        board = keyboard_of(now)
        if now is not None and board is not None and is_text_field(now):
            aim(board, now)


def screen_room(window: QWidget, dialog: QWidget) -> QRect:
    """Where a dialog over the kiosk window goes: the window's part of its screen's room for windows,
    less the dialog's frame (a window manager's title bar and borders, if any)."""
    room = window.geometry()
    screen = window.screen()
    if screen is not None:
        room = room.intersected(screen.availableGeometry())
    handle = dialog.windowHandle()
    frame = handle.frameMargins() if handle is not None else QMargins()
    return room.marginsRemoved(frame)


def keyboard_of(widget: QWidget | None) -> OnScreenKeyboard | None:
    """The on-screen keyboard of the dialog the widget is in (None outside a fitted dialog)."""
    if widget is None:
        return None
    dialog = widget.window()
    if not isinstance(dialog, QDialog) or not dialog.property(FITTED):
        return None
    return dialog.findChild(OnScreenKeyboard)


def fit_dialog(dialog: QDialog, keyboard: bool) -> None:
    """Wrap the dialog's words, put its text and fields in a scrolling part with its buttons below, and
    (keyboard) an on-screen keyboard at the bottom. Only dialogs with a text field; once per dialog."""
    if dialog.property(FITTED):
        return
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    fields = [w for w in dialog.findChildren(QWidget) if is_text_field(w)]
    layout = dialog.layout()
    if layout is None or not fields:
        return  # a message (it keeps its own layout; Qt's message boxes make theirs again)
    dialog.setProperty(FITTED, True)
    content = QWidget(dialog)
    content.setObjectName("kioskDialogContent")
    content.setLayout(layout)  # takes the dialog's layout and its widgets
    boxes = content.findChildren(QDialogButtonBox)
    for box in boxes:
        layout.removeWidget(box)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(16, 16, 16, 8)
    if dialog.windowTitle():  # a kiosk has no title bars: the dialog's name goes on top
        title = QLabel(dialog.windowTitle(), dialog)
        title.setObjectName("kioskDialogTitle")
        title.setWordWrap(True)
        outer.addWidget(title)
    scroll = PanelScroll(content, dialog)
    outer.addWidget(scroll, 1)
    for box in boxes:
        box.setParent(dialog)
        outer.addWidget(box)
        box.show()
    if keyboard:
        board = OnScreenKeyboard(dialog)
        board.hideRequested.connect(board.hide)
        focus = dialog.focusWidget()
        aim(board, focus if focus in fields else fields[0])
        outer.addWidget(board)
    dialog.installEventFilter(_ButtonsThatFit(boxes, scroll, dialog))


class _ButtonsThatFit(QObject):
    """A dialog's buttons go one under the other when side by side they are wider than the dialog, and
    the field with the focus stays in view when the dialog is resized."""

    def __init__(self, boxes: list[QDialogButtonBox], scroll: PanelScroll, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.boxes = boxes
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On a resize: fit the buttons to the width."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            room = watched.width() - 32
            for box in self.boxes:
                box.setOrientation(Qt.Orientation.Horizontal)
                if box.minimumSizeHint().width() > room:
                    box.setOrientation(Qt.Orientation.Vertical)
                layout = box.layout()
                if isinstance(layout, QBoxLayout):
                    layout.invalidate()
            focus = watched.focusWidget()
            if focus is not None and is_text_field(focus):
                scroll_to_whole(self.scroll, focus)
        return False
