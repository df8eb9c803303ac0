"""Ranking tuning harness: success@3 and MRR@10 per query set in about a second, for any RankWeights.

Run from the project root:
    python tests/bench/ranking_tune.py                  # the shipped weights, per set
    python tests/bench/ranking_tune.py --set professional=0.5 --set kind_article=2.2
    python tests/bench/ranking_tune.py --sweep          # one weight at a time, each set's change
    python tests/bench/ranking_tune.py --cv             # leave-one-set-out coordinate ascent
    python tests/bench/ranking_tune.py --ranks          # where answers ranked 2-5 sit, by page class
Options: --library DIR (default ../shared/corpus/nci-en), --cache DIR (default $TMPDIR/ranking-tune-index,
built once and reused; --rebuild builds it again: do so after changing the build or the corpus).

How it is fast: the index is built once; every query is searched once with the shipped weights, and
what the re-ranking works on is kept (results.order is wrapped to record its inputs: the plan, the 60
candidates' features as results.Candidate, the meaning re-ranker). A set of weights is then evaluated by
calling the same results.order on the kept inputs, the very code a search runs, so the figures are
those of search_bench.py's quality table for the same weights (checked at start: the shipped weights
must give the same ranking as index.search). Only the re-ranking's weights (results.RankWeights) can
be tuned this way: what Whoosh finds and its raw scores (field weights, synonyms) do not change.

Query sets: every tests/bench/heldout_queries*.tsv EXCEPT the blind yardstick v11 (never opened, never
read here) and ../shared/bench/queries.tsv. Cross-validation leaves out one of the sets written by
independent testers (v3 to v10) at a time, tunes on all the others (coordinate ascent over CV_PARAMS,
objective: mean over the tuning sets of MRR@10 + SUCCESS_WEIGHT * success@3) and reports the left-out
set's figures before and after. A change is worth adopting when it raises the mean left-out MRR@10 and
lowers no left-out set's success@3: a change that only helps the sets it was tuned on fits one
writer's style, not people's questions.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.library.catalog import Library  # noqa: E402
from reader.core.search import results as results_module  # noqa: E402
from reader.core.search.index import SearchIndex  # noqa: E402
from reader.core.search.results import WEIGHTS, Candidate, RankWeights  # noqa: E402
from tests.bench.search_bench import default_path, read_queries  # noqa: E402

BENCH = ROOT / "tests" / "bench"
#: Never opened: the lead's blind yardstick.
BLIND = frozenset({"heldout_queries_v11.tsv"})
#: The sets written blind by independent testers (and v5, from the articles by a third): the folds.
FOLDS = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10")
#: Weight of success@3 beside MRR@10 in the tuning objective.
SUCCESS_WEIGHT = 0.25
#: A step is taken only when it raises the objective by more than this (fewer changes that fit noise).
MIN_GAIN = 0.0005
#: Coordinate ascent's most sweeps over the weights.
SWEEPS = 3
#: With --guard, a step is taken only when no tuning set's success@3 goes down.
GUARD = False
#: What coordinate ascent tries for each weight: its value times each of these.
STEPS = (0.5, 0.7, 0.85, 1.15, 1.4, 2.0)
#: What is tried for a bonus that is off (0), and for a factor that is neutral (1).
ZERO_STEPS = (0.1, 0.2, 0.3, 0.5, 0.8)
FACTOR_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.2)
#: The weights cross-validation tunes (the coverage floor and proximity width too: all are re-ranking).
CV_PARAMS = tuple(f.name for f in dataclasses.fields(RankWeights) if f.name != "proximity_words")



def query_sets() -> dict[str, list[tuple[str, set[str]]]]:
    """Every readable query set by short name ("shipped", "v1", "v2", ...), the blind one left out."""
    found: dict[str, list[tuple[str, set[str]]]] = {}
    shared = default_path("bench", "queries.tsv")
    if shared.exists():
        found["shipped"] = read_queries(shared)
    for path in sorted(BENCH.glob("heldout_queries*.tsv")):
        if path.name in BLIND:
            continue
        name = path.stem.replace("heldout_queries", "").lstrip("_") or "v1"
        found[name] = read_queries(path)
    return found


def open_index(library_dir: Path, cache: Path, rebuild: bool) -> SearchIndex:
    """Our index of the library, built into cache when absent (or asked)."""
    index = SearchIndex.open(cache)
    if rebuild or not index.status().searchable:
        started = time.perf_counter()
        report = index.update(Library.load([library_dir]), rebuild=True)
        if not report.rebuilt:
            raise SystemExit(f"the build failed: {report.message}")
        print(f"built the index in {time.perf_counter() - started:.1f} s into {cache}", file=sys.stderr)
    return index


class Recorded:
    """One query's re-ranking inputs, as results.order received them."""

    def __init__(self, data: Any, plan: Any, found: list[Candidate], reranker: Any) -> None:
        self.data, self.plan, self.found, self.reranker = data, plan, found, reranker

    def urls(self, weights: RankWeights, limit: int = 10) -> list[str]:
        """The top urls under these weights."""
        if self.reranker is not None:
            self.reranker.weight = weights.meaning_mix
        scored = ORIGINAL_ORDER(self.data, self.plan, self.found, weights, self.reranker)
        return [self.data.fields(self.found[rank].docnum).get("url", "") for _, rank in scored[:limit]]


