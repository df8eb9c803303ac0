"""Bare "##" heading markers in a library: how many become headings, which are dropped and why, and how
many headings the articles that have them list in "On this page" with and without the join.

Run: /work/main/.venv/bin/python tests/bench/bare_headings.py [CORPUS]
(default ../shared/corpus/nci-en). Converts each article with a bare marker twice (a few seconds).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.library.article import load_article  # noqa: E402
from reader.core.render import convert  # noqa: E402
from reader.core.render.bare_headings import (  # noqa: E402
    _BARE,
    _ONLY_LINK,
    _OTHER_BLOCK,
    MAX_HEADING_CHARS,
    is_heading_line,
)
from reader.core.render.page import Heading  # noqa: E402

_BARE_LINE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]*\r?$", re.MULTILINE)


def listed(headings: list[Heading]) -> int:
    """Headings "On this page" shows (as reader/ui/reading/contents_list.py filters them)."""
    top = min((h.level for h in headings), default=1)
    return sum(1 for h in headings if h.level <= top + 2 and h.text.strip())


def why_not(lines: list[str], following: int) -> str:
    """Why the line after a bare marker is not its heading."""
    if following >= len(lines):
        return "end of file"
    line, words = lines[following], lines[following].strip()
    if following + 1 < len(lines) and lines[following + 1].strip():
        return "a paragraph of several lines"
    if _BARE.fullmatch(line):
        return "another bare marker"
    if len(words) > MAX_HEADING_CHARS:
        return f"longer than {MAX_HEADING_CHARS} characters"
    if words.endswith((".", ":", ";", ",")):
        return "ends like a sentence"
    if _OTHER_BLOCK.match(line):
        return "a list, table, quote, code, HTML or heading line"
    if _ONLY_LINK.fullmatch(words):
        return "only a link or picture"
    return "no letters or digits"


def main(argv: list[str]) -> int:
    """Print the counts."""
    corpus = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/corpus/nci-en")
    files = markers = joined = 0
    dropped: Counter[str] = Counter()
    before = after = before_articles = after_articles = 0
    for path in sorted(corpus.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not _BARE_LINE.search(text):
            continue
        files += 1
        lines = text.split("\n")
        for n, line in enumerate(lines):
            if not _BARE.fullmatch(line):
                continue
            markers += 1
            following = n + 1
            while following < len(lines) and not lines[following].strip():
                following += 1
            alone = following + 1 >= len(lines) or not lines[following + 1].strip()
            if following < len(lines) and alone and is_heading_line(lines[following]):
                joined += 1
            else:
                dropped[why_not(lines, following)] += 1
        body = load_article(path, corpus).page_body
        new = listed(convert.render_markdown(body).headings)
        with mock.patch.object(convert, "join_bare_headings", lambda markdown: markdown):
            old = listed(convert.render_markdown(body).headings)
        before, after = before + old, after + new
        before_articles += old > 0
        after_articles += new > 0
    print(f"{files} files with bare heading markers, {markers} markers: {joined} become headings, "
          f"{sum(dropped.values())} dropped")
    for reason, count in dropped.most_common():
        print(f"  dropped, {reason}: {count}")
    print(f'"On this page" in those files: {before} headings without the join, {after} with it; '
          f"articles listing any heading: {before_articles} -> {after_articles}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
