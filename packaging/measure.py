#!/usr/bin/env python3
"""Measure a built bundle: size, .deb size, and launch-to-first-paint (`python3 packaging/measure.py`).

Launch-to-first-paint is the wall time of `cancer-reader --screenshot FILE` offscreen: process start,
library load, window built and painted, picture saved, exit. It is an upper bound on the time before
a person sees the window. The median of several runs is printed (the first run also warms the disk cache).
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
SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


def folder_mb(path: Path) -> float:
    """Megabytes in a folder (files only)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def time_screenshot(exe: Path, extra: list[str], runs: int) -> list[float]:
    """Seconds per run of `exe --screenshot` offscreen, in private user folders."""
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=scratch, XDG_CONFIG_HOME=scratch,
                   XDG_CACHE_HOME=scratch)  # fmt: skip
        env.pop("DISPLAY", None)
        for i in range(runs):
            shot = Path(scratch) / f"shot-{i}.png"
            started = time.perf_counter()
            subprocess.run(
                [str(exe), *extra, "--screenshot", str(shot)], env=env, check=True, capture_output=True
            )
            times.append(time.perf_counter() - started)
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
    for label, extra in (("home view", []), ("seed article", ["--open", SEED_URL])):
        times = time_screenshot(exe, extra, args.runs)
        print(f"launch to first paint ({label}): median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {len(times)} runs")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
