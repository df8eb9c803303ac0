"""How much of the seeds' and the corpus's glossary and drug links the bundled glossary explains.

Usage: python tests/bench/glossary_coverage.py [--library DIR] [--top N] [--missing]
Reads $CANCER_READER_CORPUS (else ../shared/corpus/nci-en) unless --library is given; skips the corpus figures if it is absent.
Prints the same figures as `cancer-reader glossary stats --library DIR`, plus the most-linked terms
still missing, the definitions' reading grade (median, share above grade 8) and the review notes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # this checkout's reader, not an installed one

from reader.core.files.locations import bundled_library  # noqa: E402
from reader.core.glossary.coverage import Share, count_links, measure  # noqa: E402
from reader.core.glossary.drugs import DrugArticles  # noqa: E402
from reader.core.glossary.entries import Glossary  # noqa: E402
from reader.core.glossary.quality import NOT_REVIEWED, REPORT_GRADE, grade_report  # noqa: E402
from reader.core.library.catalog import Library  # noqa: E402

DEFAULT_LIBRARY = Path(
    os.environ.get("CANCER_READER_CORPUS") or (ROOT / ".." / "shared" / "corpus" / "nci-en").resolve()
)


def top(counts: Counter[str], n: int) -> list[str]:
    """The n most linked terms; ties broken by key so the list is the same on every machine."""
    return [term for term, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]]


def main(argv: list[str] | None = None) -> int:
    """Print seed coverage, corpus coverage, grade levels and review counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--missing", action="store_true", help="list the top terms without a definition")
    args = parser.parse_args(argv)
    glossary = Glossary.load(None)
    entries = glossary.entries()
    print(f"Glossary: {len(glossary)} entries")
    median, above = grade_report(entries)
    print(f"Reading grade (Flesch-Kincaid): median {median:.1f}; above grade {REPORT_GRADE:g}: "
          f"{Share(len(above), len(entries))}")  # fmt: skip
    reviews = Counter(
        "not yet reviewed" if e.review.startswith(NOT_REVIEWED)
        else "second pass: fixed" if ", fixed" in e.review.split(";")[0]
        else "second pass: ok" if e.review.startswith("second pass") else "other"
        for e in entries
    )  # fmt: skip
    print("Review notes: " + ", ".join(f"{name} {n}" for name, n in sorted(reviews.items())))

    seeds = count_links([bundled_library()])
    seed_terms = set(seeds.patient) | set(seeds.professional)
    seed_known = sum(glossary.lookup(t) is not None for t in seed_terms)
    print(f"Seeds: {Share(seed_known, len(seed_terms))} of linked terms explained")

    if not args.library.is_dir():
        print(f"Skipped the corpus figures: no library at {args.library} (give one with --library).")
        return 0
    counts = count_links([args.library])
    coverage = measure(glossary, counts, DrugArticles(Library.load([args.library])))
    print(f"\nCorpus: {args.library}")
    for line in coverage.lines()[1:]:
        print("  " + line)
    best = top(counts.patient, args.top)
    known = sum(glossary.lookup(t) is not None for t in best)
    print(f"  top-{args.top} patient-facing terms explained: {Share(known, len(best))}")
    if args.missing:
        for term in top(counts.patient + counts.professional, args.top):
            if glossary.lookup(term) is None:
                print(
                    f"    missing: {term} ({counts.patient[term]} patient, {counts.professional[term]} other links)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
