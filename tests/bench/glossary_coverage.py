"""How much of the seeds' and the corpus's glossary links the bundled glossary explains.

Usage: python tests/bench/glossary_coverage.py [--library DIR] [--top N] [--missing]
Reads $CANCER_READER_CORPUS (else ../shared/corpus/nci-en) unless --library is given; skips with a message if it is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from reader.core.files.locations import bundled_library
from reader.core.glossary.entries import Glossary, normalize_id
from reader.core.library.links import glossary_term_id

DEFAULT_LIBRARY = Path(
    os.environ.get("CANCER_READER_CORPUS")
    or (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "nci-en").resolve()
)
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
POPUP = re.compile(r"/common/popups/popdefinition\.aspx", re.I)


def term_of(href: str) -> tuple[str, str] | None:
    """('def' or 'popup', term id or slug) for a glossary link, else None; CDR ids are read too."""
    kind = "popup" if POPUP.search(href) else "def"
    term = glossary_term_id(href)
    if term is None and kind == "popup":
        raw = (parse_qs(urlsplit(href).query).get("id") or [""])[0]
        term = normalize_id(raw) or None
    return (kind, term) if term else None


def count_links(folder: Path) -> dict[str, Counter[str]]:
    """Glossary links per kind ('def', 'popup', and 'cdr': popups the app's link parser misses)."""
    counts: dict[str, Counter[str]] = {"def": Counter(), "popup": Counter(), "cdr": Counter()}
    for path in sorted(folder.rglob("*.md")):
        for href in LINK.findall(path.read_text(encoding="utf-8", errors="replace")):
            found = term_of(href)
            if found:
                counts[found[0]][found[1]] += 1
                if glossary_term_id(href) is None:
                    counts["cdr"][found[1]] += 1
    return counts


def share(part: int, whole: int) -> str:
    """'12.3% (45/366)'."""
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "n/a (0 links)"


def top(counts: Counter[str], n: int) -> list[str]:
    """The n most linked terms; ties broken by id so the list is the same on every machine."""
    return [term for term, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]]


def main(argv: list[str] | None = None) -> int:
    """Print seed coverage, top-N coverage and the share of corpus glossary links that resolve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--missing", action="store_true", help="list the top terms without a definition")
    args = parser.parse_args(argv)
    glossary = Glossary.load(None)
    known = lambda term: glossary.lookup(term) is not None  # noqa: E731
    print(f"Glossary: {len(glossary)} entries")

    seeds = count_links(bundled_library())
    seed_terms = set(seeds["def"]) | set(seeds["popup"])
    print(f"Seeds: {share(sum(known(t) for t in seed_terms), len(seed_terms))} of linked terms explained")

    if not args.library.is_dir():
        print(f"Skipped the corpus figures: no library at {args.library} (give one with --library).")
        return 0
    corpus = count_links(args.library)
    for kind, label in (("def", "cancer-terms/def links"), ("popup", "popDefinition links")):
        counts = corpus[kind]
        best = top(counts, args.top)
        print(f"\n{label}: {sum(counts.values())} links to {len(counts)} terms")
        print(f"  top-{args.top} terms explained: {share(sum(known(t) for t in best), len(best))}")
        resolved = sum(n for t, n in counts.items() if known(t))
        print(f"  links that resolve: {share(resolved, sum(counts.values()))}")
        if args.missing:
            for term in best:
                if not known(term):
                    print(f"    missing: {term} ({counts[term]} links)")
    missed = sum(corpus["cdr"].values())
    print(f"  of these, id=CDR000... links that reader.core.library.links does not treat as glossary links: {missed}")
    total = corpus["def"] + corpus["popup"]
    resolved_all = sum(n for t, n in total.items() if known(t))
    print(f"\nAll glossary links in the corpus that resolve: {share(resolved_all, sum(total.values()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
