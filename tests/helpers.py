"""Shared test helpers: paths and small article files."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_folder() -> Path:
    """The shared NCI corpus: $CANCER_READER_CORPUS when set, else ../shared/corpus/nci-en beside the
    project or beside the folder of a git worktree (the first that exists; the first when none does)."""
    chosen = os.environ.get("CANCER_READER_CORPUS")
    if chosen:
        return Path(chosen)
    candidates = [base / "shared" / "corpus" / "nci-en" for base in (ROOT.parent, ROOT.parent.parent)]
    return next((c for c in candidates if c.is_dir()), candidates[0])


#: Every corpus test and benchmark takes the corpus from here (the `corpus` fixture in tests/conftest.py).
CORPUS = corpus_folder()
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "breast-cancer-immunotherapy.md"


def write_article(folder: Path, name: str, title: str, url: str, body: str, **fields: str) -> Path:
    """Write a small article file with front matter into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["---", f"title: {title}", f"url: {url}"]
    lines += [f"{k}: {v}" for k, v in fields.items()]
    lines += ["---", "", body]
    path = folder / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# Root ignores file modes (CAP_DAC_OVERRIDE). A check that needs modes to bind runs in a child that first
# drops those capabilities from its bounding set and re-executes itself (Linux), so it runs as root too.
DROP_FILE_OVERRIDE = """
import ctypes, os, sys
if os.geteuid() == 0 and os.environ.get("READER_TEST_CAPS_DROPPED") != "1":
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")
    os.environ["READER_TEST_CAPS_DROPPED"] = "1"
    os.execv(sys.executable, [sys.executable, *sys.argv])
"""
