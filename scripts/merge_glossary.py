"""Merge the glossary work files into resources/glossary/entries/<letter>.json (one-off, re-runnable).

Usage: python scripts/merge_glossary.py [--work /tmp/glossary_work] [--out resources/glossary/entries]

Inputs (in --work): out/existing_fixed.json (the reviewed original entries), out/chunk1..5.json (new
entries), review/*.json (second-pass reviews: key -> {verdict, note, articles, corrected fields}).
Steps: apply each review's corrected fields to the entry it names (key = first id, else first slug),
then our gate fixes (scripts/glossary_gate_fixes.json);
de-duplicate by normalised term (union of ids and slugs; the earlier entry's text wins, existing_fixed
first); an id or slug already owned by an earlier entry is dropped from the later one; aliases that are
too short, generic, another entry's term or already another entry's alias are dropped (generic ones move
to `related`); then write one file per first letter (digits and symbols in `0-9.json`).
Prints a summary of what it changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.glossary.entries import (  # noqa: E402
    BUNDLED_SOURCE,
    FORMAT_NAME,
    FORMAT_VERSION,
    bundled_file_name,
    normalize_words,
)
from reader.core.glossary.quality import GENERIC_ALIASES, MIN_ALIAS_CHARS, NOT_REVIEWED  # noqa: E402

FIELDS = ("ids", "slugs", "term", "aliases", "related", "pronunciation", "definition", "written", "review")
#: Our own rewrites of entries the gate (tests/core/test_glossary_data.py) failed: key -> fields.
GATE_FIXES = Path(__file__).with_name("glossary_gate_fixes.json")
CORRECTABLE = ("definition", "aliases", "related", "pronunciation", "term")


def key_of(entry: dict) -> str:
    """The review key: the first id, else the first slug."""
    return (entry.get("ids") or entry.get("slugs") or [""])[0]


def load_reviews(folder: Path) -> dict[str, tuple[str, dict]]:
    """key -> (reviewer, review) from every review file that parses (partial files are fine)."""
    reviews: dict[str, tuple[str, dict]] = {}
    for path in sorted(folder.glob("[A-Z].json")):  # reviewers keep scratch files beside them
        data: object
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"skipped review file {path.name}: {exc}")
            continue
        for key, review in data.items() if isinstance(data, dict) else ():
            if isinstance(review, dict):
                reviews[str(key)] = (path.stem, review)
    return reviews


def review_note(reviewer: str, review: dict) -> str:
    """The text kept in an entry's `review` field."""
    verdict = str(review.get("verdict") or "").strip() or "reviewed"
    note = str(review.get("note") or "").strip()
    articles = [str(a) for a in review.get("articles") or [] if a]
    text = f"second pass ({reviewer}), {verdict}" + (f": {note}" if note else "")
    if articles:
        text += f" [compared with: {', '.join(Path(a).name for a in articles[:3])}]"
    return text


