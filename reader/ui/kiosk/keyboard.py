"""An on-screen keyboard for touch-only kiosks: shown at the bottom of the window when a text field
gets the focus, so it never covers the field it types into (a bottom dock takes its room from the page)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.kiosk.panels import show_whole

LETTER_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
ACCENT_ROWS = ("áéíóúüñ", "¿¡")
# Keys that are not letters: label shown, accessible name, Qt key.
SPECIAL_KEYS = {
    "backspace": (  # "one letter", apart from the search box's "Clear all" (walk 6: both were "Borrar")
        QT_TRANSLATE_NOOP("Kiosk", "⌫ Delete letter"),
        QT_TRANSLATE_NOOP("Kiosk", "Delete the letter before"),
        Qt.Key.Key_Backspace,
    ),
    "space": (QT_TRANSLATE_NOOP("Kiosk", "Space"), QT_TRANSLATE_NOOP("Kiosk", "Space"), Qt.Key.Key_Space),
    "enter": (QT_TRANSLATE_NOOP("Kiosk", "Go"), QT_TRANSLATE_NOOP("Kiosk", "Enter"), Qt.Key.Key_Return),
}


def is_text_field(widget: QWidget | None) -> bool:
    """True for widgets a person types into."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


class OnScreenKeyboard(QWidget):
    """Letter, number and accent keys that type into the focused text field; never take the focus."""

    hideRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAccessibleName(translate("Kiosk", "On-screen keyboard"))
        self.target: QWidget | None = None
        self.shifted = False
        self.keys: dict[str, QPushButton] = {}
        # What Go does for a field instead of Enter (kiosk mode: the search box shows its results).
        self.go_pressed: Callable[[QWidget], bool] = lambda _field: False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        self.letters = QWidget(self)
        grid = QVBoxLayout(self.letters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for row in LETTER_ROWS:
            grid.addLayout(self._row(row))
        self.accents = QWidget(self)
        accent_layout = QGridLayout(self.accents)
        accent_layout.setContentsMargins(0, 0, 0, 0)
        for column, char in enumerate("".join(ACCENT_ROWS)):
            accent_layout.addWidget(self._key(char), 0, column)
        self.accents.hide()
        layout.addWidget(self.letters)
        layout.addWidget(self.accents)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.shift_key = self._button(
            translate("Kiosk", "⇧ Capitals"),
            translate("Kiosk", "Capital letters"),
            self.toggle_shift,
            checkable=True,
        )
        self.accent_key = self._button(
            "á é ñ", translate("Kiosk", "Accented letters"), self.toggle_accents, checkable=True
        )
        bottom.addWidget(self.shift_key)
        bottom.addWidget(self.accent_key)
        for name, (label, spoken, key) in SPECIAL_KEYS.items():
            button = self._button(
                translate("Kiosk", label),
                translate("Kiosk", spoken),
                lambda _=False, k=key: self.press_key(k),
            )
            button.setAutoRepeat(name == "backspace")
            self.keys[name] = button
            bottom.addWidget(button, 3 if name == "space" else 1)
        self.hide_key = self._button(
            translate("Kiosk", "Hide"), translate("Kiosk", "Hide the keyboard"), self.hideRequested.emit
        )
        bottom.addWidget(self.hide_key)
        layout.addLayout(bottom)

    # Building -----------------------------------------------------------------------------------

    def _row(self, chars: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addStretch(1)
        for char in chars:
            row.addWidget(self._key(char), 2)
        row.addStretch(1)
        return row

    def _key(self, char: str) -> QPushButton:
        spoken = translate("Kiosk", "Letter {letter}").format(letter=char) if char.isalpha() else char
        button = self._button(char, spoken, lambda: self.type_char(char))
        button.setProperty("keyChar", char)
        self.keys[char] = button
        return button

    def _button(self, label: str, spoken: str, slot: object, checkable: bool = False) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(spoken)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text field keeps the focus and its caret
        button.setCheckable(checkable)
        button.setMinimumHeight(48)
        button.setMinimumWidth(max(48, button.sizeHint().width()))  # long labels are never cut off
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    # Typing -------------------------------------------------------------------------------------

    def type_char(self, char: str) -> None:
        """Type one character into the target field (a capital when Capitals is on)."""
        text = char.upper() if self.shifted else char
        self._send(Qt.Key.Key_unknown, text)
        if self.shifted:  # like a phone: one capital, then small letters again
            self.toggle_shift(False)

    def press_key(self, key: Qt.Key) -> None:
        """Press a non-letter key (Backspace, Space, Enter) in the target field; Go is first offered to
        go_pressed (True: it was handled, no Enter is sent)."""
        if key == Qt.Key.Key_Return and self.target is not None and self.go_pressed(self.target):
            return
        self._send(key, " " if key == Qt.Key.Key_Space else ("\r" if key == Qt.Key.Key_Return else ""))

    def _send(self, key: Qt.Key, text: str) -> None:
        target = self.target
        if target is None or not target.isVisible():
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    @Slot(bool)
    def toggle_shift(self, on: bool | None = None) -> None:
        """Capital letters on or off."""
        self.shifted = (not self.shifted) if on is None else bool(on)
        self.shift_key.setChecked(self.shifted)
        for row in LETTER_ROWS:
            for char in row:
                self.keys[char].setText(char.upper() if self.shifted else char)

    @Slot(bool)
    def toggle_accents(self, on: bool) -> None:
        """Show or hide the accented letters (for Spanish)."""
        self.accents.setVisible(on)
        self.accent_key.setChecked(on)


# Set on the field a keyboard types into (a dialog's, or the one under a panel): kiosk.qss outlines it, with
# or without the focus (walk 10, X7 and walk 12, C3: nothing showed which field the letters would go to).
TYPING_HERE = "typingHere"


def aim(board: OnScreenKeyboard, field: QWidget | None) -> None:
    """Make the keyboard type into field, and mark it as the one that gets the letters."""
    before = board.target
    board.target = field
    for widget, here in ((None if before is field else before, False), (field, True)):
        if widget is not None and shiboken6.isValid(widget) and bool(widget.property(TYPING_HERE)) != here:
            widget.setProperty(TYPING_HERE, here)
            widget.style().unpolish(widget)  # the style sheet reads the property again
            widget.style().polish(widget)
            widget.update()


class KeyboardDock(QObject):
    """Shows the keyboard in a bottom dock when a text field in the window is tapped or clicked."""

    def __init__(self, window: QWidget, add_dock: object) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget(translate("Kiosk", "Keyboard"), window)
        self.dock.setObjectName("keyboardDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget(self.dock))  # no title bar: nothing to drag or close by mistake
        self.keyboard = OnScreenKeyboard(self.dock)
        self.dock.setWidget(self.keyboard)
        add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)  # type: ignore[operator]
        self.dock.hide()
        self.keyboard.hideRequested.connect(self.hide)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)  # taps anywhere: a text field tapped brings the keyboard up
        app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A tap or click on a text field in the window shows the keyboard typing into that field."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and isinstance(
            watched, QWidget
        ):
            field = watched if is_text_field(watched) else watched.parentWidget()  # a text edit's viewport
            if field is not None and is_text_field(field) and self.window.isAncestorOf(field):
                self.show_for(field)
        return False

    def show_for(self, field: QWidget) -> None:
        """Show the keyboard typing into field; the panel the field is in scrolls it into view above it."""
        aim(self.keyboard, field)
        # The dock's own size hint is a pixel short of its keys (an empty title bar): ask for all of them.
        self.dock.setMinimumHeight(self.keyboard.minimumSizeHint().height() + 1)
        self.dock.show()
        QTimer.singleShot(0, self, lambda: self._show_whole(field))  # once the panels have their new height

    def _show_whole(self, field: QWidget) -> None:
        if shiboken6.isValid(field) and field.isVisible():
            show_whole(field)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A panel that opens with its text field ready to type in (My questions) brings the keyboard too."""
        if now is None or not is_text_field(now) or not self.window.isAncestorOf(now):
            return
        parent = now.parentWidget()
        while parent is not None and parent is not self.window:
            if isinstance(parent, QDockWidget) and parent is not self.dock:
                self.show_for(now)
                return
            parent = parent.parentWidget()

    @Slot()
    def hide(self) -> None:
        """Hide the keyboard (it comes back when a text field is tapped again)."""
        self.dock.hide()
        self.keyboard.toggle_shift(False)
        self.keyboard.toggle_accents(False)

    def reset(self) -> None:
        """Hidden, small letters, no target (the next visitor)."""
        self.hide()
        aim(self.keyboard, None)
