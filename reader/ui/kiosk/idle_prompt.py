"""Kiosk mode's "Are you still reading?" prompt, with a countdown and a big "Keep reading" button."""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.ui.kiosk.overlay import Overlay


class IdlePrompt(Overlay):
    """Counts down; emits keepReadingRequested when the person answers, timedOut when nobody does."""

    keepReadingRequested = Signal()
    timedOut = Signal()
    card_width = 760  # the sentence in a few lines (at the width its contents ask, Spanish took five)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, translate("Kiosk", "Are you still reading?"))
        self.setObjectName("idlePrompt")
        self.setAccessibleName(translate("Kiosk", "Are you still reading?"))
        self.countdown = QLabel(self.card)
        self.countdown.setObjectName("promptCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(translate("Kiosk", "Seconds left"))
        self.keep_reading = QPushButton(translate("Kiosk", "Keep reading"), self.card)
        self.keep_reading.setObjectName("keepReading")
        self.keep_reading.setDefault(True)
        for widget in (self.title, self.message, self.countdown, self.keep_reading):
            self.card_layout.addWidget(widget)
        self.keep_reading.clicked.connect(self.keepReadingRequested)
        self._clock = QElapsedTimer()
        self._seconds = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._update)
        self._focus_before: QWidget | None = None

    def start(self, seconds: float) -> None:
        """Show the prompt and count down from seconds."""
        self._seconds = seconds
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus is not None and not self.isAncestorOf(focus) else None
        self._clock.start()
        self._update()
        self._tick.start()
        self.open()
        self.keep_reading.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Hide the prompt without a reset; the keyboard goes back where it was (Qt gave it to the next
        button, behind the prompt: the "Español" button once the staff PIN pad had gone, walk 13, C1)."""
        self._tick.stop()
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.hide()
        if not had_focus:
            return
        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (focus := QApplication.focusWidget()) is not None:
            focus.clearFocus()

    def remaining_seconds(self) -> int:
        """Whole seconds left, as shown."""
        left = self._seconds - self._clock.elapsed() / 1000 if self._clock.isValid() else self._seconds
        return max(0, math.ceil(left))

    @Slot()
    def _update(self) -> None:
        left = self.remaining_seconds()
        self.countdown.setText(str(left))
        self.message.setText(
            translate(
                "Kiosk",
                "To keep your reading private, this screen will start over in %n second(s). "
                "Tap the button if you are still here.",
                None,
                left,
            )
        )
        if self.isVisible() and self._seconds - self._clock.elapsed() / 1000 <= 0:
            self.stop()
            self.timedOut.emit()
