"""Building, verifying and installing packs: the normal path, versions, rollback, removal and trust."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.packs.format import PackError
from reader.core.packs.install import PackStore, installed_problems
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey, site_trust_dir, trusted_keys
from reader.core.packs.verify import verify_pack
from reader.core.search.prebuilt import PrebuiltSearchIndex, prebuilt_covers
from tests.packs.pack_files import (
    make_keys,
    make_library,
    make_pack,
    read_entries,
    tree_digest,
    write_entries,
)

TITLES = ["Fatigue", "Nausea", "Hair loss"]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Keys, and versions 1 and 2 of one pack (2 drops Hair loss, changes Nausea, adds Mouth sores)."""
    root = tmp_path_factory.mktemp("packs")
    private, public = make_keys(root / "keys")
    other_private, other_public = make_keys(root / "other-keys")
    v1 = make_pack(make_library(root / "lib1", TITLES), root / "v1.pack", private, "1")
    lib2 = make_library(root / "lib2", ["Fatigue", "Mouth sores"])
    make_library(lib2, ["Nausea"], extra="Eat small meals.")
    v2 = make_pack(lib2, root / "v2.pack", private, "2")
    return {"private": private, "public": public, "other_private": other_private,
            "other_public": other_public, "v1": v1, "v2": v2}  # fmt: skip


def trust(public: Path) -> list[TrustedKey]:
    key = load_public_key(public)
    return [TrustedKey(key, key_id(key), public)]


def test_keygen_keeps_the_private_key_private(packs: dict[str, Path]) -> None:
    assert stat.S_IMODE(os.stat(packs["private"]).st_mode) == 0o600
    with pytest.raises(PackError, match="already exists"):
        make_keys(packs["private"].parent)


def test_verify_names_the_signer_and_counts_articles(packs: dict[str, Path]) -> None:
    verified = verify_pack(packs["v1"], trust(packs["public"]))
    assert verified.manifest.article_count == 3
    assert verified.manifest.publisher == "Good Clinic"
    assert verified.signed_by is not None and verified.signed_by.source == packs["public"]


def test_a_built_pack_holds_no_lock_file_and_its_index_searches(packs: dict[str, Path], tmp_path: Path) -> None:
    """The index build leaves Whoosh's MAIN_WRITELOCK (and our update.lock) behind: never shipped."""
    names = [info.filename for info, _data in read_entries(packs["v1"])]
    index_names = [n for n in names if n.startswith("index/index/")]
    assert index_names and any(n.endswith(".seg") for n in index_names)
    assert [n for n in names if "LOCK" in n.upper()] == []
    store = PackStore(tmp_path / "packs")
    store.install(packs["v1"], trust(packs["public"]))
    installed = store.get("clinic-lib")
    assert installed is not None
    assert [p.name for p in installed.folder.rglob("*") if "LOCK" in p.name.upper()] == []
    index = PrebuiltSearchIndex.open(installed.index_dir)
    try:
        assert [hit.title for hit in index.search("nausea").hits][:1] == ["Nausea"]
    finally:
        index.close()


def test_install_then_upgrade_rollback_and_remove(packs: dict[str, Path], tmp_path: Path) -> None:
    store = PackStore(tmp_path / "packs")
    keys = trust(packs["public"])
    first = store.install(packs["v1"], keys)
    assert (len(first.added), first.changed, first.removed) == (3, [], [])
    installed = store.get("clinic-lib")
    assert installed is not None and installed_problems(installed) == []
    library = Library.load([installed.articles_dir])
    assert sorted(a.title for a in library) == sorted(TITLES)
    assert prebuilt_covers(library, installed.index_dir, installed.articles_dir)  # its own index fits

    second = store.install(packs["v2"], keys)
    assert second.added == ["mouth-sores.md"]
    assert second.changed == ["nausea.md"]
    assert second.removed == ["hair-loss.md"]
    current = store.get("clinic-lib")
    assert current is not None and current.manifest.version == "2" and current.previous is not None

    with pytest.raises(PackError, match="older than the version 2 you have") as older:
        store.install(packs["v1"], keys)
    assert older.value.step == "You can keep the one you have."
    assert "--downgrade" in older.value.details and "--downgrade" not in older.value.plain
    assert store.rollback("clinic-lib").manifest.version == "1"
    assert store.rollback("clinic-lib").manifest.version == "2"
    assert store.install(packs["v2"], keys).same_version

    store.remove("clinic-lib")
    assert store.get("clinic-lib") is None and store.installed() == []
    with pytest.raises(PackError, match="No pack"):
        store.remove("clinic-lib")


