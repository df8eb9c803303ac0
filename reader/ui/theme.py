"""Colours for the article view and the window."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.locations import resource


@dataclass(frozen=True)
class Theme:
    """A named set of colours; article CSS placeholders (@name@) are filled from it."""

    name: str
    text: str
    background: str
    link: str
    glossary: str
    muted: str
    notice_bg: str
    notice_fg: str
    table_head: str
    border: str

    def article_css(self) -> str:
        """The article stylesheet with this theme's colours."""
        css = resource("styles", "article.css").read_text(encoding="utf-8")
        for name, value in vars(self).items():
            css = css.replace(f"@{name}@", value)
        return css


LIGHT = Theme(
    name="light",
    text="#1a1a1a",
    background="#ffffff",
    link="#0b4f9c",
    glossary="#5a2d82",
    muted="#4a4a4a",
    notice_bg="#eef4fb",
    notice_fg="#1a1a1a",
    table_head="#eef1f4",
    border="#9aa3ad",
)
