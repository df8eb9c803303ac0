"""Where articles sit, before and after issue 14: cancer types, /types/X/ labels, twins, reading grade.

Run: /work/main/.venv/bin/python tests/bench/library_placement.py [CORPUS]
(default ../shared/corpus/nci-en). "Before" is the front matter's cancerTypes; "after" is placement.py.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.library.catalog import Library  # noqa: E402
from reader.core.library.placement import HEALTH_PROFESSIONAL, PATIENT, cancer_type_name, slug  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the tables."""
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent.parent / "shared" / "corpus" / "nci-en"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus/nci-en")
    start = time.perf_counter()
    library = Library.load([corpus])
    load_s = time.perf_counter() - start
    articles = list(library)
    before = Counter(slug(t) for a in articles for t in a.declared_cancer_types)
    after = library.cancer_types()
    print(f"{len(articles)} articles from {corpus} ({load_s:.1f} s to load, {len(library.errors)} not loaded)\n")
    print("| Cancer type (shown as) | before (front matter) | after (address) |")
    print("|---|---:|---:|")
    for key, _count in (before + after).most_common(25):
        print(f"| {cancer_type_name(key)} | {before.get(key, 0)} | {after.get(key, 0)} |")
    print(f"\nDistinct cancer types: before {len(before)}, after {len(after)}")

    typed = [a for a in articles if a.site_path.startswith("/types/")]
    labelled = [a for a in typed if a.site_path.split("/")[2] in a.cancer_types]
    general = {"common-cancers", "by-body-location", "metastatic-cancer", "recurrent-cancer"}
    expected = [a for a in typed if a.site_path.split("/")[2] not in general]
    right = [a for a in expected if a.site_path.split("/")[2] in a.cancer_types]
    right_before = [a for a in expected if a.site_path.split("/")[2] in {slug(t) for t in a.declared_cancer_types}]
    print(f"\n/types/X/ articles labelled X: before {len(right_before)}/{len(expected)} "
          f"({100 * len(right_before) / len(expected):.1f}%), after {len(right)}/{len(expected)} "
          f"({100 * len(right) / len(expected):.1f}%)  [{len(typed) - len(expected)} general /types/ pages "
          f"have no single type; {len(labelled)} of all {len(typed)} carry their slug]")
    def others(a: object, types: set[str]) -> bool:
        return bool(types - {a.site_path.split("/")[2], "childhood-cancers", "childhood cancers"})

    before_extra = sum(1 for a in expected if others(a, {slug(t) for t in a.declared_cancer_types}))
    after_extra = sum(1 for a in expected if others(a, set(a.cancer_types)))
    print(f"/types/X/ articles also labelled with another cancer type: before {before_extra}, after {after_extra}")
    general_before = sum(1 for a in articles if not a.site_path.startswith("/types/") and a.declared_cancer_types
                         and {slug(t) for t in a.declared_cancer_types} != {"general"})
    general_after = sum(1 for a in articles if not a.site_path.startswith("/types/") and a.cancer_types)
    print(f"General pages (outside /types/) carrying a cancer type: before {general_before}, after {general_after}")

    summaries = [a for a in articles if a.audience_level == PATIENT and a.site_path.endswith("-pdq")]
    paired = [a for a in summaries if library.twin(a) is not None]
    hp = [a for a in articles if a.audience_level == HEALTH_PROFESSIONAL]
    hp_paired = [a for a in hp if library.twin(a) is not None]
    print(f"\nPDQ patient summaries paired with their professional version: {len(paired)}/{len(summaries)} "
          f"({100 * len(paired) / len(summaries):.1f}%)")
    said_hp = sum(1 for a in articles if "audienceLevel: patient" not in a.path.read_text(encoding="utf-8")[:3000])
    print(f"Health-professional articles: {len(hp)} (front matter said {said_hp}); "
          f"paired with a patient version: {len(hp_paired)}")
    unpaired = [a.site_path for a in summaries if library.twin(a) is None]
    for path in unpaired:
        print(f"  unpaired: {path}")

    graded = [a for a in articles if a.reading_grade is not None]
    pat = [a.reading_grade for a in graded if a.audience_level == PATIENT]
    pro = [a.reading_grade for a in graded if a.audience_level == HEALTH_PROFESSIONAL]
    print(f"\nReading grade for {len(graded)}/{len(articles)} articles; median patient "
          f"{statistics.median(pat):.1f}, health professional {statistics.median(pro):.1f}")
    easy = sum(1 for g in pat if g <= 8)
    print(f"Patient articles 'Easy to read' (grade <= 8): {easy}/{len(pat)}")

    heading = re.compile(r"#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    opening = [(a, heading.match(a.page_body.lstrip("\n"))) for a in articles]
    second = [(a, m) for a, m in opening if m]
    same = sum(1 for a, m in second if norm(m.group(1)) == norm(a.display_title))
    print(f"\nPages whose body opens with another H1 under the title: {len(second)}/{len(articles)} "
          f"({same} of them the title word for word)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
