"""A long day at a kiosk: 2,000 articles opened in a row in one window; memory and speed hold."""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow

OPENS = 2000
PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024


def rss_bytes() -> int:
    """Resident memory of this process, from /proc/self/statm."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * PAGE


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.timeout(600)
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc to read memory use")
def test_two_thousand_articles_in_a_row(
    qtbot: QtBot, corpus: Path, make_window: Callable[..., MainWindow], record_property: Callable
) -> None:
    window = make_window(corpus)
    articles = sorted(window.library, key=lambda a: a.key)
    assert len(articles) > 1000
    times: list[float] = []
    cpu: list[float] = []  # this process's own CPU per open: a slowdown costs it whatever the load
    rss: list[int] = []
    started = time.perf_counter()
    for n in range(OPENS):
        article = articles[n % len(articles)]
        t, c = time.perf_counter(), time.process_time()
        with qtbot.waitSignal(window.articleShown, timeout=30000):
            window.open_article(article.key)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if n % 100 == 99:
            gc.collect()
            rss.append(rss_bytes())
    total = time.perf_counter() - started
    assert window.current is articles[(OPENS - 1) % len(articles)]
    # The same articles, opened the first time (after warm-up) and the second time round.
    lap = len(articles)
    same = range(100, OPENS - lap)
    first = statistics.median(times[i] for i in same)
    second = statistics.median(times[i + lap] for i in same)
    first_cpu = statistics.median(cpu[i] for i in same)
    second_cpu = statistics.median(cpu[i + lap] for i in same)
    warm, end = rss[1], rss[-1]  # after 200 opens (fonts, caches and converters are warm) and at the end
    growth = (end - warm) / MB
    record_property("long_run", f"{OPENS} opens in {total:.0f} s; median open {first * 1000:.0f} ms first lap, "
                    f"{second * 1000:.0f} ms second lap; RSS {warm / MB:.0f} MB after 200 -> {end / MB:.0f} MB "
                    f"after {OPENS} (+{growth:.0f} MB); peak {max(rss) / MB:.0f} MB")  # fmt: skip
    print(f"\nlong run: {total:.1f} s; medians {first * 1000:.1f} / {second * 1000:.1f} ms; "
          f"CPU {first_cpu * 1000:.1f} / {second_cpu * 1000:.1f} ms; RSS {[round(r / MB) for r in rss]} MB")  # fmt: skip
    # CPU, not wall time: other work on a shared machine stretches the wall clock of one lap, not this
    # process's own work per open.
    assert second_cpu < first_cpu * 1.5 + 0.02, (
        f"opening slowed down: {first_cpu:.3f} s -> {second_cpu:.3f} s of CPU"
    )
    assert growth < 120, f"memory grew by {growth:.0f} MB over {OPENS - 200} opens"
