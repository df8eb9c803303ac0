"""The "signs and symptoms" sections of an article, mined at build time.

A cancer's patient summary says which signs and symptoms it may cause ("### Signs and symptoms of
pancreatic cancer include jaundice, pain, and weight loss." and the list under it); a page like
``/types/bladder/symptoms`` is one such section from its first heading. The words of these sections
(as stems, stop words left out) are kept per article, so a question that describes symptoms without
naming a cancer can be pointed to the cancers whose sections hold its words (see matching.py).
"""

from __future__ import annotations

import re

from whoosh.analysis import STOP_WORDS

from reader.core.render.bare_headings import join_bare_headings
from reader.core.search.synonyms import words
from reader.core.search.text import plain_text, stem

# A heading line: "### Signs of colon cancer include ..."; a bare "##" on its own line with the
# heading's text in the next paragraph is made one first (join_bare_headings, as the article view does).
_HEADING = re.compile(r"\n[ \t]{0,3}(#{1,6})[ \t]*([^\n]*)")
_SYMPTOM_HEADING = re.compile(r"\b(?:signs?|symptoms?)\b", re.IGNORECASE)
#: Headings that mention symptoms without listing what a cancer causes: screening people with no
#: symptoms, managing symptoms, treatment's late effects and side effects.
_NOT_A_SYMPTOM_LIST = re.compile(
    r"\b(?:not have|no|without|before)\s+(?:any\s+)?(?:signs|symptoms)\b|asymptomatic|symptomatic\b"
    r"|\bnever\b|\btests?\b|\bchecked\b|\bdiagnos|\bmanag|\btreat|\brelie|\bcontrol|\bpalliat"
    r"|late effects?\b|side effects?\b|\bscreen",
    re.IGNORECASE,
)
#: Enough words for a long list; more is a whole chapter that happens to sit under such a heading.
MAX_SECTION_WORDS = 400
#: At most this many sections per article (a summary of several subtypes has one each).
MAX_SECTIONS = 6


def symptom_sections(markdown: str, *, joined: bool = False) -> list[str]:
    """The plain text of each "signs and symptoms" section (heading included), in order; joined: the
    Markdown has been through join_bare_headings already."""
    if "ymptom" not in markdown and "igns" not in markdown:
        return []
    text = "\n" + (markdown if joined else join_bare_headings(markdown))
    heads = [(m.start(), m.end(), len(m.group(1)), m.group(2).strip()) for m in _HEADING.finditer(text)]
    sections: list[str] = []
    for n, (start, _end, level, title) in enumerate(heads):
        heading = plain_text(title)
        if not _SYMPTOM_HEADING.search(heading) or _NOT_A_SYMPTOM_LIST.search(heading):
            continue
        stop = next((s for s, _e, lvl, _t in heads[n + 1 :] if lvl <= level), len(text))
        sections.append(plain_text(text[start:stop]))
        if len(sections) >= MAX_SECTIONS:
            break
    return sections


#: Between two sections in what symptom_stems returns (no phrase spans it).
SECTION_BREAK = "|"


def symptom_stems(markdown: str, *, joined: bool = False) -> str:
    """The stems of the words in an article's "signs and symptoms" sections in their order (small
    words left out, so "blood in the urine" is "blood urin"), space-separated, sections apart by
    SECTION_BREAK ("" when it has none): what the build keeps for each article. joined: as in
    symptom_sections."""
    sections = []
    for section in symptom_sections(markdown, joined=joined):
        kept = [stem(w) for w in words(section)[:MAX_SECTION_WORDS] if len(w) > 2 and w.isalpha()
                and w not in STOP_WORDS]  # fmt: skip
        if kept:
            sections.append(" ".join(kept))
    return f" {SECTION_BREAK} ".join(sections)
