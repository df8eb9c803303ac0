"""A printable handout of the person's questions and bookmarks: plain HTML with its CSS inline."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from reader.core.bookmarks.file_format import Bookmark, Question
from reader.core.handouts.article_handout import NORMAL_POINTS, Handout
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.article import is_real_web_address
from reader.core.library.dates import long_date

HANDOUT_TITLE = QT_TRANSLATE_NOOP("Bookmarks", "My questions and reading notes")

# Kept to what both browsers and QTextDocument (which builds the PDF) understand.
_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12pt; color: #1a1a1a;
       line-height: 1.4; max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 15pt; margin-top: 20px; border-bottom: 1px solid #888; }
h3 { font-size: 12.5pt; margin-bottom: 2px; margin-top: 14px; }
p { margin-top: 2px; margin-bottom: 4px; }
.intro { color: #444; }
.about, .address, .section { color: #444; font-size: 10.5pt; }
table.note { background-color: #f3f1e8; border-left: 3px solid #b5a96a; margin-top: 4px; }
.label { font-size: 10.5pt; color: #444; font-weight: bold; }
.missing { color: #8a4b00; font-size: 10.5pt; }
.asked { color: #555; }
ol.questions li { margin-bottom: 8px; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _note_html(note: str) -> str:
    paragraphs = [p.strip() for p in note.split("\n\n") if p.strip()]
    return "".join(f"<p>{_e(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def _question_html(question: Question) -> str:
    box = "☑" if question.asked else "☐"
    parts = [f"<li><p>{box} {_e(question.text)}"]
    if question.asked:
        parts.append(' <span class="asked">(' + _e(translate("Bookmarks", "asked")) + ")</span>")
    parts.append("</p>")
    url = question.url if is_real_web_address(question.url) else ""  # never a made-up one (walk 10, C6)
    if question.title or url:
        about = _e(question.title) if question.title else ""
        if url:
            about += f"{' – ' if about else ''}{_e(url)}"
        parts.append(
            '<p class="about">' + translate("Bookmarks", "About: {title}").format(title=about) + "</p>"
        )
    parts.append("</li>")
    return "".join(parts)


def _bookmark_html(bookmark: Bookmark, available: bool) -> str:
    parts = [f"<h3>{_e(bookmark.title)}</h3>"]
    if bookmark.heading:
        section = translate("Bookmarks", "Section: {heading}").format(heading=bookmark.heading)
        parts.append(f'<p class="section">{_e(section)}</p>')
    if is_real_web_address(bookmark.url):
        address = translate("Bookmarks", "Web address: {url}").format(url=bookmark.url)
        parts.append(f'<p class="address">{_e(address)}</p>')
    if not available:
        missing = translate("Bookmarks", "This article is not in the reader's library on this computer now.")
        parts.append(f'<p class="missing">{html.escape(missing, quote=False)}</p>')
    if bookmark.note.strip():
        # A one-cell table: QTextDocument (the PDF) pads table cells but not divs.
        label = _e(translate("Bookmarks", "My note:"))
        parts.append(
            '<table class="note" width="100%" cellpadding="8" cellspacing="0"><tr><td>'
            f'<p class="label">{label}</p>{_note_html(bookmark.note)}</td></tr></table>'
        )
    return "\n".join(parts)


def handout_html(
    bookmarks: Sequence[Bookmark],
    questions: Sequence[Question],
    is_available: Callable[[Bookmark], bool] | None = None,
    today: dt.date | None = None,
) -> str:
    """The handout as a complete HTML page: questions first (for the visit), then bookmarks with notes."""
    day = long_date(today or dt.date.today())
    title = _e(translate("Bookmarks", HANDOUT_TITLE))
    intro = translate(
        "Bookmarks",
        "Made with the Cancer Information Reader on {date}. You can take this to your next visit.",
    ).format(date=day)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{current_language()}"><head><meta charset="utf-8"/>',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="intro">{_e(intro)}</p>',
        "<h2>" + _e(translate("Bookmarks", "Questions for my doctor")) + "</h2>",
    ]
    if questions:
        out.append('<ol class="questions">')
        out += [_question_html(q) for q in questions]
        out.append("</ol>")
    else:
        out.append("<p>" + _e(translate("Bookmarks", "No questions yet.")) + "</p>")
    out.append("<h2>" + _e(translate("Bookmarks", "Bookmarks and notes")) + "</h2>")
    if bookmarks:
        out += [_bookmark_html(b, is_available(b) if is_available else True) for b in bookmarks]
    else:
        out.append("<p>" + _e(translate("Bookmarks", "No bookmarks yet.")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def paper_handout(page_html: str) -> Handout:
    """The bookmarks page (from handout_html) laid out for paper, like an article's handout."""
    title = translate("Bookmarks", HANDOUT_TITLE)
    return Handout(html=page_html, footer=title, points=NORMAL_POINTS, title=title)