ORIGINAL_ORDER = results_module.order


def record(index: SearchIndex, sets: dict[str, list[tuple[str, set[str]]]]) -> dict[str, list[Recorded | None]]:
    """Search every query once (shipped weights), keeping what the re-ranking worked on; checks that
    re-ranking the kept inputs gives index.search's own ranking."""
    kept: list[Recorded] = []

    def spy(data: Any, plan: Any, found: list[Candidate], weights: RankWeights = WEIGHTS,
            reranker: Any = None) -> list[tuple[float, int]]:  # fmt: skip
        kept.append(Recorded(data, plan, found, reranker))
        return ORIGINAL_ORDER(data, plan, found, weights, reranker)

    recorded: dict[str, list[Recorded | None]] = {}
    results_module.order = spy  # type: ignore[assignment]
    try:
        for name, queries in sets.items():
            rows: list[Recorded | None] = []
            for query, _ in queries:
                kept.clear()
                hits = index.search(query, limit=10).hits
                row = kept[0] if len(kept) == 1 else None  # none: nothing matched (or another language)
                if row is not None and row.urls(index.weights) != [h.url for h in hits]:
                    raise SystemExit(f"re-ranking the kept inputs differs from the search for {query!r}")
                rows.append(row)
            recorded[name] = rows
    finally:
        results_module.order = ORIGINAL_ORDER  # type: ignore[assignment]
    return recorded


def ranks(recorded: list[Recorded | None], queries: list[tuple[str, set[str]]], weights: RankWeights) -> list[int | None]:
    """Each query's first answer's place (0 = first) in the top 10, or None."""
    found: list[int | None] = []
    for row, (_, answers) in zip(recorded, queries, strict=True):
        urls = row.urls(weights) if row is not None else []
        found.append(next((i for i, u in enumerate(urls) if u in answers), None))
    return found


def figures(places: list[int | None]) -> tuple[float, float]:
    """success@3 and MRR@10 from the answers' places."""
    n = len(places) or 1
    return (sum(p is not None and p < 3 for p in places) / n, sum(1.0 / (p + 1) for p in places if p is not None) / n)


class Evaluator:
    """Per-set figures for weights (kept: coordinate ascent asks again for the same ones)."""

    def __init__(self, sets: dict[str, list[tuple[str, set[str]]]], recorded: dict[str, list[Recorded | None]]) -> None:
        self.sets, self.recorded = sets, recorded
        self._seen: dict[RankWeights, dict[str, tuple[float, float]]] = {}

    def __call__(self, weights: RankWeights, names: Iterable[str] | None = None) -> dict[str, tuple[float, float]]:
        found = self._seen.get(weights)
        if found is None:
            found = {n: figures(ranks(self.recorded[n], q, weights)) for n, q in self.sets.items()}
            self._seen[weights] = found
        return found if names is None else {n: found[n] for n in names}


