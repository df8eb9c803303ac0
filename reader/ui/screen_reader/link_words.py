"""What a link is and does, in words: for the status bar and for screen readers."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.library.links import classify

ARTICLE_SCHEME = "article:"  # links in the glossary panel's "Articles that use this word"

GLOSSARY_PURPOSE = "Glossary word. Press Enter for its meaning."
DRUG_PURPOSE = "Medicine. Press Enter to learn about it."  # its article, or a short definition
ARTICLE_PURPOSE = "Opens another article."
MISSING_PURPOSE = "Not in your offline library."
ANCHOR_PURPOSE = "Goes to another part of this article."
WEB_PURPOSE = "Web address. It cannot be opened offline."


def describe_link(href: str, words: str = "") -> str:
    """What the status bar says about a link the keyboard (or mouse) is on."""
    link = classify(href)
    if link.kind == "glossary":
        return f"Definition: {words}" if words else "Definition"
    if link.kind == "drug":
        return f"Drug: {words}" if words else "Drug"
    if link.kind == "site" or href.startswith(ARTICLE_SCHEME):
        return f"Link to another article: {words}" if words else "Link to another article"
    if link.kind in ("web", "mail"):
        return f"Web address (not opened offline): {words}" if words else "Web address"
    return f"Link: {words}" if words else "Link"


def link_purpose(href: str, in_library: Callable[[str], bool] | None = None) -> str:
    """What following a link does, said by a screen reader after the link's words.

    in_library(address) tells whether a cancer.gov address is an article of the library; without it
    such links are taken to open an article.
    """
    if href.startswith(ARTICLE_SCHEME):
        return ARTICLE_PURPOSE
    link = classify(href)
    if link.kind == "glossary":
        return GLOSSARY_PURPOSE
    if link.kind == "drug":
        return DRUG_PURPOSE
    if link.kind == "anchor":
        return ANCHOR_PURPOSE
    if link.kind == "site":
        return ARTICLE_PURPOSE if in_library is None or in_library(link.target) else MISSING_PURPOSE
    if link.kind in ("web", "mail"):
        return WEB_PURPOSE
    return ""
