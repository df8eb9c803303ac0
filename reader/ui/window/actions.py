"""One registry of the window's actions, used by menus, the toolbar and shortcuts alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence.StandardKey | str


class ActionRegistry:
    """Creates QActions by name so every menu and toolbar shares the same ones."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[Shortcut] | None = None,
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        """Create, register and return an action (its shortcuts work window-wide)."""
        action = QAction(text, self._owner)
        action.setObjectName(f"action_{name}")
        if icon is not None:
            action.setIcon(icon)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts or []:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        action.setShortcuts(keys)
        plain = text.replace("&", "")
        hint = f"{plain} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})" if keys else plain
        action.setToolTip(tip or hint)
        action.setStatusTip(tip or plain)
        # triggered(bool) must not reach slots whose first parameter means something else
        action.triggered.connect(lambda _checked=False: slot())
        self._owner.addAction(action)
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def names(self) -> list[str]:
        """Every registered action's name."""
        return list(self._actions)
