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
    """Print a report per folder; exit 1 only when no article could be loaded."""
    from reader.core.search.languages import PLAIN, analyser_for

    library = ctx.library
    plain = {a.path: a.language for a in library if analyser_for(a.language) == PLAIN}
    for report in library.reports:
        if report.missing:
            print(f"{report.folder}: {report.missing}")
            continue
        loaded = translate("Check", "%n article(s) loaded", None, report.loaded)
        skipped = translate("Check", "%n skipped", None, len(report.skipped))
        print(f"{report.folder}: {loaded}, {skipped}")
        for item in report.skipped:
            kind = translate("Check", "error") if item.is_error else translate("Check", "note")
            print(f"  {kind}: {item.path}: {item.reason}")
    for path, language in sorted(plain.items()):
        reason = translate(
            "Check",
            "its language '{language}' has no search analyser of its own, so it is searched by its "
            "words as written (without accents)",
        ).format(language=language)
        print(f"  {translate('Check', 'note')}: {path}: {reason}")
    unknown = Counter(t for a in library for t in a.cancer_types if not is_known_cancer_type(t))
    for slug, count in sorted(unknown.items()):
        print(f"note: cancer type '{slug}' has no name in display_names.json; shown as "
              f"'{cancer_type_name(slug)}' ({count} article{'s' if count != 1 else ''})")  # fmt: skip
    total = translate("Check", "Total: %n distinct articles loaded", None, len(library))
    errors = translate("Check", "%n files could not be loaded.", None, len(library.errors))
    print(f"{total}; {errors}")
    return 0 if len(library) else 1
