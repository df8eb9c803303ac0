"""Reading preferences: text size steps, theme, line spacing and font; kept in the settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reader.core.languages.translate import QT_TRANSLATE_NOOP
from reader.core.settings.store import Settings

# Text sizes in percent, from small to very large (WCAG 1.4.4 asks for at least 200%).
FONT_STEPS: tuple[int, ...] = (75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_SCALE = 100
MIN_SCALE, MAX_SCALE = FONT_STEPS[0], FONT_STEPS[-1]

THEME_NAMES: tuple[str, ...] = ("light", "dark", "high-contrast", "system")
DEFAULT_THEME = "system"

# Line spacing in percent of the font's height; the names are shown in the View menu.
LINE_SPACINGS: dict[int, str] = {
    150: QT_TRANSLATE_NOOP("ReadingControls", "Normal"),
    180: QT_TRANSLATE_NOOP("ReadingControls", "Wide"),
    210: QT_TRANSLATE_NOOP("ReadingControls", "Extra wide"),
}
DEFAULT_LINE_SPACING = 150


def clamp_scale(percent: int) -> int:
    """Keep a text size inside the supported range."""
    return max(MIN_SCALE, min(MAX_SCALE, int(percent)))


def larger(percent: int) -> int:
    """The next step up (or the largest size)."""
    return next((step for step in FONT_STEPS if step > percent), MAX_SCALE)


def smaller(percent: int) -> int:
    """The next step down (or the smallest size)."""
    return next((step for step in reversed(FONT_STEPS) if step < percent), MIN_SCALE)


def parse_scale(text: str) -> int:
    """A --font-scale value ("150" or "150%") as a percent; ValueError when out of range."""
    value = int(text.strip().rstrip("%"))
    if not MIN_SCALE <= value <= MAX_SCALE:
        raise ValueError(f"text size must be between {MIN_SCALE}% and {MAX_SCALE}%")
    return value


@dataclass(frozen=True)
class ReadingPrefs:
    """How the person likes to read: text size (percent), theme name, line spacing, legible font."""

    font_scale: int = DEFAULT_SCALE
    theme: str = DEFAULT_THEME
    line_spacing: int = DEFAULT_LINE_SPACING
    legible_font: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadingPrefs:
        """The stored preferences; anything missing or damaged falls back to the default."""
        return cls(
            font_scale=_int(settings.get("font_scale"), DEFAULT_SCALE, clamp_scale),
            theme=_choice(settings.get("theme"), THEME_NAMES, DEFAULT_THEME),
            line_spacing=_choice(settings.get("line_spacing"), tuple(LINE_SPACINGS), DEFAULT_LINE_SPACING),
            legible_font=settings.get("legible_font") is True,
        )

    def save(self, settings: Settings) -> None:
        """Write every preference to the settings."""
        settings.set("font_scale", self.font_scale)
        settings.set("theme", self.theme)
        settings.set("line_spacing", self.line_spacing)
        settings.set("legible_font", self.legible_font)

    def with_overrides(self, font_scale: int | None = None, theme: str | None = None) -> ReadingPrefs:
        """These preferences with command-line values put in place (for one run)."""
        changes: dict[str, Any] = {}
        if font_scale is not None:
            changes["font_scale"] = clamp_scale(font_scale)
        if theme is not None and theme in THEME_NAMES:
            changes["theme"] = theme
        return replace(self, **changes)


def _int(value: Any, default: int, fix: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(fix(int(value)))


def _choice(value: Any, allowed: tuple[Any, ...], default: Any) -> Any:
    return value if value in allowed and not isinstance(value, bool) else default
