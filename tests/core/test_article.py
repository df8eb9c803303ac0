"""Loading real-world article files: messy but valid ones load, broken ones give a plain reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.library import article as article_module
from reader.core.library.article import ArticleError, load_article
from tests.helpers import SEED_ARTICLE

FRONT = "---\ntitle: Fatigue - NCI\nurl: https://www.cancer.gov/about-cancer/fatigue\n---\n"


def write(tmp_path: Path, text: str | bytes, name: str = "a.md") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def test_seed_article_has_every_field_typed() -> None:
    a = load_article(SEED_ARTICLE)
    assert a.title == "Immunotherapy | Breast Cancer Treatment - NCI"
    assert a.display_title == "Immunotherapy | Breast Cancer Treatment"
    assert a.url == "https://www.cancer.gov/types/breast/treatment/immunotherapy"
    assert a.cancer_types == ("breast",)
    assert a.tags == ("treatment",), "topics come from the address; \"cancer-type\" is not a topic"
    assert a.audience_level == "patient"
    assert a.language == "en"
    assert a.last_reviewed == dt.date(2025, 12, 30)
    assert a.review_frequency == "quarterly"
    assert (a.source, a.source_type, a.citation) == ("NCI", "02_nci_core", "NCI, 2025")
    assert (a.license, a.status, a.version) == ("public_domain", "active", "v1")
    assert a.path == SEED_ARTICLE
    assert "# Immunotherapy | Breast" not in a.body, "the H1 that repeats the title is dropped"
    assert a.body.startswith("# Immunotherapy for Breast Cancer")


def test_the_title_shows_once_when_the_body_repeats_it_in_other_words(tmp_path: Path) -> None:
    front = "---\ntitle: Stages of Stomach Cancer - NCI\nurl: https://www.cancer.gov/types/stomach/stages\n---\n"
    body = "# Stages of Stomach Cancer - NCI\n\n# Stomach Cancer Stages (PDQ®)–Patient Version\n\nWords.\n"
    article = load_article(write(tmp_path, front + body))
    assert article.page_body.strip() == "Words."
    assert article.body.startswith("# Stomach Cancer Stages (PDQ®)"), "search and the grade see the heading"
    from reader.core.render.convert import render_article

    assert render_article(article).html.count("Stomach Cancer Stages") + render_article(article).html.count(
        "Stages of Stomach Cancer"
    ) == 1, "the page shows the title once"
    kept = "# Stages of Stomach Cancer - NCI\n\n# Stomach Cancer Stages and Survival\n\nWords.\n"
    article = load_article(write(tmp_path, front + kept, "b.md"))
    assert article.page_body.startswith("# Stomach Cancer Stages and Survival")


def test_key_is_stable_and_depends_on_url(tmp_path: Path) -> None:
    one = load_article(write(tmp_path, FRONT + "Body", "one.md"))
    again = load_article(write(tmp_path, FRONT + "Other body", "two.md"))
    other = load_article(write(tmp_path, FRONT.replace("fatigue", "pain") + "Body", "three.md"))
    assert one.key == again.key
    assert one.key != other.key


def test_crlf_and_byte_order_mark(tmp_path: Path) -> None:
    text = "\ufeff" + (FRONT + "# Fatigue - NCI\n\nBeing tired.\n").replace("\n", "\r\n")
    a = load_article(write(tmp_path, text))
    assert a.title == "Fatigue - NCI"
    assert "\r" not in a.body
    assert a.body.strip() == "Being tired."


def test_quoted_unquoted_and_folded_values(tmp_path: Path) -> None:
    text = (
        '---\ntitle: >-\n  A very long title\n  folded over lines\nstatus: "active"\n'
        "lastReviewed: '2024-01-02'\ncancerTypes: Breast, lung\ntags: [support]\n---\nBody"
    )
    a = load_article(write(tmp_path, text))
    assert a.title == "A very long title folded over lines"
    assert a.status == "active"
    assert a.last_reviewed == dt.date(2024, 1, 2)
    assert a.cancer_types == ("breast", "lung"), "no web address: the front matter says where it sits"
    assert a.tags == ("coping",), "the tag 'support' is the topic 'Coping and support'"


def test_title_falls_back_to_heading_then_file_name(tmp_path: Path) -> None:
    assert load_article(write(tmp_path, "---\nurl: /x\n---\n# From the heading\n\ntext")).title == (
        "From the heading"
    )
    assert load_article(write(tmp_path, "Just text, no heading.", "my-note_file.md")).title == (
        "my note file"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\ntitle: [unclosed\n---\nbody", "not valid YAML"),
        (b"\xff\xfe\x00\x00binary\x00\x00", "not text"),
        (b"caf\xe9 au lait", "not UTF-8"),
        ("", "empty"),
        ("   \n\n", "empty"),
        ("---\n- a\n- b\n---\nbody", "not a list of 'name: value'"),
        ("---\na: &x [1]\nb: *x\n---\nbody", "aliases"),
    ],
)
def test_broken_files_give_a_reason(tmp_path: Path, content: str | bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason):
        load_article(write(tmp_path, content))


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(ArticleError, match="too large"):
        load_article(write(tmp_path, FRONT + "x" * 200))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, FRONT + "body")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(ArticleError, match="permission denied"):
        load_article(path)


def test_review_overdue() -> None:
    a = load_article(SEED_ARTICLE)
    assert a.review_due() == dt.date(2025, 12, 30) + dt.timedelta(days=92)
    assert a.is_review_overdue(dt.date(2026, 11, 28))
    assert not a.is_review_overdue(dt.date(2026, 1, 15))


def test_the_fast_front_matter_parser_reads_what_the_safe_one_reads() -> None:
    import yaml

    from reader.core.library.front_matter import FastSafeLoader, SafeLoader, loader_for

    samples = [
        "title: Q&A about 5*2 doses\ncancerTypes:\n- breast\n- lung\nlastReviewed: '2025-12-30'\n",
        "title: Odd date\nlastReviewed: 2025-13-45\nreviewed: 2024-02-01\ncount: 3\nflag: yes\n",
        "title: 'Quoted: colon'\ntags:\n- a\n- b\nnested:\n  x: 1\n",
    ]
    for text in samples:
        assert loader_for(text) is FastSafeLoader
        assert yaml.load(text, Loader=FastSafeLoader) == yaml.load(text, Loader=SafeLoader)  # noqa: S506
    for text in ["a: &x 1\nb: *x\n", "a:\n- &x 1\n- *x\n", "a: [1, [2]]\n", "*x\n"]:
        assert loader_for(text) is SafeLoader, "anchors and aliases go to the loader that refuses them"
