"""Glossary HTML fragments and the term -> articles map (plain Python, no Qt)."""

from __future__ import annotations

from pathlib import Path

from reader.core.glossary.entries import ArticleWord, Glossary, GlossaryEntry
from reader.core.glossary.fragments import (
    NO_DEFINITION,
    articles_by_term,
    definition_html,
    entry_page_html,
    usage_key,
    words_in_article_html,
)
from reader.core.library.article import load_article
from reader.core.render.page import GlossaryUse
from tests.helpers import write_article

TUMOR = GlossaryEntry(
    "46634", "tumor", "tumor", "A lump of cells <that grow> & divide.", "TOO-mer", ("mass",)
)
PLAIN = GlossaryEntry("", "coping-skills", "coping skills", "Ways to deal with hard things.")


def test_definition_shows_term_pronunciation_and_escaped_definition() -> None:
    text = definition_html(TUMOR)
    assert "<b>tumor</b>" in text and "(TOO-mer)" in text
    assert "A lump of cells &lt;that grow&gt; &amp; divide." in text
    assert "<that" not in text
    assert "()" not in definition_html(PLAIN)


def test_unknown_word_shows_the_linked_words_and_a_plain_note() -> None:
    text = definition_html(None, "zorbic <marker>")
    assert "zorbic &lt;marker&gt;" in text
    assert NO_DEFINITION in text


def test_words_in_article_lists_each_word_with_its_definition() -> None:
    glossary = Glossary([TUMOR, PLAIN])
    uses = [GlossaryUse("46634", "tumors"), GlossaryUse("coping-skills", "coping"), GlossaryUse("9", "odd")]
    words = glossary.words_in_article(uses)
    text = words_in_article_html(words)
    assert text.index("tumor") < text.index("coping skills") < text.index("odd")
    assert "Ways to deal with hard things." in text
    assert 'href="glossary:46634"' in text and 'href="glossary:coping-skills"' in text
    assert NO_DEFINITION in text
    assert "no words from the glossary" in words_in_article_html([])
    assert words_in_article_html([ArticleWord("1", "x", None)], heading="Handout").startswith(
        "<h2>Handout</h2>"
    )


def test_articles_by_term_joins_id_and_slug_links_and_keeps_unknown_terms(tmp_path: Path) -> None:
    glossary = Glossary([TUMOR, PLAIN])
    one = write_article(tmp_path, "one.md", "One", "https://www.cancer.gov/one",
                        "A [tumor](/publications/dictionaries/cancer-terms/def/46634) and "
                        "[another tumor](/publications/dictionaries/cancer-terms/def/46634).")  # fmt: skip
    two = write_article(tmp_path, "two.md", "Two", "https://www.cancer.gov/two",
                        "A [mass](/publications/dictionaries/cancer-terms/def/tumor), "
                        "[coping](https://www.cancer.gov/publications/dictionaries/cancer-terms/def/coping-skills), "
                        "[odd](/publications/dictionaries/cancer-terms/def/Zorbic) and [page](/types/x).")  # fmt: skip
    articles = [load_article(one), load_article(two)]
    found = articles_by_term(articles, glossary)
    keys = [a.key for a in articles]
    assert found[usage_key(glossary, "46634")] == keys
    assert found[usage_key(glossary, "tumor")] == keys
    assert found[usage_key(glossary, "coping-skills")] == [keys[1]]
    assert found[usage_key(glossary, "zorbic")] == [keys[1]]
    assert len(found) == 3


def test_entry_page_lists_articles_as_links(tmp_path: Path) -> None:
    article = load_article(
        write_article(tmp_path, "a.md", "About <lumps>", "https://www.cancer.gov/a", "Text.")
    )
    text = entry_page_html(TUMOR, "tumor", [article])
    assert "Also called: mass" in text
    assert f'href="article:{article.key}"' in text and "About &lt;lumps&gt;" in text
    assert "No article in your library" in entry_page_html(TUMOR, "tumor", [])


def test_built_in_definitions_say_what_they_are_and_point_to_the_care_team() -> None:
    from reader.core.glossary.entries import BUNDLED_SOURCE
    from reader.core.glossary.fragments import ABOUT_OUR_DEFINITIONS

    ours = GlossaryEntry("1", "port", "port", "A small device under the skin.", source=BUNDLED_SOURCE)
    imported = GlossaryEntry("2", "stent", "stent", "A small tube.", source="Imported from clinic.csv")
    assert "written for this app" in definition_html(ours) and "care team" in definition_html(ours)
    assert ABOUT_OUR_DEFINITIONS not in definition_html(imported)
    assert "From: Imported from clinic.csv" in definition_html(imported)
    assert "written for this app" in words_in_article_html([ArticleWord("1", "port", ours)])
