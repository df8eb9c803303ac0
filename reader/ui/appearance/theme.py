"""Colours for the article view and the window: light, dark and high contrast."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields

from reader.core.files.locations import resource
from reader.core.languages.translate import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Theme:
    """A named set of colours; CSS placeholders (@name@) in the stylesheets are filled from it."""

    name: str
    label: str
    dark: bool
    # The article and home page
    text: str
    background: str
    link: str
    glossary: str
    muted: str
    notice_bg: str
    notice_fg: str
    table_head: str
    border: str
    # The window around it (lists, buttons, menus, tooltips)
    window: str
    window_text: str
    button: str
    highlight: str
    highlight_text: str
    focus: str
    disabled: str
    # Search matches marked in the article and in result snippets (text on a marker colour)
    mark: str = "#ffe14d"
    mark_text: str = "#000000"
    # The place "Next match" moved to: a colour of its own, so it stands out from the other marks
    current_mark: str = "#ff8c1a"
    current_mark_text: str = "#000000"
    # The bookmark star: its outline carries the shape (3:1 on the window), the fill only marks it
    star_outline: str = "#7a5c00"
    star_fill: str = "#f2c200"

    def colours(self) -> dict[str, str]:
        """Every colour by name ("#rrggbb")."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.type == "str" and f.name not in ("name", "label")
        }

    def _fill(self, css: str, extra: dict[str, str]) -> str:
        for name, value in {**self.colours(), **extra}.items():
            css = css.replace(f"@{name}@", value)
        return css

    def article_css(self, line_spacing: int = 150) -> str:
        """The article stylesheet with this theme's colours and the given line spacing (percent)."""
        css = style_text("article.css")
        return self._fill(css, {"line_height": str(int(line_spacing))})

    def window_css(self, font_family: str = "", font_points: float = 10.0) -> str:
        """The window's stylesheet (text size, focus outlines, tooltips) in this theme's colours."""
        css = style_text("window.qss")
        family = font_family.replace('"', "") or "sans-serif"
        extra = {"font_family": family, "font_points": f"{font_points:g}"}
        extra.update(self.check_box_sizes(font_points))  # (the menus' tick boxes, in every theme)
        extra.update(self.arrow_sizes(font_points))
        if self.dark:  # the style's own check boxes vanish on dark colours (walk 9, C9-11)
            css += style_text("check_boxes.qss")
        return self._fill(css, extra)

    def arrow_sizes(self, font_points: float) -> dict[str, str]:
        """Submenu and tree arrows and the menus' item room, as big as the text, in the words' colours."""
        pixels = font_points * 96 / 72
        gap = max(4, round(pixels * 0.4))
        return {  # (the arrow pictures fill about half their square)
            "arrow_px": str(max(12, round(pixels * 1.1))),
            "tree_indent": str(max(20, round(pixels * 1.3))),
            "arrow_right": ink_image("arrow-right", self.window_text),
            "arrow_down": ink_image("arrow-down", self.text),
            "arrow_right_chosen": ink_image("arrow-right", self.highlight_text),
            "arrow_down_chosen": ink_image("arrow-down", self.highlight_text),
            "radio_radius": str(check_box_pixels(font_points) // 2 + 1),
            "menu_item_v": str(max(3, round(pixels * 0.1))),
            # The tick box sits `gap` in from the item's edge; the words start the padding and the box's width
            # further on (Qt's style sheet menus), so a padding of two gaps leaves a gap between them.
            "menu_indicator_left": str(gap),
            "menu_item_left": str(2 * gap),
            "menu_item_right": str(max(12, round(pixels * 1.1)) + gap),
        }

    def check_box_sizes(self, font_points: float) -> dict[str, str]:
        """The check boxes' size (about as tall as the letters), border and tick image."""
        box = check_box_pixels(font_points)
        tick = "tick-black.svg" if self.highlight_text.lower() == "#000000" else "tick-white.svg"
        return {
            "indicator_px": str(box),
            "indicator_border": str(max(2, round(box / 10))),
            "tick_image": resource("styles", tick).as_posix(),
        }


@functools.cache
def style_text(name: str) -> str:
    """A bundled stylesheet's text, read once (it was read again at every theme, text size and page)."""
    return resource("styles", name).read_text(encoding="utf-8")


def ink_image(stem: str, colour: str) -> str:
    """The path of a bundled picture drawn in black or in white, whichever is nearer this colour."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    shade = "black" if 0.299 * red + 0.587 * green + 0.114 * blue < 128 else "white"
    return resource("styles", f"{stem}-{shade}.png").as_posix()


def check_box_pixels(font_points: float) -> int:
    """A check box's side for a text size: 0.9 of the font's em in pixels (96 dots an inch), so it fits a row."""
    return max(13, round(font_points * 96 / 72 * 0.9))


LIGHT = Theme(
    name="light",
    label=QT_TRANSLATE_NOOP("ReadingControls", "Light"),
    dark=False,
    text="#1a1a1a",
    background="#ffffff",
    link="#0b4f9c",
    glossary="#5a2d82",
    muted="#4a4a4a",
    notice_bg="#eef4fb",
    notice_fg="#1a1a1a",
    table_head="#eef1f4",
    border="#6b737c",
    window="#f1f3f5",
    window_text="#1a1a1a",
    button="#e4e7eb",
    highlight="#0b4f9c",
    highlight_text="#ffffff",
    focus="#0b4f9c",
    disabled="#5c6166",
)

DARK = Theme(
    name="dark",
    label=QT_TRANSLATE_NOOP("ReadingControls", "Dark"),
    dark=True,
    text="#e8e8e8",
    background="#15171a",
    link="#8cc4ff",
    glossary="#d7b8ff",
    muted="#c4c7cc",
    notice_bg="#1e2a38",
    notice_fg="#e8e8e8",
    table_head="#23272d",
    border="#8a929c",
    window="#202328",
    window_text="#e8e8e8",
    button="#2d3137",
    highlight="#8cc4ff",
    highlight_text="#000000",
    focus="#ffcc4d",
    disabled="#a2a8b0",
    mark="#ffd84d",
    mark_text="#000000",
    current_mark="#ff9d42",
    star_outline="#ffd84d",
    star_fill="#ffd84d",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    label=QT_TRANSLATE_NOOP("ReadingControls", "High contrast"),
    dark=True,
    text="#ffffff",
    background="#000000",
    link="#ffff00",
    glossary="#00ffff",
    muted="#ffffff",
    notice_bg="#000000",
    notice_fg="#ffff00",
    table_head="#000000",
    border="#ffffff",
    window="#000000",
    window_text="#ffffff",
    button="#000000",
    highlight="#ffff00",
    highlight_text="#000000",
    focus="#00ffff",
    disabled="#c0c0c0",
    mark="#ffff00",
    mark_text="#000000",
    current_mark="#00ffff",
    star_outline="#ffff00",
    star_fill="#ffff00",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def theme_for(name: str, system_is_dark: bool = False) -> Theme:
    """The theme for a setting: "system" follows the desktop's light or dark choice."""
    if name == "system":
        return DARK if system_is_dark else LIGHT
    return THEMES.get(name, LIGHT)
