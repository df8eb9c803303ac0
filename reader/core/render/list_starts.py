"""Lists written on the line right after a paragraph or a table, given the blank line Python-Markdown needs.

2,637 list lines in 356 articles of the NCI library start on the line right after a line of text, with no
blank line between ("Learn more about immune checkpoint inhibitors.\\n- **T-cell transfer therapy**, …").
CommonMark, and cancer.gov, make that a list; Python-Markdown runs the lines into the paragraph, so the
article showed "… inhibitors. - T-cell transfer therapy, …" and a screen reader got no list (walk 10, C1).
A few more follow a table's last row and were shown as rows of the table. separate_lists() puts a blank
line before such a list's first line, before the Markdown is converted (render/convert.py).

The rule is CommonMark's: in a paragraph (a block whose first line is text), a line that starts a bullet
item ("-", "*" or "+", a space, then words) or an ordered item numbered 1 ("1.", a space, then words)
starts a list; a line "2." or "- " alone does not, nor a rule ("- - -"). After a table row, a list line
without a "|" starts a list (GitHub's tables end at another block). Nothing changes inside a block that
already is a list (a text line there is the item's continuation), a quote, an indented code block or
raw HTML, nor in lines indented four spaces or more.
"""

from __future__ import annotations

import re

#: A bullet item with words: up to three spaces of indent, "-", "*" or "+", a space or tab, something.
_BULLET = re.compile(r"[ ]{0,3}[-*+][ \t]+\S")
#: An ordered item with words ("12. …"; Python-Markdown has no "3)" items).
_ORDERED = re.compile(r"[ ]{0,3}(\d{1,9})\.[ \t]+\S")
#: A thematic break ("- - -", "* * *"), which is not a list item.
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?")
#: The start of a block that is neither a paragraph nor a table: a quote, raw HTML, a heading or code.
_OTHER_BLOCK = re.compile(r"[ ]{0,3}[>#<]|[ ]{4}|\t")
#: A list line after some other line (the quick test for articles with nothing to do). It starts at a
#: newline so that it is linear: one that started at any character scanned a 1 MB line without a newline
#: once per character (tests/reliability/test_hostile_content.py, "long line", never finished).
_MAYBE = re.compile(r"\n[ ]{0,3}(?:[-*+]|\d{1,9}\.)[ \t]+\S")

_TEXT, _TABLE, _LIST, _OTHER = "text", "table", "list", "other"


def _list_start(line: str) -> int | None:
    """The number a list line starts with (0 for a bullet), or None when it is not one."""
    if _BULLET.match(line):
        return None if _RULE.fullmatch(line) else 0
    ordered = _ORDERED.match(line)
    return int(ordered.group(1)) if ordered else None


def _block_kind(line: str) -> str:
    if _list_start(line) is not None:
        return _LIST
    if _OTHER_BLOCK.match(line):
        return _OTHER
    return _TABLE if line.lstrip().startswith("|") else _TEXT


def separate_lists(markdown: str) -> str:
    """The Markdown with a blank line before each list that starts right under a paragraph or table."""
    if _MAYBE.search(markdown) is None:
        return markdown
    out: list[str] = []
    block: str | None = None  # the kind of the block the line belongs to; None after a blank line
    for line in markdown.split("\n"):
        if not line.strip():
            block = None
        elif block is None:
            block = _block_kind(line)
            if block == _OTHER and line.lstrip().startswith("#"):
                block = None  # a heading is a block of its own line: the next line starts a new block
        elif block in (_TEXT, _TABLE):
            number = _list_start(line)
            after_text = block == _TEXT and number in (0, 1)
            after_table = block == _TABLE and number is not None and "|" not in line
            if after_text or after_table:
                out.append("")
                block = _LIST
        out.append(line)
    return "\n".join(out)
