"""`cancer-reader glossary import FILE`, `glossary show TERM_OR_ID` and `glossary stats [--library DIR]`."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.context import Context

#: How many rejected records to list one by one before summing up the rest.
SHOW_REJECTED = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `glossary` command with its `import` and `show` actions."""
    parser = subparsers.add_parser("glossary", help="import a glossary file or look up a term")
    actions = parser.add_subparsers(dest="glossary_action", metavar="ACTION", required=True)
    importer = actions.add_parser("import", help="add terms from a JSON, CSV or NCI dictionary file")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.set_defaults(func=run_import)
    show = actions.add_parser("show", help="print the definition of a term")
    show.add_argument("term", metavar="TERM_OR_ID", help="the words, the slug or the numeric id")
    show.set_defaults(func=run_show)
    stats = actions.add_parser(
        "stats", help="how many of the library's glossary and drug links are explained "
        "(with --library DIR: only that folder's links)",
    )  # fmt: skip
    stats.set_defaults(func=run_stats)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    """Import a file; exit 1 (changing nothing) if the file cannot be used."""
    from reader.core.glossary.importer import GlossaryImportError, import_file  # keeps start-up light

    try:
        result = import_file(args.file, ctx.locations.data_dir)
    except GlossaryImportError as exc:
        print(f"Could not import {args.file.name}: {exc}", file=sys.stderr)
        print("Your glossary was not changed.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Could not save the glossary ({exc.strerror or exc}). Nothing was changed.", file=sys.stderr)
        return 1
    for message in result.messages:
        print(message)
    print(f"Imported {args.file.name} ({result.format}).")
    print(f"  added:     {len(result.added)}")
    print(f"  replaced:  {len(result.replaced)}")
    if result.unchanged:
        print(f"  unchanged: {len(result.unchanged)}")
    print(f"  rejected:  {len(result.rejected)}")
    for rejection in result.rejected[:SHOW_REJECTED]:
        print(f"    - {rejection}")
    if len(result.rejected) > SHOW_REJECTED:
        print(f"    ... and {len(result.rejected) - SHOW_REJECTED} more")
    print(f"Saved to {result.saved_to}")
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    """Print one entry; exit 1 with a friendly note if the term is not known."""
    from reader.core.glossary.entries import Glossary  # here, not at the top: keeps start-up light

    glossary = Glossary.load(ctx.locations.data_dir)
    for problem in glossary.problems:
        print(problem, file=sys.stderr)
    entry = glossary.lookup(args.term)
    if entry is None:
        print(f"'{args.term}' is not in the glossary.", file=sys.stderr)
        return 1
    print(entry.term)
    if entry.pronunciation:
        print(f"Say it: {entry.pronunciation}")
    print(textwrap.fill(entry.definition, width=78))
    if entry.aliases:
        print(f"Also called: {', '.join(entry.aliases)}")
    details = [f"id {entry.id}" if entry.id else "", entry.source]
    print(f"Source: {' | '.join(d for d in details if d) or 'unknown'}")
    return 0


def run_stats(args: argparse.Namespace, ctx: Context) -> int:
    """Print coverage: links resolved (patient-facing and all), terms defined, drug links opening an article."""
    from reader.core.glossary.coverage import count_links, measure  # keeps start-up light
    from reader.core.glossary.drugs import DrugArticles
    from reader.core.glossary.entries import Glossary
    from reader.core.library.catalog import Library

    folders = ctx.library_args or ctx.library_folders()
    missing = [folder for folder in folders if not folder.is_dir()]
    if missing:
        print(f"There is no library folder at {missing[0]}.", file=sys.stderr)
        return 1
    glossary = Glossary.load(ctx.locations.data_dir)
    for problem in glossary.problems:
        print(problem, file=sys.stderr)
    library = Library.load(folders) if ctx.library_args else ctx.library
    coverage = measure(glossary, count_links(folders), DrugArticles(library))
    print("Library: " + ", ".join(str(folder) for folder in folders))
    for line in coverage.lines():
        print(line)
    return 0
