"""The reader's benchmark suite: start-up, article open, search, scaling and memory, with baselines.

Usage (from the project folder):
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/run.py [--library DIR] [--runs N] [--json FILE]
        [--only startup,article,open,search,scaling,memory,cpu]

Reads $CANCER_READER_CORPUS (else ../shared/corpus/nci-en) unless --library is given, and stops with a message when it is absent.
Every figure runs in fresh processes with private data and cache folders; the table shows medians
(and p95 where a target asks for it), the baseline measured in the same run, the ratio and the target.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIBRARY = Path(os.environ.get("CANCER_READER_CORPUS") or (ROOT / ".." / "shared" / "corpus" / "nci-en").resolve())
LARGEST = "pdq/types-childhood-cancers-late-effects-hp-pdq.md"
SAMPLE_SEED = 20261128
PROBE = "CANCER_READER_FIRST_PAINT"
SEED_ADDRESS = "https://www.cancer.gov/types/breast/treatment/immunotherapy"  # the bundled seed article
CPU_WINDOW_S = 120.0  # the background-work figure: CPU of the app's processes in this long after a first start

MINIMAL_APP = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextBrowser(window))
window.resize(1100, 760)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

MINIMAL_SCREENSHOT_APP = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextBrowser(window))
window.resize(1100, 760)
window.show()
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1])
import time
print(f"screenshot-saved {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
"""


@dataclass
class Figure:
    """One measured figure, as it goes into the table and the JSON."""

    label: str
    value: float | None
    unit: str
    target: str
    met: bool
    baseline: float | None = None
    p95: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """value / baseline, when there is a baseline."""
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def median(values: list[float]) -> float:
    """The median of the values that were measured (NaN for failed runs are dropped)."""
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    values = sorted(v for v in values if v == v)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, max(0, round(0.95 * len(values) + 0.5) - 1))]


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a measured process: offscreen, this source tree, private home folders."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    env.pop("PYTHONSTARTUP", None)
    return env


def timed_lines(cmd: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Run cmd; return {event: seconds since launch} from its `event <time.monotonic()>` lines."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    events: dict[str, float] = {"cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime}
    for line in proc.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        try:
            events[name] = float(stamp) - start
        except ValueError:
            continue
    if "first-paint" not in events:
        print(f"  (no first paint from {' '.join(cmd[:3])}…: {proc.stderr.strip()[-300:]})", file=sys.stderr)
    return events


# Start-up ------------------------------------------------------------------------------------------


def compile_bytecode() -> None:
    """Compile the reader's modules, as an install does (pip, the .deb), so start-up reads bytecode.

    Without this, a machine with PYTHONDONTWRITEBYTECODE set compiles every module on every start
    (~40 ms), which no installed copy does; the minimal app's PySide6 is compiled already.
    """
    compileall.compile_dir(ROOT / "reader", quiet=1)


def app_command(library: Path, data: Path, cache: Path) -> list[str]:
    """The reader's command line for a start-up run."""
    return [sys.executable, "-m", "reader", "--library", str(library), "--data-dir", str(data),
            "--cache-dir", str(cache)]  # fmt: skip


