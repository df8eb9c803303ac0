"""How the reader copes with a library many times the corpus: build, index size, search, memory.

Usage (from the project folder):
    .venv/bin/python tests/bench/scale_report.py [--library DIR] [--times 10] [--json FILE]

Makes `--times` copies of the library in a temporary folder (the originals linked, the copies with
their own addresses, as tests/bench/search_bench.py does for 2x and 4x), then measures, each in a fresh
process where it matters: the first library load (front matter of every file) and a second one (from
the catalog cache), a full index build (wall and CPU time of every process, the largest build worker's
peak memory), the index's size on disk, warm search latency (top 20 with snippets, p50/p95 over the
shipped queries three times) and the peak memory of a process holding the library and the open index.
A report, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIBRARY = Path(os.environ.get("CANCER_READER_CORPUS") or (ROOT / ".." / "shared" / "corpus" / "nci-en"))

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache
mode, folder, cache = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
out = {}
if mode == "load":
    for name in ("first", "second"):
        started, cpu = time.perf_counter(), time.process_time()
        library = Library.load([folder], catalog=CatalogCache(cache / "catalog.json"))
        out[name + "_s"] = time.perf_counter() - started
        out[name + "_cpu_s"] = time.process_time() - cpu
    out["articles"] = len(library)
    out["catalog_mb"] = (cache / "catalog.json").stat().st_size / 1e6
elif mode == "build":
    from reader.core.search.index import SearchIndex
    library = Library.load([folder], catalog=CatalogCache(cache / "catalog.json"))
    index = SearchIndex.open(cache)
    started = time.perf_counter()
    report = index.update(library, rebuild=True)
    out["build_s"] = time.perf_counter() - started
    out["worker_peak_mb"] = report.worker_peak_mb
    out["rebuilt"] = report.rebuilt
    index.close()
elif mode == "search":
    from reader.core.search.index import SearchIndex
    from tests.bench.search_bench import default_path, load_query_sets, timed_searches
    sets = load_query_sets(default_path("bench", "queries.tsv"))
    library = Library.load([folder], catalog=CatalogCache(cache / "catalog.json"))
    index = SearchIndex.open(cache)
    timed_searches(index, [q for q, _ in sets.get("held-out", sets["shipped"])])  # warm
    queries = [q for q, _ in sets["shipped"]] * 3
    times = timed_searches(index, queries)
    cpu = []  # CPU per search: on shared cores the wall time above counts the other jobs' turns too
    for query in queries:
        before = time.process_time()
        index.search(query, limit=20)
        cpu.append((time.process_time() - before) * 1000)
    rank = lambda values, share: sorted(values)[min(len(values) - 1, max(0, round(share * len(values)) - 1))]
    out["p50_ms"], out["p95_ms"] = rank(times, 0.5), rank(times, 0.95)
    out["cpu_p50_ms"], out["cpu_p95_ms"] = rank(cpu, 0.5), rank(cpu, 0.95)
    out["searches"] = len(times)
    index.close()
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def child(mode: str, folder: Path, cache: Path) -> dict:
    """Run one measurement in a fresh process; its JSON plus the CPU seconds of it and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), mode, str(folder), str(cache)],
                          capture_output=True, text=True, cwd=ROOT, timeout=3600)  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{mode} failed: {proc.stderr[-1500:]}")
    result = json.loads(lines[-1])
    result["tree_cpu_s"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return result


def folder_mb(path: Path) -> float:
    """Size of the files below path, MB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    """Build the copies, measure, print a table (and JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.bench.search_bench import copies

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="reader-scale-") as tmp:
        started = time.perf_counter()
        folder = copies(args.library.resolve(), Path(tmp) / "library", args.times)
        made = time.perf_counter() - started
        cache = Path(tmp) / "cache"
        loaded = child("load", folder, cache)
        built = child("build", folder, cache)
        index_mb = folder_mb(cache / "index") if (cache / "index").exists() else folder_mb(cache)
        searched = child("search", folder, cache)
        shutil.rmtree(folder, ignore_errors=True)
    result = {
        "times": args.times, "articles": loaded["articles"], "copies_made_s": made,
        "first_load_s": loaded["first_s"], "first_load_cpu_s": loaded["first_cpu_s"],
        "second_load_s": loaded["second_s"], "catalog_mb": loaded["catalog_mb"],
        "load_peak_rss_mb": loaded["peak_rss_mb"],
        "build_s": built["build_s"], "build_tree_cpu_s": built["tree_cpu_s"],
        "build_worker_peak_mb": built["worker_peak_mb"], "build_parent_peak_rss_mb": built["peak_rss_mb"],
        "index_mb": index_mb,
        "search_p50_ms": searched["p50_ms"], "search_p95_ms": searched["p95_ms"],
        "search_cpu_p50_ms": searched["cpu_p50_ms"], "search_cpu_p95_ms": searched["cpu_p95_ms"],
        "searches": searched["searches"], "search_process_peak_rss_mb": searched["peak_rss_mb"],
        "load_average_start": load, "load_average_end": os.getloadavg()[0],
    }  # fmt: skip
    for key, value in result.items():
        print(f"{key:28} {value:.3f}" if isinstance(value, float) else f"{key:28} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
