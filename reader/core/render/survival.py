"""Numbers about survival on request: sections on survival, prognosis and statistics, folded until asked.

Some people do not want to meet survival figures unasked. The converter marks each such section of an
article (its heading stays visible, the text under it is marked); when the page is shown, a marked
section is replaced by a short, kind note with a "Show numbers about survival" link unless the person
asked to see it or turned folding off. Only patient versions are folded: a health professional version
is chosen on purpose, and its prognosis sections are clinical detail.
"""

from __future__ import annotations

import html
import re
from collections.abc import Container
from dataclasses import replace

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.render.page import RenderedArticle

# The link scheme of a "Show numbers about survival" link: survival:<heading anchor>.
SURVIVAL_SCHEME = "survival"

SHOW_LINK_TEXT = QT_TRANSLATE_NOOP("Survival", "Show numbers about survival")
FOLD_NOTE = QT_TRANSLATE_NOOP(
    "Survival",
    "This part is about survival and the chance of recovery. Some people prefer not to read "
    "numbers like these unless they choose to.",
)
PRINT_NOTE = QT_TRANSLATE_NOOP(
    "Survival",
    "This handout leaves out a part about survival and the chance of recovery. You can show it in "
    "the reader and print again.",
)

# Headings (level 2 and below, never the title) whose section is folded. "Survivor" and
# "survivorship" (life after treatment) and "prognostic factors" (clinical factor lists) are not.
SURVIVAL_HEADING = re.compile(
    r"\b(?:survival|prognosis|prognoses|outlook|statistics|chance of recovery|life expectancy)\b",
    re.IGNORECASE,
)
# Sections about treatment that mention prognosis in passing ("Treatment for SVCS ... depends on the
# cause, signs and symptoms, and prognosis.", "Management and Prognosis for GATA2 Deficiency") stay open.
_TREATMENT_FIRST = re.compile(r"^\s*(?:treatment|management)\b", re.IGNORECASE)

_HEADING = re.compile(r'<h([2-6]) id="([^"]*)">(.*?)</h\1>', re.DOTALL)
_ANY_HEADING = re.compile(r"<h([1-6])[ >]")
_START = "<!--survival:{}-->"
_END = "<!--/survival-->"
_MARKED = re.compile(r"<!--survival:([^>]*?)-->(.*?)<!--/survival-->", re.DOTALL)
_FOLD_PARAGRAPH = re.compile(r'<p class="survival-fold">.*?</p>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def heading_text(inner_html: str) -> str:
    """A heading's words, without tags or entities."""
    return html.unescape(_TAG.sub("", inner_html)).strip()


def is_survival_heading(text: str) -> bool:
    """True when a section under this heading is about survival numbers or prognosis."""
    return bool(SURVIVAL_HEADING.search(text)) and not _TREATMENT_FIRST.match(text)


def mark_survival_sections(body: str) -> str:
    """The converted body with each survival section's text (not its heading) between markers.

    A section runs from its heading to the next heading of the same or a higher level. A survival
    heading inside a section already marked is part of it.
    """
    out: list[str] = []
    position = 0
    for match in _HEADING.finditer(body):
        if match.start() < position or not is_survival_heading(heading_text(match.group(3))):
            continue
        level = int(match.group(1))
        end = len(body)
        for following in _ANY_HEADING.finditer(body, match.end()):
            if int(following.group(1)) <= level:
                end = following.start()
                break
        content = body[match.end() : end]
        if not content.strip():
            continue
        trailing = len(content) - len(content.rstrip())
        out.append(body[position : match.end()])
        out.append(_START.format(match.group(2)) + content[: len(content) - trailing] + _END)
        out.append(content[len(content) - trailing :])
        position = end
    out.append(body[position:])
    return "".join(out)


def survival_anchors(page_html: str) -> list[str]:
    """The anchors of the headings whose sections are marked in page_html."""
    return [match.group(1) for match in _MARKED.finditer(page_html)]


def fold_note(anchor: str) -> str:
    """The short note and link shown in a folded section's place."""
    href = html.escape(f"{SURVIVAL_SCHEME}:{anchor}", quote=True)
    note, link = translate("Survival", FOLD_NOTE), translate("Survival", SHOW_LINK_TEXT)
    return f'<p class="survival-fold">{note} <a href="{href}">{link}</a></p>'


def shown_page(page: RenderedArticle, fold: bool, revealed: Container[str] = ()) -> RenderedArticle:
    """The page as shown: marked sections folded (unless fold is False or their anchor is revealed).

    Headings inside a folded section leave the table of contents too.
    """
    if "<!--survival:" not in page.html:
        return page
    hidden_anchors: set[str] = set()

    def swap(match: re.Match[str]) -> str:
        anchor, content = match.group(1), match.group(2)
        if not fold or anchor in revealed:
            return content
        hidden_anchors.update(inner.group(2) for inner in _HEADING.finditer(content))
        return fold_note(anchor)

    html_shown = _MARKED.sub(swap, page.html)
    headings = [h for h in page.headings if h.anchor not in hidden_anchors]
    return replace(page, html=html_shown, headings=headings)


def for_print(page_html: str) -> str:
    """A shown page for paper: a folded section's note says how to print it, without a dead link."""
    note = translate("Survival", PRINT_NOTE)
    return _FOLD_PARAGRAPH.sub(lambda _match: f'<p class="survival-fold"><i>{note}</i></p>', page_html)


def survival_link_anchor(href: str) -> str | None:
    """The heading anchor of a "Show numbers about survival" link, or None for any other link."""
    prefix = f"{SURVIVAL_SCHEME}:"
    return href[len(prefix) :] if href.startswith(prefix) else None
