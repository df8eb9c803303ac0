"""Bad packs are refused with a plain sentence and leave the installed library byte-identical."""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.packs import verify
from reader.core.packs.format import PackError
from reader.core.packs.install import PackStore
from tests.packs.pack_files import Entries, read_entries, resign, tree_digest, write_entries
from tests.packs.test_pack_install import packs, trust  # noqa: F401 (the module-scoped fixture)


@pytest.fixture
def store(packs: dict[str, Path], tmp_path: Path) -> PackStore:  # noqa: F811
    """A store with version 1 installed."""
    store = PackStore(tmp_path / "installed")
    store.install(packs["v1"], trust(packs["public"]))
    return store


#: The one next step each refusal gives a person (walk 7 C4: refusals said what was wrong, never what to do).
NEXT_STEPS = (
    "Ask whoever gave you this pack for a new copy.",
    "Copy the pack again.",
    "Do not use it, and tell whoever gave it to you.",
    "Ask whoever gave you this pack for a smaller one.",
    "Check that you chose the right file.",
    "Ask your clinic's IT team to update this reader.",
)
#: Words for staff, not for the person reading the refusal.
INTERNAL = re.compile(r"manifest|description|checksum|articles/|index/|\.json|\.sig|\bkey [0-9a-f]{8,}|[0-9a-f]{16}|/tmp/|\\")


def said_plainly(error: PackError, *steps: str) -> None:
    """The refusal's plain part names no file, key or internal word, and ends with one of the next steps."""
    assert error.step in (steps or NEXT_STEPS), error.step
    assert error.plain == f"{error.problem} {error.step}"
    assert not INTERNAL.search(error.plain), error.plain
    assert len(error.plain.split()) <= 30, error.plain


def refused(store: PackStore, pack: Path, packs: dict[str, Path], problem: str, detail: str = "") -> PackError:  # noqa: F811
    """Installing pack fails saying problem (plainly, with a next step; the detail for staff apart), and
    nothing in the store changed."""
    before = tree_digest(store.root)
    with pytest.raises(PackError) as caught:
        store.install(pack, trust(packs["public"]), allow_unsigned=False)
    error = caught.value
    assert problem in error.problem
    said_plainly(error)
    assert not detail or (detail in error.details and detail not in error.plain), error.details
    assert tree_digest(store.root) == before
    return error


def info(name: str, mode: int | None = None) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name)
    if mode is not None:
        entry.create_system = 3
        entry.external_attr = mode << 16
    return entry


