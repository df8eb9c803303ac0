"""`cancer-reader list [--json]`: every article with where it sits, who it is for and how hard it reads."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from reader.core.library.placement import HEALTH_PROFESSIONAL, cancer_type_name, topic_name
from reader.core.library.readability import reading_badge

if TYPE_CHECKING:
    from reader.context import Context
    from reader.core.library.article import Article
    from reader.core.library.catalog import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `list` command."""
    parser = subparsers.add_parser("list", help="list every article in the library")
    parser.add_argument("--json", action="store_true", help="print one JSON array, one object per article")
    parser.set_defaults(func=run)


def article_record(article: Article, library: Library) -> dict[str, Any]:
    """One article as the window shows it: display names, audience, twin, reading grade, review dates."""
    twin = library.twin(article)
    due = article.review_due()
    return {
        "key": article.key,
        "url": article.url or None,
        "title": article.display_title,
        "audience": HEALTH_PROFESSIONAL if article.audience_level == HEALTH_PROFESSIONAL else "patient",
        "pair": (twin.url or None) if twin is not None else None,
        "cancer_types": [cancer_type_name(t) for t in article.cancer_types],
        "topics": [topic_name(t) for t in article.tags],
        "reading_grade": article.reading_grade,
        "last_reviewed": article.last_reviewed.isoformat() if article.last_reviewed else None,
        "review_due": due.isoformat() if due else None,
        "language": article.language or None,
        "source": article.source or None,
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the articles (patient versions first, A to Z); exit 1 when the library is empty."""
    library = ctx.library
    articles = library.sorted_for_browsing()
    if args.json:
        print(json.dumps([article_record(a, library) for a in articles], ensure_ascii=False, indent=1))
    else:
        for article in articles:
            badge = reading_badge(article.reading_grade, article.audience_level)
            where = ", ".join(cancer_type_name(t) for t in article.cancer_types) or "General"
            print(f"{article.display_title}  [{where}; {badge or 'no grade'}]")
    return 0 if len(library) else 1
