"""A "what is" question about something that is not a drug is not answered by a drug's page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from tests.core.search_library import write


@pytest.fixture(scope="module")
def vaccine_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    lib = tmp_path_factory.mktemp("what-is") / "lib"
    write(lib, "vac.md", "HPV Vaccine", "/about-cancer/treatment/drugs/recombinant-hpv-vaccine",
          "This HPV vaccine prevents HPV infection. HPV types 16 and 18. Approved to prevent HPV.", "general")  # fmt: skip
    write(lib, "hpv.md", "Human Papillomavirus and Cancer", "/about-cancer/causes-prevention/hpv-and-cancer",
          "## HPV infection causes cervical cancer\n\nHuman papillomavirus (HPV) is a common virus. Long-lasting "
          "infection with high-risk HPV causes cervical cancer.", "general")  # fmt: skip
    for n, title in enumerate(["Fatigue", "Nausea", "Hair Loss", "Pain"]):
        write(lib, f"f{n}.md", title, f"/side-effects/{n}", f"{title} during treatment. " * 5, "general")
    index = SearchIndex.open(tmp_path_factory.mktemp("what-is-cache"))
    index.update(Library.load([lib]))
    yield index
    index.close()


def test_what_is_a_thing_prefers_the_page_about_it_to_a_drug_named_for_it(vaccine_index: SearchIndex) -> None:
    assert vaccine_index.search("what is hpv").hits[0].url == "/about-cancer/causes-prevention/hpv-and-cancer"
    # the drug asked for by name, or asked about otherwise, is still the drug's page
    assert vaccine_index.search("hpv vaccine").hits[0].url == "/about-cancer/treatment/drugs/recombinant-hpv-vaccine"
    assert vaccine_index.search("what is the recombinant hpv vaccine").hits[0].url == (
        "/about-cancer/treatment/drugs/recombinant-hpv-vaccine"
    )