def merge(work: Path) -> tuple[list[dict], Counter]:
    """The merged entries and counts of what was changed."""
    stats: Counter = Counter()
    reviews = load_reviews(work / "review")
    gate_fixes = json.loads(GATE_FIXES.read_text(encoding="utf-8"))
    sources = [work / "out" / "existing_fixed.json"] + sorted((work / "out").glob("chunk*.json"))
    raw: list[dict] = []
    for path in sources:
        for item in json.loads(path.read_text(encoding="utf-8")):
            entry = {f: item.get(f) for f in FIELDS}
            for f in ("ids", "slugs", "aliases", "related"):
                entry[f] = [str(v).strip() for v in entry[f] or [] if str(v).strip()]
            for f in ("term", "pronunciation", "definition", "written", "review"):
                entry[f] = " ".join(str(entry[f] or "").split())
            found = reviews.get(key_of(entry))
            first_pass = entry["review"]
            if found:
                reviewer, review = found
                stats[f"review verdict {review.get('verdict') or '?'}"] += 1
                for f in CORRECTABLE:
                    if f in review and review[f] is not None and review[f] != entry[f]:
                        entry[f] = review[f]
                        stats[f"reviewer fixed {f}"] += 1
                entry["review"] = review_note(reviewer, review)
            else:
                entry["review"] = NOT_REVIEWED
            if path.stem == "existing_fixed" and first_pass:
                entry["review"] += f"; first pass: {first_pass}"
            fix = gate_fixes.get(key_of(entry))
            if fix and found and any(f in found[1] for f in fix):
                fix = None  # the reviewer rewrote it too: theirs wins (the gate test checks it again)
                stats["gate rewrites left out (the reviewer rewrote the entry)"] += 1
            if fix:
                entry.update({f: v for f, v in fix.items() if f in CORRECTABLE})
                entry["review"] += "; rewritten to pass the gate (8-word copy or identical text)"
                stats["definitions rewritten by the gate (copies, identical text)"] += 1
            entry["source_file"] = path.stem
            raw.append(entry)
    stats["entries read"] = len(raw)

    merged: list[dict] = []
    by_term: dict[str, dict] = {}
    id_owner: dict[str, dict] = {}
    for entry in raw:
        norm = normalize_words(entry["term"])
        keep = by_term.get(norm)
        if keep is None:
            keep = dict(entry, ids=[], slugs=[])
            by_term[norm] = keep
            merged.append(keep)
        else:
            stats["duplicates merged by term"] += 1
            keep["related"] += [r for r in entry["related"] if r not in keep["related"]]
        for kind in ("ids", "slugs"):
            for value in entry[kind]:
                value = value.lower()
                owner = id_owner.get(f"{kind}:{value}")
                if owner is None:
                    id_owner[f"{kind}:{value}"] = keep
                    keep[kind].append(value)
                elif owner is not keep:
                    stats[f"{kind} dropped (owned by an earlier entry)"] += 1

    terms = {normalize_words(e["term"]) for e in merged}
    alias_owner: dict[str, dict] = {}
    for entry in merged:
        kept: list[str] = []
        for alias in entry["aliases"]:
            norm = normalize_words(alias)
            if norm == normalize_words(entry["term"]) or norm in {normalize_words(a) for a in kept}:
                stats["aliases removed (same as the term or repeated)"] += 1
            elif len(norm) < MIN_ALIAS_CHARS:
                stats["aliases removed (too short)"] += 1
            elif norm in GENERIC_ALIASES:
                stats["aliases moved to related (generic word)"] += 1
                entry["related"].append(alias)
            elif norm in terms:
                stats["aliases moved to related (another entry's term)"] += 1
                entry["related"].append(alias)
            elif norm in alias_owner:
                stats["aliases removed (already another entry's alias)"] += 1
            else:
                alias_owner[norm] = entry
                kept.append(alias)
        entry["aliases"] = kept
        seen: set[str] = set()
        entry["related"] = [
            r for r in entry["related"]
            if normalize_words(r) != normalize_words(entry["term"])
            and not (normalize_words(r) in seen or seen.add(normalize_words(r)))
        ]  # fmt: skip
    for entry in merged:
        del entry["source_file"]
    merged.sort(key=lambda e: (normalize_words(e["term"]), e["ids"]))
    stats["entries written"] = len(merged)
    return merged, stats


def write(entries: list[dict], out: Path) -> list[Path]:
    """One file per first letter; old files in out that are no longer needed are removed."""
    groups: dict[str, list[dict]] = {}
    for entry in entries:
        groups.setdefault(bundled_file_name(entry["term"]), []).append(entry)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, group in sorted(groups.items()):
        data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "source": BUNDLED_SOURCE, "entries": group}
        path = out / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    for old in out.glob("*.json"):
        if old not in written:
            old.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    """Merge and write; print what changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/glossary_work"))
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "glossary" / "entries")
    args = parser.parse_args(argv)
    entries, stats = merge(args.work)
    files = write(entries, args.out)
    for name, count in sorted(stats.items()):
        print(f"{name}: {count}")
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
