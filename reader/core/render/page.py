"""A converted article: its HTML, its headings and the glossary words it links."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading of the article, for the table of contents."""

    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class GlossaryUse:
    """A glossary link in an article: the term id (or slug) and the linked words."""

    term_id: str
    text: str


@dataclass
class RenderedArticle:
    """The article's body as HTML, with its headings and glossary links."""

    html: str
    headings: list[Heading] = field(default_factory=list)
    glossary: list[GlossaryUse] = field(default_factory=list)
