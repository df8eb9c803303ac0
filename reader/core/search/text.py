"""Plain text for the search index: a fast Markdown strip, headings, excerpts, words and stems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice

from whoosh.analysis import Analyzer, StemmingAnalyzer
from whoosh.lang.porter import stem as porter_stem

from reader.core.library.article import Article
from reader.core.render.bare_headings import join_bare_headings
from reader.core.search.fields import STEM_CACHE, TOKEN, stem_of

#: Characters of plain text kept per article for snippets: enough for a few paragraphs,
#: small enough that loading a result's stored fields stays cheap.
EXCERPT_CHARS = 3000

# Line-level patterns start with a literal "\n" (the text gets one in front) rather than "^" with
# MULTILINE: the regex engine can then jump from newline to newline, which is several times faster.
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^()\n]*(?:\([^)\n]*\)[^()\n]*)*\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>]*>|https?://\S+")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
# A heading line. The corpus often writes a heading as a bare "##" line with its text in the next
# paragraph: join_bare_headings (the article view's rule) makes those ordinary headings first.
_HEADING = re.compile(r"\n[ \t]{0,3}#{1,6}[ \t]+([^\n]*[^\s#][^\n]*)")
_LINE_MARKUP = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]*|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+")  # "- ### Title" too
#: A link or picture whose words run over a line end ("[small\ncell lung cancer](/Common/...)"): its "["
#: stayed in snippets ("two main types: [small cell lung cancer and [non-small cell", walk 6 X3).
_WRAPPED_LINK = re.compile(r"!?\[([^\[\]]{1,300})\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
#: The end of a link whose words ran over several lines ("...by stage.](/types/breast/treatment/by-stage)").
_LINK_TAIL = re.compile(r"\]\((?:/|#|https?://|mailto:)[^()\s]*\)")
#: ...and its start: a "[" opening a line that no "]" closes on that line.
_LINK_HEAD = re.compile(r"\n[ \t]*\[(?=[^\]\n]*\n)")
# One run of blanks, an optional "|" and then blanks: "[ \t]*\|?[ \t]*" split a long run of spaces
# two ways at every point (quadratic).
_TABLE_RULE = re.compile(r"\n[ \t]*(?:\|[ \t]*)?:?-{2,}[^\n]*")
_MARKUP_CHARS = ("*", "_", "`", "~", "|", "\u00a0", "\t")
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d+);")
_SPACES = re.compile(r"  +")
_BLANK_LINES = re.compile(r"\n[ \n]*\n")
_DICT_WORD = re.compile(r"[A-Za-z]{3,24}")
#: A word as snippets and the proximity check see it.
_EXCERPT_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")

#: "[Enlarge Image](...)" links to full-size pictures (dropped like the article view drops them, see
#: reader/core/render/convert.py) and "Credit: © Terese Winslow" lines under pictures: noise in a snippet
#: ("... Terese Winslow Enlarge Image Breast cancer is ...", walk 6 X3).
_ENLARGE = re.compile(r"\[Enlarge(?: Image)?\]\([^)\s]*\)", re.IGNORECASE)
_CREDIT = re.compile(r"\n[ \t]*(?:Photo |Image )?Credit:[^\n]*")

_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}

#: A word as the spelling dictionary sees it: letters only, 3 to 24 of them.
_PROFESSIONAL_TITLE = re.compile(r"health\s+professional", re.IGNORECASE)


def _drop_between(text: str, start: str, end: str, replacement: str, to_line_end: bool = False) -> str:
    """Replace each start...end span (and, with to_line_end, the rest of end's line) in linear time.

    Like re.sub(start + ".*?" + end) but without its quadratic time when many starts are never closed.
    """
    parts: list[str] = []
    done = 0
    while (begin := text.find(start, done)) >= 0:
        close = text.find(end, begin + len(start))
        if close < 0:
            break
        stop = close + len(end)
        if to_line_end:
            line_end = text.find("\n", stop)
            stop = len(text) if line_end < 0 else line_end
        parts += [text[done:begin], replacement]
        done = stop
    parts.append(text[done:])
    return "".join(parts)


def plain_text(markdown: str) -> str:
    """Markdown to readable plain text: link and image text kept, addresses and markup dropped."""
    text = "\n" + markdown
    if "nlarge" in text:
        text = _ENLARGE.sub("", text)
    if "Credit:" in text:
        text = _CREDIT.sub("\n", text)
    if "```" in text:
        text = _drop_between(text, "\n```", "\n```", "\n", to_line_end=True)
    if "<!--" in text:
        text = _drop_between(text, "<!--", "-->", " ")
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    if "](" in text:
        text = _WRAPPED_LINK.sub(r"\1", text)
    if "](" in text:
        text = _LINK_HEAD.sub("\n", _LINK_TAIL.sub(" ", text))
    text = _AUTOLINK.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _TABLE_RULE.sub("\n", text)
    text = _LINE_MARKUP.sub("\n", text)
    for char in _MARKUP_CHARS:  # str.replace is far faster than translate() on non-ASCII text
        if char in text:
            text = text.replace(char, " ")
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES.get(m.group(0), " "), text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def headings(markdown: str, *, joined: bool = False) -> list[str]:
    """The text of every heading, without markup (empty headings left out); joined: the Markdown has
    been through join_bare_headings already (the index build prepares it once per article)."""
    text = "\n" + (markdown if joined else join_bare_headings(markdown))
    found = (plain_text(m.group(1).rstrip(" \t#")) for m in _HEADING.finditer(text))
    return [h for h in found if h]


#: A level-1 heading line.
_H1_LINE = re.compile(r"\n[ \t]{0,3}#[ \t]+([^\n]*[^\s#][^\n]*)")
#: Words every summary's heading adds to its name ("... (PDQ®)–Patient Version"): no topic.
_VERSION_WORDS = frozenset({"pdq", "patient", "health", "professional", "version"})
#: How many of an article's first level-1 headings may name it.
TITLE_HEADINGS = 2
#: A heading names the article otherwise when less than this share of its words are in the title.
TITLE_HEADING_SHARED = 0.5


def heading_title_words(markdown: str, title: str) -> str:
    """The words of the article's own name (one of its first level-1 headings) that its front-matter
    title lacks, when that title says something else: the heading shares less than half of its
    words with it ("" otherwise). A page whose front matter calls it "2003 Early Reproductive Events
    Workshop" is headed "Abortion, Miscarriage, and Breast Cancer Risk: 2003 Workshop"; "Brain Cancer
    Treatment (PDQ®)–Patient Version" under "Brain Cancer Treatment" adds nothing (nor do the site's
    own words for every summary, "(PDQ®)–Patient Version"), and neither does a heading that only
    words the same name another way ("Recurrent Breast Cancer", "Breast Cancer Recurrence")."""
    have = {stem_of(w) for w in TOKEN.findall(title.lower())} - {""}
    for match in islice(_H1_LINE.finditer("\n" + markdown[:4000]), TITLE_HEADINGS):
        words = [w for w in TOKEN.findall(plain_text(match.group(1)).lower()) if w not in _VERSION_WORDS]
        stems = {stem_of(w) for w in words} - {""}
        if stems and len(stems & have) < TITLE_HEADING_SHARED * len(stems):
            extra: list[str] = []
            for word in words:
                key = stem_of(word)
                if key and key not in have:
                    have.add(key)
                    extra.append(word)
            return " ".join(extra)
    return ""


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of text, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


@dataclass(frozen=True)
class ExcerptWords:
    """An excerpt, the stems of its words ("" for stop words and 1-letter words) and their places."""

    text: str
    stems: tuple[str, ...]
    #: (start, end) of each word in text; None: found when first asked (only snippets need them).
    given_spans: tuple[tuple[int, int], ...] | None = None

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each word in text."""
        if self.given_spans is not None:
            return self.given_spans
        return tuple(match.span() for match in _EXCERPT_WORD.finditer(self.text))

    def first_spans(self, count: int) -> Sequence[tuple[int, int]]:
        """The places of the first count words (a snippet near the start needs no more)."""
        if "spans" in self.__dict__ or self.given_spans is not None:
            return self.spans[:count]
        return [match.span() for match in islice(_EXCERPT_WORD.finditer(self.text), count)]


