"""Search benchmark: quality, build time, incremental update, latency and memory, ours against plain Whoosh.

Run from the project root:  python tests/bench/search_bench.py [--library DIR] [--queries FILE] [--runs N]
Defaults: ../shared/corpus/nci-en and ../shared/bench/queries.tsv (skipped with a message when absent).
The corpus is never modified: the benchmark indexes a folder of symbolic links to it, and replaces one
link with an edited copy to time an incremental update.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from whoosh import index as whoosh_index  # noqa: E402
from whoosh.analysis import StemmingAnalyzer  # noqa: E402
from whoosh.fields import ID, TEXT, Schema  # noqa: E402
from whoosh.qparser import MultifieldParser, OrGroup  # noqa: E402

from reader.core.library import Library  # noqa: E402
from reader.core.search_index import SearchIndex  # noqa: E402
from reader.core.search_text import plain_text  # noqa: E402


def default_path(*parts: str) -> Path:
    """../shared/... beside the project, or beside the parent of a git worktree."""
    for base in (Path.cwd().parent, ROOT.parent, ROOT.parent.parent):
        candidate = base.joinpath("shared", *parts)
        if candidate.exists():
            return candidate
    return ROOT.parent.joinpath("shared", *parts)


def read_queries(path: Path) -> list[tuple[str, set[str]]]:
    """(query, acceptable paths) pairs from the TSV file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        query, answers = line.split("\t", 1)
        pairs.append((query.strip(), set(answers.split())))
    return pairs


def quality(ranked: list[list[str]], queries: list[tuple[str, set[str]]]) -> tuple[float, float, list[str]]:
    """success@3, MRR@10 and the queries that missed the top 3."""
    hits3, rr, misses = 0, 0.0, []
    for urls, (query, answers) in zip(ranked, queries, strict=True):
        rank = next((i for i, u in enumerate(urls[:10]) if u in answers), None)
        hits3 += rank is not None and rank < 3
        rr += 0.0 if rank is None else 1.0 / (rank + 1)
        if rank is None or rank >= 3:
            misses.append(f"{query!r} -> rank {None if rank is None else rank + 1}")
    return hits3 / len(queries), rr / len(queries), misses


def mirror(library_dir: Path, target: Path) -> Path:
    """A folder of symbolic links to every file of the library (so one can be 'changed')."""
    for source in library_dir.rglob("*"):
        if source.is_file():
            link = target / source.relative_to(library_dir)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(source.resolve())
    return target


# The plain Whoosh baseline ---------------------------------------------------


def baseline_build(library: Library, folder: Path) -> float:
    """Index title (boosted 2x) and body with stemming, one process, default writer; seconds taken."""
    started = time.perf_counter()
    schema = Schema(
        url=ID(stored=True, unique=True),
        title=TEXT(analyzer=StemmingAnalyzer(), stored=True, field_boost=2.0),
        body=TEXT(analyzer=StemmingAnalyzer()),
    )
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    for article in library:
        writer.add_document(url=article.site_path, title=article.display_title, body=plain_text(article.body))
    writer.commit()
    ix.close()
    return time.perf_counter() - started


def baseline_search(folder: Path, queries: list[tuple[str, set[str]]]) -> list[list[str]]:
    """Top 10 urls per query: MultifieldParser over title and body with an OR group."""
    ix = whoosh_index.open_dir(str(folder))
    parser = MultifieldParser(["title", "body"], ix.schema, group=OrGroup)
    with ix.searcher() as searcher:
        return [[h["url"] for h in searcher.search(parser.parse(q), limit=10)] for q, _ in queries]


# Ours ---------------------------------------------------------------------------


def our_build(library: Library, cache: Path) -> float:
    """A full build of our index into an empty cache folder; seconds taken."""
    index = SearchIndex.open(cache)
    started = time.perf_counter()
    report = index.update(library, rebuild=True)
    seconds = time.perf_counter() - started
    index.close()
    if not report.rebuilt:
        raise SystemExit(f"our build failed: {report.message}")
    return seconds


