"""Language-switch benchmark: English search before and after the Spanish interface has been used once.

Run from the project root:  python tests/bench/language_switch_bench.py [--library DIR] [--rounds N]

The Spanish interface adds the bundled Spanish articles (resources/libraries/es) to the library and the
English one removes them again: two incremental updates of the same index (walk 6, B2). This builds the
index of the library, measures English searches (every query of search_bench's sets: once, then
`rounds` passes, p50/p95 wall and CPU time), runs the two updates (timed, and whether either rebuilt),
and measures again. It prints what "diarea" gets each time, and how many queries' top 20 (keys, in
order) are the same after the switch as before. The corpus is never modified.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from search_bench import default_path, load_query_sets, percentile, timed_searches  # noqa: E402

from reader.core.library.catalog import Library  # noqa: E402
from reader.core.search.index import SearchIndex  # noqa: E402

SPANISH = ROOT / "resources" / "libraries" / "es"


def latency(index: SearchIndex, queries: list[str], rounds: int) -> str:
    """First and repeated search times as one line."""
    first_cpu: list[float] = []
    first = timed_searches(index, queries, first_cpu)
    again: list[float] = []
    again_cpu: list[float] = []
    for _ in range(rounds):
        again += timed_searches(index, queries, again_cpu)
    return (
        f"first p50 {percentile(first, 0.5):.1f} / p95 {percentile(first, 0.95):.1f} ms "
        f"(CPU p95 {percentile(first_cpu, 0.95):.1f} ms); repeated p50 {percentile(again, 0.5):.1f} / "
        f"p95 {percentile(again, 0.95):.1f} ms (CPU p95 {percentile(again_cpu, 0.95):.1f} ms), "
        f"{len(again)} searches"
    )


def diarea(index: SearchIndex) -> str:
    """What an English reader gets for "diarea"."""
    found = index.search("diarea")
    return f'"diarea": suggestion {found.suggestion!r}, {found.total} results'


def top_keys(index: SearchIndex, queries: list[str]) -> list[list[str]]:
    """Every query's top 20 keys, in order."""
    return [[hit.key for hit in index.search(q, limit=20).hits] for q in queries]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=default_path("corpus", "nci-en"))
    parser.add_argument("--queries", type=Path, default=default_path("bench", "queries.tsv"))
    parser.add_argument("--rounds", type=int, default=3, help="repeated passes over the queries")
    args = parser.parse_args(argv)
    queries = [q for qs in load_query_sets(args.queries).values() for q, _ in qs]
    english = Library.load([args.library])
    both = Library.load([args.library, SPANISH])
    with tempfile.TemporaryDirectory(prefix="language-switch-") as work:
        index = SearchIndex.open(Path(work))
        try:
            started = time.perf_counter()
            index.update(english, rebuild=True)
            print(f"build: {time.perf_counter() - started:.1f} s, {len(english)} articles")
            print("before:", diarea(index))
            print("before:", latency(index, queries, args.rounds))
            before = top_keys(index, queries)
            for name, library in (("Spanish", both), ("English", english)):
                started = time.perf_counter()
                report = index.update(library)
                print(
                    f"to {name}: {time.perf_counter() - started:.2f} s, +{report.added} -{report.removed}, "
                    f"rebuilt: {report.rebuilt}"
                )
            print("after: ", diarea(index))
            print("after: ", latency(index, queries, args.rounds))
            after = top_keys(index, queries)
            same = sum(a == b for a, b in zip(before, after, strict=True))
            print(f"same top 20 after the switch: {same} of {len(queries)} queries")
        finally:
            index.close()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
