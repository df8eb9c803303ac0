"""What a search that finds nothing costs the GUI thread to decide whether its words look like another
language the reader holds (reader/core/languages/vocabulary.py).

The first such search reads the bundled Spanish articles and glossaries. Each run is a fresh process: the
first check (what the GUI thread paid before the search thread did the reading, issue 15) and the next
one (what it pays now: the search thread reads them before the answer is shown, see
reader/ui/search/feature.py prepare_answer). Medians over runs, wall and CPU time, and the load average.

    python tests/bench/no_results_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from reader.ui.search.feature import words_look_foreign
# What a running window has imported already (the timing is the reading, not the imports).
import reader.core.languages.vocabulary, reader.core.languages.codes, reader.ui.languages.install
from reader.core.languages.codes import available_languages
available_languages(reader.ui.languages.install.translations_dir())
def timed(text):
    wall, cpu = time.perf_counter(), time.process_time()
    said = words_look_foreign(text)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, said
first = timed("asdfghjkl")  # nonsense: every other language is read
again = timed("quimioterapia")
print(json.dumps({"first": first, "again": again}))
"""


def main(argv: list[str] | None = None) -> int:
    """Run the fresh processes and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    rows = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for name, what in (("first", "the first check (the reading, before)"), ("again", "a check after it")):
        wall = statistics.median(r[name][0] for r in rows)
        cpu = statistics.median(r[name][1] for r in rows)
        said = {r[name][2] for r in rows}
        print(f"{what}: median {wall:.2f} ms wall, {cpu:.2f} ms CPU ({args.runs} runs; looks foreign: {said})")
    print(f"Load average at start: {load:.2f}, at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