def percentile(values: list[float], share: float) -> float:
    """The value below which share of values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the figures (and write them as JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=default_path("corpus", "nci-en"))
    parser.add_argument("--queries", type=Path, default=default_path("bench", "queries.tsv"))
    parser.add_argument("--runs", type=int, default=3, help="full builds of each index to time (median)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the queries for latency")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    args = parser.parse_args(argv)
    for path, what in ((args.library, "library"), (args.queries, "query file")):
        if not path.exists():
            print(f"SKIPPED: the {what} {path} is not here (see ../shared/README.md).")
            return 0
    queries = read_queries(args.queries)
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        library_dir = mirror(args.library, work / "library")
        library = Library.load([library_dir])
        print(f"Library: {len(library)} articles from {args.library}; {len(queries)} queries")
        load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

        ours_times, base_times = [], []
        for run in range(max(1, args.runs)):  # interleaved, so machine load hits both alike
            ours_times.append(our_build(library, work / f"cache-{run}"))
            base_dir = work / f"baseline-{run}"
            base_dir.mkdir()
            base_times.append(baseline_build(library, base_dir))
            print(f"  build run {run + 1}: ours {ours_times[-1]:.1f} s, baseline {base_times[-1]:.1f} s")
        child_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        self_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        cache = work / "cache-0"
        index = SearchIndex.open(cache)
        ours_ranked = [[h.url for h in index.search(q, limit=10).hits] for q, _ in queries]
        base_ranked = baseline_search(work / "baseline-0", queries)
        ours_s3, ours_mrr, ours_miss = quality(ours_ranked, queries)
        base_s3, base_mrr, base_miss = quality(base_ranked, queries)

        for q, _ in queries:  # warm-up
            index.search(q, limit=20)
        latencies = []
        for _ in range(max(1, args.rounds)):
            for q, _ in queries:
                started = time.perf_counter()
                results = index.search(q, limit=20)
                latencies.append((time.perf_counter() - started) * 1000)
                assert all(h.snippet for h in results.hits[:1])

        victim = next(p for p in sorted(library_dir.rglob("*.md")) if p.is_symlink())
        original = victim.resolve().read_text(encoding="utf-8")
        victim.unlink()
        victim.write_text(original + "\n\nAn added paragraph about gardening.\n", encoding="utf-8")
        changed_library = Library.load([library_dir])
        started = time.perf_counter()
        report = index.update(changed_library)
        incremental = time.perf_counter() - started
        found = [h.url for h in index.search("gardening paragraph", limit=3).hits]
        index.close()

        ours_build, base_build = statistics.median(ours_times), statistics.median(base_times)
        p50, p95 = round(percentile(latencies, 0.5), 2), round(percentile(latencies, 0.95), 2)
        figures = {
            "articles": len(library),
            "queries": len(queries),
            "cpus": os.cpu_count(),
            "load_average_at_start": round(load_avg, 2),
            "ours": {
                "success_at_3": round(ours_s3, 3),
                "mrr_at_10": round(ours_mrr, 3),
                "build_seconds_median": round(ours_build, 2),
                "build_runs": [round(t, 2) for t in ours_times],
            },
            "baseline": {
                "success_at_3": round(base_s3, 3),
                "mrr_at_10": round(base_mrr, 3),
                "build_seconds_median": round(base_build, 2),
                "build_runs": [round(t, 2) for t in base_times],
            },
            "build_ratio_ours_to_baseline": round(ours_build / base_build, 3),
            "incremental_update_seconds": round(incremental, 3),
            "incremental_changed": report.changed,
            "latency_ms_top20_with_snippets": {"p50": p50, "p95": p95, "samples": len(latencies)},
            "peak_rss_mb": {
                "benchmark_process": round(self_peak_mb),
                "build_subprocess": round(child_peak_mb),
            },
        }
        print()
        print(f"Quality          ours: success@3 {ours_s3:.3f}  MRR@10 {ours_mrr:.3f}")
        print(f"             baseline: success@3 {base_s3:.3f}  MRR@10 {base_mrr:.3f}")
        print(f"Full build       ours: {ours_build:.1f} s   baseline: {base_build:.1f} s   "
              f"ratio {ours_build / base_build:.2f} (median of {len(ours_times)})")  # fmt: skip
        print(f"Incremental update (1 article changed): {incremental * 1000:.0f} ms "
              f"({report.changed} changed; found again: {bool(found)})")  # fmt: skip
        print(f"Warm search, top 20 with snippets: p50 {p50} ms, p95 {p95} ms over {len(latencies)} searches")
        print(f"Peak memory: benchmark process {self_peak_mb:.0f} MB (library + baseline build in-process), "
              f"largest build subprocess {child_peak_mb:.0f} MB")  # fmt: skip
        print(f"Load average at start: {load_avg:.2f} on {os.cpu_count()} CPUs")
        if ours_miss:
            print("Ours missed the top 3: " + "; ".join(ours_miss))
        if base_miss:
            print("Baseline missed the top 3: " + "; ".join(base_miss))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
