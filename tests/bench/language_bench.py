"""Languages benchmark: start-up with a translation loaded against English, and Spanish search quality.

Run from the project folder:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/language_bench.py [--runs N] [--queries FILE]

- Start-up: first paint of the window (the CANCER_READER_FIRST_PAINT probe) with `--language en` and
  `--language es`, interleaved, in fresh processes on the bundled library; medians. Target: Spanish
  within 5% of English.
- Search: success@3 of the Spanish queries in FILE (query<TAB>expected article file names or addresses,
  space-separated; a hit is any of them) on the bundled English seed plus the Spanish library, as a
  Spanish reader searches. The queries must be written by someone who has not seen
  resources/search/synonyms_es.txt (tests/bench/spanish_queries.tsv once there is one).
- Untranslated strings per language (scripts/translations.py status).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from run import PROBE, child_env, compile_bytecode, timed_lines  # noqa: E402

DEFAULT_QUERIES = ROOT / "tests" / "bench" / "spanish_queries.tsv"


def startup(runs: int, work: Path) -> dict[str, float]:
    """Median seconds to first paint per language."""
    env = child_env(**{PROBE: "1"}, HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home"))
    times: dict[str, list[float]] = {"en": [], "es": []}
    for language in times:  # catalogs and indexes built once, outside the measure
        timed_lines(command(language, work), env)
    for _ in range(runs):
        for language in times:
            events = timed_lines(command(language, work), env)
            times[language].append(events.get("first-paint", float("nan")))
    return {language: statistics.median(values) for language, values in times.items()}


def command(language: str, work: Path) -> list[str]:
    """The reader's command line for one start in a language."""
    return [sys.executable, "-m", "reader", "--language", language, "--data-dir", str(work / f"data-{language}"),
            "--cache-dir", str(work / f"cache-{language}")]  # fmt: skip


def read_queries(path: Path) -> list[tuple[str, set[str]]]:
    """(query, acceptable answers) from a TSV file; # comments."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, _, answers = line.partition("\t")
            found.append((query.strip(), set(answers.split())))
    return found


def search_quality(queries: list[tuple[str, set[str]]], work: Path) -> tuple[float, list[str]]:
    """success@3 and the lines of a per-query report."""
    from reader.core.languages import translate
    from reader.core.library.catalog import Library
    from reader.core.search.index import SearchIndex

    library = Library.load([ROOT / "seeds", ROOT / "resources" / "libraries" / "es"])
    index = SearchIndex.open(work / "search-cache")
    index.update(library)
    translate.install(None, "es")
    report, hits = [], 0
    for query, answers in queries:
        top = [library.get(h.key) for h in index.search(query, limit=3).hits]
        names = [a.path.name for a in top if a is not None]
        urls = [a.url for a in top if a is not None]
        ok = bool(answers & (set(names) | set(urls) | {n.removesuffix(".md") for n in names}))
        hits += ok
        report.append(f"{'ok ' if ok else 'MISS'} {query!r}: {', '.join(names) or '(nothing)'}")
    index.close()
    return hits / max(1, len(queries)), report


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--queries", type=Path, default=DEFAULT_QUERIES)
    parser.add_argument("--only", default="startup,search,strings")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="language-bench-") as tmp:
        work = Path(tmp)
        if "strings" in parts:
            from scripts.translations import compile_all, sources, untranslated

            compile_all()
            for ts in sources():
                print(f"Untranslated strings, {ts.stem.removeprefix('reader_')}: {len(untranslated(ts))}")
        if "startup" in parts:
            compile_bytecode()
            medians = startup(args.runs, work)
            ratio = medians["es"] / medians["en"]
            print(f"Start-up to first paint, median of {args.runs}: English {medians['en']:.3f} s, "
                  f"Spanish {medians['es']:.3f} s, ratio {ratio:.3f} (target <= 1.05)")  # fmt: skip
        if "search" in parts:
            if not args.queries.is_file():
                print(f"Spanish search: no queries at {args.queries} (they must come from someone else)")
            else:
                queries = read_queries(args.queries)
                score, report = search_quality(queries, work)
                print("\n".join(report))
                print(f"Spanish search success@3 on {len(queries)} queries: {score:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
