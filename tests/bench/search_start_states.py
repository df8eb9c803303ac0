"""What the search box shows while a start opens an index that is already complete, and for how long.

Run from the project folder (a display, e.g. Xvfb, or QT_QPA_PLATFORM=offscreen):
    .venv/bin/python tests/bench/search_start_states.py --library ../shared/corpus/nci-en [--runs N]

Builds the index once in a temporary cache (`index` command), then starts the real window (reader.cli)
N times in fresh processes on it. Each child records every state the search box shows (placeholder,
progress bar, tip) with its time since the process started, and ends 4 s after the window's event loop
starts. Reported per run and as medians: how long a percentage or the progress bar was shown (it said
"Preparing search… 0%" for 0.5-1 s at every start before issue 15's fix: nothing is built), and when the
box said "Search the library" (ready). Add --states to print each run's states.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
if __name__ == "__main__":  # the index build's worker processes import this module again
    t0 = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import reader.ui.search.box as box

    states = []
    show_state = box.SearchBox.show_state

    def recording(self, *args, **kwargs):
        show_state(self, *args, **kwargs)
        state = [self.field.placeholderText(), self.progress.isVisibleTo(self), self.field.toolTip()]
        if not states or states[-1][1:] != state:
            states.append([(time.perf_counter() - t0) * 1000, *state])

    box.SearchBox.show_state = recording
    run = QApplication.exec

    def run_a_while(self=None):
        QTimer.singleShot(4000, QApplication.instance().quit)
        return run()

    QApplication.exec = run_a_while
    from reader.cli import main

    main(sys.argv[1:])
    states.append([(time.perf_counter() - t0) * 1000, "(end)", False, ""])
    print("STATES " + json.dumps(states))
"""


def one_start(library: Path, cache: Path, data: Path) -> list[list[object]]:
    """Start the window once; the box's states as [ms, placeholder, bar shown, tip]."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = ["--cache-dir", str(cache), "--data-dir", str(data), "--library", str(library)]
    done = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("STATES ")), None)
    if line is None:
        raise SystemExit(f"the window did not report its states:\n{done.stderr[-2000:]}")
    return json.loads(line[len("STATES ") :])


def summary(states: list[list[object]]) -> tuple[float, float | None]:
    """(ms a percentage or the bar was shown, ms when the box first said it was ready)."""
    shown, ready = 0.0, None
    for (at, placeholder, bar, tip), (after, *_rest) in zip(states, states[1:], strict=False):
        if bar or "%" in str(placeholder) or "%" in str(tip):
            shown += float(after) - float(at)  # type: ignore[arg-type]
        if ready is None and str(placeholder).startswith("Search the library"):
            ready = float(at)  # type: ignore[arg-type]
    return shown, ready


def main(argv: list[str] | None = None) -> int:
    """Build once, start N times, print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--states", action="store_true", help="print each run's states")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="search-start-") as work:
        cache, data = Path(work) / "cache", Path(work) / "data"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "reader", "--cache-dir", str(cache), "--data-dir", str(data),
                        "--library", str(args.library), "index"], env=env, check=True, capture_output=True)  # fmt: skip
        one_start(args.library, cache, data)  # the catalog and page caches, as at any later start
        shown, ready = [], []
        for run in range(args.runs):
            states = one_start(args.library, cache, data)
            percent_ms, ready_ms = summary(states)
            shown.append(percent_ms)
            if ready_ms is not None:
                ready.append(ready_ms)
            print(f"run {run + 1}: a percentage or the bar shown {percent_ms:.0f} ms; ready at "
                  f"{ready_ms if ready_ms is None else round(ready_ms)} ms", flush=True)  # fmt: skip
            if args.states:
                for at, placeholder, bar, tip in states:
                    print(f"    {float(at):7.0f} ms  {placeholder!r} bar={bar} tip={tip!r}")  # type: ignore[arg-type]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"median over {args.runs} starts: percentage or bar shown {statistics.median(shown):.0f} ms, "
          f"ready at {statistics.median(ready) if ready else float('nan'):.0f} ms (load average {load:.1f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
