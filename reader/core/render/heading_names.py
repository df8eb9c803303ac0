"""Names for the table of contents that tell apart headings with the same words.

Overview pages repeat a generic heading ("Learn More" five times on "Breast Cancer"), so "On this page"
listed the same words five times and could not be used to jump (walk 10, X8). Such a heading is listed
with what it is about: its parent heading when the repeats have different parents, else the first
words of its part (the first link or sentence under it). The article's own text is never changed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

from reader.core.render.page import Heading

#: The words added after a repeated heading are cut to about this many characters.
ABOUT_CHARS = 40
#: Between a heading and what it is about ("Learn More — Signs & Symptoms").
SEPARATOR = " — "

_TAG = re.compile(r"<[^>]+>")
_FIRST_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)
_BLOCK = re.compile(r"<(p|li|td)\b[^>]*>(.*?)</\1>", re.S)
_NEXT_HEADING = re.compile(r"<h[1-6][ >]")


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def _cut(words: str, size: int = ABOUT_CHARS) -> str:
    if len(words) <= size:
        return words
    return words[: size - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def part_start(page_html: str, anchor: str) -> str:
    """The first words of the part under the heading with this anchor: its first link's words when its
    first paragraph or list item starts with a link (a list of pages), else its first sentence; "" when
    there is no such heading or nothing under it."""
    at = page_html.find(f'id="{html.escape(anchor)}"')  # (a plain find: a pattern scanned a 1 MB page)
    start = page_html.find("</h", at) if at >= 0 else -1
    if start < 0:
        return ""
    end = _NEXT_HEADING.search(page_html, start)
    part = page_html[start : end.start() if end else len(page_html)]
    block = _BLOCK.search(part)
    if block is None:
        return ""
    inner = block.group(2)
    link = _FIRST_LINK.match(inner.lstrip())
    if link is not None and _plain(link.group(1)):
        return _plain(link.group(1))
    words = _plain(inner)
    sentence = re.split(r"(?<=[.!?])\s", words, maxsplit=1)[0]
    return sentence


def contents_names(headings: Sequence[Heading], page_html: str) -> list[str]:
    """Each heading's name for "On this page": its words, and for a heading whose words (in any case)
    another heading also has, what it is about (see the module's docstring)."""
    counts = Counter(h.text.strip().casefold() for h in headings)
    names = [h.text for h in headings]
    parents: list[str] = []
    chain: list[Heading] = []
    for heading in headings:
        while chain and chain[-1].level >= heading.level:
            chain.pop()
        parents.append(chain[-1].text if chain else "")
        chain.append(heading)
    for words in (w for w, n in counts.items() if n > 1 and w):
        same = [i for i, h in enumerate(headings) if h.text.strip().casefold() == words]
        their_parents = [parents[i] for i in same]
        by_parent = len({p.casefold() for p in their_parents}) == len(same) and all(their_parents)
        for i in same:
            about = their_parents[same.index(i)] if by_parent else part_start(page_html, headings[i].anchor)
            if about and about.casefold() != words:
                names[i] = f"{headings[i].text}{SEPARATOR}{_cut(about)}"
    return names