def objective(per_set: dict[str, tuple[float, float]]) -> float:
    """Mean over sets of MRR@10 + SUCCESS_WEIGHT * success@3 (each set counts alike)."""
    return statistics.mean(mrr + SUCCESS_WEIGHT * s3 for s3, mrr in per_set.values())


def ascend(evaluate: Evaluator, names: list[str], start: RankWeights = WEIGHTS, params: Iterable[str] = CV_PARAMS,
           sweeps: int | None = None, log: Callable[[str], None] | None = None) -> RankWeights:  # fmt: skip
    """Coordinate ascent of the objective on the named sets: each weight in turn takes the value (its
    value times STEPS) that raises it most, by more than MIN_GAIN; until a sweep changes nothing."""
    best = start
    best_score = objective(evaluate(best, names))
    for _ in range(SWEEPS if sweeps is None else sweeps):
        changed = False
        for param in params:
            value = getattr(best, param)
            for trial in trial_values(value):
                weights = dataclasses.replace(best, **{param: trial})
                per_set = evaluate(weights, names)
                score = objective(per_set)
                if GUARD and any(per_set[n][0] < evaluate(best, names)[n][0] for n in names):
                    continue  # guarded: no tuning set may lose success@3
                if score > best_score + MIN_GAIN:
                    best, best_score, changed = weights, score, True
                    if log:
                        log(f"    {param} {value:g} -> {trial:.4g}: {best_score:.4f}")
        if not changed:
            break
    return best


def trial_values(value: float) -> list[float]:
    """What coordinate ascent and the sweep try for a weight: its value times STEPS; a bonus at 0 tries
    ZERO_STEPS; a factor at 1 (neutral) tries FACTOR_STEPS."""
    if value == 0:
        return list(ZERO_STEPS)
    if value == 1:
        return list(FACTOR_STEPS)
    return [round(value * step, 4) for step in STEPS]


def changes(weights: RankWeights, base: RankWeights = WEIGHTS) -> str:
    """The weights that differ from base, as name=value."""
    return " ".join(
        f"{f.name}={getattr(weights, f.name):g}"
        for f in dataclasses.fields(RankWeights)
        if getattr(weights, f.name) != getattr(base, f.name)
    ) or "(none)"


def cross_validate(evaluate: Evaluator, start: RankWeights = WEIGHTS, params: Iterable[str] = CV_PARAMS) -> None:
    """Leave one independent set out, tune on the others, report the left-out set before and after."""
    params = tuple(params)
    print("| left out | tuned on the others: changes | s@3 before | s@3 after | MRR before | MRR after |")
    print("|---|---|---|---|---|---|")
    before, after = [], []
    for fold in FOLDS:
        if fold not in evaluate.sets:
            continue
        names = [n for n in evaluate.sets if n != fold]
        tuned = ascend(evaluate, names, start, params, log=lambda line: print(line, file=sys.stderr))
        (s0, m0), (s1, m1) = evaluate(start)[fold], evaluate(tuned)[fold]
        before.append((s0, m0))
        after.append((s1, m1))
        print(f"| {fold} | {changes(tuned, start)} | {s0:.3f} | {s1:.3f} | {m0:.3f} | {m1:.3f} |", flush=True)
    if before:
        print(f"| mean | | {statistics.mean(s for s, _ in before):.3f} | {statistics.mean(s for s, _ in after):.3f} | "
              f"{statistics.mean(m for _, m in before):.3f} | {statistics.mean(m for _, m in after):.3f} |")  # fmt: skip


