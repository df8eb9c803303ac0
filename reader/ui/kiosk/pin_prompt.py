"""Kiosk mode's staff PIN prompt: a number pad, a PIN field, and a wait after too many wrong PINs."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from reader.core.kiosk.policy import PIN_DIGITS, PinResult
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.kiosk.overlay import Overlay

NO_PIN = QT_TRANSLATE_NOOP(
    "Kiosk", "No staff PIN is set up on this computer, so kiosk mode cannot be left from here. Please ask IT."
)


class PinPrompt(Overlay):
    """Asks for the staff PIN; check(pin) decides; emits unlocked() for the right one."""

    unlocked = Signal()

    def __init__(
        self,
        parent: QWidget,
        check: Callable[[str], PinResult],
        seconds_to_wait: Callable[[], float],
        has_pin: bool,
    ) -> None:
        super().__init__(parent, translate("Kiosk", "Staff only"))
        self.setObjectName("pinPrompt")
        self.setAccessibleName(translate("Kiosk", "Staff PIN"))
        self._check = check
        self._seconds_to_wait = seconds_to_wait
        self._has_pin = has_pin
        self.field = QLineEdit(self.card)
        self.field.setObjectName("pinField")
        self.field.setAccessibleName(translate("Kiosk", "Staff PIN"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_DIGITS[1])
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        pad = QGridLayout()
        pad.setSpacing(12)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("1234567890"):
            button = QPushButton(digit, self.card)
            button.setObjectName("pinDigit")
            button.clicked.connect(lambda _checked=False, d=digit: self._type(d))
            self.digit_buttons[digit] = button
            row, col = (3, 1) if digit == "0" else divmod(index, 3)
            pad.addWidget(button, row, col)
        self.erase = QPushButton(translate("Kiosk", "Delete"), self.card)
        self.erase.setObjectName("pinErase")  # a key of the pad, as big as the digits (kiosk.qss)
        self.erase.setAccessibleName(translate("Kiosk", "Delete the last digit"))
        self.erase.clicked.connect(self.field.backspace)
        pad.addWidget(self.erase, 3, 2)
        self.cancel = QPushButton(translate("Kiosk", "Cancel"), self.card)
        self.unlock = QPushButton(translate("Kiosk", "Unlock"), self.card)
        self.unlock.setObjectName("pinUnlock")
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.unlock)
        self.card_layout.setSpacing(14)
        for widget in (self.title, self.message, self.field):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(pad)
        self.card_layout.addLayout(buttons)
        self.cancel.clicked.connect(self.dismiss)
        self.unlock.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self._notice = ""
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.refresh)

    def start(self) -> None:
        """Show the prompt with an empty field."""
        self.field.clear()
        self._notice = ""
        self.refresh()
        self._tick.start()
        self.open()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def dismiss(self) -> None:
        """Close the prompt and forget what was typed."""
        self.field.clear()
        self._tick.stop()
        self.hide()

    def _type(self, digit: str) -> None:
        self.field.insert(digit)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def submit(self) -> None:
        """Check the PIN in the field."""
        if not self._has_pin or not self.unlock.isEnabled():
            return
        pin = self.field.text()
        self.field.clear()
        result = self._check(pin)
        if result.accepted:
            self.dismiss()
            self.unlocked.emit()
            return
        self._notice = (
            "" if result.wait_seconds else translate("Kiosk", "That PIN is not right. Please try again.")
        )
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show whether a PIN can be tried now, or how long to wait."""
        if not self._has_pin:
            self.message.setText(translate("Kiosk", NO_PIN))
            locked = True
        else:
            wait = math.ceil(self._seconds_to_wait())
            locked = wait > 0
            if locked:
                self.message.setText(
                    translate(
                        "Kiosk", "Too many wrong PINs. Please wait %Ln second(s), then try again.", None, wait
                    )
                )
            else:
                self.message.setText(
                    self._notice or translate("Kiosk", "Enter the staff PIN to leave kiosk mode.")
                )
        focus = QApplication.focusWidget()
        on_pad = focus is not None and (focus is self or self.isAncestorOf(focus))
        if locked and on_pad:  # the keyboard stays on the pad (Qt gave it to what is behind: the search box)
            self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        was_locked = not self.field.isEnabled()
        self.unlock.setEnabled(not locked)
        self.field.setEnabled(not locked)
        for button in (*self.digit_buttons.values(), self.erase):
            button.setEnabled(not locked)
        if was_locked and not locked and self.isVisible() and self.cancel.hasFocus():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)  # a PIN typed after the wait goes in (review13)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            super().keyPressEvent(event)
