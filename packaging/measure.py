#!/usr/bin/env python3
"""Measure a built bundle: size, .deb size, and launch-to-first-paint (`python3 packaging/measure.py`).

Launch to first paint: the time from starting the bundled program to the window's first painted frame,
read from the app's probe (CANCER_READER_FIRST_PAINT=1 prints `first-paint <time.monotonic()>`, see
reader/ui/window/first_paint.py), and to the library being on screen (`library-shown`). Offscreen, in private
user folders; the median of several runs is printed (the first run also warms the disk cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_mb(path: Path) -> float:
    """Megabytes in a folder (files only)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def time_first_paint(exe: Path, runs: int) -> list[tuple[float, float]]:
    """(first paint, library shown) in seconds after the process was started, per run."""
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CANCER_READER_FIRST_PAINT="1",
                   XDG_DATA_HOME=scratch, XDG_CONFIG_HOME=scratch, XDG_CACHE_HOME=scratch)  # fmt: skip
        env.pop("DISPLAY", None)
        for _ in range(runs):
            started = time.monotonic()
            out = subprocess.run(
                [str(exe)], env=env, check=True, capture_output=True, text=True, timeout=60
            ).stdout
            marks = dict(
                line.split() for line in out.splitlines() if line.startswith(("first-paint", "library-shown"))
            )
            times.append((float(marks["first-paint"]) - started, float(marks["library-shown"]) - started))
    return times


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = args.dist_dir / "cancer-reader"
    exe = bundle / "cancer-reader"
    print(f"bundle: {bundle} {folder_mb(bundle):.1f} MB unpacked")
    for deb in sorted(args.dist_dir.glob("*.deb")):
        print(f"package: {deb.name} {deb.stat().st_size / 1e6:.1f} MB")
    times = time_first_paint(exe, args.runs)
    for label, values in (("first paint", [t[0] for t in times]), ("library shown", [t[1] for t in times])):
        print(f"launch to {label}: median {statistics.median(values) * 1000:.0f} ms, "
              f"min {min(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms over {len(values)} runs")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
