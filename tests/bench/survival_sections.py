"""Which articles have sections folded behind "Show numbers about survival", and under which headings.

Run: /work/main/.venv/bin/python tests/bench/survival_sections.py [CORPUS]
(default ../shared/corpus/nci-en). Converts every article (about 20-30 s).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.library.catalog import Library  # noqa: E402
from reader.core.library.placement import PATIENT  # noqa: E402
from reader.core.render.convert import render_markdown  # noqa: E402
from reader.core.render.survival import heading_text, survival_anchors  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the counts and the headings folded, most common first."""
    corpus = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/corpus/nci-en")
    library = Library.load([corpus])
    by_audience: Counter[str] = Counter()
    with_fold: Counter[str] = Counter()
    headings: Counter[str] = Counter()
    sections = 0
    for article in library:
        by_audience[article.audience_level] += 1
        page = render_markdown(article.body)
        anchors = survival_anchors(page.html)
        if not anchors:
            continue
        with_fold[article.audience_level] += 1
        if article.audience_level != PATIENT:
            continue
        sections += len(anchors)
        for anchor in anchors:
            match = re.search(rf'<h[2-6] id="{re.escape(anchor)}">(.*?)</h[2-6]>', page.html, re.DOTALL)
            text = heading_text(match.group(1)) if match else anchor
            headings[re.sub(r"\b(for|of) [A-Z(].*", "\\1 ...", text)] += 1
    for audience, total in by_audience.items():
        print(f"{audience}: {with_fold[audience]} of {total} articles have marked survival sections")
    print(f"Folded (patient versions only): {sections} sections in {with_fold[PATIENT]} articles\n")
    print("| Heading (shortened) | sections |\n|---|---:|")
    for text, count in headings.most_common(40):
        print(f"| {text} | {count} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
