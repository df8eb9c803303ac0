"""Searching packs' prebuilt indexes and the person's own index together: ranking and first search.

Usage (from the project folder):
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/combined_search_bench.py [--library DIR]
        [--pack FILE --public KEY] [--runs 3] [--json FILE]

1. Ranking: the library is split in three (its first two top-level folders become two 'packs' with
   prebuilt indexes, the rest is the person's own folder) and searched through CombinedSearchIndex;
   the same library in one ordinary index is the reference. Reports success@3 and MRR@10 for both on
   the query sets of search_bench.py, how many queries get the same top 10 in the same order, and the
   largest score difference.
2. First search after installing a pack of the whole library, each run in fresh processes with
   private data and cache folders: (a) the core (open the combined index and answer one query, from
   process start); (b) the real window (`python -m reader --search ...`): from the search being sent
   to the results on screen, and from process start; and whether any index was built.
Target (issue 13): first search < 1 s with no index build.
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

from tests.bench.search_bench import default_path, load_query_sets, quality  # noqa: E402

QUERY = "side effects of immunotherapy"

CORE_CHILD = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from reader.context import Context
from reader.core.files.locations import Locations
ctx = Context(Locations(data_dir=Path(sys.argv[1]), cache_dir=Path(sys.argv[2])))
index = ctx.open_search_index()
results = index.search(sys.argv[3])
elapsed = time.perf_counter() - started
assert results.hits, index.status()
print(elapsed)
"""

WINDOW_CHILD = """
import sys, time
started = time.monotonic()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from reader.cli import parse
from reader.context import make_context
from reader import app as app_module
args = parse(["--data-dir", sys.argv[1], "--cache-dir", sys.argv[2], "--search", sys.argv[3]])
ctx = make_context(args)
sent = []
from reader.ui.search.feature import SearchFeature
original = SearchFeature.search_now
def search_now(self, text):
    sent.append(time.monotonic())
    original(self, text)
SearchFeature.search_now = search_now
def watch():
    from reader.ui.window.main_window import MainWindow
    for widget in app.topLevelWidgets():
        results = getattr(getattr(widget, "search", None), "results", None)
        if isinstance(widget, MainWindow) and results is not None and results.results is not None \\
                and results.results.hits and results.list.count():
            now = time.monotonic()
            print(f"answered {now - sent[0]:.4f} {now - started:.4f}", flush=True)
            settle(widget)
            return
    QTimer.singleShot(2, watch)
def settle(window):  # then let the background update finish, to count what it indexed
    if window.search.busy():
        QTimer.singleShot(20, lambda: settle(window))
    else:
        app.quit()
QTimer.singleShot(0, watch)
sys.exit(app_module.run_gui(args, ctx))
"""


def median(values: list[float]) -> float:
    """The median, rounded for the report."""
    return round(statistics.median(values), 3)


def ranking(library_dir: Path, work: Path) -> dict[str, object]:
    """Quality of the combined index (two prebuilt parts + own folder) against one index."""
    from reader.core.library.catalog import Library
    from reader.core.packs.combined_index import CombinedSearchIndex, checked_source
    from reader.core.search.index import SearchIndex
    from reader.core.search.prebuilt import write_prebuilt

    folders = sorted(p for p in library_dir.iterdir() if p.is_dir())
    if len(folders) < 3:
        raise SystemExit("The library needs at least three top-level folders to be split.")
    own = work / "own"  # every other folder, as links (the corpus is never copied or changed)
    own.mkdir()
    for folder in folders[2:]:
        (own / folder.name).symlink_to(folder.resolve())
    sources = []
    for n, folder in enumerate(folders[:2]):
        target = work / f"prebuilt-{n}"
        write_prebuilt(folder, target)
        source = checked_source(folder.name, target, folder)
        assert source is not None
        sources.append(source)
    library = Library.load([*folders[:2], own])
    single = SearchIndex.open(work / "single")
    single.update(library, rebuild=True)
    combined = CombinedSearchIndex.open_with(work / "combined", sources)
    report = combined.update(library)
    out: dict[str, object] = {
        "articles": len(library),
        "split": {s.name: len(s.sizes) for s in sources} | {"own folder": report.added},
    }
    same_order = total = 0
    worst = 0.0
    for name, queries in load_query_sets(default_path("bench", "queries.tsv")).items():
        ours, one = [], []
        for query, _ in queries:
            a = combined.search(query, limit=10).hits
            b = single.search(query, limit=10).hits
            ours.append([h.url for h in a])
            one.append([h.url for h in b])
            total += 1
            same_order += [h.key for h in a] == [h.key for h in b]
            scores = {h.key: h.score for h in b}
            worst = max([worst] + [abs(h.score - scores[h.key]) / max(1e-9, scores[h.key])
                                   for h in a if h.key in scores])  # fmt: skip
        s3, mrr, _ = quality(ours, queries)
        b3, bmrr, _ = quality(one, queries)
        out[name] = {"queries": len(queries), "combined_success3": round(s3, 3), "combined_mrr10": round(mrr, 3),
                     "single_success3": round(b3, 3), "single_mrr10": round(bmrr, 3)}  # fmt: skip
    out["same_top10_in_same_order"] = f"{same_order}/{total}"
    out["largest_relative_score_difference"] = worst
    combined.close()
    single.close()
    return out


