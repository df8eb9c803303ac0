"""The "How to use this reader" page: what the reader does, in a few plain sentences, and the keys people
need, each taken from the action it presses (so the page never names a key that does something else)."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.ui.appearance.menu_style import keep_context_menus_whole
from reader.ui.screen_reader.controls import name_helper_controls

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost

TITLE = QT_TRANSLATE_NOOP("Help", "How to use this reader")
ABOUT = (
    QT_TRANSLATE_NOOP("Help", "This reader has trusted information about cancer from the National Cancer "
                              "Institute. It works without the internet."),
    QT_TRANSLATE_NOOP("Help", "What you read, your bookmarks and your questions stay on this computer. "
                              "The reader does not send them anywhere."),
    QT_TRANSLATE_NOOP("Help", "The articles help you learn. They do not take the place of advice from your "
                              "doctor or nurse."),
    QT_TRANSLATE_NOOP("Help", "You can use a mouse or only the keyboard. Screen readers can read every part "
                              "of the window. These are the keys:"),
)  # fmt: skip

# A row of the page: the registry name of the action whose keys it shows (its keys are read from the
# action), or keys written out for what is not an action; then what the keys do.
Row = tuple[str, str, str]
SECTIONS: tuple[tuple[str, tuple[Row, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Help", "Find an article"), (
        ("search", "", QT_TRANSLATE_NOOP("Help", "Go to the search box. Type a few words, like “lump in my neck”.")),
        ("", QT_TRANSLATE_NOOP("Help", "Down arrow"),
         QT_TRANSLATE_NOOP("Help", "Move from the search box to the list of results.")),
        ("", QT_TRANSLATE_NOOP("Help", "Enter"), QT_TRANSLATE_NOOP("Help", "Open the article you chose.")),
        ("search-next-match", "",
         QT_TRANSLATE_NOOP("Help", "Go to the next place in the article that matches your search.")),
        ("find", "", QT_TRANSLATE_NOOP("Help", "Find words in the article you are reading.")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Read an article"), (
        ("", QT_TRANSLATE_NOOP("Help", "H, Shift+H"),
         QT_TRANSLATE_NOOP("Help", "Jump to the next heading, or back to the one before.")),
        ("", QT_TRANSLATE_NOOP("Help", "Tab, Shift+Tab"), QT_TRANSLATE_NOOP("Help", "Move from link to link.")),
        ("", QT_TRANSLATE_NOOP("Help", "Enter"),
         QT_TRANSLATE_NOOP("Help", "On a word that is underlined with dots: show what the word means. Escape "
                                   "closes it.")),
        ("caret", "", QT_TRANSLATE_NOOP("Help", "Turn the text cursor on or off. When it is on, the arrow keys "
                                                "read the article line by line.")),
        ("back", "", QT_TRANSLATE_NOOP("Help", "Go back to the page before.")),
        ("forward", "", QT_TRANSLATE_NOOP("Help", "Go forward again.")),
        ("home", "", QT_TRANSLATE_NOOP("Help", "Go to the home page.")),
        ("panel", "", QT_TRANSLATE_NOOP("Help", "Show or hide the list of articles and the headings of the "
                                                "article.")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Make the text bigger or smaller"), (
        ("text_larger", "", QT_TRANSLATE_NOOP("Help", "Bigger text.")),
        ("text_smaller", "", QT_TRANSLATE_NOOP("Help", "Smaller text.")),
        ("text_reset", "", QT_TRANSLATE_NOOP("Help", "The usual size. The article keeps your place at every "
                                                     "size.")),
        ("", QT_TRANSLATE_NOOP("Help", "View menu"),
         QT_TRANSLATE_NOOP("Help", "Choose dark colours or high contrast, more space between lines or an easy-to-read font.")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Keep what matters to you"), (
        ("bookmark", "", QT_TRANSLATE_NOOP("Help", "Bookmark the part you are reading. You can give it a name "
                                                   "and a note.")),
        ("show_bookmarks", "", QT_TRANSLATE_NOOP("Help", "Show your bookmarks and your questions for the "
                                                         "doctor.")),
        ("print", "", QT_TRANSLATE_NOOP("Help", "Print the article.")),
        ("save_pdf", "", QT_TRANSLATE_NOOP("Help", "Save the article as a PDF file.")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Menus and this page"), (
        ("", QT_TRANSLATE_NOOP("Help", "Alt+letter"),
         QT_TRANSLATE_NOOP("Help", "Open a menu: hold Alt and press the underlined letter of its name, like "
                                   "Alt+F for File.")),
        ("help", "", QT_TRANSLATE_NOOP("Help", "Open this page again. Escape closes it.")),
    )),
)  # fmt: skip


def keys_words(keys: list[QKeySequence]) -> str:
    """An action's keys as people read them ("Ctrl+K or Ctrl+E"), each once, at most two; keys of special
    keyboards ("Zoom In", "Back") and a bare Backspace are left out."""
    names: list[str] = []
    for key in keys:
        portable = key.toString(QKeySequence.SequenceFormat.PortableText)
        if "Backspace" in portable or not ("+" in portable or re.fullmatch(r"F\d+", portable)):
            continue
        name = key.toString(QKeySequence.SequenceFormat.NativeText)  # in the reader's language
        if name and name not in names:
            names.append(name)
    return translate("Help", " or ").join(names[:2])


def guide_html(shortcuts: dict[str, list[QKeySequence]]) -> str:
    """The page, with the keys of the actions the window has (a row whose action is missing is left out)."""
    parts = [f"<h1>{html.escape(translate('Help', TITLE))}</h1>"]
    parts += [f"<p>{html.escape(translate('Help', text))}</p>" for text in ABOUT]
    for heading, rows in SECTIONS:
        lines = []
        for action, written, what in rows:
            if action:
                if not shortcuts.get(action):
                    continue
                keys = keys_words(shortcuts[action])
            else:
                keys = translate("Help", written)
            lines.append(f"<p><b>{html.escape(keys)}</b>: {html.escape(translate('Help', what))}</p>")
        if lines:
            parts.append(f"<h2>{html.escape(translate('Help', heading))}</h2>")
            parts += lines
    return "\n".join(parts)


class GuideDialog(QDialog):
    """The page in a window of its own, its text read by the arrow keys (a text cursor, as F7 gives the
    article) and by screen readers; Escape or Close closes it."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.setWindowTitle(translate("Help", TITLE))
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(translate("Help", TITLE))
        self.text.setAccessibleDescription(
            translate("Help", "Use the arrow keys to read. Press Escape to close.")
        )
        flags = Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.text.setTextInteractionFlags(flags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        name_helper_controls(self)  # the text's scroll bars (a screen reader found one without a name)
        keep_context_menus_whole(self)  # its Copy Link Location whole at large text
        appearance = host.appearance
        appearance.themeChanged.connect(self._follow_look)
        appearance.fontScaleChanged.connect(self._follow_look)
        appearance.readingOptionsChanged.connect(self._follow_look)

    def show_guide(self) -> None:
        """Show the page from its top, with the keyboard in its text."""
        self._refresh()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self._fit()
        self.show()
        self.activateWindow()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _follow_look(self) -> None:
        """A shown guide takes the new text size or colours at once; a hidden one when shown again."""
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        """The words in the window's text size and colours (and the keys the actions have now)."""
        appearance = self.host.appearance
        document = self.text.document()
        document.setDefaultStyleSheet(appearance.article_css())
        document.setDefaultFont(appearance.font())
        document.setDocumentMargin(16)
        registry = self.host.actions_registry
        shortcuts = {name: registry[name].shortcuts() for name in registry.names() if registry[name].isVisible()}
        top = self.text.verticalScrollBar().value()
        self.text.setHtml(guide_html(shortcuts))
        self.text.verticalScrollBar().setValue(top)

    def _fit(self) -> None:
        """About 70 letters wide and most of the window's height, never past the window."""
        window = self.host.dialog_parent().window()
        letter = self.fontMetrics().averageCharWidth()
        width = min(max(560, letter * 90), max(320, window.width() - 40))
        self.resize(width, max(320, window.height() - 60))
