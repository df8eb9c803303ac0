"""What an installed pack gives the app: front matter without reading the files, glossary entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.core.library.catalog as library_module
from reader.context import Context
from reader.core.files.locations import Locations, user_packs_dir
from reader.core.glossary.entries import Glossary, GlossaryEntry, user_glossary_path, write_glossary_file
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache
from reader.core.packs.build import PackInfo, build_pack
from reader.core.packs.install import PackStore
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey
from tests.helpers import write_article
from tests.packs.pack_files import make_keys, make_library

TITLES = ["Fatigue", "Nausea", "Hair loss"]
BUNDLED = Glossary.load()
CHEMO, RADIATION = BUNDLED.lookup("chemotherapy"), BUNDLED.lookup("radiation therapy")
assert CHEMO is not None and RADIATION is not None


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_keys(tmp_path_factory.mktemp("keys") / "keys")


def install(tmp_path: Path, keys: tuple[Path, Path], glossary: Path | None = None) -> Context:
    """A pack of three articles (with a glossary when given), installed for the person."""
    private, public = keys
    library = make_library(tmp_path / "lib", TITLES)
    pack = tmp_path / "lib.pack"
    build_pack(library, pack, PackInfo("clinic-lib", "Clinic library", "Good Clinic", "1"), private, glossary)
    key = load_public_key(public)
    data = tmp_path / "data"
    PackStore(user_packs_dir(data)).install(pack, [TrustedKey(key, key_id(key), public)])
    return Context(Locations(data_dir=data, cache_dir=tmp_path / "cache"), include_bundled=False)


def load_counting(ctx: Context, monkeypatch: pytest.MonkeyPatch, known: bool) -> tuple[Library, list[str]]:
    """Load the library through a fresh catalog cache; which files were read."""
    parsed: list[str] = []
    real = library_module.load_article

    def counting(path: Path, *rest: Path):  # noqa: ANN202 - test spy
        parsed.append(path.name)
        return real(path, *rest)

    monkeypatch.setattr(library_module, "load_article", counting)
    catalog = CatalogCache(ctx.locations.cache_dir / "catalog.json")
    if known:
        catalog.know(ctx.known_articles())
    return Library.load(ctx.library_folders(), catalog=catalog), parsed


def test_a_first_start_reads_no_article_of_an_installed_pack(
    tmp_path: Path, keys: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = install(tmp_path, keys)
    write_article(tmp_path / "own", "mine.md", "My notes", "https://example.org/mine", "# Mine\n\nNotes.")
    ctx.library_args = [tmp_path / "own"]
    library, parsed = load_counting(ctx, monkeypatch, known=True)
    assert sorted(a.title for a in library) == ["Fatigue", "Hair loss", "My notes", "Nausea"]
    assert parsed == ["mine.md"]  # only the person's own file
    reference = Library.load(ctx.library_folders())
    assert [(a.key, a.path, a.title, a.cancer_types) for a in library] == [
        (a.key, a.path, a.title, a.cancer_types) for a in reference
    ]
    again, parsed = load_counting(ctx, monkeypatch, known=False)
    assert parsed == [] and len(again) == 4  # the catalog cache kept them for the next start


def test_a_changed_pack_file_is_read_again(
    tmp_path: Path, keys: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = install(tmp_path, keys)
    changed = next(p for p in ctx.library_folders()[0].rglob("nausea.md"))
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Nausea", "Feeling sick"), encoding="utf-8"
    )
    library, parsed = load_counting(ctx, monkeypatch, known=True)
    assert parsed == ["nausea.md"]
    assert "Feeling sick" in [a.title for a in library]


def test_a_catalog_made_for_other_article_records_is_not_used(
    tmp_path: Path, keys: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = install(tmp_path, keys)
    (pack,) = ctx.installed_packs()
    catalog = pack.folder / "catalog.json"
    data = json.loads(catalog.read_text(encoding="utf-8"))
    data["article_format"] = -1
    catalog.write_text(json.dumps(data), encoding="utf-8")
    assert ctx.known_articles() == {}
    library, parsed = load_counting(ctx, monkeypatch, known=True)
    assert len(parsed) == len(library) == 3


def test_pack_glossary_entries_come_between_the_bundled_and_the_persons_own(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    pack_words = tmp_path / "pack-glossary.json"
    write_glossary_file(pack_words, [
        GlossaryEntry("9001", "quiet-room", "quiet room", "A calm place in the clinic to rest (clinic's words)."),
        GlossaryEntry(RADIATION.id, RADIATION.slug, "radiation therapy", "The clinic's words on radiation."),
        GlossaryEntry(CHEMO.id, CHEMO.slug, "chemotherapy", "The clinic's definition of chemotherapy."),
    ])  # fmt: skip
    ctx = install(tmp_path, keys, glossary=pack_words)
    write_glossary_file(user_glossary_path(ctx.locations.data_dir), [
        GlossaryEntry(CHEMO.id, CHEMO.slug, "chemotherapy", "My own note about chemotherapy."),
    ])  # fmt: skip
    glossary = ctx.glossary()
    assert glossary.problems == []
    assert BUNDLED.lookup("quiet room") is None
    quiet = glossary.lookup("quiet room")  # a term only the pack has
    assert quiet is not None and "clinic's words" in quiet.definition
    radiation = glossary.lookup("radiation therapy")  # the pack's entry replaces the bundled one
    assert radiation is not None and radiation.definition == "The clinic's words on radiation."
    chemo = glossary.lookup("chemotherapy")
    assert chemo is not None and chemo.definition == "My own note about chemotherapy."


def test_a_damaged_pack_glossary_is_explained_and_the_rest_still_works(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    pack_words = tmp_path / "pack-glossary.json"
    write_glossary_file(pack_words, [GlossaryEntry("9001", "quiet-room", "quiet room", "Clinic words.")])
    ctx = install(tmp_path, keys, glossary=pack_words)
    (pack,) = ctx.installed_packs()
    (pack.folder / "glossary.json").write_text("{not json", encoding="utf-8")
    glossary = ctx.glossary()
    assert glossary.problems and "library pack" in glossary.problems[0]
    assert len(glossary) > 0  # the built-in entries are still there
