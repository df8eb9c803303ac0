"""View > Language: the languages that exist; a choice is remembered and used from the next start."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.languages.choice import SETTINGS_KEY
from reader.core.languages.codes import available_languages, name_in_sentence, native_name
from reader.core.languages.translate import current_language, translate
from reader.ui.languages.install import load_script_font, load_translator, translations_dir

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)


def restart_reader() -> None:
    """Start the reader again with the same options (but no --language), then quit this one."""
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    program, arguments = argv[0], _without_language(argv[1:])
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, _without_language(sys.argv[1:])
    if QProcess.startDetached(program, arguments)[0]:
        QApplication.quit()
    else:
        log.warning("Could not start the reader again (%s)", program)


def _without_language(arguments: list[str]) -> list[str]:
    """The arguments without --language CODE / --language=CODE (the saved choice must win)."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--language":
            skip = True
        elif not argument.startswith("--language="):
            kept.append(argument)
    return kept


class LanguageMenu(QObject):
    """The Language submenu of View, with one entry per language in its own name."""

    def __init__(self, host: WindowHost, restart: Callable[[], None] = restart_reader) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.restart = restart
        self.menu = host.menu("view").addMenu(translate("LanguageMenu", "Lan&guage"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for code in available_languages(translations_dir()):
            action = QAction(native_name(code), self.group)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            self.menu.addAction(action)
        self.group.triggered.connect(self.choose)
        self._load_fonts()  # each language's name in its own letters

    def _load_fonts(self) -> None:
        """Register the fonts the languages' own names need (हिन्दी showed as empty boxes). Now, not when
        the menu is first opened: the window lays the names out before that (a picture of the window,
        --screenshot or a search answered at start), and without the font Qt looked through every other
        one and warned 21 times "OpenType support missing for …, script 11" (walk 6, X1). ~10 ms, after
        the first screen (the menu is made then)."""
        for action in self.actions():
            load_script_font(str(action.data()))

    def actions(self) -> list[QAction]:
        """One action per language, in menu order."""
        return self.group.actions()

    @Slot(QAction)
    def choose(self, action: QAction) -> None:
        """Remember the language; offer to start again in it now (asked in the chosen language)."""
        code = str(action.data())
        self.host.settings.set(SETTINGS_KEY, code)
        if code == current_language():
            return
        words = _words_in(code)
        box = QMessageBox(self.host.dialog_parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(words("Language"))
        box.setText(words("The reader will be in {language} the next time it starts.").format(
            language=name_in_sentence(code)))  # fmt: skip
        box.setInformativeText(words("Start it again now?"))
        now = box.addButton(words("Start again now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(words("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.restart()


def _words_in(code: str) -> Callable[[str], str]:
    """A translator for the LanguageMenu's own words in another language than the one in use."""
    translator = load_translator(code) if code != "en" else None

    def words(text: str) -> str:
        if translator is not None:
            found = translator.translate("LanguageMenu", text)
            if found:
                return found
        return text

    # Listed here so pyside6-lupdate finds them (the calls above pass a variable).
    _ = (
        translate("LanguageMenu", "Language"),
        translate("LanguageMenu", "The reader will be in {language} the next time it starts."),
        translate("LanguageMenu", "Start it again now?"),
        translate("LanguageMenu", "Start again now"),
        translate("LanguageMenu", "Later"),
    )
    return words
