"""A list written right under a paragraph line is a list, as in CommonMark (walk 10, C1)."""

from __future__ import annotations

import re

from reader.core.render import page_cache
from reader.core.render.convert import render_markdown
from reader.core.render.list_starts import separate_lists

#: The shape of "Immunotherapy for Cancer" in the NCI library ("What are the types of immunotherapy?").
IMMUNOTHERAPY = (
    "Learn more about [immune checkpoint inhibitors](/about-cancer/treatment/types/immunotherapy/checkpoint).\n"
    "- **T-cell transfer therapy**, which is a treatment that boosts the natural ability of your T cells.\n"
    "Learn more about T-cell transfer therapy.\n"
    "- **Monoclonal antibodies**, which are immune system proteins created in the lab.\n"
)


def _items(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", html, re.S)]


def test_a_list_right_under_a_paragraph_is_a_list_not_part_of_the_paragraph() -> None:
    html = render_markdown(IMMUNOTHERAPY).html
    assert html.startswith("<p>Learn more about <a ") and "inhibitors</a>.</p>\n<ul>" in html
    assert _items(html) == [
        "T-cell transfer therapy, which is a treatment that boosts the natural ability of your T cells.\n"
        "Learn more about T-cell transfer therapy.",  # a text line under an item goes on with the item
        "Monoclonal antibodies, which are immune system proteins created in the lab.",
    ]
    assert " - " not in html and "\n- " not in html


def test_stars_pluses_and_a_numbered_list_starting_at_1_start_lists_too() -> None:
    for marker, tag in (("*", "ul"), ("+", "ul"), ("1.", "ol")):
        html = render_markdown(f"You may have:\n{marker} tiredness\n{marker} pain\n").html
        assert html.startswith("<p>You may have:</p>\n<" + tag), (marker, html)
        assert _items(html) == ["tiredness", "pain"]


def test_lines_that_are_not_list_starts_stay_in_their_paragraph() -> None:
    # CommonMark: only "1." may interrupt a paragraph; "- " with nothing after it, a hyphen inside a line
    # and a rule are not lists. The text is given back unchanged.
    for text in (
        "The trial began in\n2010. It enrolled 400 people.\n",
        "Doses were 5 - 10 mg\n3. This is a sentence.\n",
        "A line\n-\nand more\n",
        "A line\n-no space after the hyphen\n",
        "Before a rule\n- - -\nafter\n",
        "Words - with a hyphen\nin the middle - of lines\n",
    ):
        assert separate_lists(text) == text, text
        assert "<li>" not in render_markdown(text).html


def test_a_list_that_already_is_a_list_is_left_as_it_is() -> None:
    # A text line inside a list is the item's continuation: a blank line there would make a loose list.
    text = "- Stage 0\n- The following stages are used for lip and oral cavity\ncancer:\n- Stage I\n"
    assert separate_lists(text) == text
    assert _items(render_markdown(text).html)[1] == "The following stages are used for lip and oral cavity\ncancer:"
    for text in ("> A quote\n- item\n", "    indented code\n- item\n", "Text\n\n    - indented\n"):
        assert separate_lists(text) == text


def test_a_list_after_a_heading_line_and_a_paragraph_in_one_block() -> None:
    text = "## Symptoms\nSome people feel:\n- tired\n- sick\n"
    html = render_markdown(text).html
    assert "<p>Some people feel:</p>\n<ul>" in html and _items(html) == ["tired", "sick"]


def test_a_list_under_a_table_ends_the_table_but_a_row_with_pipes_stays_a_row() -> None:
    table = "| Problem | Rate |\n| --- | --- |\n| Pain | 12 |\n"
    html = render_markdown(table + "- The hospital stay was shorter.\n").html
    assert html.index("</table>") < html.index("<ul>")
    assert _items(html) == ["The hospital stay was shorter."]
    assert "<td>- The hospital" not in html
    row = table + "- 5 | 3 |\n"  # a row that begins with a minus sign
    assert separate_lists(row) == row and "<li>" not in render_markdown(row).html


def test_the_page_cache_knows_this_module_changes_the_html() -> None:
    assert page_cache.VERSION >= 6
    assert "render/list_starts.py" in page_cache._CONVERTER_SOURCES
