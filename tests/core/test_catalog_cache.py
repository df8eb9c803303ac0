"""The catalog cache: unchanged files come from it, changed ones are parsed again, damage is rebuilt."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import reader.core.library.catalog as library_module
from reader.core.library.article import ArticleError
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import VERSION, CatalogCache, find_cached
from tests.helpers import SEED_ARTICLE, write_article


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small library: the seed article and two simple ones (one with a date in an extra field)."""
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    write_article(folder, "a.md", "Alpha - NCI", "https://www.cancer.gov/a", "# Alpha\n\nFirst body.",
                  cancerTypes="[breast, lung]", tags="[treatment]", lastReviewed="2024-03-01")  # fmt: skip
    write_article(folder, "b.md", "Beta", "/b", "Second body.", published_at="2020-05-06")
    return folder


def load_counting(
    folders: list[Path], cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Library, list[str]]:
    """Load through the catalog and return which files were parsed."""
    parsed: list[str] = []
    real = library_module.load_article

    def counting(path: Path, *rest: object):  # noqa: ANN202 - test spy
        parsed.append(path.name)
        return real(path, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(library_module, "load_article", counting)
    library = Library.load(folders, catalog=CatalogCache(cache_file))
    monkeypatch.setattr(library_module, "load_article", real)
    return library, sorted(parsed)


def test_second_load_reads_the_cache_and_gives_the_same_articles(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "catalog.json"
    first, parsed_first = load_counting([folder], cache, monkeypatch)
    assert parsed_first == ["a.md", "b.md", SEED_ARTICLE.name]
    assert cache.is_file()
    second, parsed_second = load_counting([folder], cache, monkeypatch)
    # b.md has a date in an extra field, which JSON cannot hold as it is: it is parsed every time.
    assert parsed_second == ["b.md"]
    fresh = Library.load([folder])
    assert list(second) == list(fresh)  # every front-matter field, typed, and the key
    for cached, parsed in zip(second, fresh, strict=True):
        assert cached.body == parsed.body  # read from the file when asked
        assert cached.extra == parsed.extra
        assert cached.cancer_types == parsed.cancer_types and cached.last_reviewed == parsed.last_reviewed
    assert second.get(fresh.articles[0].key) is not None
    assert [a.title for a in first] == [a.title for a in second]


def test_a_changed_file_is_parsed_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "catalog.json"
    Library.load([folder], catalog=CatalogCache(cache))
    path = write_article(folder, "a.md", "Alpha, revised", "https://www.cancer.gov/a", "New body.")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    library, parsed = load_counting([folder], cache, monkeypatch)
    assert "a.md" in parsed
    article = library.by_url("/a")
    assert article is not None and article.title == "Alpha, revised"
    assert article.body.strip() == "New body."


def test_a_deleted_file_leaves_the_library_and_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "catalog.json"
    Library.load([folder], catalog=CatalogCache(cache))
    (folder / "a.md").unlink()
    library = Library.load([folder], catalog=CatalogCache(cache))
    assert library.by_url("/a") is None
    files = json.loads(cache.read_text(encoding="utf-8"))["files"]
    assert not any(name.endswith("a.md") for name in files)


@pytest.mark.parametrize(
    "damage",
    [b"{not json", b"\xff\xfe\x00garbage", b'{"format": "cancer-reader-catalog", "version": 1, "files": []}',
     b'{"format": "cancer-reader-catalog", "version": 999, "files": {}}', b"[]"],
)  # fmt: skip
def test_a_damaged_cache_is_ignored_and_rebuilt(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    cache = tmp_path / "catalog.json"
    cache.write_bytes(damage)
    library, parsed = load_counting([folder], cache, monkeypatch)
    assert len(library) == 3 and not library.errors
    assert len(parsed) == 3
    data = json.loads(cache.read_text(encoding="utf-8"))
    assert data["version"] == VERSION and len(data["files"]) == 2  # b.md is never cached (a date in extra)


def test_a_damaged_entry_is_parsed_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "catalog.json"
    Library.load([folder], catalog=CatalogCache(cache))
    data = json.loads(cache.read_text(encoding="utf-8"))
    name = str(folder / "a.md")
    data["files"][name]["article"] = {"title": 5, "no such field": 1}
    cache.write_text(json.dumps(data), encoding="utf-8")
    library, parsed = load_counting([folder], cache, monkeypatch)
    assert "a.md" in parsed
    assert library.by_url("/a").title == "Alpha - NCI"


def test_a_body_whose_file_vanished_raises_a_plain_error(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "catalog.json"
    Library.load([folder], catalog=CatalogCache(cache))
    library = Library.load([folder], catalog=CatalogCache(cache))
    (folder / "a.md").unlink()
    with pytest.raises(ArticleError):
        _ = library.by_url("/a").body


def test_bad_files_are_reported_the_same_with_the_cache(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    cache = tmp_path / "catalog.json"
    for _ in range(2):
        library = Library.load([folder], catalog=CatalogCache(cache))
        assert [s.path.name for s in library.errors] == ["broken.md"]
        assert "YAML" in library.errors[0].reason


def test_a_first_load_through_the_catalog_keeps_no_body_in_memory(folder: Path, tmp_path: Path) -> None:
    library = Library.load([folder], catalog=CatalogCache(tmp_path / "cache" / "catalog.json"))
    fresh = Library.load([folder])
    for loaded, parsed in zip(library, fresh, strict=True):
        assert loaded._body is None, "bodies are read when needed, as on a second start"
        assert loaded.body == parsed.body and loaded == parsed


# The article asked for at start (`--open`), from the cache before the library is read ----------------


def test_the_article_asked_for_comes_from_the_cache_as_the_library_has_it(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "catalog.json"
    library = Library.load([folder], catalog=CatalogCache(cache))
    for asked in ("https://www.cancer.gov/a", "/a", "https://www.cancer.gov/a#part", "/a/",
                  "https://www.cancer.gov/types/breast/treatment/immunotherapy", library.articles[0].key):  # fmt: skip
        found = find_cached(cache, [folder], asked)
        expected = library.find(asked.split("#")[0])
        assert found is not None and expected is not None, asked
        assert (
            found == expected
            and found.path == expected.path
            and found.reading_grade == expected.reading_grade
        )
    assert find_cached(cache, [folder], "/not-here") is None
    assert find_cached(cache, [folder], "/") is None


def test_the_cache_does_not_answer_for_a_changed_hidden_or_unreadable_article(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "catalog.json"
    Library.load([folder], catalog=CatalogCache(cache))
    assert find_cached(cache, [folder], "/a") is not None
    path = folder / "a.md"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert find_cached(cache, [folder], "/a") is None  # changed since: the library reads it
    write_article(folder, "c.md", "Gamma", "https://www.cancer.gov/c", "Body.", status="draft")
    Library.load([folder], catalog=CatalogCache(cache))
    assert find_cached(cache, [folder], "/c") is None  # hidden in the library too
    assert find_cached(cache, [tmp_path / "elsewhere"], "/b") is None  # not in the folders given
    text = cache.read_text(encoding="utf-8")
    for damaged in (text[: len(text) // 2], text.replace('"version":', '"version":1'), "", "\x00\xff"):
        cache.write_text(damaged, encoding="utf-8", errors="surrogateescape")
        assert find_cached(cache, [folder], "/b") is None
    cache.unlink()
    assert find_cached(cache, [folder], "/b") is None


def test_the_first_folder_wins_as_in_the_library(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for root in (first, second):
        root.mkdir()
        write_article(root, "same.md", f"Same in {root.name}", "https://www.cancer.gov/same", "Body.")
    cache = tmp_path / "catalog.json"
    for order in ([first, second], [second, first]):
        library = Library.load(order, catalog=CatalogCache(cache))
        found = find_cached(cache, order, "/same")
        assert found is not None and found.path == order[0] / "same.md" == library.find("/same").path


def test_file_names_that_look_like_the_cache_format_are_found_or_left_to_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    names = ['a},"b.md', 'q"uote.md', 'x:{"fingerprint":.md', "ünï.md"]
    for number, name in enumerate(names):
        write_article(folder, name, f"Odd {number}", f"https://www.cancer.gov/odd{number}", "Body.")
    cache = tmp_path / "catalog.json"
    library = Library.load([folder], catalog=CatalogCache(cache))
    for number, name in enumerate(names):
        found = find_cached(cache, [folder], f"/odd{number}")
        assert found is None or found.path == folder / name == library.find(f"/odd{number}").path
    assert sum(find_cached(cache, [folder], f"/odd{n}") is not None for n in range(len(names))) >= 3


def test_an_article_with_letters_beyond_ascii_comes_from_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    write_article(folder, "mama.md", "Cáncer de seno — tratamiento", "https://www.cancer.gov/espanol/tipos/seno/señales",
                  "# Señales\n\nSíntomas y pruebas.", language="es")  # fmt: skip
    write_article(folder, "next.md", "Después — ñ", "https://www.cancer.gov/espanol/después", "Texto.")
    cache = tmp_path / "catalog.json"
    library = Library.load([folder], catalog=CatalogCache(cache))
    for asked in ("https://www.cancer.gov/espanol/tipos/seno/señales", "/espanol/después"):
        found = find_cached(cache, [folder], asked)
        assert found is not None and found == library.find(asked), asked
        assert found.title == library.find(asked).title
    raw = cache.read_bytes()
    cut = raw.index("ñales".encode()) + 1  # inside the two bytes of "ñ"
    cache.write_bytes(raw[:cut])
    assert find_cached(cache, [folder], "/espanol/tipos/seno/señales") is None  # damaged: the library decides