def table(evaluate: Evaluator, weights: RankWeights) -> None:
    """success@3 and MRR@10 per set."""
    base = evaluate(WEIGHTS)
    now = evaluate(weights)
    print(f"weights: {changes(weights)}")
    print("| set | queries | s@3 | MRR@10 | shipped s@3 | shipped MRR |")
    print("|---|---|---|---|---|---|")
    for name, (s3, mrr) in now.items():
        print(f"| {name} | {len(evaluate.sets[name])} | {s3:.3f} | {mrr:.3f} | {base[name][0]:.3f} | {base[name][1]:.3f} |")
    folds = [n for n in FOLDS if n in now]
    print(f"| mean v3-v8 | | {statistics.mean(now[n][0] for n in folds):.3f} | {statistics.mean(now[n][1] for n in folds):.3f} | "
          f"{statistics.mean(base[n][0] for n in folds):.3f} | {statistics.mean(base[n][1] for n in folds):.3f} |")  # fmt: skip


def sweep(evaluate: Evaluator, params: Iterable[str] = CV_PARAMS) -> None:
    """One weight at a time (the others shipped): the mean v3-v8 MRR@10 and success@3 change."""
    folds = [n for n in FOLDS if n in evaluate.sets]
    base = evaluate(WEIGHTS)
    m0 = statistics.mean(base[n][1] for n in folds)
    s0 = statistics.mean(base[n][0] for n in folds)
    for param in params:
        value = getattr(WEIGHTS, param)
        cells = []
        for trial in trial_values(value):
            now = evaluate(dataclasses.replace(WEIGHTS, **{param: trial}))
            dm = statistics.mean(now[n][1] for n in folds) - m0
            ds = statistics.mean(now[n][0] for n in folds) - s0
            cells.append(f"{trial:g}: {dm:+.3f}/{ds:+.3f}")
        print(f"{param:28} {value:<6g} " + "  ".join(cells), flush=True)


def page_class(url: str, professional: bool) -> str:
    """A coarse class of page: where the address puts it, and for whom."""
    parts = url.strip("/").split("/")
    if "video" in url or "photo" in url or "image" in url:
        kind = "media"
    elif url.endswith("-pdq"):
        kind = "pdq-treatment" if "treatment" in url else "pdq-other"
    elif parts[0] == "types" and len(parts) == 2:
        kind = "type-home"
    elif "fact-sheet" in url or parts[0] == "about-cancer" and "understanding" in parts:
        kind = "fact-sheet"
    elif "/research" in url or "news-events" in url:
        kind = "news"
    elif parts[0] == "types":
        kind = "type-page"
    else:
        kind = parts[0]
    return kind + (" (hp)" if professional else "")


def rank_report(evaluate: Evaluator, weights: RankWeights) -> None:
    """Queries whose answer is 2nd to 5th: which class of page stands above it, and the answer's class."""
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    losses: dict[tuple[str, str], float] = defaultdict(float)
    for name, queries in evaluate.sets.items():
        for row, (query, answers) in zip(evaluate.recorded[name], queries, strict=True):
            if row is None:
                continue
            scored = ORIGINAL_ORDER(row.data, row.plan, row.found, weights, row.reranker)[:10]
            stored = [row.data.fields(row.found[rank].docnum) for _, rank in scored]
            place = next((i for i, s in enumerate(stored) if s.get("url") in answers), None)
            if place is None or not 1 <= place <= 4:
                continue
            above, answer = stored[0], stored[place]
            key = (page_class(above.get("url", ""), bool(above.get("professional"))),
                   page_class(answer.get("url", ""), bool(answer.get("professional"))))  # fmt: skip
            pairs[key] += 1
            losses[key] += 1.0 - 1.0 / (place + 1)
            print(f"  [{name}] {query!r}: #{place + 1} {answer.get('url')}  under  #1 {above.get('url')}"
                  f"  (kind {row.plan.kind}, types {sorted(row.plan.types)})")  # fmt: skip
    print("| first result's class | answer's class | queries | MRR lost (sum) |")
    print("|---|---|---|---|")
    for key, count in sorted(pairs.items(), key=lambda x: -losses[x[0]]):
        print(f"| {key[0]} | {key[1]} | {count} | {losses[key]:.2f} |")