def test_a_flipped_byte_anywhere_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    data = packs["v2"].read_bytes()
    genuine = PackStore(tmp_path / "genuine")
    genuine.install(packs["v2"], trust(packs["public"]))
    expected = genuine.get("clinic-lib")
    assert expected is not None
    positions = sorted({0, 1, len(data) - 1, len(data) - 22, *range(0, len(data), max(1, len(data) // 60))})
    refusals = 0
    for position in positions:
        bad = bytearray(data)
        bad[position] ^= 0x01
        path = tmp_path / "flipped.pack"
        path.write_bytes(bytes(bad))
        before = tree_digest(store.root)
        try:
            store.install(path, trust(packs["public"]))
        except PackError as error:
            refusals += 1
            assert tree_digest(store.root) == before, position
            said_plainly(error)
            continue
        # A byte the format does not use (a zip timestamp): what was installed is exactly the genuine pack.
        current = store.get("clinic-lib")
        assert current is not None
        assert tree_digest(current.folder) == tree_digest(expected.folder), position
        store.rollback("clinic-lib")
        store.remove("clinic-lib")
        store.install(packs["v1"], trust(packs["public"]))
    assert refusals >= len(positions) * 0.8


def test_a_first_install_found_damaged_while_unpacking_leaves_no_folder(packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    """Walk 7 C4: a flipped byte inside an article (found only while unpacking) left an empty packs/<id>/."""
    data = packs["v2"].read_bytes()
    with zipfile.ZipFile(packs["v2"]) as archive:
        article = next(i for i in archive.infolist() if i.filename.startswith("articles/") and i.compress_size > 40)
        start = article.header_offset + 30 + len(article.filename.encode()) + len(article.extra)
    bad = bytearray(data)
    bad[start + article.compress_size // 2] ^= 0x01
    path = tmp_path / "flipped.pack"
    path.write_bytes(bytes(bad))
    store = PackStore(tmp_path / "packs")
    store.root.mkdir()
    (store.root / "other-lib").mkdir()  # another pack's folder: never touched
    with pytest.raises(PackError) as caught:
        store.install(path, trust(packs["public"]))
    assert caught.value.problem == "This pack is damaged, or it was changed after it was made."
    assert article.filename in caught.value.details
    said_plainly(caught.value)
    assert sorted(p.name for p in store.root.iterdir() if not p.name.endswith(".lock")) == ["other-lib"]
    assert store.get("clinic-lib") is None


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_file_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path, keep: float) -> None:  # noqa: F811
    data = packs["v2"].read_bytes()
    path = tmp_path / "cut.pack"
    path.write_bytes(data[: int(len(data) * keep)])
    refused(store, path, packs, "damaged or was not copied in full", "is not a complete zip file")


def test_a_zero_byte_file_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "empty.pack"
    path.write_bytes(b"")
    refused(store, path, packs, "is empty: the copy did not finish", str(path))


def test_a_signature_from_another_key_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = write_entries(resign(read_entries(packs["v2"]), packs["other_private"]), tmp_path / "x.pack")
    error = refused(store, path, packs, "“Good Clinic”, but it was changed or damaged", "signature does not match")
    assert re.search(r"Key [0-9a-f]{16}\.", error.details)  # the key is named, for staff only


def _rewritten(packs: dict[str, Path], tmp_path: Path, edit: Callable[[Entries], Entries],  # noqa: F811
               change: Callable[[dict], None] | None = None) -> Path:  # fmt: skip
    """v2 with its entries edited, re-signed with the trusted key (so the structure checks must catch it)."""
    entries = edit(read_entries(packs["v2"]))
    return write_entries(resign(entries, packs["private"], change), tmp_path / "edited.pack")


def test_a_listed_member_that_is_missing_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    def add_ghost(manifest: dict) -> None:
        manifest["members"]["articles/ghost.md"] = {"sha256": "0" * 64, "size": 3}
        manifest["article_count"] += 1

    path = _rewritten(packs, tmp_path, lambda e: e, add_ghost)
    refused(store, path, packs, "This pack is damaged, or it was changed after it was made.", "'articles/ghost.md' is listed in the manifest but missing")


def test_a_member_the_manifest_does_not_list_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    entries = resign(read_entries(packs["v2"]), packs["private"]) + [(info("articles/extra.md"), b"# Extra\n")]
    refused(store, write_entries(entries, tmp_path / "extra.pack"), packs, "This pack is damaged, or it was changed after it was made.",
            "'articles/extra.md' is not listed in the manifest")  # fmt: skip


@pytest.mark.parametrize("name", ["../x", "/etc/x", "articles/../../x", "articles\\..\\x"])
def test_a_member_name_that_leaves_the_folder_is_refused(
    store: PackStore, packs: dict[str, Path], tmp_path: Path, name: str  # noqa: F811
) -> None:
    path = _rewritten(packs, tmp_path, lambda e: e + [(info(name), b"evil")])
    refused(store, path, packs, "not safe to open", "A file name that is not allowed")
    assert not (tmp_path / "x").exists()


def test_a_symlink_member_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = _rewritten(packs, tmp_path, lambda e: e + [(info("articles/link.md", stat.S_IFLNK | 0o777), b"/etc/passwd")])
    refused(store, path, packs, "not safe to open", "A link or special file: 'articles/link.md'")


def test_a_zip_bomb_by_ratio_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = _rewritten(packs, tmp_path, lambda e: e + [(info("index/zeros"), bytes(20_000_000))])
    refused(store, path, packs, "not safe to open", "unpacks to far more than its size: 'index/zeros'")


def test_a_pack_over_the_total_size_limit_is_refused(
    store: PackStore, packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setattr(verify, "MAX_TOTAL_BYTES", 10_000)
    refused(store, packs["v2"], packs, "larger than this reader can open", "It unpacks to more than")


def test_duplicate_member_names_are_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    entries = read_entries(packs["v2"])
    article = next((i, d) for i, d in entries if i.filename.startswith("articles/"))
    path = write_entries(entries + [(info(article[0].filename), b"# Other text\n")], tmp_path / "dup.pack")
    refused(store, path, packs, "not safe to open", "Two files with the same name")


def test_a_manifest_of_a_newer_format_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = _rewritten(packs, tmp_path, lambda e: e, lambda m: m.update(format_version=2))
    refused(store, path, packs, "needs a newer version of this reader", "Pack format 2")


def test_a_pack_that_needs_a_newer_app_is_refused(store: PackStore, packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    path = _rewritten(packs, tmp_path, lambda e: e, lambda m: m.update(min_app_version="999.0"))
    refused(store, path, packs, "needs a newer version of this reader", "It needs version 999.0 or newer")
