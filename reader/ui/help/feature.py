"""Help > How to use this reader (F1): the action; the page itself is made when first asked for (guide.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence

from reader.core.languages.translate import translate

if TYPE_CHECKING:
    from reader.ui.help.guide import GuideDialog
    from reader.ui.window.host import WindowHost


class HelpFeature(QObject):
    """Adds "How to use this reader" (F1) at the top of the Help menu (kiosk mode locks it, as every
    action it does not list: a kiosk has no menus)."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.dialog: GuideDialog | None = None
        keys: list[QKeySequence.StandardKey | str] = [QKeySequence.StandardKey.HelpContents]
        if QKeySequence("F1") not in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
            keys.append("F1")  # (macOS's help key is Ctrl+?; F1 everywhere, as the page says)
        self.action = host.actions_registry.add(
            "help", translate("Help", "&How to use this reader"), self.show_guide, keys,
            tip=translate("Help", "The keys and what this reader does (F1)"),
        )  # fmt: skip
        menu = host.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.action)
        else:
            menu.addAction(self.action)

    @Slot()
    def show_guide(self) -> None:
        """Show the page (made once, in the text size and colours in use now)."""
        from reader.ui.help.guide import GuideDialog  # its words and widgets only when asked for

        if self.dialog is None:
            self.dialog = GuideDialog(self.host)
        self.dialog.show_guide()