def test_downgrade_only_when_asked(packs: dict[str, Path], tmp_path: Path) -> None:
    store = PackStore(tmp_path / "packs")
    keys = trust(packs["public"])
    store.install(packs["v2"], keys)
    store.install(packs["v1"], keys, downgrade=True)
    current = store.get("clinic-lib")
    assert current is not None and current.manifest.version == "1"
    assert len(list((tmp_path / "packs" / "clinic-lib").iterdir())) == 3  # two versions and state.json


def read_manifest_key(pack: Path) -> str:
    """The key id a pack's manifest names."""
    import json
    import zipfile

    with zipfile.ZipFile(pack) as archive:
        return json.loads(archive.read("manifest.json"))["key_id"]


def test_untrusted_and_unsigned_packs_name_the_publisher(packs: dict[str, Path], tmp_path: Path) -> None:
    store = PackStore(tmp_path / "packs")
    with pytest.raises(PackError, match="comes from “Good Clinic”, but this computer is not set up to trust it") as untrusted:
        store.install(packs["v1"], trust(packs["other_public"]))
    # Walk 7 C4: the next step, in kind; the key for staff only.
    assert untrusted.value.step == "Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “Good Clinic”."
    key = read_manifest_key(packs["v1"])
    assert key in untrusted.value.details and key not in untrusted.value.plain
    unsigned = write_entries([(i, d) for i, d in read_entries(packs["v1"]) if i.filename != "manifest.sig"],
                             tmp_path / "unsigned.pack")  # fmt: skip
    with pytest.raises(PackError, match="comes from “Good Clinic”, but it is not signed"):
        store.install(unsigned, trust(packs["public"]))
    assert tree_digest(tmp_path / "packs") == {}
    store.install(unsigned, [], allow_unsigned=True)
    assert store.get("clinic-lib") is not None


def test_a_new_key_cannot_take_over_an_installed_pack(packs: dict[str, Path], tmp_path: Path) -> None:
    store = PackStore(tmp_path / "packs")
    store.install(packs["v1"], trust(packs["public"]))
    hijack = make_pack(make_library(tmp_path / "lib", ["Fatigue"]), tmp_path / "h.pack", packs["other_private"], "9")
    with pytest.raises(PackError, match="installed already, from a different publisher key") as hijacked:
        store.install(hijack, trust(packs["public"]) + trust(packs["other_public"]))
    assert hijacked.value.step == "Ask your clinic's IT team which one to keep."
    assert "cancer-reader pack remove clinic-lib" in hijacked.value.details


def test_keys_in_the_site_and_user_folders_are_trusted(packs: dict[str, Path], tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "trusted-keys").mkdir(parents=True)
    (config / "trusted-keys" / "clinic.pub").write_bytes(packs["public"].read_bytes())
    site = site_trust_dir()
    site.mkdir(parents=True)
    (site / "other.pub").write_bytes(packs["other_public"].read_bytes())
    (site / "broken.pub").write_text("not a key")
    sources = {k.source.name for k in trusted_keys(config)}
    assert sources == {"clinic.pub", "other.pub"}
    assert verify_pack(packs["v1"], trusted_keys(config)).signed_by is not None
