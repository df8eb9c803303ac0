"""`cancer-reader search QUERY`: ranked results from the search index (built or updated first)."""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.context import Context

log = logging.getLogger(__name__)

_TAG = re.compile(r"</?b>")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `search` command."""
    parser = subparsers.add_parser("search", help="search the library")
    parser.add_argument("query", nargs="+", metavar="QUERY", help="words to look for")
    parser.add_argument(
        "--limit", type=int, default=10, metavar="N", help="show at most N results (default 10)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array of results")
    parser.add_argument(
        "--type", action="append", default=[], metavar="CANCER_TYPE", help="only this cancer type"
    )
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="only articles with this tag"
    )
    parser.set_defaults(func=run)


def plain(snippet: str) -> str:
    """A snippet's HTML as terminal text, matches in [brackets]."""
    return html.unescape(_TAG.sub(lambda m: "]" if m.group(0) == "</b>" else "[", snippet))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Update the index if needed, search, print; exit 1 when search is unavailable."""
    from reader.core.search.index import UpdateReport  # here, not at the top: light start-up
    from reader.core.search.results import SearchFilters

    ctx.load_library_cached()  # as the window: installed packs' articles are not read
    # The prebuilt indexes (the bundle's, the packs') and the person's own for every other article.
    index = ctx.open_search_index()
    try:
        try:
            report = index.update(ctx.library)
        except Exception as exc:  # even a rebuild failed: search what is there, and say so plainly
            log.info("Updating the search index failed", exc_info=True)  # the traceback, with --verbose
            report = UpdateReport(message=f"The search index could not be brought up to date ({exc}).")
        results = index.search(
            " ".join(args.query), limit=max(0, args.limit), filters=SearchFilters.of(args.type, args.tag)
        )
        status = index.status()
    finally:
        index.close()
    if args.json:
        print(json.dumps([hit.as_dict() for hit in results.hits], ensure_ascii=False, indent=1))
        return 0 if status.searchable else 1
    if report.message and report.message != "The search index is up to date.":
        print(report.message)
    if results.message:
        print(results.message)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}?")
    if not status.searchable:
        return 1
    for number, hit in enumerate(results.hits, 1):
        where = ", ".join(hit.cancer_types[:3])
        print(
            f"{number:2}. {hit.title}  [{hit.url}]  score {hit.score:.2f}" + (f"  ({where})" if where else "")
        )
        print(f"    {plain(hit.snippet)}")
    print(f"{results.total} articles match.")
    return 0 if status.searchable else 1
