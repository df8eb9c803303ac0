"""Tab labels that are never cut off: no eliding, no scroll arrows; the tab bar asks for all its room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabBar, QTabWidget


def keep_labels_whole(tabs: QTabBar | QTabWidget) -> None:
    """Show every tab's whole label: the panel holding the tabs gets at least their width."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(False)  # its minimum width is then every tab's width
    bar.setExpanding(False)
    if isinstance(tabs, QTabWidget):
        tabs.setElideMode(Qt.TextElideMode.ElideNone)
        tabs.setUsesScrollButtons(False)


def keep_dock_tabs_whole(window: QMainWindow) -> None:
    """The same for the tabs Qt makes when panels share a side of the window (made when first needed)."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.usesScrollButtons():
            keep_labels_whole(bar)