def excerpt_words(text: str) -> ExcerptWords:
    """Split an excerpt into words and stem them."""
    # ASCII text lowercased keeps every character's place, so one findall finds the same words.
    found = _EXCERPT_WORD.findall(text.lower()) if text.isascii() else [
        w.lower() for w in _EXCERPT_WORD.findall(text)
    ]
    known = STEM_CACHE.get
    return ExcerptWords(text, tuple([s if (s := known(w)) is not None else stem_of(w) for w in found]))


def dictionary_words(text: str) -> tuple[set[str], set[str]]:
    """Words of text for the spelling dictionary: (all, lowercased; those written in lowercase)."""
    found = set(_DICT_WORD.findall(text))
    lower = {w for w in found if w.islower()}
    return {w.lower() for w in found}, lower


def is_professional(article: Article) -> bool:
    """True for a health-professional version: an "/hp/" or "-hp-pdq" address, or the title says so."""
    path = article.site_path.lower()
    return "/hp/" in path + "/" or path.endswith("-hp-pdq") or bool(_PROFESSIONAL_TITLE.search(article.title))


def location_words(article: Article) -> str:
    """The article's address as words ("/types/breast/treatment" -> "types breast treatment")."""
    return " ".join(p for p in re.split(r"[/_.-]+", article.site_path) if p)


