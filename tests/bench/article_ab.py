"""Start-up to a readable article, alternating several checkouts of the reader and the minimal app.

Usage (from the project folder):
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/article_ab.py [--runs 15] [--library DIR] TREE [TREE ...]

Each TREE is a checkout's folder (its `reader` package is run with PYTHONPATH set to it). Each is prepared as
run.py's `article` figure prepares it (an index, then one run to leave the catalog and the page's cache),
each in its own private folders; then every round runs each tree and the minimal app once, in an order
that turns round by round, so a busy moment on a shared machine hits all alike. Printed per tree: the
median time to the picture saved and to exit, the median CPU time of the whole process (user + system),
their ratios to the minimal app's, the median of per-round ratios, and the mean of the lowest quarter
(less sensitive to other jobs); the median CPU time of the process until the picture is saved (the
start-up's own work, without tearing down; NaN for a checkout whose probe line does not give it); and the
load average over the run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_LIBRARY, MINIMAL_SCREENSHOT_APP, SCREENSHOT_PROBE, SEED_ADDRESS  # noqa: E402

#: Seconds to the picture saved, seconds to exit, CPU seconds to exit, CPU seconds to the picture saved.
Result = tuple[float, float, float, float]


def environment(home: Path, root: str | None) -> dict[str, str]:
    """Offscreen, private home folders, the probe that prints when the picture is saved; this tree first."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home),
               **{SCREENSHOT_PROBE: "1"})  # fmt: skip
    env.pop("PYTHONSTARTUP", None)
    if root:
        env["PYTHONPATH"] = root
    return env


def timed(cmd: list[str], env: dict[str, str], cwd: str) -> Result:
    """Run cmd once; NaN times when it saves no picture."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=cwd, timeout=120)
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    saved = [line.split() for line in proc.stdout.splitlines() if line.startswith("screenshot-saved ")]
    if proc.returncode or not saved:
        return float("nan"), float("nan"), float("nan"), float("nan")
    # (a checkout older than the second number prints none)
    cpu_to_picture = float(saved[-1][2]) if len(saved[-1]) > 2 else float("nan")
    return float(saved[-1][1]) - start, elapsed, cpu, cpu_to_picture


def lowest_quarter(values: list[float]) -> float:
    """The mean of the lowest quarter of the values."""
    ordered = sorted(values)
    return statistics.mean(ordered[: max(1, len(ordered) // 4)])


def main() -> int:
    """Prepare each tree, run the rounds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts of the reader to compare")
    parser.add_argument("--runs", type=int, default=15, help="rounds (each runs every tree and the minimal app)")
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY, help="the corpus folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="article-ab-"))
    commands: dict[str, tuple[list[str], dict[str, str], str]] = {}
    for number, tree in enumerate(args.trees):
        root = str(tree.resolve())
        compileall.compile_dir(Path(root) / "reader", quiet=1)  # as an install does (see run.py)
        env = environment(work / "home", root)
        base = [sys.executable, "-m", "reader", "--library", str(args.library),
                "--data-dir", str(work / f"data{number}"), "--cache-dir", str(work / f"cache{number}")]  # fmt: skip
        subprocess.run([*base, "index"], env=env, cwd=root, capture_output=True, timeout=600)
        command = [*base, "--open", SEED_ADDRESS, "--screenshot", str(work / f"a{number}.png")]
        timed(command, env, root)  # the catalog and the page's cache, as an earlier session left them
        commands[root] = (command, env, root)
    commands["minimal app"] = ([sys.executable, "-c", MINIMAL_SCREENSHOT_APP, str(work / "m.png")],
                               environment(work / "home", None), str(work))  # fmt: skip
    names = list(commands)
    results: dict[str, list[Result]] = {name: [] for name in names}
    loads = [os.getloadavg()[0]]
    for round_number in range(args.runs):
        turn = round_number % len(names)
        for name in names[turn:] + names[:turn]:
            results[name].append(timed(*commands[name]))
        loads.append(os.getloadavg()[0])
    minimal = results["minimal app"]
    base_saved = statistics.median(r[0] for r in minimal)
    base_cpu = statistics.median(r[2] for r in minimal)
    base_cpu_to_picture = statistics.median(r[3] for r in minimal)
    for name in names:
        saved = [r[0] for r in results[name]]
        cpu = [r[2] for r in results[name]]
        cpu_to_picture = statistics.median(r[3] for r in results[name])
        pairs = statistics.median(r[0] / m[0] for r, m in zip(results[name], minimal, strict=True))
        print(f"{name}\n  picture {statistics.median(saved) * 1000:.1f} ms ({statistics.median(saved) / base_saved:.3f}x, "
              f"per-round {pairs:.3f}x), exit {statistics.median(r[1] for r in results[name]) * 1000:.1f} ms, "
              f"CPU {statistics.median(cpu) * 1000:.1f} ms ({statistics.median(cpu) / base_cpu:.3f}x); "
              f"lowest quarter: picture {lowest_quarter(saved) * 1000:.1f} ms, CPU {lowest_quarter(cpu) * 1000:.1f} ms\n"
              f"  CPU to the picture {cpu_to_picture * 1000:.1f} ms ({cpu_to_picture / base_cpu_to_picture:.3f}x)")  # fmt: skip
    print(f"{args.runs} rounds, load average {min(loads):.2f}-{max(loads):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
