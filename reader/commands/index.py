"""`cancer-reader index`: build or update the search index and say what changed."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.context import Context


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `index` command."""
    parser = subparsers.add_parser("index", help="build or update the search index")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the whole index from scratch")
    parser.set_defaults(func=run)


def _progress_printer(enabled: bool) -> Callable[[int, int], None]:
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if enabled and percent != last[0] and percent % 10 == 0:
            last[0] = percent
            print(f"  {percent}%", file=sys.stderr, flush=True)

    return progress


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Update (or rebuild) the index; exit 1 when search is not usable afterwards."""
    from reader.core.search.index import SearchIndex  # here, not at the top: keeps start-up light

    library = ctx.library
    index = SearchIndex.open(ctx.locations.cache_dir)
    try:
        report = index.update(library, progress=_progress_printer(sys.stderr.isatty()), rebuild=args.rebuild)
        status = index.status()
    except KeyboardInterrupt:  # Ctrl+C: an unfinished build is removed; the index in use stays as it was
        print("Stopped. The search index was left as it was.", file=sys.stderr)
        return 130
    except Exception as exc:  # even a full build failed (update() rebuilds an index it cannot update)
        logging.getLogger(__name__).info("Updating the search index failed", exc_info=True)
        print(
            f"The search index could not be built ({exc}). Run with --verbose for details.", file=sys.stderr
        )
        return 1
    finally:
        index.close()
    if report.rebuilt:
        print(f"Rebuilt the search index: {report.added} articles in {report.seconds:.1f} s.")
    elif report.touched:
        print(
            f"Updated the search index in {report.seconds:.2f} s: {report.added} added, "
            f"{report.changed} changed, {report.removed} removed."
        )
    elif not report.skipped:
        print(
            f"The search index is up to date ({status.documents} articles, "
            f"checked in {report.seconds:.2f} s)."
        )
    if report.message and report.message != "The search index is up to date.":
        print(report.message)
    print(status.message)
    return 0 if status.searchable else 1
