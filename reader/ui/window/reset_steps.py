"""Forgetting one visitor before the next: one list of reset steps that every feature adds to.

`MainWindow.reset_for_next_visitor()` runs them (kiosk mode's idle timeout and "Start over"). A feature
that keeps per-visitor state registers its own step through its host, e.g.
``host.add_reset_step("search", self.reset_for_next_visitor)``. A step that fails is logged and the
others still run: privacy must not depend on every feature being bug-free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class ResetSteps:
    """Named reset steps, run in the order they were added."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, Callable[[], object]]] = []

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
