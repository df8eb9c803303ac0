"""`cancer-reader check`: what loaded from each library folder, and what was skipped and why."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.context import Context


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    parser = subparsers.add_parser("check", help="check the library folders and list problems")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print a report per folder; exit 1 only when no article could be loaded."""
    library = ctx.library
    for report in library.reports:
        if report.missing:
            print(f"{report.folder}: {report.missing}")
            continue
        noun = "article" if report.loaded == 1 else "articles"
        print(f"{report.folder}: {report.loaded} {noun} loaded, {len(report.skipped)} skipped")
        for skipped in report.skipped:
            kind = "error" if skipped.is_error else "note"
            print(f"  {kind}: {skipped.path}: {skipped.reason}")
    errors = len(library.errors)
    print(f"Total: {len(library)} distinct articles loaded; {errors} files could not be loaded.")
    return 0 if len(library) else 1
