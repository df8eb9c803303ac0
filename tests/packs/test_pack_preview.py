"""The preview before an install: its description and signature at once, then every file read with the
install's own checks (walk 9, X9-4: a damaged pack was called trusted until Install refused it)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.core.packs.install import PackStore
from reader.core.packs.preview import check_files, preview_pack
from tests.packs.test_pack_install import packs, trust  # noqa: F401 (the module-scoped fixture)


def flipped_inside_an_article(pack: Path, output: Path) -> Path:
    with zipfile.ZipFile(pack) as archive:
        article = next(i for i in archive.infolist() if i.filename.startswith("articles/") and i.compress_size > 40)
    start = article.header_offset + 30 + len(article.filename.encode()) + len(article.extra)
    data = bytearray(pack.read_bytes())
    data[start + article.compress_size // 2] ^= 0x01
    output.write_bytes(bytes(data))
    return output


def test_a_whole_pack_is_installable_only_once_every_file_is_checked(packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    keys, store = trust(packs["public"]), PackStore(tmp_path / "installed")
    seen = preview_pack(packs["v1"], keys, store)
    assert seen.trusted and seen.needs_check and not seen.can_install  # not before the files are read
    progress: list[tuple[int, int]] = []
    checked = check_files(seen, keys, lambda done, total: progress.append((done, total)))
    assert checked.checked and checked.can_install and not checked.problem
    assert progress and progress[-1][0] == progress[-1][1]
    assert not (tmp_path / "installed").exists()  # nothing written


def test_a_flipped_byte_in_an_article_is_found_before_the_install(packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    keys, store = trust(packs["public"]), PackStore(tmp_path / "installed")
    bad = flipped_inside_an_article(packs["v1"], tmp_path / "bad.pack")
    seen = preview_pack(bad, keys, store)
    assert seen.trusted and seen.needs_check  # the description and signature are fine
    checked = check_files(seen, keys)
    assert not checked.can_install and not checked.trusted and checked.changes is None
    assert checked.problem == (
        "This pack is damaged, or it was changed after it was made. Ask whoever gave you this pack for a new copy."
    )
    assert "articles/" in checked.details


def test_a_pack_gone_before_its_files_are_read_says_so(packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    keys, store = trust(packs["public"]), PackStore(tmp_path / "installed")
    copy = tmp_path / "usb.pack"
    copy.write_bytes(packs["v1"].read_bytes())
    seen = preview_pack(copy, keys, store)
    copy.unlink()  # the USB stick pulled out while the preview was open
    checked = check_files(seen, keys)
    assert not checked.can_install
    assert checked.problem.startswith("This pack file cannot be opened. Check that it is still there")
    assert str(copy) in checked.details


def test_a_preview_that_cannot_be_installed_is_not_read_again(packs: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    store = PackStore(tmp_path / "installed")
    stranger = preview_pack(packs["v1"], trust(packs["other_public"]), store)
    assert not stranger.needs_check
    assert check_files(stranger, trust(packs["other_public"])) is stranger
