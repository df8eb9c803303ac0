"""Back and forward through what the person has read, like a browser."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Somewhere the person was: an article key ("" for the home view) and a fragment, or a feature's
    page (page, e.g. "search") with what that feature needs to show it again (state, e.g. the words)."""

    key: str
    fragment: str = ""
    page: str = ""
    state: object = None


class History:
    """A back/forward list; visiting a new place drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._places: list[Place] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Place | None:
        """Where the person is now."""
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: Place) -> None:
        """Record a new place (ignored when it is the current one)."""
        if place == self.current:
            return
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def replace(self, place: Place) -> None:
        """Put place where the current one is (the same page seen in another state), dropping the forward
        part; a plain visit when there is nothing yet."""
        if self.current is None:
            self.visit(place)
            return
        del self._places[self._index + 1 :]
        self._places[self._index] = place

    def can_go_back(self) -> bool:
        """True when there is somewhere to go back to."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """True when there is somewhere to go forward to."""
        return self._index < len(self._places) - 1

    def back(self) -> Place | None:
        """Step back; returns the place, or None at the start."""
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        """Step forward; returns the place, or None at the end."""
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current

    def clear(self) -> None:
        """Forget everything."""
        self._places.clear()
        self._index = -1