def display_title(article: Article) -> str:
    """The title as shown in results."""
    return article.display_title


def make_analyzer() -> Analyzer:
    """The analyzer used for every text field and for queries: lowercase, stop words, stemming."""
    return StemmingAnalyzer(cachesize=-1)


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Porter stem of a lowercase word (the same stem the index uses)."""
    return porter_stem(word)


def stems(words: Iterable[str]) -> list[str]:
    """Stems of words, in order."""
    return [stem(w) for w in words]


# A web address written out in the text ("https://...", "www.cancer.gov/...", "cancer.gov/types"):
# its words are an address, not the article's words.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|edu)(?:/\S*)?", re.I)


def find_marks(
    text: str, phrases: Iterable[tuple[str, ...]], excerpt: Callable[[str], ExcerptWords] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each place in text where one of phrases (stems, as the index has them) stands;
    a phrase's words must stand together (stop words between them are skipped, as the index does).
    Words inside a written-out web address are never marked. excerpt gives the words and their stems
    in another language (a Spanish article: accents and ñ are letters, Spanish stems); English by default."""
    singles: set[str] = set()
    longer: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if len(phrase) == 1:
            singles.add(phrase[0])
        elif phrase:
            longer.setdefault(phrase[0], []).append(phrase)
    for group in longer.values():
        group.sort(key=len, reverse=True)
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "." in text else []
    if excerpt is None:
        found_words = [
            (m.start(), m.end(), stem_of(m.group(0).lower())) for m in _EXCERPT_WORD.finditer(text)
        ]
    else:
        parts = excerpt(text)
        found_words = [(a, b, stemmed) for (a, b), stemmed in zip(parts.spans, parts.stems, strict=True)]
    words = [(a, b, stemmed) for a, b, stemmed in found_words
             if stemmed and not any(x <= a < y for x, y in addresses)]  # fmt: skip
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        start, end, stemmed = words[i]
        size = 0
        for phrase in longer.get(stemmed, ()):
            if tuple(w[2] for w in words[i : i + len(phrase)]) == phrase:
                size = len(phrase)
                break
        if size:
            found.append((start, words[i + size - 1][1]))
            i += size
            continue
        if stemmed in singles:
            found.append((start, end))
        i += 1
    return found
