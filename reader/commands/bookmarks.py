"""`cancer-reader bookmarks list | export FILE | import FILE`: the person's bookmarks and questions."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.bookmarks.store import Bookmark, BookmarkImportError, BookmarkStore, store_path

if TYPE_CHECKING:
    from reader.context import Context

EXPORT_KINDS = (".json", ".html", ".htm", ".pdf")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bookmarks` command with its `list`, `export` and `import` actions."""
    parser = subparsers.add_parser("bookmarks", help="list, export or import bookmarks and questions")
    actions = parser.add_subparsers(dest="bookmarks_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="print every bookmark and question").set_defaults(func=run_list)
    export = actions.add_parser("export", help="write a handout (.pdf, .html) or a file to move (.json)")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(func=run_export)
    importer = actions.add_parser("import", help="add bookmarks and questions from a .json export")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.set_defaults(func=run_import)


def open_store(ctx: Context) -> BookmarkStore:
    """The store in the data folder; problems with it (a damaged file) are printed as they are found."""
    store = BookmarkStore(store_path(ctx.locations.data_dir))
    for problem in store.take_problems():
        print(problem, file=sys.stderr)
    return store


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _print_problems(store: BookmarkStore) -> None:
    for problem in store.take_problems():
        print(problem, file=sys.stderr)


def is_available(ctx: Context, bookmark: Bookmark) -> bool:
    """True when the bookmarked article is in the library."""
    library = ctx.library
    return library.get(bookmark.key) is not None or (
        bool(bookmark.url) and library.by_url(bookmark.url) is not None
    )


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    """Print bookmarks (most recent first) and questions."""
    store = open_store(ctx)
    bookmarks = store.recent_bookmarks()
    print(f"Bookmarks ({len(bookmarks)}):" if bookmarks else "No bookmarks yet.")
    for bookmark in bookmarks:
        missing = "" if is_available(ctx, bookmark) else "  [not available in this library]"
        print(f"* {bookmark.title}{missing}")
        if bookmark.heading:
            print(f"    Section: {bookmark.heading}")
        if bookmark.url:
            print(f"    {bookmark.url}")
        if bookmark.note.strip():
            note = textwrap.fill(" ".join(bookmark.note.split()), 74, initial_indent="    Note: ",
                                 subsequent_indent="          ")  # fmt: skip
            print(note)
    print()
    print(f"Questions for my doctor ({len(store.questions)}):" if store.questions else "No questions yet.")
    for question in store.questions:
        print(f"[{'x' if question.asked else ' '}] {question.text}")
        if question.title or question.url:
            print(f"    About: {' - '.join(p for p in (question.title, question.url) if p)}")
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    """Write the JSON file or the HTML / PDF handout, chosen by the file's ending."""
    kind = args.file.suffix.lower()
    if kind not in EXPORT_KINDS:
        print(
            f"Please give a file name ending in .pdf, .html or .json (not {args.file.name}).", file=sys.stderr
        )
        return 2
    store = open_store(ctx)
    try:
        if kind == ".json":
            store.export_json(args.file)
        else:
            from reader.core.handouts.bookmarks_handout import (  # here: light start-up
                handout_html,
                paper_handout,
            )

            page = handout_html(store.recent_bookmarks(), store.questions, lambda b: is_available(ctx, b))
            if kind == ".pdf":
                from reader.ui.handouts.pdf import ensure_gui_app, write_handout_pdf

                app = ensure_gui_app()  # noqa: F841 - fonts and layout need it alive
                write_handout_pdf(paper_handout(page), args.file)
            else:
                from reader.core.files.atomic import atomic_write_text

                atomic_write_text(args.file, page)
    except OSError as exc:
        print(f"Could not write {args.file} ({exc.strerror or exc}).", file=sys.stderr)
        return 1
    counts = f"{_count(len(store.bookmarks), 'bookmark')} and {_count(len(store.questions), 'question')}"
    print(f"Saved {counts} to {args.file}")
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    """Merge a JSON export into the store; exit 1 (changing nothing) if the file cannot be used."""
    store = open_store(ctx)
    try:
        report = store.import_json(args.file)
    except BookmarkImportError as exc:
        print(f"Could not import {args.file.name}: {exc}", file=sys.stderr)
        print("Your bookmarks were not changed.", file=sys.stderr)
        return 1
    _print_problems(store)
    print(f"Imported {args.file.name}: {report.summary()}")
    for bookmark in report.bookmarks:
        print(f"  + bookmark: {bookmark.title}")
    for question in report.questions:
        print(f"  + question: {question.text}")
    return 0
