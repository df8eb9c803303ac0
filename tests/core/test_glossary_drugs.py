"""Drug links: classified by name, matched to the library's drug articles (brand names too), counted by stats."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.glossary.coverage import count_links, measure
from reader.core.glossary.drugs import (
    DRUG_ARTICLE_NOTE,
    DRUG_DEFINITION_NOTE,
    NO_DRUG,
    DrugArticles,
    brand_names,
    drug_tip_html,
)
from reader.core.glossary.entries import Glossary, GlossaryEntry
from reader.core.library.catalog import Library
from reader.core.library.links import classify, drug_link
from tests.helpers import write_article

DRUG = "https://www.cancer.gov/publications/dictionaries/cancer-drug/def/"
ZORBIMAB = """# Zorbimab Hydrochloride

A made-up drug.

US Brand Name(s)

Zorbix, Zorba-XR

FDA Approved

Yes

[Definition from the NCI Drug Dictionary](https://www.cancer.gov/publications/dictionaries/cancer-drug/def/900001)
"""
USES = f"""# Treatments

Some people get [Zorbix]({DRUG}900001), some [tretinoin](/publications/dictionaries/cancer-drug/def/tretinoin),
some [blarnocept]({DRUG}900002). The [tumor](/publications/dictionaries/cancer-terms/def/46634) shrinks.
A [health-professional word](/Common/PopUps/popDefinition.aspx?id=46634&version=healthprofessional&language=English)
and an [unknown one](/Common/PopUps/popDefinition.aspx?id=999999001&version=Patient&language=English).
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    write_article(folder, "zorbimab.md", "Zorbimab Hydrochloride - NCI",
                  "https://www.cancer.gov/about-cancer/treatment/drugs/zorbimab-hydrochloride", ZORBIMAB)  # fmt: skip
    write_article(folder, "uses.md", "Treatments", "https://www.cancer.gov/about-cancer/treatments", USES)
    return folder


def glossary() -> Glossary:
    return Glossary([
        GlossaryEntry("46634", "tumor", "tumor", "A lump of cells that grow where they should not."),
        GlossaryEntry("", "tretinoin", "tretinoin", "A drug made from vitamin A, used for one kind of leukemia."),
    ])  # fmt: skip


def test_drug_links_are_aimed_at_the_drug_name() -> None:
    assert drug_link(DRUG + "trastuzumab", "Herceptin").target == "trastuzumab"
    assert drug_link(DRUG + "123", "Herceptin").target == "Herceptin"
    assert drug_link(DRUG + "123", "Definition from the NCI Drug Dictionary").target == "123"
    assert drug_link("https://example.org/publications/dictionaries/cancer-drug/def/x", "x") is None
    assert drug_link(DRUG.replace("cancer-drug", "cancer-terms") + "45214", "chemo") is None
    link = classify(DRUG + "lutetium-lu-177")
    assert (link.kind, link.target) == ("drug", "lutetium lu 177")
    assert classify(link.href) == link and link.href == "drug:lutetium%20lu%20177"


def test_drug_articles_are_found_by_title_plain_name_address_and_brand(library: Path) -> None:
    drugs = DrugArticles(Library.load([library]))
    assert len(drugs) == 1
    for name in ("Zorbimab Hydrochloride", "zorbimab", "zorbimab-hydrochloride", "Zorbix", "zorba xr"):
        found = drugs.find(name)
        assert found is not None and found.display_title == "Zorbimab Hydrochloride", name
    assert drugs.find("Treatments") is None and drugs.find("blarnocept") is None
    assert brand_names(ZORBIMAB) == ["Zorbix", "Zorba-XR"]


def test_drug_tooltip_says_whether_it_opens_an_article_or_explains(library: Path) -> None:
    drugs = DrugArticles(Library.load([library]))
    opens = drug_tip_html(drugs, glossary(), "Zorbix")
    assert DRUG_ARTICLE_NOTE in opens and "Zorbimab Hydrochloride" in opens
    explains = drug_tip_html(drugs, glossary(), "tretinoin")
    assert "vitamin A" in explains and DRUG_DEFINITION_NOTE in explains
    assert NO_DRUG in drug_tip_html(drugs, glossary(), "blarnocept")


def test_coverage_counts_patient_professional_and_drug_links(library: Path) -> None:
    counts = count_links([library])
    assert counts.patient == {"46634": 1, "999999001": 1}
    assert counts.professional == {"46634": 1}
    # the id link inside the drug's own article stands for that drug
    assert counts.drugs == {"Zorbix": 1, "tretinoin": 1, "blarnocept": 1, "Zorbimab Hydrochloride": 1}
    coverage = measure(glossary(), counts, DrugArticles(Library.load([library])))
    assert (coverage.patient_links.part, coverage.patient_links.whole) == (1, 2)
    assert (coverage.all_links.part, coverage.all_links.whole) == (2, 3)
    assert (coverage.terms.part, coverage.terms.whole) == (1, 2)
    assert (coverage.drug_articles.part, coverage.drug_articles.whole) == (2, 4)
    assert coverage.drug_definitions.part == 1
    assert str(coverage.patient_links) == "50.0% (1/2)"


def test_glossary_stats_command(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["glossary", "stats", "--library", str(library), "--data-dir", str(tmp_path / "data")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Patient-facing glossary links that resolve: 50.0% (1/2)" in out
    assert "Drug links that open the drug's article: 50.0% (2/4)" in out
    assert (
        main(["glossary", "stats", "--library", str(tmp_path / "nowhere"), "--data-dir", str(tmp_path)]) == 1
    )
    assert "no library folder" in capsys.readouterr().err
