"""Which places of a search are marked: the passages where its words meet, a few per part."""

from __future__ import annotations

from reader.core.highlight.passages import (
    Place,
    choose,
    concepts,
    is_reference_heading,
    passage_scores,
    sentence_of,
)


def place(start: int, passage: int, *stems: str, section: int = 0, picture: bool = False,
          joined: bool = False, reference: bool = False) -> Place:  # fmt: skip
    return Place(start, start + 4, section, passage, frozenset(stems), picture, joined, reference=reference)


def test_sentence_of_counts_sentence_ends_before_the_offset() -> None:
    text = "One two. Three four! Five? Six"
    found = [sentence_of(text, text.index(w)) for w in ("One", "two", "Three", "Five", "Six")]
    assert found == [0, 0, 1, 2, 3]


def test_the_passage_with_the_rare_word_and_the_common_one_is_marked_and_shown_first() -> None:
    # "neck" in passages 0-5, "lump" once, beside "neck", in passage 6.
    places = [place(10 * p, p, "neck") for p in range(6)] + [place(70, 6, "lump"), place(80, 6, "neck")]
    marked, first = choose(places, per_section=3)
    assert marked == [6, 7] and first == 6


def test_a_picture_description_counts_less_than_the_text() -> None:
    places = [place(0, 0, "breast", picture=True), place(10, 0, "cancer", picture=True),
              place(20, 1, "breast"), place(30, 1, "cancer")]  # fmt: skip
    scores = passage_scores(places)
    assert scores[1] > scores[0]
    assert choose(places, per_section=3) == ([2, 3], 2)


def test_a_few_per_part_and_words_side_by_side_count_as_one() -> None:
    # One word searched: every passage scores the same, so the first few of each part are marked.
    first_part = [place(10 * i, i, "fatigu") for i in range(5)]
    second_part = [place(100 + 10 * i, 10 + i, "fatigu", section=1) for i in range(5)]
    marked, first = choose(first_part + second_part, per_section=3)
    assert marked == [0, 1, 2, 5, 6, 7] and first == 0
    # "hair loss" typed as two words: the pair is one place, so the part still gets three.
    pairs = [place(0, 0, "hair"), place(5, 0, "loss", joined=True), place(20, 1, "hair"),
             place(25, 1, "loss", joined=True), place(40, 2, "hair"), place(45, 2, "loss", joined=True)]  # fmt: skip
    assert choose(pairs, per_section=3)[0] == [0, 1, 2, 3, 4, 5]


def test_a_part_far_below_the_best_passage_gets_no_marks() -> None:
    places = [place(0, 0, "lump"), place(5, 0, "neck"), place(100, 1, "neck", section=1)]
    marked, _first = choose(places, per_section=3)
    assert marked == [0, 1]


def test_words_of_one_phrase_are_one_concept() -> None:
    places = [place(0, 0, "hair", "loss"), place(10, 1, "hair", "fall", "out"), place(20, 2, "alopecia")]
    ids = concepts(places)
    assert ids["hair"] == ids["loss"] == ids["fall"] == ids["out"] != ids["alopecia"]


def test_nothing_to_choose_from() -> None:
    assert choose([], per_section=3) == ([], -1)


def test_a_reference_list_is_neither_marked_nor_shown_first_when_the_text_matches() -> None:
    """Walk 10, C7: "tired all the time" opened "Fatigue (PDQ)" at a cited paper's title ("I get tired for
    no reason"), whose passage held the most of the search's words."""
    text = [place(0, 0, "tire", section=0), place(50, 1, "time", section=1)]
    cited = [place(100, 2, "tire", "time", reference=True, section=1),
             place(110, 3, "tire", "time", reference=True, section=1)]  # fmt: skip
    marked, first = choose(text + cited, per_section=3)
    assert first in (0, 1) and not set(marked) & {2, 3}
    assert marked == [0, 1]
    # Only the references match: they are all there is, so they are marked and shown.
    assert choose(cited, per_section=3) == ([0, 1], 0)


def test_reference_headings_in_english_and_spanish() -> None:
    assert all(map(is_reference_heading, ("References", " references: ", "Bibliografía", "Referencias")))
    assert not any(map(is_reference_heading, ("Referral to a specialist", "Sources of support", "")))
