"""Forgetting one visitor before the next: one list of reset steps that every feature can add to.

`MainWindow.reset_for_next_visitor()` runs them (kiosk mode's idle timeout and "Start over").
A feature that keeps per-visitor state registers its own step, e.g.
``window.visitor_reset.add("search", search_box.clear)``. A step that fails is logged and the
others still run: privacy must not depend on every feature being bug-free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QToolTip

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class VisitorReset:
    """Named reset steps, run in the order they were added; the window's own steps come first."""

    def __init__(self, window: MainWindow) -> None:
        self._steps: list[tuple[str, Callable[[], object]]] = []
        self._window = window
        self._view_font = QFont(window.view.font())
        self._prefs = window.appearance.prefs  # text size, theme, spacing and font as the app started
        self.add("appearance", self._reset_appearance)  # first: it may re-show the page, cleared next
        self.add("window", self._reset_window)
        self.add("bookmarks", self._reset_bookmarks)
        self.add("glossary", self._reset_glossary)

    def add(self, name: str, step: Callable[[], object]) -> None:
        """Run step (no arguments) on every reset, after the steps added before it."""
        self._steps.append((name, step))

    def names(self) -> list[str]:
        """The steps' names, in order."""
        return [name for name, _ in self._steps]

    def run(self) -> list[str]:
        """Run every step; returns the names of steps that failed (each is logged)."""
        failed = []
        for name, step in list(self._steps):
            try:
                step()
            except Exception:
                log.exception("Resetting %s for the next visitor failed", name)
                failed.append(name)
        return failed

    def _reset_window(self) -> None:
        """Popups, tooltips, panels, find, filters, fonts, theme, history: back to a fresh start."""
        window = self._window
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        window.find_bar.field.clear()
        window.find_bar.result.clear()
        window.find_bar.hide()
        window.notice.hide()
        window.browser.filter.clear()
        window.browser.tabs.setCurrentIndex(0)
        for tree in (window.browser.by_type, window.browser.by_topic, window.browser.a_to_z):
            tree.clearSelection()
            tree.scrollToTop()
        window.view.show_html("")  # the last article must not linger in a hidden widget
        window.view.setFont(self._view_font)
        window.view.set_theme(window.appearance.theme, window.appearance.prefs.line_spacing)
        window.history.clear()
        window.go_home(record=True)  # the home view is now the only place in the history
        window.statusBar().clearMessage()

    def _reset_bookmarks(self) -> None:
        """Bookmarks and questions (kept in memory only in a kiosk), undo included; the panel closed."""
        feature = self._window.bookmarks
        feature.store.clear()
        if feature.has_panel():  # a panel never opened has nothing to clear
            feature.panel.filter.clear()
            feature.panel.question_edit.clear()
        feature.dock.hide()

    def _reset_glossary(self) -> None:
        """The glossary panel and popup closed, its filter cleared."""
        window = self._window
        window.glossary_tips.popup.hide()
        if window.glossary_panel.is_built():  # a panel never opened has nothing to clear
            window.glossary_panel.filter.clear()
        window.glossary_panel.hide()

    def _reset_appearance(self) -> None:
        """Text size, theme, line spacing and font back to how the app started."""
        appearance, start = self._window.appearance, self._prefs
        appearance.set_font_scale(start.font_scale)
        appearance.set_theme(start.theme)
        appearance.set_line_spacing(start.line_spacing)
        appearance.set_legible_font(start.legible_font)
