"""`cancer-reader check`: what loaded from each library folder, and what was skipped and why."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING

from reader.core.library.placement import cancer_type_name, is_known_cancer_type

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
    unknown = Counter(t for a in library for t in a.cancer_types if not is_known_cancer_type(t))
    for slug, count in sorted(unknown.items()):
        noun = "article" if count == 1 else "articles"
        print(f"note: cancer type '{slug}' has no name in display_names.json; shown as "
              f"'{cancer_type_name(slug)}' ({count} {noun})")  # fmt: skip
    errors = len(library.errors)
    print(f"Total: {len(library)} distinct articles loaded; {errors} files could not be loaded.")
    return 0 if len(library) else 1
