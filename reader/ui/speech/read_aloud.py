"""Read aloud: speaks the article (or the selected part) where the computer has a speech engine.

QtTextToSpeech lives in PySide6-Addons (about 160 MB), an optional extra (`pip install
cancer-reader[speech]`). Without it, or without a working engine, the controls are hidden, not broken.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMenu

from reader.core.languages.translate import translate

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

RATE_STEP = 0.25
PARAGRAPH = "\u2029"  # how QTextCursor.selectedText() ends paragraphs


def make_speech(parent: QObject) -> Any | None:
    """A QTextToSpeech with a working engine, or None when there is none on this computer."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        log.info("Read aloud is not available: PySide6-Addons (QtTextToSpeech) is not installed.")
        return None
    if not QTextToSpeech.availableEngines():
        log.info("Read aloud is not available: no speech engine is installed.")
        return None
    speech = QTextToSpeech(parent)
    if speech.state() == QTextToSpeech.State.Error:
        log.info("Read aloud is not available: %s", speech.errorString())
        speech.deleteLater()
        return None
    return speech


class ReadAloud(QObject):
    """The Read aloud menu and toolbar button: read, pause/resume, stop, slower, faster."""

    def __init__(
        self, host: WindowHost, speech_factory: Callable[[QObject], Any | None] = make_speech
    ) -> None:
        super().__init__(host.dialog_parent())
        self.window = host
        self.speech = speech_factory(self)
        reg = host.actions_registry
        self.read_action = reg.add("read_aloud", translate("ReadAloud", "&Read aloud"), self.read,
                                   tip=translate("ReadAloud", "Read the article aloud, or the part you selected"))  # fmt: skip
        self.pause_action = reg.add(
            "read_pause", translate("ReadAloud", "&Pause or go on reading"), self.pause_or_resume
        )
        self.stop_action = reg.add("read_stop", translate("ReadAloud", "&Stop reading"), self.stop)
        self.slower_action = reg.add("read_slower", translate("ReadAloud", "Read s&lower"),
                                     lambda: self.change_rate(-RATE_STEP))  # fmt: skip
        self.faster_action = reg.add("read_faster", translate("ReadAloud", "Read &faster"),
                                     lambda: self.change_rate(RATE_STEP))  # fmt: skip
        self.actions = [self.read_action, self.pause_action, self.stop_action,
                        self.slower_action, self.faster_action]  # fmt: skip
        self.menu = QMenu(translate("ReadAloud", "Read &aloud"), host.dialog_parent())
        self.menu.addActions(self.actions)
        self.available = self.speech is not None
        for action in self.actions:
            action.setVisible(self.available)
        self.menu.menuAction().setVisible(self.available)
        host.menu("view").addSeparator()
        host.menu("view").addMenu(self.menu)
        host.articleShown.connect(self._update)
        host.homeShown.connect(self._update)
        self._update()

    @Slot()
    def _update(self, *_args: object) -> None:
        has_article = self.window.current is not None
        for action in self.actions:
            action.setEnabled(self.available and has_article)

    def text_to_read(self) -> str:
        """The selected text, or the whole article when nothing is selected."""
        view = self.window.view
        selected = view.textCursor().selectedText().replace(PARAGRAPH, "\n").strip()
        return selected or view.toPlainText()

    @Slot()
    def read(self) -> None:
        """Start reading (from the selection, or from the top)."""
        if self.speech is not None and self.window.current is not None:
            self.speech.stop()
            self.speech.say(self.text_to_read())

    @Slot()
    def pause_or_resume(self) -> None:
        """Pause while speaking; go on when paused."""
        if self.speech is None:
            return
        state = self.speech.state()
        if state == type(state).Paused:
            self.speech.resume()
        elif state == type(state).Speaking:
            self.speech.pause()

    @Slot()
    def stop(self) -> None:
        """Stop reading."""
        if self.speech is not None:
            self.speech.stop()

    def change_rate(self, step: float) -> None:
        """Read a little slower (negative step) or faster, between -1 and 1."""
        if self.speech is not None:
            self.speech.setRate(max(-1.0, min(1.0, self.speech.rate() + step)))
