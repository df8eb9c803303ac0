"""What a link is and does, in words: for the status bar and for screen readers."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate

ARTICLE_SCHEME = "article:"  # links in the glossary panel's "Articles that use this word"

GLOSSARY_PURPOSE = QT_TRANSLATE_NOOP("Links", "Glossary word. Press Enter for its meaning.")
DRUG_PURPOSE = QT_TRANSLATE_NOOP("Links", "Medicine. Press Enter to learn about it.")  # article or definition
ARTICLE_PURPOSE = QT_TRANSLATE_NOOP("Links", "Opens another article.")
MISSING_PURPOSE = QT_TRANSLATE_NOOP("Links", "Not in your offline library.")
ANCHOR_PURPOSE = QT_TRANSLATE_NOOP("Links", "Goes to another part of this article.")
WEB_PURPOSE = QT_TRANSLATE_NOOP("Links", "Web address. It cannot be opened offline.")
# Where a PDQ summary's citation links go ("[[6](#cit/section_1.6)]"): their words are only a number.
CITATION_PREFIX = "#cit/"


def link_name(href: str, words: str) -> str:
    """What a screen reader calls a link: its words, or "Reference 6" for a citation link whose words are
    only its number (Orca said "1 link", "2 link"; walk 10, X5). It looks the same on the page."""
    if href.startswith(CITATION_PREFIX) and words.isdigit():
        return translate("Links", "Reference {number}").format(number=words)
    return words


def describe_link(href: str, words: str = "") -> str:
    """What the status bar says about a link the keyboard (or mouse) is on."""
    from reader.core.library.links import classify  # (its patterns and Link wait for a first link)

    link = classify(href)
    if link.kind == "glossary":
        kind, named = translate("Links", "Definition"), translate("Links", "Definition: {words}")
    elif link.kind == "drug":
        kind, named = translate("Links", "Drug"), translate("Links", "Drug: {words}")
    elif link.kind == "site" or href.startswith(ARTICLE_SCHEME):
        kind, named = (
            translate("Links", "Link to another article"),
            translate("Links", "Link to another article: {words}"),
        )
    elif link.kind in ("web", "mail"):
        kind, named = (
            translate("Links", "Web address"),
            translate("Links", "Web address (not opened offline): {words}"),
        )
    else:
        kind, named = translate("Links", "Link"), translate("Links", "Link: {words}")
    return named.format(words=words) if words else kind


def link_purpose(href: str, in_library: Callable[[str], bool] | None = None) -> str:
    """What following a link does, said by a screen reader after the link's words.

    in_library(address) tells whether a cancer.gov address is an article of the library; without it
    such links are taken to open an article.
    """
    if href.startswith(ARTICLE_SCHEME):
        return translate("Links", ARTICLE_PURPOSE)
    from reader.core.library.links import classify

    link = classify(href)
    if link.kind == "glossary":
        purpose = GLOSSARY_PURPOSE
    elif link.kind == "drug":
        purpose = DRUG_PURPOSE
    elif link.kind == "anchor":
        purpose = ANCHOR_PURPOSE
    elif link.kind == "site":
        purpose = ARTICLE_PURPOSE if in_library is None or in_library(link.target) else MISSING_PURPOSE
    elif link.kind in ("web", "mail"):
        purpose = WEB_PURPOSE
    else:
        return ""
    return translate("Links", purpose)
