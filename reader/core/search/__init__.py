"""Searching the library (the engine modules import Whoosh; this one imports nothing).

A full index build reports its progress on a scale of PROGRESS_SCALE, shared out between its stages
as STAGES says, and names each stage as it starts, so a progress bar moves through the whole build
(reading the articles, then writing the index, then finishing) instead of waiting at the end.
"""

PROGRESS_SCALE = 1000
#: (where on PROGRESS_SCALE a stage starts, what it is called for the person).
STAGES = (
    (0, "getting ready"),
    (20, "reading the articles"),
    (700, "writing the index"),
    (960, "finishing"),
)


def stage_start(name: str) -> int:
    """Where a stage starts on PROGRESS_SCALE."""
    return next(start for start, stage in STAGES if stage == name)


def stage_end(name: str) -> int:
    """Where a stage ends on PROGRESS_SCALE (where the next one starts)."""
    starts = [start for start, _ in STAGES] + [PROGRESS_SCALE]
    return starts[[stage for _, stage in STAGES].index(name) + 1]


def scaled(name: str, done: int, total: int) -> int:
    """How far through the whole build, on PROGRESS_SCALE, done of total of a stage is."""
    start, end = stage_start(name), stage_end(name)
    return start + (end - start) * max(0, min(done, total)) // max(1, total)
