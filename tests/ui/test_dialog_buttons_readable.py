"""Dialog buttons read the same in every theme: words, no icon (a tester saw a black cross on the black
Close button of high contrast; the new "Folders and packs in your library" dialog had dropped its icon by
hand, the others still showed it).

Linux desktops (xcb: Qt's generic and GNOME themes) ask for icons on dialog buttons; the offscreen
platform does not. The window here is given a style that asks for them, as those desktops do, so the test
sees what a person there would see."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.bookmarks.store import Bookmark
from reader.ui.bookmarks.dialogs import BookmarkDialog, QuestionDialog
from reader.ui.sources.dialog import SourcesDialog
from reader.ui.window.about_dialog import AboutDialog
from reader.ui.window.main_window import MainWindow


class DesktopStyle(QProxyStyle):
    """The app's usual look, asking for icons on dialog buttons as Linux desktops do."""

    def styleHint(  # noqa: N802 - Qt override
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returned)


#: Kept for the whole run: Qt holds the style after the window is gone (a freed Python style crashed).
DESKTOP = DesktopStyle()


def shown_buttons(dialog: QWidget) -> list[QPushButton]:
    return [b for box in dialog.findChildren(QDialogButtonBox) for b in box.findChildren(QPushButton) if b.isVisible()]


def open_dialogs(window: MainWindow, qtbot: QtBot) -> list[QDialog]:
    """The app's dialogs with buttons in a row, over the window: About, the guide, Folders and packs,
    a bookmark, a question and a message box."""
    guide_action = next(a for a in window.menu("help").actions() if "How to use" in a.text())
    guide_action.trigger()
    guide = window.help.dialog
    assert guide is not None
    message = QMessageBox(QMessageBox.Icon.Warning, "A folder is not there", "That folder is not there.",
                          QMessageBox.StandardButton.Close, window)  # fmt: skip
    dialogs: list[QDialog] = [
        AboutDialog(window),
        guide,
        SourcesDialog([], window),
        BookmarkDialog(Bookmark(key="k", url="", title="Fatigue"), window),
        QuestionDialog("What helps?", window),
        message,
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
    return dialogs


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_dialog_buttons_show_words_and_no_icon_in_every_theme(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    window.setStyle(DESKTOP)  # the dialogs made below take the window's style
    window.appearance.set_theme(theme)
    dialogs = open_dialogs(window, qtbot)
    try:
        seen = {d.windowTitle(): [b.text() for b in shown_buttons(d)] for d in dialogs}
        assert all(seen.values()), seen  # every dialog has its row of buttons on screen
        with_icons = {
            d.windowTitle(): [b.text() for b in shown_buttons(d) if not b.icon().isNull()] for d in dialogs
        }
        assert not any(with_icons.values()), f"{theme}: buttons drawn with an icon: {with_icons}"
        words = [b.text().replace("&", "") for d in dialogs for b in shown_buttons(d)]
        assert all(w.strip() for w in words), words  # each says what it does
    finally:
        for dialog in dialogs:
            dialog.close()
