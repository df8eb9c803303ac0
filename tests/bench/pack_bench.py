"""Library pack benchmark: build time and size, verify, install, and first search after install.

Usage (from the project folder):
    .venv/bin/python tests/bench/pack_bench.py [--library DIR] [--runs 3] [--json FILE]

Each figure is the median of --runs fresh runs, each in private temporary folders. "First search" opens
the installed pack's own prebuilt index (no index build) and answers one query, in a fresh process.
Targets (issue 13): verify < 2 s, install < 10 s, first search < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT_LIBRARY = Path(os.environ.get("CANCER_READER_CORPUS") or (ROOT / ".." / "shared" / "corpus" / "nci-en").resolve())

FIRST_SEARCH = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from reader.core.library.catalog import Library
from reader.core.packs.install import PackStore
from reader.core.search.prebuilt import PrebuiltSearchIndex, prebuilt_covers
pack = PackStore(Path(sys.argv[1])).get("nci-en")
index = PrebuiltSearchIndex.open(pack.index_dir)
assert index.status().searchable, index.status().message
results = index.search("side effects of immunotherapy")
elapsed = time.perf_counter() - started
assert len(results.hits) > 0
print(elapsed)
"""


def median(values: list[float]) -> float:
    """The median, rounded for the report."""
    return round(statistics.median(values), 3)


def main() -> int:
    """Run the benchmark and print (and optionally save) the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.library.is_dir():
        print(f"The library {args.library} is not there.", file=sys.stderr)
        return 1
    from reader.core.packs.build import PackInfo, build_pack
    from reader.core.packs.install import PackStore
    from reader.core.packs.signing import generate_keys, key_id, load_public_key
    from reader.core.packs.trust import TrustedKey
    from reader.core.packs.verify import verify_pack

    times: dict[str, list[float]] = {"build_s": [], "verify_s": [], "install_s": [], "first_search_s": []}
    size = 0
    articles = 0
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="pack-bench-") as tmp:
            root = Path(tmp)
            private, public = generate_keys(root / "keys")
            key = load_public_key(public)
            trusted = [TrustedKey(key, key_id(key), public)]
            pack = root / "nci-en.pack"
            started = time.perf_counter()
            manifest = build_pack(args.library, pack, PackInfo("nci-en", "NCI", "National Cancer Institute", "1"), private)
            times["build_s"].append(time.perf_counter() - started)
            size, articles = pack.stat().st_size, manifest.article_count
            started = time.perf_counter()
            verify_pack(pack, trusted)
            times["verify_s"].append(time.perf_counter() - started)
            store_root = root / "data" / "packs"
            started = time.perf_counter()
            PackStore(store_root).install(pack, trusted)
            times["install_s"].append(time.perf_counter() - started)
            out = subprocess.run([sys.executable, "-c", FIRST_SEARCH, str(store_root)], cwd=ROOT,
                                 capture_output=True, text=True, check=True)  # fmt: skip
            times["first_search_s"].append(float(out.stdout.strip()))
    report = {
        "library": str(args.library),
        "articles": articles,
        "runs": args.runs,
        "pack_bytes": size,
        "pack_mb": round(size / 1_000_000, 1),
        **{name: median(values) for name, values in times.items()},
        "targets": {"verify_s": 2.0, "install_s": 10.0, "first_search_s": 1.0},
        "all": {name: [round(v, 3) for v in values] for name, values in times.items()},
    }
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
