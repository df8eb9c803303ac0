"""One patient article: its front matter, typed, and its Markdown body."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.languages.translate import translate
from reader.core.library import simple_front_matter
from reader.core.library.content_checks import (
    check_not_binary,
    check_readable,
    check_text_is_text,
    may_have_control_characters,
)
from reader.core.library.errors import ArticleError
from reader.core.library.placement import place, title_words
from reader.core.library.readability import article_grade

# Files larger than this are skipped: no real patient article comes near it
# (the largest in the NCI corpus is 1.1 MB) and a huge file would stall loading.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024

# Front matter longer than this is refused: real front matter is under 1 KB, and PyYAML is slow
# enough that a few megabytes of keys would stall loading for a long time.
MAX_FRONT_MATTER_CHARS = 64 * 1024

SITE = "https://www.cancer.gov"

_BOM = b"\xef\xbb\xbf"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_TITLE_SUFFIX = re.compile(r"\s+-\s+NCI$")
_NOT_NEWLINE = re.compile(r"[^\n]")

_REVIEW_DAYS = {
    "weekly": 7,
    "monthly": 31,
    "quarterly": 92,
    "biannual": 183,
    "semiannual": 183,
    "yearly": 366,
    "annual": 366,
    "annually": 366,
}


@dataclass(frozen=True)
class Article:
    """A loaded article: every front-matter field, typed, plus body and origin."""

    key: str
    path: Path
    title: str
    # The Markdown body; None when the catalog cache left it out (then `body` reads the file).
    _body: str | None = field(default=None, compare=False, repr=False)
    url: str = ""
    cancer_types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    audience_level: str = ""
    language: str = ""
    last_reviewed: dt.date | None = None
    review_frequency: str = ""
    source: str = ""
    source_type: str = ""
    citation: str = ""
    license: str = ""
    status: str = "active"
    version: str = ""
    # The cancer types the front matter claims (cancer_types holds where the article really sits).
    declared_cancer_types: tuple[str, ...] = ()
    # Flesch-Kincaid grade of the body (None when too short to tell).
    reading_grade: float | None = None
    # Site path of the patient or professional twin in the same library ("" when none); set by Library.
    twin_path: str = field(default="", compare=False)
    # (address, language) of the same article in another language in the library (translationOf); set by Library.
    language_twin: tuple[str, str] = field(default=("", ""), compare=False)
    # The file's path inside its library folder ("coping/questions.md"); "" when not known.
    rel_path: str = ""
    # SHA-1 of the file's bytes, to tell real duplicates from different files.
    digest: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def body(self) -> str:
        """The Markdown body (read from the file when it was left out); ArticleError on failure."""
        if self._body is not None:
            return self._body
        return load_article(self.path)._body or ""

    @property
    def page_body(self) -> str:
        """The body as the page shows it, under the title: without leading headings that repeat the
        title in other words ("# Stomach Cancer Stages (PDQ®)–Patient Version" under "Stages of Stomach
        Cancer"). Search and the reading grade use the whole body."""
        return drop_title_repeats(self.body, self.title)

    @property
    def display_title(self) -> str:
        """The title without the site's " - NCI" suffix."""
        return _TITLE_SUFFIX.sub("", self.title).strip() or self.title

    @property
    def web_address(self) -> str:
        """The url when it is a real web address a person could visit; "" for a made-up one (a reserved
        name such as cancer-reader.example, which only names the article inside the reader)."""
        return self.url if is_real_web_address(self.url) else ""

    @property
    def site_path(self) -> str:
        """The url's path on cancer.gov ("/types/breast/..."), or "" when it has none."""
        return normalize_url(self.url)

    def review_due(self) -> dt.date | None:
        """The date by which the article should have been reviewed again."""
        days = _REVIEW_DAYS.get(self.review_frequency.strip().lower())
        if self.last_reviewed is None or days is None:
            return None
        return self.last_reviewed + dt.timedelta(days=days)

    def is_review_overdue(self, today: dt.date | None = None) -> bool:
        """True when the review date has passed."""
        due = self.review_due()
        return due is not None and due < (today or dt.date.today())


# Names the internet keeps for examples and tests (RFC 2606, RFC 6761): no site answers at them.
_NOWHERE_TLDS = ("example", "invalid", "test", "localhost")
_NOWHERE_DOMAINS = ("example.com", "example.net", "example.org")


def is_real_web_address(url: str) -> bool:
    """Whether url is an http(s) address whose host could exist (not "cancer-reader.example"): only such an
    address is shown for a person to type in at home (walk 10, C6)."""
    match = re.match(r"(?i)^https?://([^/?#:@]+)", url.strip())
    if match is None:
        return False
    host = match.group(1).lower().rstrip(".")
    if "." not in host or host.rsplit(".", 1)[1] in _NOWHERE_TLDS:
        return False
    return not any(host == d or host.endswith("." + d) for d in _NOWHERE_DOMAINS)


def normalize_url(url: str) -> str:
    """Reduce a cancer.gov address to its path: no site, no fragment, no trailing slash."""
    url = url.strip().split("#", 1)[0].split("?", 1)[0]
    for prefix in (SITE, "http://www.cancer.gov", "https://cancer.gov", "http://cancer.gov"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
            break
    else:
        if "://" in url:
            return url.rstrip("/")
    if not url.startswith("/"):
        return url.rstrip("/")
    return url.rstrip("/") or "/"


def article_key(url: str, path: Path, rel_path: str = "") -> str:
    """A stable, short key: from the url when there is one, else from the path inside the library folder.

    Never from the file name alone: a/questions.md and b/questions.md are different articles.
    """
    seed = normalize_url(url) or rel_path or path.as_posix()
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^a-z0-9]+", "-", (seed.rsplit("/", 1)[-1] or path.stem).lower()).strip("-")
    return f"{stem[:40] or 'article'}-{digest}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return " ".join(str(value).split())


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = [v for v in re.split(r"[,;]", value)]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = [value]
    return tuple(dict.fromkeys(t for t in (_text(i).strip().lower() for i in items) if t))


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def decode(raw: bytes) -> str:
    """Bytes of a text file to str with Unix line ends; ArticleError when it is not text."""
    if not raw.strip():
        raise ArticleError(translate("Check", "the file is empty"))
    check_not_binary(raw)
    try:
        # As raw.decode("utf-8-sig") (same text, same error position) at half the cost: that codec is
        # written in Python and copies the bytes (per-step timing of a first start's loading, issue 20).
        text = (raw[3:] if raw.startswith(_BOM) else raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            translate(
                "Check",
                "the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8 and try again",
            ).format(position=exc.start)
        ) from exc
    if may_have_control_characters(raw):
        check_text_is_text(text)
    if "\r" not in text:  # the usual case: three passes over 50 MB of corpus saved (issue 20 profile)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, before_yaml: Callable[[], None] | None = None) -> tuple[dict[str, Any], str]:
    """Split text into its YAML front matter (a dict) and the Markdown body.

    Front matter in the plain form (`name: value` lines, `- item` lists) is read without PyYAML
    (simple_front_matter.py, same results); anything else goes to YAML, and before_yaml is called first
    when PyYAML has not been imported yet (the library loader imports it on the GUI thread).
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    if match.end() > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(
            translate("Check", "the front matter is too long ({size} KB; the limit is {limit} KB)").format(
                size=match.end() // 1024, limit=MAX_FRONT_MATTER_CHARS // 1024
            )
        )
    plain = simple_front_matter.parse(text)
    if plain is not None:
        return plain
    if before_yaml is not None and "reader.core.library.front_matter" not in sys.modules:
        before_yaml()
    return yaml_front_matter(text)


def yaml_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """split_front_matter through python-frontmatter and PyYAML, for text that starts with front matter."""
    # Imported here, not at the top: PyYAML and python-frontmatter add to start-up, and a warm
    # start takes front matter from the catalog cache without them.
    import frontmatter
    import yaml

    from reader.core.library.front_matter import FrontMatterHandler

    try:
        meta, body = frontmatter.parse(text, handler=FrontMatterHandler())
    except ArticleError:
        raise
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        if where is None:
            raise ArticleError(translate("Check", "the front matter is not valid YAML")) from exc
        raise ArticleError(
            translate("Check", "the front matter is not valid YAML (line {line})").format(line=where.line + 2)
        ) from exc
    except RecursionError as exc:
        raise ArticleError(translate("Check", "the front matter is nested too deeply")) from exc
    except (ValueError, OverflowError) as exc:  # e.g. an integer with 100,000 digits
        raise ArticleError(
            translate("Check", "the front matter has a number or date that is out of range")
        ) from exc
    return dict(meta), body


def _drop_repeated_title(body: str, title: str) -> str:
    """Remove a leading H1 that only repeats the title (every NCI article has one)."""
    stripped = body.lstrip("\n")
    match = _H1.match(stripped)
    if match and _norm_title(match.group(1)) == _norm_title(title):
        # = stripped[match.end():].lstrip("\n") with one copy of the body instead of two (issue 20)
        rest = _NOT_NEWLINE.search(stripped, match.end())
        return stripped[rest.start() :] if rest is not None else ""
    return body


def _norm_title(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def drop_title_repeats(body: str, title: str) -> str:
    """The body without its leading H1s that are the title, word for word once "(PDQ®)", "Patient
    Version", "- NCI", punctuation, word order and small words are set aside ("Stages of Stomach Cancer"
    is "Stomach Cancer Stages"). A heading that says more or less than the title stays."""
    words = title_words(title)
    for _ in range(2):
        stripped = body.lstrip("\n")
        match = _H1.match(stripped)
        if not match:
            break
        heading = match.group(1)
        if _norm_title(heading) != _norm_title(title) and not (words and title_words(heading) == words):
            break
        body = stripped[match.end() :].lstrip("\n")
    return body


def parse_article(
    text: str, path: Path, rel_path: str = "", digest: str = "", before_yaml: Callable[[], None] | None = None
) -> Article:
    """Build an Article from a file's text; ArticleError when it cannot be understood or has no text.

    rel_path is the file's path inside its library folder (the article's identity when it has no url);
    before_yaml: see split_front_matter.
    """
    meta, body = split_front_matter(text, before_yaml)
    title = _text(meta.get("title"))
    if not title:
        heading = _H1.search(body)
        title = heading.group(1).strip() if heading else path.stem.replace("-", " ").replace("_", " ")
    body = _drop_repeated_title(body, title)
    check_readable(body)
    url = _text(meta.get("url"))
    declared_types = _words(meta.get("cancerTypes"))
    placement = place(
        normalize_url(url), title, declared_types, _words(meta.get("tags")), _text(meta.get("audienceLevel")),
        normalize_url(_text(meta.get("translationOf"))),
    )  # fmt: skip
    known = {
        "title", "url", "cancerTypes", "tags", "audienceLevel", "language", "lastReviewed",
        "reviewFrequency", "source", "sourceType", "citation", "license", "status", "version",
    }  # fmt: skip
    return Article(
        key=article_key(url, path, rel_path),
        path=path,
        title=title,
        _body=body,
        url=url,
        cancer_types=placement.cancer_types,
        tags=placement.topics,
        audience_level=placement.audience,
        language=_text(meta.get("language")).lower(),
        last_reviewed=_date(meta.get("lastReviewed")),
        review_frequency=_text(meta.get("reviewFrequency")).lower(),
        source=_text(meta.get("source")),
        source_type=_text(meta.get("sourceType")),
        citation=_text(meta.get("citation")),
        license=_text(meta.get("license")),
        status=_text(meta.get("status")).lower() or "active",
        version=_text(meta.get("version")),
        declared_cancer_types=declared_types,
        # Flesch-Kincaid is an English formula: no grade (and no badge) for articles in other languages.
        reading_grade=article_grade(body) if _text(meta.get("language")).lower()[:2] in ("", "en") else None,
        rel_path=rel_path,
        digest=digest,
        extra={k: v for k, v in meta.items() if k not in known},
    )


def load_article(path: Path, root: Path | None = None, before_yaml: Callable[[], None] | None = None) -> Article:
    """Read and parse one article file; ArticleError with a plain reason on failure.

    root is the library folder the file was found in; the path inside it names an article without a url.
    before_yaml: see split_front_matter.
    """
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                translate("Check", "the file is too large ({size} MB; the limit is {limit} MB)").format(
                    size=size // (1024 * 1024), limit=MAX_ARTICLE_BYTES // (1024 * 1024)
                )
            )
        raw = path.read_bytes()
    except PermissionError as exc:
        raise ArticleError(translate("Check", "the file cannot be read (permission denied)")) from exc
    except OSError as exc:
        raise ArticleError(
            translate("Check", "the file cannot be read ({problem})").format(problem=exc.strerror or exc)
        ) from exc
    rel_path = ""
    if root is not None:
        try:
            rel_path = path.relative_to(root).as_posix()
        except ValueError:
            rel_path = ""
    digest = hashlib.sha1(raw).hexdigest()
    return parse_article(decode(raw), path, rel_path, digest, before_yaml)
