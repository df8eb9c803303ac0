"""Shared test helpers: paths and small article files."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# CANCER_READER_CORPUS points at the corpus from a worktree that is not beside ../shared.
CORPUS = Path(os.environ.get("CANCER_READER_CORPUS") or ROOT.parent / "shared" / "corpus" / "nci-en")
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