def explain(index: SearchIndex, text: str, weights: RankWeights) -> None:
    """A query's top 10 under the weights, with what the re-ranking knew of each."""
    one = record(index, {"explain": [(text, set())]})["explain"][0]
    if one is None:
        print("(nothing matched)")
        return
    plan = one.plan
    print(f"kind {plan.kind}, types {sorted(plan.types)}, childhood {plan.childhood}, "
          f"symptom topics {dict(sorted(plan.symptom_topics.items(), key=lambda x: -x[1])[:4])}")  # fmt: skip
    print("concepts: " + "; ".join(f"{c.typed}={c.weight:.2f}{' cue' if c.cue else ''}" for c in plan.concepts))
    for score, rank in ORIGINAL_ORDER(one.data, plan, one.found, weights, one.reranker)[:10]:
        c = one.found[rank]
        url = one.data.fields(c.docnum).get("url", "")
        print(f"  {score:8.3f} raw {c.raw:7.3f} cov {c.share:.2f}/{c.title_share:.2f} prec {c.precision:.2f} "
              f"{','.join(c.factors)} {url}")  # fmt: skip


def parse_weights(settings: list[str]) -> RankWeights:
    """RankWeights with name=value settings applied to the shipped ones."""
    values = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        values[name.strip()] = float(value)
    return dataclasses.replace(WEIGHTS, **values)


def main(argv: list[str] | None = None) -> None:
    """Build (or reuse) the index, record the re-ranking inputs, then do what was asked."""
    global SUCCESS_WEIGHT, MIN_GAIN, SWEEPS, GUARD
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--library", type=Path, default=default_path("corpus", "nci-en"))
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ranking-tune-index")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--ranks", action="store_true")
    parser.add_argument("--explain", action="append", default=[], metavar="QUERY", help="show a query's top 10")
    parser.add_argument("--params", default="", help="comma-separated weights to tune (default: all)")
    parser.add_argument("--success-weight", type=float, default=SUCCESS_WEIGHT, help="of success@3 in the objective")
    parser.add_argument("--min-gain", type=float, default=MIN_GAIN, help="smallest gain a step must bring")
    parser.add_argument("--sweeps", type=int, default=3, help="coordinate ascent's most sweeps")
    parser.add_argument("--guard", action="store_true", help="no step may lower a tuning set's success@3")
    parser.add_argument("--tune", action="store_true", help="coordinate ascent on all the sets: what to adopt")
    args = parser.parse_args(argv)
    SUCCESS_WEIGHT, MIN_GAIN, SWEEPS, GUARD = args.success_weight, args.min_gain, args.sweeps, args.guard
    started = time.perf_counter()
    index = open_index(args.library, args.cache, args.rebuild)
    weights = parse_weights(args.set)
    if args.explain:
        for text in args.explain:
            print(f"{text!r}:")
            explain(index, text, weights)
        return
    sets = query_sets()
    recorded = record(index, sets)
    print(f"recorded {sum(len(q) for q in sets.values())} queries in {time.perf_counter() - started:.1f} s "
          f"(load {os.getloadavg()[0]:.2f})", file=sys.stderr)  # fmt: skip
    evaluate = Evaluator(sets, recorded)
    started = time.perf_counter()
    table(evaluate, weights)
    print(f"(one evaluation: {time.perf_counter() - started:.2f} s)", file=sys.stderr)
    params = [p.strip() for p in args.params.split(",") if p.strip()] or list(CV_PARAMS)
    if args.sweep:
        sweep(evaluate, params)
    if args.cv:
        cross_validate(evaluate, weights, params)
    if args.tune:
        tuned = ascend(evaluate, list(sets), weights, params, log=lambda line: print(line, file=sys.stderr))
        table(evaluate, tuned)
    if args.ranks:
        rank_report(evaluate, weights)
    index.close()


if __name__ == "__main__":
    main()