def first_search(pack: Path, public: Path, runs: int, work: Path) -> dict[str, object]:
    """Install the pack into fresh folders and time the first search, core and window."""
    from reader.core.files.locations import user_packs_dir
    from reader.core.packs.install import PackStore
    from reader.core.packs.signing import key_id, load_public_key
    from reader.core.packs.trust import TrustedKey

    key = load_public_key(public)
    trusted = [TrustedKey(key, key_id(key), public)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(work / "home"))
    core, window_sent, window_start, built = [], [], [], []
    for run in range(runs):
        data = work / f"data-{run}"
        PackStore(user_packs_dir(data)).install(pack, trusted)
        cache = work / f"cache-core-{run}"
        out = subprocess.run([sys.executable, "-c", CORE_CHILD, str(data), str(cache), QUERY], cwd=ROOT,
                             env=env, capture_output=True, text=True, check=True)  # fmt: skip
        core.append(float(out.stdout.strip().splitlines()[-1]))
        cache = work / f"cache-window-{run}"
        out = subprocess.run([sys.executable, "-c", WINDOW_CHILD, str(data), str(cache), QUERY], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
        line = next((x for x in out.stdout.splitlines() if x.startswith("answered ")), None)
        if line is None:
            raise SystemExit(f"The window did not answer: {out.stderr[-800:]}")
        _, since_sent, since_start = line.split()
        window_sent.append(float(since_sent))
        window_start.append(float(since_start))
        manifests = list((cache / "index").glob("gen-*/manifest.json"))
        built.append(sum(len(json.loads(m.read_text())["files"]) for m in manifests))
    return {
        "runs": runs,
        "core_first_search_from_process_start_s": median(core),
        "window_first_search_from_request_s": median(window_sent),
        "window_first_search_from_process_start_s": median(window_start),
        "articles_indexed_on_the_machine_after_the_update": built,
        "target_s": 1.0,
        "all": {"core": core, "window_from_request": window_sent, "window_from_start": window_start},
    }


def main() -> int:
    """Run both parts and print (and optionally save) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=default_path("corpus", "nci-en"))
    parser.add_argument("--pack", type=Path, help="a pack of the library (built here when not given)")
    parser.add_argument("--public", type=Path, help="the public key the pack is signed with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-ranking", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.library.is_dir():
        print(f"The library {args.library} is not there.", file=sys.stderr)
        return 1
    report: dict[str, object] = {"library": str(args.library)}
    with tempfile.TemporaryDirectory(prefix="combined-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_ranking:
            (work / "ranking").mkdir()
            started = time.perf_counter()
            report["ranking"] = ranking(args.library, work / "ranking")
            print(f"  ranking measured in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        pack, public = args.pack, args.public
        if pack is None or public is None:
            from reader.core.packs.build import PackInfo, build_pack
            from reader.core.packs.signing import generate_keys

            private, public = generate_keys(work / "keys")
            pack = work / "library.pack"
            build_pack(
                args.library, pack, PackInfo("nci-en", "NCI", "National Cancer Institute", "1"), private
            )
        report["first_search"] = first_search(pack, public, args.runs, work)
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