def bench_startup(library: Path, runs: int, work: Path) -> list[Figure]:
    """Start-up to first paint (warm cache, then empty cache) against a minimal PySide6 app."""
    env = child_env(**{PROBE: "1"}, HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home"))
    data, cache = work / "data", work / "cache"
    timed_lines(app_command(library, data, cache), env)  # builds the catalog (and any index) once
    minimal: list[float] = []
    warm: list[float] = []
    warm_library: list[float] = []
    cold: list[float] = []
    cold_library: list[float] = []
    cold_listed: list[float] = []
    minimal_cpu: list[float] = []
    cold_cpu: list[float] = []
    for run in range(runs):  # interleaved, so a busy moment on the machine hits all three alike
        events = timed_lines([sys.executable, "-c", MINIMAL_APP], env)
        minimal.append(events.get("first-paint", float("nan")))
        minimal_cpu.append(events["cpu"])
        events = timed_lines(app_command(library, data, cache), env)
        warm.append(events.get("first-paint", float("nan")))
        warm_library.append(events.get("library-shown", float("nan")))
        empty = work / f"empty-cache-{run}"
        events = timed_lines(app_command(library, data, empty), env)
        shutil.rmtree(empty, ignore_errors=True)
        cold.append(events.get("first-paint", float("nan")))
        cold_library.append(events.get("library-shown", float("nan")))
        cold_listed.append(events.get("library-listed", float("nan")))
        cold_cpu.append(events["cpu"])
    base = median(minimal)
    return [
        Figure("Start-up to first paint (cache built)", median(warm), "s", "≤ 2× minimal app",
               median(warm) <= 2 * base, baseline=base),
        Figure("Start-up to first paint (first launch, empty cache)", median(cold), "s", "≤ 2× minimal app",
               median(cold) <= 2 * base, baseline=base),
        Figure("Start-up to library on screen (cache built)", median(warm_library), "s", "(for information)",
               True, baseline=base),
        Figure("Start-up to the library's first articles listed (empty cache: listed as they are read)",
               median(cold_listed), "s", "(for information)", True, baseline=base),
        Figure("Start-up to the whole library on screen (first launch, empty cache)", median(cold_library), "s",
               "≤ 1.5 s (first launch)", median(cold_library) <= 1.5, baseline=base,
               note=f"whole-process CPU {median(cold_cpu):.2f} s against the minimal app's "
                    f"{median(minimal_cpu):.2f} s; load {os.getloadavg()[0]:.1f}"),
    ]  # fmt: skip


# Start-up to a readable article (whole process, as a person runs it) ---------------------------------


#: CPU seconds (user + system) of each whole_process run, for the figures' notes: on shared cores the
#: wall time counts other jobs' turns too, the CPU time much less so.
LAST_CPU: list[float] = []
#: Seconds from launch to the `screenshot-saved <time.monotonic()>` line of each whole_process run (NaN
#: without one): the picture on disk, before the process tears its window and threads down.
LAST_SAVED: list[float] = []
#: The process's CPU seconds when it saved the picture (the line's second number; NaN without one): the
#: start-up's own work, without the teardown that LAST_CPU counts and without other jobs' turns.
LAST_SAVED_CPU: list[float] = []
SCREENSHOT_PROBE = "CANCER_READER_SCREENSHOT_PROBE"


def whole_process(cmd: list[str], env: dict[str, str], timeout: float = 120) -> float:
    """Seconds from launch to exit of cmd (NaN when it fails); its CPU seconds go to LAST_CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        print(f"  ({' '.join(cmd[:3])}… still running after {timeout:.0f} s: stopped)", file=sys.stderr)
        LAST_CPU.append(float("nan"))
        LAST_SAVED.append(float("nan"))
        LAST_SAVED_CPU.append(float("nan"))
        return float("nan")
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    saved = [line.split() for line in proc.stdout.splitlines() if line.startswith("screenshot-saved ")]
    LAST_SAVED.append(float(saved[-1][1]) - start if saved else float("nan"))
    LAST_SAVED_CPU.append(float(saved[-1][2]) if saved and len(saved[-1]) > 2 else float("nan"))
    if proc.returncode != 0:
        print(f"  ({' '.join(cmd[:3])}… failed: {proc.stderr.strip()[-300:]})", file=sys.stderr)
        return float("nan")
    return elapsed


def bench_article(library: Path, runs: int, work: Path) -> list[Figure]:
    """`cancer-reader --open <seed> --screenshot a.png` against a minimal window that saves a screenshot.

    Both are whole processes, run alternately; the reader has its caches built (a second start). The
    figure with the target is launch to the picture saved (the issue's "to its screenshot"); launch to
    the process's exit (window and threads torn down) is given beside it.
    """
    env = child_env(HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home"), **{SCREENSHOT_PROBE: "1"})
    data, cache, shot = work / "article-data", work / "article-cache", str(work / "a.png")
    cmd = [*app_command(library, data, cache), "--open", SEED_ADDRESS, "--screenshot", shot]
    whole_process([*app_command(library, data, cache), "index"], env)  # the index an earlier session built
    whole_process(cmd, env)  # the catalog and the article's converted page, as an earlier session left them
    minimal: list[float] = []
    reader: list[float] = []
    minimal_saved: list[float] = []
    reader_saved: list[float] = []
    minimal_cpu: list[float] = []
    reader_cpu: list[float] = []
    minimal_saved_cpu: list[float] = []
    reader_saved_cpu: list[float] = []
    for _ in range(runs):
        minimal.append(whole_process([sys.executable, "-c", MINIMAL_SCREENSHOT_APP, shot], env))
        minimal_cpu.append(LAST_CPU[-1])
        minimal_saved.append(LAST_SAVED[-1])
        minimal_saved_cpu.append(LAST_SAVED_CPU[-1])
        reader.append(whole_process(cmd, env))
        reader_cpu.append(LAST_CPU[-1])
        reader_saved.append(LAST_SAVED[-1])
        reader_saved_cpu.append(LAST_SAVED_CPU[-1])
    base, base_saved = median(minimal), median(minimal_saved)
    ratios = [r / m for r, m in zip(reader_saved, minimal_saved, strict=True)]
    cpu_ratio = median(reader_cpu) / median(minimal_cpu)
    return [
        Figure("Start-up to a readable article (--open seed --screenshot, launch to the picture saved)",
               median(reader_saved), "s", "≤ 2× minimal app", median(reader_saved) <= 2 * base_saved,
               baseline=base_saved,
               note=f"median of per-pair ratios {median(ratios):.2f}×; load {os.getloadavg()[0]:.1f}"),
        Figure("Start-up to a readable article, whole process to its exit", median(reader), "s",
               "(for information: includes tearing the window down after the picture)", True, baseline=base,
               note=f"CPU {median(reader_cpu):.2f} s against {median(minimal_cpu):.2f} s, {cpu_ratio:.2f}×"),
        Figure("Start-up to a readable article, CPU time of the whole process", median(reader_cpu), "s",
               "(for information: less sensitive to a busy machine)", True, baseline=median(minimal_cpu)),
        Figure("Start-up to a readable article, CPU time of the process until the picture is saved",
               median(reader_saved_cpu), "s", "(for information: the start-up's own work, without the teardown)",
               True, baseline=median(minimal_saved_cpu)),
    ]  # fmt: skip


# Background work: CPU time of every process of the app after a first start --------------------------


def _proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children) from /proc/<pid>/stat."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()  # after "pid (name) "; field 3 (state) is fields[0]
    ticks = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return int(fields[1]), ticks / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds of root and all its descendants, live ones and the ones already reaped."""
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _proc_stat(int(entry))) is not None:
            stats[int(entry)] = stat
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, (parent, _) in stats.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    # A reaped process counts in its reaper's cutime/cstime, so live processes alone cover the tree.
    return sum(stats[pid][1] for pid in tree if pid in stats)


def app_cpu(cmd: list[str], env: dict[str, str], window_s: float) -> tuple[float, dict[int, float]]:
    """CPU seconds of the app's process tree window_s after launch, and at marks on the way."""
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    start = time.monotonic()
    marks: dict[int, float] = {}
    total = float("nan")
    try:
        for mark in (15, 30, 60, 90, int(window_s)):
            time.sleep(max(0.0, start + mark - time.monotonic()))
            if proc.poll() is not None:
                break
            total = marks[mark] = tree_cpu_seconds(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return total, marks


def bench_cpu(library: Path, work: Path, window_s: float = CPU_WINDOW_S) -> list[Figure]:
    """Total CPU of the app's processes in the first window_s after a first start (empty data and cache),
    and after a start with the index built but no page converted (as after an update of the reader)."""
    env = child_env(HOME=str(work / "cpu-home"), XDG_CONFIG_HOME=str(work / "cpu-home"))
    total, marks = app_cpu(app_command(library, work / "cpu-data", work / "cpu-cache"), env, window_s)
    timeline = ", ".join(f"{cpu:.1f} s by {mark} s" for mark, cpu in marks.items())
    data, cache = work / "cpu-data-2", work / "cpu-cache-2"
    subprocess.run([*app_command(library, data, cache), "index"], env=env, cwd=ROOT, capture_output=True,
                   timeout=900, check=False)  # fmt: skip
    pages, page_marks = app_cpu(app_command(library, data, cache), env, window_s)
    page_timeline = ", ".join(f"{cpu:.1f} s by {mark} s" for mark, cpu in page_marks.items())
    load = os.getloadavg()[0]
    return [
        Figure(f"CPU time of all the app's processes in the first {window_s:.0f} s after a first start",
               total, "cpu-s", "≤ 20 s", total <= 20, baseline=85.0,
               note=f"{timeline}; baseline: about one core busy for 85 s before issue 20; load {load:.1f}"),
        Figure(f"CPU time in the first {window_s:.0f} s of a start with the index built, no page converted",
               pages, "cpu-s", "(for information: the background pass alone)", True,
               note=page_timeline),
    ]  # fmt: skip


def bench_pack_startup(library: Path, runs: int, work: Path, pack: Path | None = None,
                       public: Path | None = None) -> list[Figure]:  # fmt: skip
    """Library on screen with the library installed as a pack: first launch (empty cache) against a
    second start; the same library as a plain folder on first launch for comparison."""
    sys.path.insert(0, str(ROOT))
    from reader.core.files.locations import user_packs_dir
    from reader.core.packs.install import PackStore
    from reader.core.packs.signing import key_id, load_public_key
    from reader.core.packs.trust import TrustedKey

    if pack is None or public is None:
        from reader.core.packs.build import PackInfo, build_pack
        from reader.core.packs.signing import generate_keys

        private, public = generate_keys(work / "pack-keys")
        pack = work / "library.pack"
        build_pack(library, pack, PackInfo("bench", "Bench", "Bench publisher", "1"), private)
    key = load_public_key(public)
    data = work / "pack-data"
    PackStore(user_packs_dir(data)).install(pack, [TrustedKey(key, key_id(key), public)])
    env = child_env(**{PROBE: "1"}, HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home"))
    command = [sys.executable, "-m", "reader", "--data-dir", str(data), "--cache-dir"]
    warm_cache = work / "pack-cache"
    timed_lines([*command, str(warm_cache)], env)  # the first start: fills the catalog cache
    first: list[float] = []
    second: list[float] = []
    folder: list[float] = []
    first_cpu: list[float] = []
    second_cpu: list[float] = []
    for run in range(runs):  # interleaved, so a busy moment on the machine hits all three alike
        empty = work / f"pack-empty-cache-{run}"
        events = timed_lines([*command, str(empty)], env)
        first.append(events.get("library-shown", float("nan")))
        first_cpu.append(events["cpu"])
        shutil.rmtree(empty, ignore_errors=True)
        events = timed_lines([*command, str(warm_cache)], env)
        second.append(events.get("library-shown", float("nan")))
        second_cpu.append(events["cpu"])
        plain = work / f"folder-empty-cache-{run}"
        events = timed_lines(app_command(library, work / "folder-data", plain), env)
        shutil.rmtree(plain, ignore_errors=True)
        folder.append(events.get("library-shown", float("nan")))
    base = median(second)
    ratios = [a / b for a, b in zip(first, second, strict=True) if b]
    runs_note = (f"per-run first {', '.join(f'{v:.2f}' for v in first)} s; second "
                 f"{', '.join(f'{v:.2f}' for v in second)} s; median of per-pair ratios {median(ratios):.2f}×; "
                 f"whole-process CPU {median(first_cpu):.2f} s against {median(second_cpu):.2f} s; "
                 f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    return [
        Figure("Library on screen, pack installed, first launch (empty cache)", median(first), "s",
               "≤ 1.2× a second start (issue 20; the pack issue asked ≤ 1.5×)", median(first) <= 1.2 * base,
               baseline=base, note=runs_note),
        Figure("Library on screen, same library as a folder, first launch (empty cache)", median(folder), "s",
               "(for information)", True, baseline=base),
    ]  # fmt: skip


# Article open (runs in a child process: tests/bench/open_child.py) ---------------------------------


def run_child(args: list[str], work: Path) -> tuple[dict, int]:
    """Run a measuring child; returns its JSON result and its peak RSS in KiB."""
    cmd = [sys.executable, str(ROOT / "tests" / "bench" / "open_child.py"), *args]
    proc = subprocess.Popen(cmd, env=child_env(HOME=str(work / "home")), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    out, err = proc.communicate(timeout=900)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the measuring process failed: {err.strip()[-800:]}")
    return json.loads(lines[-1]), usage.ru_maxrss


def bench_open(library: Path, runs: int, work: Path) -> list[Figure]:
    """Article open over a fixed sample of 100 articles, and the largest article's blocking time."""
    result, _ = run_child(["open", "--library", str(library), "--cache-dir", str(work / "cache"),
                           "--seed", str(SAMPLE_SEED), "--largest", LARGEST,
                           "--repeats", str(max(1, runs))], work)  # fmt: skip
    opens = result["first_open_ms"]
    cold = result["first_open_unconverted_ms"]
    again = result["cached_open_ms"]
    block = median(result["largest_block_ms"])
    return [
        Figure("Article open, 100-article sample (first open, pages prepared in the background)", median(opens),
               "ms", "median < 30 ms", median(opens) < 30, p95=p95(opens)),
        Figure("Article open, 100-article sample (first open), p95", p95(opens), "ms", "p95 < 100 ms",
               p95(opens) < 100),
        Figure("Article open, 100-article sample, nothing converted yet", median(cold), "ms",
               "(for information)", True, p95=p95(cold)),
        Figure("Article open, same sample opened again", median(again), "ms", "(for information)", True,
               p95=p95(again)),
        Figure("Largest article (1.1 MB): longest GUI-thread block", block, "ms", "< 150 ms", block < 150,
               note=f"open to painted {median(result['largest_open_ms']):.0f} ms"),
        Figure("Largest article: longest GUI-thread block in the second after (Qt lays out the rest)",
               median(result["largest_block_layout_ms"]), "ms", "(for information)", True),
        Figure("Largest article, not converted yet: longest GUI-thread block",
               median(result["largest_unconverted_block_ms"]), "ms", "(for information)", True,
               note=f"open to painted {median(result['largest_unconverted_open_ms']):.0f} ms"),
    ]  # fmt: skip


def bench_memory(library: Path, work: Path) -> list[Figure]:
    """Peak RSS of the app with the whole corpus and the largest article open."""
    result, _ = run_child(["memory", "--library", str(library), "--cache-dir", str(work / "cache"),
                           "--largest", LARGEST], work)  # fmt: skip
    mb = result["peak_rss_kib"] / 1024
    child = result.get("conversion_process_peak_rss_kib", 0) / 1024
    total = mb + child
    return [
        Figure(
            "Peak memory, corpus loaded, largest article open (window + conversion process)",
            total,
            "MB",
            "< 300 MB",
            total < 300,
            note=f"window {mb:.0f} MB, conversion process {child:.0f} MB",
        )
    ]


# Search and scaling: figures come from the search engine's own benchmark (tests/bench/search_bench.py) --


def bench_search(library: Path, runs: int, work: Path) -> list[Figure]:
    """Quality, build, incremental update and latency from tests/bench/search_bench.py."""
    from tests.bench import search_bench

    return [as_figure(f) for f in search_bench.figures(library, runs=runs, work=work)]


def bench_scaling(library: Path, runs: int, work: Path) -> list[Figure]:
    """Index build time and search p95 at 1x, 2x and 4x the corpus."""
    from tests.bench import search_bench

    return [as_figure(f) for f in search_bench.scaling_figures(library, runs=runs, work=work)]


def as_figure(found: dict[str, object]) -> Figure:
    """A Figure from search_bench's dict; its other figures (FTS5 baseline, CPU time, ...) go in the note."""
    known = set(Figure.__dataclass_fields__)
    extras = {k: v for k, v in found.items() if k not in known}
    figure = Figure(**{k: v for k, v in found.items() if k in known})  # type: ignore[arg-type]
    if extras:
        shown = ", ".join(f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in extras.items())
        figure.note = "; ".join(filter(None, [figure.note, shown]))
    return figure


# Output --------------------------------------------------------------------------------------------


def fmt(value: float | None, unit: str) -> str:
    """A number for the table."""
    if value is None or value != value:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms"
    if unit == "cpu-s":
        return f"{value:.1f} s of CPU"
    return f"{value:.0f} {unit}" if unit in ("ms", "MB") else f"{value:.3g} {unit}".strip()


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table."""
    rows = ["| Figure | Median | p95 | Baseline | Ratio | Target | Met |", "|---|---|---|---|---|---|---|"]
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "–"
        met = "yes" if f.met else "**no**"
        label = f.label + (f" ({f.note})" if f.note else "")
        rows.append(f"| {label} | {fmt(f.value, f.unit)} | {fmt(f.p95, f.unit)} | "
                    f"{fmt(f.baseline, f.unit)} | {ratio} | {f.target} | {met} |")  # fmt: skip
    return "\n".join(rows)


def key_of(label: str) -> str:
    """A JSON key for a figure's label."""
    words = "".join(c if c.isalnum() else " " for c in label.lower()).split()
    return "_".join(words)


def to_json(figures: list[Figure]) -> dict:
    """One key per figure with value, unit, baseline, target and met."""
    out = {}
    for f in figures:
        item = {k: v for k, v in asdict(f).items() if k != "label" and v not in (None, "")}
        item.setdefault("value", None)
        item["met"] = f.met
        if f.ratio is not None:
            item["ratio"] = round(f.ratio, 3)
        out[key_of(f.label)] = item
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the suite and print the table (and write JSON when asked)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY, help="the corpus folder")
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up figure (default 7)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--only", default="startup,article,open,search,scaling,memory,cpu",
                        help="comma-separated sections to run (also: pack)")  # fmt: skip
    parser.add_argument("--pack", type=Path, help="for 'pack': a pack of the library (else one is built)")
    parser.add_argument("--pack-key", type=Path, help="for 'pack': the public key that signed --pack")
    args = parser.parse_args(argv)
    library = args.library.resolve()
    if not (library / LARGEST).is_file():
        print(f"The corpus is not at {library} (or lacks {LARGEST}); pass --library DIR.", file=sys.stderr)
        return 2
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    figures: list[Figure] = []
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        work = Path(tmp)
        for name in wanted:
            print(f"Measuring {name}…", file=sys.stderr, flush=True)
            if name == "startup":
                figures += bench_startup(library, args.runs, work)
            elif name == "article":
                figures += bench_article(library, args.runs, work)
            elif name == "cpu":
                figures += bench_cpu(library, work)
            elif name == "open":
                figures += bench_open(library, args.runs, work)
            elif name == "search":
                figures += bench_search(library, args.runs, work)
            elif name == "scaling":
                figures += bench_scaling(library, args.runs, work)
            elif name == "memory":
                figures += bench_memory(library, work)
            elif name == "pack":
                figures += bench_pack_startup(library, args.runs, work, args.pack, args.pack_key)
            else:
                parser.error(f"unknown section {name!r}")
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps(to_json(figures), indent=2) + "\n", encoding="utf-8")
        print(f"Wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
