"""Headings written as a bare "##" line with their words in the next paragraph, made ordinary headings.

144 articles of the NCI library (863 headings) write a heading as "##" alone on its line, a blank line,
then the heading's words ("How radiation therapy works against cancer"). Markdown reads that as an empty
heading and a paragraph, so the article showed no sections ("On this page", heading jumps and a screen
reader's heading list were empty; walk 9, C9-1). join_bare_headings() rewrites the Markdown before it is
converted or indexed: the article view (render/convert.py), the search index's headings
(search/text.py) and the "signs and symptoms" sections (symptoms/sections.py) all call it, so they
agree on which lines are headings.

The rule: a bare marker takes the next non-blank line as its words when that line is a paragraph of
its own (a blank line or the end follows it) and reads like a heading: at most MAX_HEADING_CHARS
characters, some letter or digit, no final "." ":" ";" or "," (a sentence, not a title), and not a list
item, table row, quote, code, HTML, another heading, a rule or a line that is only a link or picture.
Any other bare marker is dropped (a blank line in its place), never shown as "##".
"""

from __future__ import annotations

import re

#: The longest line a bare marker takes as its heading. The longest such heading in the NCI library is
#: 160 characters (a question on a Q&A page), and 99.9 % of its 23,000 ordinary headings are at most 162;
#: a longer line is a paragraph of running text, shown as text.
MAX_HEADING_CHARS = 200

#: A line that is only a heading marker: up to three spaces of indent (four make code), 1-6 "#".
_BARE = re.compile(r"[ ]{0,3}(#{1,6})[ \t]*\r?")
#: Somewhere in the text, a line that is only a heading marker (the quick test for most articles).
_ANY_BARE = re.compile(r"\n[ ]{0,3}#{1,6}[ \t]*\r?(?=\n)")
#: The start of a line that is some other kind of block: a list item, table, quote, code fence, HTML,
#: heading or an indented code line.
_OTHER_BLOCK = re.compile(r"(?:[ ]{0,3}(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|[|>#<]|```|~~~)|[ ]{4}|\t)")
#: A line that is only a link or a picture ("[Learn more](/about)", "![A scan](scan.jpg)").
_ONLY_LINK = re.compile(r"!?\[[^\[\]]*\]\([^()]*\)")
_WORD_CHARACTER = re.compile(r"\w")
_SENTENCE_END = (".", ":", ";", ",")


def is_heading_line(line: str) -> bool:
    """True when a line could be a bare marker's heading: short, words, no final period, not other markup."""
    words = line.strip()
    if not words or len(words) > MAX_HEADING_CHARS or words.endswith(_SENTENCE_END):
        return False
    if _OTHER_BLOCK.match(line) or _ONLY_LINK.fullmatch(words):
        return False
    return _WORD_CHARACTER.search(words) is not None


def join_bare_headings(markdown: str) -> str:
    """The Markdown with each bare "##" line joined to the heading line after it, or dropped (linear time)."""
    if _ANY_BARE.search("\n" + markdown + "\n") is None:
        return markdown
    lines = markdown.split("\n")
    out: list[str] = []
    count = len(lines)
    i = 0
    while i < count:
        marker = _BARE.fullmatch(lines[i])
        if marker is None:
            out.append(lines[i])
            i += 1
            continue
        following = i + 1
        while following < count and not lines[following].strip():
            following += 1
        alone = following + 1 >= count or not lines[following + 1].strip()
        if following < count and alone and is_heading_line(lines[following]):
            out.append(f"{marker.group(1)} {lines[following].strip()}")
            i = following + 1
        else:
            out.append("")  # a blank line keeps the blocks around the dropped marker apart
            i += 1
    return "\n".join(out)
