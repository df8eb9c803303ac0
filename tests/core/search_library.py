"""Small libraries of articles for the search tests, written into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, name: str, title: str, url: str, body: str, types: str = "general",
          tags: str = "support") -> Path:  # fmt: skip
    """Write one article file with front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    type_lines = "\n".join(f"- {t.strip()}" for t in types.split(","))
    tag_lines = "\n".join(f"- {t.strip()}" for t in tags.split(","))
    text = (
        f"---\ntitle: {title} - NCI\nurl: https://www.cancer.gov{url}\naudienceLevel: patient\nlanguage: en\n"
        f"cancerTypes:\n{type_lines}\ntags:\n{tag_lines}\nstatus: active\n---\n\n# {title}\n\n{body}\n"
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ARTICLES = [
    (
        "fatigue.md",
        "Fatigue and Cancer",
        "/side-effects/fatigue",
        "Fatigue is the most common side effect of chemotherapy. Rest and light exercise help.",
        "general",
        "support",
    ),
    (
        "nausea.md",
        "Nausea and Vomiting",
        "/side-effects/nausea-vomiting",
        "## Why it happens\n\nVomiting and nausea after chemotherapy can be prevented with antiemetics.",
        "general",
        "support",
    ),
    (
        "diarrhea.md",
        "Diarrhea and Cancer",
        "/side-effects/diarrhea",
        "Diarrhea means loose, watery stools. Drink fluids to prevent dehydration from diarrhea.",
        "colorectal",
        "support",
    ),
    (
        "breast-immuno.md",
        "Immunotherapy for Breast Cancer",
        "/types/breast/treatment/immunotherapy",
        "You may get [pembrolizumab (Keytruda)](/drugs/pembrolizumab) for triple-negative breast cancer. "
        "Pembrolizumab (Keytruda) helps the immune system.",
        "breast",
        "treatment",
    ),
    (
        "pembro.md",
        "Pembrolizumab",
        "/drugs/pembrolizumab",
        "This drug is an immune checkpoint inhibitor given by infusion.",
        "breast,lung",
        "treatment",
    ),
    (
        "lymph.md",
        "Lymphedema",
        "/side-effects/lymphedema",
        "Lymphedema is swelling of the arm or leg after lymph nodes are removed.",
        "breast",
        "support",
    ),
    (
        "lymph-hp.md",
        "Lymphedema (PDQ) Health Professional Version",
        "/side-effects/lymphedema/lymphedema-hp-pdq",
        "Lymphedema is a chronic condition. Lymphedema incidence after axillary dissection is reported.",
        "breast",
        "pdq",
    ),
    (
        "lung.md",
        "Lung Cancer Screening",
        "/types/lung/screening",
        "Screening with low-dose CT scans finds lung cancer early in people who smoked.",
        "lung",
        "cancer-type",
    ),
]


def make_library(folder: Path, articles: list[tuple[str, ...]] | None = None) -> Library:
    """Write the sample articles (or the given ones) and load them as a Library."""
    for name, title, url, body, types, tags in articles or ARTICLES:
        write(folder, name, title, url, body, types, tags)
    return Library.load([folder])


def filler(folder: Path, count: int, words: int = 400) -> None:
    """Write count plain articles, to make builds take a little while."""
    text = " ".join(f"word{i % 997} treatment patient" for i in range(words))
    for n in range(count):
        write(folder, f"filler-{n:04d}.md", f"Filler article {n}", f"/filler/{n}", text)


def cache_folder_unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any index folder with "cache" in its path count as not writable (as on a locked-down kiosk)."""
    real_writable = SearchIndex.writable
    monkeypatch.setattr(SearchIndex, "writable", lambda self: "cache" not in str(self.root) and real_writable(self))
