"""`cancer-reader check`: what loaded from each library folder, and what was skipped and why."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING

from reader.core.languages.translate import translate
from reader.core.library.placement import cancer_type_name, is_known_cancer_type

if TYPE_CHECKING:
    from reader.context import Context


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    parser = subparsers.add_parser("check", help="check the library folders and list problems")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print a report per folder; exit 0 when every folder and file loaded, else 1 (for scripts)."""
    from reader.core.search.languages import PLAIN, analyser_for

    library = ctx.library
    note_word = translate("Check", "note")
    plain = {a.path: a.language for a in library if analyser_for(a.language) == PLAIN}
    for report in library.reports:
        if report.missing:
            print(f"{report.folder}: {report.missing}")
            continue
        count, left_out = report.loaded, len(report.skipped)
        loaded = translate("Check", "%n article(s) loaded", None, count)
        skipped = translate("Check", "%n skipped", None, left_out)
        print(f"{report.folder}: {loaded}, {skipped}")
        for item in report.skipped:
            kind = translate("Check", "error") if item.is_error else note_word
            print(f"  {kind}: {item.path}: {item.reason}")
    for path, language in sorted(plain.items()):
        reason = translate(
            "Check",
            "its language '{language}' has no search analyser of its own, so it is searched by its "
            "words as written (without accents)",
        ).format(language=language)
        print(f"  {note_word}: {path}: {reason}")
    unknown = Counter(t for a in library for t in a.cancer_types if not is_known_cancer_type(t))
    for slug, uses in sorted(unknown.items()):
        text = translate(
            "Check", "cancer type '{slug}' has no name in display_names.json; shown as '{name}' (%n article(s))",
            None, uses,
        ).format(slug=slug, name=cancer_type_name(slug))  # fmt: skip
        print(f"{note_word}: {text}")
    count, failed = len(library), len(library.errors)
    total = translate("Check", "Total: %n distinct articles loaded", None, count)
    errors = translate("Check", "%n files could not be loaded.", None, failed)
    print(f"{total}; {errors}")
    missing = any(report.missing for report in library.reports)
    return 0 if count and not failed and not missing else 1
