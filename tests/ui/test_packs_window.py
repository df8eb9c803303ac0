"""Library packs in the window: searching from a pack's own index."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.context import Context
from reader.core.files.locations import Locations, user_packs_dir
from reader.core.library.catalog import Library
from reader.core.packs.format import Manifest, parse_manifest
from reader.core.packs.install import PackStore
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey, trusted_keys
from reader.core.settings.store import Settings
from reader.ui.layout.staff_details import JOINER
from reader.ui.packs.preview_dialog import PackPreviewDialog
from reader.ui.search.results_view import HIT_ROLE
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow, WindowOptions
from tests.helpers import ROOT
from tests.packs.pack_files import make_keys, make_library, make_pack, read_entries, resign, write_entries

TITLES = ["Fatigue", "Nausea", "Hair loss"]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A publisher's keys and version 1 of a small pack."""
    root = tmp_path_factory.mktemp("window-packs")
    private, public = make_keys(root / "keys")
    v1 = make_pack(make_library(root / "lib1", TITLES), root / "v1.pack", private, "1")
    return {"private": private, "public": public, "v1": v1}


def read_manifest_of(pack: Path) -> Manifest:
    import zipfile

    with zipfile.ZipFile(pack) as archive:
        return parse_manifest(archive.read("manifest.json"))


def trusted(public: Path) -> list[TrustedKey]:
    key = load_public_key(public)
    return [TrustedKey(key, key_id(key), public)]


def indexed_here(cache: Path) -> list[str]:
    """The keys of the articles indexed in the person's own index (in the cache folder)."""
    return [
        entry["key"]
        for manifest in (cache / "index").glob("gen-*/manifest.json")
        for entry in json.loads(manifest.read_text(encoding="utf-8"))["files"].values()
    ]


def shown_titles(window: MainWindow) -> list[str]:
    listing = window.search.results.list
    return [listing.delegate.title_for(listing.item(i).data(HIT_ROLE)) for i in range(listing.count())]


def test_the_first_search_after_installing_a_pack_uses_its_own_index(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Path]
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    PackStore(user_packs_dir(data)).install(packs["v1"], trusted(packs["public"]))
    ctx = Context(Locations(data_dir=data, cache_dir=cache), include_bundled=False)
    win = build_window(ctx.library, Settings(None))
    qtbot.addWidget(win)
    win.show()
    service = win.search.use_index(cache, opener=lambda _cache_dir: ctx.open_search_index())
    win.search.box.focus()
    qtbot.keyClicks(win.search.box.field, "nausea")
    qtbot.waitUntil(lambda: "Nausea" in shown_titles(win), timeout=5000)
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)
    assert service.status.searchable and service.status.documents == 3
    assert not list((cache / "index").glob("gen-*"))  # nothing was indexed on this machine


def test_the_app_searches_an_installed_pack_without_indexing_it(
    tmp_path: Path, packs: dict[str, Path]
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    PackStore(user_packs_dir(data)).install(packs["v1"], trusted(packs["public"]))
    shot = tmp_path / "shot.png"
    command = [sys.executable, "-m", "reader", "--data-dir", str(data), "--cache-dir", str(cache),
               "--search", "nausea", "--screenshot", str(shot)]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert shot.is_file()
    assert len(indexed_here(cache)) == 1  # only the bundled article; the pack's three come from its own index


def test_the_preloaded_index_is_handed_over_once(qtbot: QtBot) -> None:
    from reader.ui.search.preload import IndexPreloader

    opened: list[object] = []

    def open_index() -> object:
        opened.append(object())
        return opened[-1]

    preloader = IndexPreloader(open_index)
    preloader.start()
    first = preloader.take()
    assert opened == [first]
    assert preloader.take() is not first and len(opened) == 2  # a second service opens its own
    preloader.close()


def test_the_library_loader_takes_front_matter_from_the_packs_catalog(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.library.catalog as library_module
    from reader.ui.library.loader import LibraryLoader

    data, cache = tmp_path / "data", tmp_path / "cache"
    PackStore(user_packs_dir(data)).install(packs["v1"], trusted(packs["public"]))
    ctx = Context(Locations(data_dir=data, cache_dir=cache), include_bundled=False)
    parsed: list[Path] = []
    real = library_module.load_article
    monkeypatch.setattr(
        library_module, "load_article", lambda path, *rest: parsed.append(path) or real(path, *rest)
    )
    loader = LibraryLoader(ctx.library_folders(), cache / "catalog.json", known=ctx.known_articles)
    with qtbot.waitSignal(loader.loaded, timeout=10000) as loaded:
        loader.start()
    loader.wait()
    assert sorted(a.title for a in loaded.args[0]) == sorted(TITLES)
    assert parsed == []


# Installing from the window ------------------------------------------------------------------------


@pytest.fixture
def installer(qtbot: QtBot, tmp_path: Path, packs: dict[str, Path], monkeypatch: pytest.MonkeyPatch):
    """A real window on an empty library, with the pack install feature wired as the app wires it."""
    from reader.app import reload_library
    from reader.ui.packs.feature import PacksFeature

    data, cache = tmp_path / "data", tmp_path / "cache"
    ctx = Context(Locations(data_dir=data, cache_dir=cache), include_bundled=False)
    win = build_window(ctx.library, Settings(None), options=WindowOptions(data_dir=data))
    qtbot.addWidget(win)
    win.show()
    win.search.use_index(cache, opener=lambda _cache_dir: ctx.open_search_index())
    feature = PacksFeature(win, PackStore(user_packs_dir(data)), lambda: trusted(packs["public"]), tmp_path / "config")
    feature.installed.connect(lambda _changes: reload_library(win, ctx))
    shown: list[PackPreviewDialog] = []
    answers: list[bool] = []

    def exec_instead(dialog: PackPreviewDialog) -> int:
        shown.append(dialog)
        qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)  # as a person waits for the check
        accept = answers.pop(0) if answers else False
        return QDialog.DialogCode.Accepted.value if accept else QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PackPreviewDialog, "exec", exec_instead)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    return win, feature, shown, answers, warnings, ctx


def browse_titles(window: MainWindow) -> set[str]:
    """Every title the library browser's A-Z list shows (as a person sees it on its tab)."""
    window.browser.tabs.setCurrentIndex(2)
    tree = window.browser.a_to_z
    return {
        item.text(0) for item in tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    }


def test_install_from_the_file_menu_previews_then_switches_library_and_search(
    qtbot: QtBot, installer, packs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    file_menu = win.menu("file")
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("I&nstall a library pack…") == texts.index("&Add a folder of articles…") + 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(packs["v1"]), ""))
    answers.append(True)
    progress: list[tuple[int, int]] = []
    feature.progressChanged.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(win.libraryChanged, timeout=15000):
        next(a for a in file_menu.actions() if a.text() == "I&nstall a library pack…").trigger()
    preview = shown[0]
    assert preview.fields["publisher"].text() == "Good Clinic"
    assert preview.fields["version"].text() == "1"
    assert preview.fields["changes"].text() == "3 articles added, 0 changed, 0 removed"
    assert preview.fields["date"].text()[:1].isalpha()
    size = sum(m.size for m in read_manifest_of(packs["v1"]).members.values())
    assert size < 100_000 and preview.fields["size"].text() == f"{round(size / 1000)} KB"  # not "0.0 MB" (walk 10, X1)
    assert preview.trust.text() == (
        "Signed by a publisher this computer trusts. Every file in it was checked and is whole."
    )
    assert preview.install_button.isEnabled() and not preview.install_button.isHidden()
    assert progress and progress[-1][0] == progress[-1][1]  # progress was reported to the end
    assert warnings == []
    # Said after the new library is shown (which writes the article count there first).
    assert win.statusBar().currentMessage() == "Installed “Clinic library” version 1: 3 articles added, 0 changed, 0 removed."
    assert sorted(a.title for a in win.library) == sorted(TITLES)  # no restart
    assert set(TITLES) <= browse_titles(win)
    service = win.search.service
    assert service is not None
    qtbot.waitUntil(lambda: not service.busy and service.status.documents == 3, timeout=10000)
    win.search.box.focus()
    qtbot.keyClicks(win.search.box.field, "nausea")
    qtbot.waitUntil(lambda: "Nausea" in shown_titles(win), timeout=5000)
    assert indexed_here(ctx.locations.cache_dir) == []  # searched from the pack's own index


def test_the_preview_is_wide_enough_for_a_whole_library(qtbot: QtBot, installer, packs: dict[str, Path]) -> None:
    """What changes for the 1,378-article library fits on one line (it wrapped to three in a narrow box)."""
    win, feature, shown, answers, warnings, ctx = installer
    dialog = PackPreviewDialog(feature.preview(packs["v1"]), win)
    qtbot.addWidget(dialog)
    dialog.fields["changes"].setText("1,378 articles added, 0 changed, 0 removed")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    line = dialog.fields["changes"].fontMetrics().lineSpacing()
    assert dialog.fields["changes"].height() < 2 * line
    assert dialog.fields["publisher"].height() < 2 * line


def test_one_article_added_is_said_in_the_singular(qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path) -> None:
    """Walk 12, X1: a one-article pack said "1 articles added"."""
    win, feature, shown, answers, warnings, ctx = installer
    one = make_pack(make_library(tmp_path / "lib-one", ["Sleep"]), tmp_path / "one.pack", packs["private"], "1")
    dialog = PackPreviewDialog(feature.preview(one), win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.fields["changes"].text() == "1 article added, 0 changed, 0 removed"


def test_a_pack_from_an_untrusted_publisher_is_shown_but_not_offered(
    qtbot: QtBot, installer, tmp_path: Path
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    other_private, _ = make_keys(tmp_path / "other-keys")
    stranger = make_pack(make_library(tmp_path / "lib-x", ["Sleep"]), tmp_path / "x.pack", other_private, "1")
    answers.append(True)  # even if the person could press Install, nothing happens
    assert feature.open_pack(stranger) is False
    preview = shown[0]
    assert not preview.install_button.isEnabled()
    # Walk 7 C4: what is wrong, then one thing to do; the key only behind "Show details for staff".
    assert preview.trust.text() == (
        "Cannot be installed. This pack says it comes from “Good Clinic”, but this computer is not "
        "set up to trust it. Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “Good Clinic”."
    )
    assert preview.trust.text().count("This pack") == 1  # not "This pack cannot be installed. This pack says…" (walk 12, X2)
    assert "changes" not in preview.fields  # not "What changes: Not checked": it cannot be worked out
    assert list(preview.fields) == ["publisher", "version", "date", "size"]
    assert not preview.details.isVisible() and preview.details_button.text() == "Show details for staff"
    preview.show()
    qtbot.waitExposed(preview)
    assert not preview.details.isVisible()
    qtbot.mouseClick(preview.details_button, Qt.MouseButton.LeftButton)
    assert preview.details.isVisible() and preview.details.text().startswith("Signed with a key this computer")
    assert preview.details_button.text() == "Hide details for staff"
    # Walk 10, C10: a caregiver at home has no IT team: the details name the folders this computer reads
    # trusted keys from, and the commands that put the publisher's key there (named for its key id).
    from reader.core.packs.trust import site_trust_dir

    key = key_id(load_public_key(other_private.with_name("publisher.pub")))
    details = preview.details.text()
    mine = tmp_path / "config" / "trusted-keys"
    assert f"folder {site_trust_dir()}" in details and f"folder {mine}" in details
    assert f"sudo cp publisher.pub {site_trust_dir() / (key + '.pub')}" in details
    assert f"mkdir -p {mine} && cp publisher.pub {mine / (key + '.pub')}" in details
    preview.close()
    assert ctx.installed_packs() == []
    # Following the steps for this account makes the same pack installable.
    mine.mkdir(parents=True)
    (mine / f"{key}.pub").write_bytes(other_private.with_name("publisher.pub").read_bytes())
    feature.trusted = lambda: trusted_keys(tmp_path / "config")
    assert feature.preview(stranger).trusted


@pytest.mark.parametrize(
    ("name", "content"),
    [("notes.txt", b"Questions for Dr. Lee\n" * 600), ("photo.pack", b"\x89PNG\r\n\x1a\n" + bytes(3000)),
     ("photos.zip", None)],
)  # fmt: skip
def test_a_file_that_is_not_a_pack_is_called_so_not_damaged(
    qtbot: QtBot, installer, tmp_path: Path, name: str, content: bytes | None
) -> None:
    """Walk 10, X1: a text file, a picture renamed .pack, or any other zip read "damaged", "Size: 0.0 MB"."""
    import zipfile

    win, feature, shown, answers, warnings, ctx = installer
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("holiday.jpg", bytes(5000))
    else:
        path.write_bytes(content)
    assert feature.open_pack(path) is False
    preview = shown[0]
    assert preview.trust.text() == "This file is not a library pack. Check that you chose the right file."
    size = path.stat().st_size
    assert preview.fields["size"].text() == f"{round(size / 1000)} KB"
    assert not preview.install_button.isVisible() and ctx.installed_packs() == []


def test_a_pack_file_that_went_away_shows_no_size(qtbot: QtBot, installer, tmp_path: Path) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    assert feature.open_pack(tmp_path / "gone.pack") is False
    assert shown[0].trust.text().startswith("Cannot be installed. This pack file cannot be opened.")
    assert "size" not in shown[0].fields  # not "Size: 0 bytes" for a file that is not there


def test_refusals_read_in_spanish(qtbot: QtBot, installer, tmp_path: Path, compiled_translations: Path) -> None:
    from reader.ui.languages.install import install_language

    win, feature, shown, answers, warnings, ctx = installer
    other_private, _ = make_keys(tmp_path / "other-keys")
    stranger = make_pack(make_library(tmp_path / "lib-x", ["Sleep"]), tmp_path / "x.pack", other_private, "1")
    install_language(QApplication.instance(), "es")
    assert feature.open_pack(stranger) is False
    assert shown[0].trust.text() == (
        "No se puede instalar. Este paquete dice que viene de “Good Clinic”, pero esta computadora "
        "no está preparada para confiar en él. Pida al equipo de informática de su clínica, o a quien le dio este "
        "paquete, que prepare esta computadora para confiar en “Good Clinic”."
    )
    assert shown[0].details_button.text() == "Mostrar detalles para el personal"
    assert "Solo para esta cuenta (carpeta " in shown[0].details.text()  # the trusted-keys steps, in Spanish
    assert shown[0].fields["size"].text().endswith(" KB")  # the small pack's size, with the Spanish decimal mark


def test_dropping_a_pack_on_the_window_opens_the_preview(
    qtbot: QtBot, installer, packs: dict[str, Path]
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(packs["v1"]))])
    where = QPointF(win.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(win, QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys))
    assert [d.fields["publisher"].text() for d in shown] == ["Good Clinic"]
    assert ctx.installed_packs() == []  # the preview was closed without installing
    text = QMimeData()
    text.setText("just words")
    other = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, text, buttons, keys)
    other.ignore()
    QApplication.sendEvent(win, other)
    assert not other.isAccepted()


def test_a_damaged_pack_is_refused_in_plain_words_and_nothing_changes(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    cut = tmp_path / "cut.pack"
    cut.write_bytes(packs["v1"].read_bytes()[:5000])
    assert feature.open_pack(cut) is False
    assert shown[0].trust.text() == (
        "Cannot be installed. This pack is damaged or was not copied in full. "
        "Ask whoever gave you this pack for a new copy."
    )
    assert str(cut) in shown[0].details.text()  # the path for staff, not in the sentence
    assert "changes" not in shown[0].fields
    assert not shown[0].install_button.isEnabled()
    assert ctx.installed_packs() == []


def flip_inside_an_article(pack: Path, output: Path) -> tuple[Path, str]:
    """A copy of pack with one bit flipped in the middle of an article's packed bytes (its name too)."""
    import zipfile

    with zipfile.ZipFile(pack) as archive:
        article = next(i for i in archive.infolist() if i.filename.startswith("articles/") and i.compress_size > 40)
    start = article.header_offset + 30 + len(article.filename.encode()) + len(article.extra)
    bad = bytearray(pack.read_bytes())
    bad[start + article.compress_size // 2] ^= 0x01
    output.write_bytes(bytes(bad))
    return output, article.filename


def test_a_pack_changed_after_its_preview_is_refused_while_installing_and_leaves_nothing(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walk 7 C4: a pack found damaged only while unpacking (here: the file was changed after the preview
    checked it); the warning gave an internal file path and no next step, and an empty packs/<id>/ folder
    stayed behind."""
    win, feature, shown, answers, warnings, ctx = installer
    details: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or details.append(box.detailedText()) or 0)
    pack = tmp_path / "changing.pack"
    pack.write_bytes(packs["v1"].read_bytes())
    flipped, name = flip_inside_an_article(packs["v1"], tmp_path / "flipped.pack")

    def press_install_then_change_the_file(dialog: PackPreviewDialog) -> int:
        shown.append(dialog)
        qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
        assert dialog.install_button.isEnabled()  # the genuine pack checked out
        pack.write_bytes(flipped.read_bytes())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PackPreviewDialog, "exec", press_install_then_change_the_file)
    with qtbot.waitSignal(feature.failed, timeout=15000):
        assert feature.open_pack(pack)
    assert warnings == [
        "This pack is damaged, or it was changed after it was made. Nothing was changed. "
        "Ask whoever gave you this pack for a new copy."
    ]
    assert name in details[0]  # behind "Show Details…", for staff
    packs_dir = user_packs_dir(ctx.locations.data_dir)
    assert [p.name for p in packs_dir.iterdir() if not p.name.endswith(".lock")] == []
    assert ctx.installed_packs() == []


# Walk 9, X9-4: the preview said "Signed by a publisher this computer trusts." for a damaged pack, with
# Install offered; only the install then refused it. Each hostile pack is now named in the preview.

DAMAGED = (
    "Cannot be installed. This pack is damaged, or it was changed after it was made. "
    "Ask whoever gave you this pack for a new copy."
)


def refused_in_preview(qtbot: QtBot, feature, shown: list[PackPreviewDialog], answers: list[bool], pack: Path):
    """Open pack as a person would and press Install if it were there; the preview shown."""
    answers.append(True)
    assert feature.open_pack(pack) is False  # nothing was installed
    dialog = shown[-1]
    assert dialog.install_button.isHidden() and not dialog.install_button.isEnabled()  # not offered
    assert dialog.cancel_button.text() == "&Close" and dialog.cancel_button.isDefault()
    assert "trusts" not in dialog.trust.text()
    assert "changes" not in dialog.fields
    assert dialog.progress.isHidden()
    return dialog


def test_a_flipped_byte_inside_an_article_is_named_in_the_preview(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    flipped, name = flip_inside_an_article(packs["v1"], tmp_path / "flipped.pack")
    dialog = refused_in_preview(qtbot, feature, shown, answers, flipped)
    assert dialog.trust.text() == DAMAGED
    assert name in dialog.details.text() and not dialog.details_button.isHidden()
    assert dialog.fields["publisher"].text() == "Good Clinic"  # what it says about itself is still shown
    assert ctx.installed_packs() == [] and warnings == []


def test_a_flipped_byte_in_the_signed_description_is_named_in_the_preview(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    import zipfile

    win, feature, shown, answers, warnings, ctx = installer
    with zipfile.ZipFile(packs["v1"]) as archive:
        raw = archive.read("manifest.json")
    entries = read_entries(packs["v1"])
    changed = raw.replace(b'"Clinic library"', b'"Clinic librarz"')
    assert changed != raw
    tampered = write_entries([(i, changed if i.filename == "manifest.json" else d) for i, d in entries],
                             tmp_path / "tampered.pack")  # fmt: skip
    dialog = refused_in_preview(qtbot, feature, shown, answers, tampered)
    assert dialog.trust.text() == (
        "Cannot be installed. This pack says it comes from “Good Clinic”, but it was changed or "
        "damaged after it was made. Ask whoever gave you this pack for a new copy."
    )
    assert ctx.installed_packs() == []


def test_a_pack_cut_short_anywhere_is_named_in_the_preview(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    data = packs["v1"].read_bytes()
    for n, keep in enumerate((len(data) - 1, len(data) // 2, 100)):
        cut = tmp_path / f"cut-{n}.pack"
        cut.write_bytes(data[:keep])
        dialog = refused_in_preview(qtbot, feature, shown, answers, cut)
        assert dialog.trust.text().startswith("Cannot be installed. This pack is damaged")
        assert dialog.trust.text().endswith("Ask whoever gave you this pack for a new copy.")
    assert ctx.installed_packs() == []


def test_a_pack_signed_with_another_key_is_named_in_the_preview(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    """Re-signed by someone else after a change: well formed, every file whole, but not trusted."""
    win, feature, shown, answers, warnings, ctx = installer
    other_private, other_public = make_keys(tmp_path / "other-keys")
    entries = [(i, d + b"\nA line someone added.\n" if i.filename.startswith("articles/") else d)
               for i, d in read_entries(packs["v1"])]  # fmt: skip
    forged = write_entries(resign(entries, other_private), tmp_path / "forged.pack")  # claims the clinic's key
    dialog = refused_in_preview(qtbot, feature, shown, answers, forged)
    assert dialog.trust.text() == (
        "Cannot be installed. This pack says it comes from “Good Clinic”, but it was changed or "
        "damaged after it was made. Ask whoever gave you this pack for a new copy."
    )
    own_id = key_id(load_public_key(other_public))
    honest = write_entries(resign(entries, other_private, lambda m: m.update(key_id=own_id)), tmp_path / "h.pack")
    dialog = refused_in_preview(qtbot, feature, shown, answers, honest)
    assert dialog.trust.text() == (
        "Cannot be installed. This pack says it comes from “Good Clinic”, but this computer is not "
        "set up to trust it. Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “Good Clinic”."
    )
    assert ctx.installed_packs() == []


def test_a_file_that_is_not_a_pack_is_named_in_the_preview(
    qtbot: QtBot, installer, tmp_path: Path
) -> None:
    import zipfile

    win, feature, shown, answers, warnings, ctx = installer
    words = tmp_path / "notes.pack"
    words.write_text("Questions for my doctor\n", encoding="utf-8")
    dialog = refused_in_preview(qtbot, feature, shown, answers, words)
    assert dialog.trust.text() == "This file is not a library pack. Check that you chose the right file."
    photos = tmp_path / "photos.pack"
    with zipfile.ZipFile(photos, "w") as archive:
        archive.writestr("holiday.txt", "sun")
    dialog = refused_in_preview(qtbot, feature, shown, answers, photos)
    assert dialog.trust.text() == "This file is not a library pack. Check that you chose the right file."
    assert ctx.installed_packs() == []


def test_closing_the_preview_while_it_checks_stops_the_check(
    qtbot: QtBot, installer, packs: dict[str, Path]
) -> None:
    win, feature, shown, answers, warnings, ctx = installer
    dialog = PackPreviewDialog(feature.preview(packs["v1"]), win, feature.trusted())
    assert dialog.checking and not dialog.install_button.isHidden() and not dialog.install_button.isEnabled()
    assert dialog.trust.text() == "Signed by a publisher this computer trusts. Checking every file in the pack…"
    assert dialog.cancel_button.isDefault()
    dialog.reject()  # waits for the worker, which stops at its next file
    assert dialog._pool.activeThreadCount() == 0


def test_about_lists_the_installed_packs(qtbot: QtBot, installer, packs: dict[str, Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from reader.ui.window.about_dialog import AboutDialog

    win, feature, shown, answers, warnings, ctx = installer
    PackStore(user_packs_dir(ctx.locations.data_dir)).install(packs["v1"], trusted(packs["public"]))
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    win.actions_registry["about"].trigger()
    assert (
        opened[0]
        .packs_label.text()
        .startswith("Library packs:\n• Clinic library, version 1, from Good Clinic")
    )


def test_the_home_page_says_when_the_library_was_published_and_when_it_is_old(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    import datetime as dt

    from reader.app import reload_library
    from reader.core.packs.build import PackInfo, build_pack
    from reader.core.packs.freshness import STALE_NOTE

    win, feature, shown, answers, warnings, ctx = installer
    PackStore(user_packs_dir(ctx.locations.data_dir)).install(packs["v1"], trusted(packs["public"]))
    with qtbot.waitSignal(win.libraryChanged, timeout=30000):
        reload_library(win, ctx)
    home = win.home.page.toPlainText()
    assert "“Clinic library” (version 1) was published by Good Clinic on " in home
    assert home.index("was published by") < home.index("Adding articles")  # near the top
    assert STALE_NOTE not in home
    old = tmp_path / "old.pack"
    made = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    build_pack(make_library(tmp_path / "lib-old", ["Sleep"]), old,
               PackInfo("old-lib", "Old library", "Good Clinic", "1"), packs["private"], now=made)  # fmt: skip
    PackStore(user_packs_dir(ctx.locations.data_dir)).install(old, trusted(packs["public"]))
    with qtbot.waitSignal(win.libraryChanged, timeout=30000):
        reload_library(win, ctx)
    assert STALE_NOTE in win.home.page.toPlainText()


@pytest.mark.parametrize("allowed", [False, True], ids=["kiosk", "kiosk-allowing-packs"])
def test_a_kiosk_offers_no_pack_install_unless_its_policy_allows_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library_dir: Path, allowed: bool
) -> None:
    """The real start-up with a kiosk policy: no File > Install a library pack… and a pack dragged over
    the window is not taken, unless the policy says "pack_install_allowed": true."""
    from reader.core.kiosk.policy import POLICY_ENV
    from tests.ui.test_kiosk_start import start

    policy = tmp_path / "kiosk.json"
    policy.write_text(json.dumps({"kiosk": True, "pack_install_allowed": allowed}), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    kiosk = start(qtbot, monkeypatch, ["--library", str(library_dir), "--data-dir", str(tmp_path / "data")])
    assert kiosk is not None
    try:
        window = kiosk.window
        qtbot.waitUntil(lambda: len(window.library) > 0, timeout=10_000)  # the library is on screen
        qtbot.wait(400)  # pack install is added a moment after the library is painted
        assert ("install_pack" in window.actions_registry.names()) is allowed
        texts = [a.text() for a in window.menu("file").actions()]
        assert ("I&nstall a library pack…" in texts) is allowed
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "library.pack"))])
        enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        enter.ignore()
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted() is allowed  # a pack dragged over the window
    finally:
        kiosk.exit_kiosk()


def test_bookmarks_to_articles_a_new_version_dropped_stay_listed(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    """Version 2 drops "Hair loss": its bookmark stays in the list, marked not available; the bookmark
    to "Fatigue", which version 2 keeps (in a new folder), still opens."""
    win, feature, shown, answers, warnings, ctx = installer
    v2 = make_pack(make_library(tmp_path / "lib2", ["Fatigue", "Nausea"]), tmp_path / "v2.pack", packs["private"], "2")
    for pack in (packs["v1"], v2):
        if pack == v2:
            for title in ("Hair loss", "Fatigue"):
                article = next(a for a in win.library if a.title == title)
                win.bookmarks.store.add(article.key, article.url, article.title)
            win.bookmarks.toggle_bookmarks()  # the panel is open while the new version goes in
        answers.append(True)
        with qtbot.waitSignal(win.libraryChanged, timeout=15000):
            assert feature.open_pack(pack)
    assert warnings == [] and sorted(a.title for a in win.library) == ["Fatigue", "Nausea"]
    assert sorted(b.title for b in win.bookmarks.store.recent_bookmarks()) == ["Fatigue", "Hair loss"]
    assert win.bookmarks.dock.isVisible()
    listed = [win.bookmarks.panel.list.item(i).text() for i in range(win.bookmarks.panel.list.count())]
    assert sorted(listed) == ["Fatigue", "Hair loss (not available)"]
    fatigue = next(b for b in win.bookmarks.store.recent_bookmarks() if b.title == "Fatigue")
    win.bookmarks.open_bookmark(fatigue.id)
    assert win.current is not None and win.current.title == "Fatigue"


def test_a_pack_whose_articles_are_in_the_library_already_says_so(
    qtbot: QtBot, installer, packs: dict[str, Path], tmp_path: Path
) -> None:
    """Walk 9, X9-5: a pack of articles the library had already said "3 articles added"."""
    win, feature, shown, answers, warnings, ctx = installer
    answers.append(True)
    with qtbot.waitSignal(win.libraryChanged, timeout=15000):
        assert feature.open_pack(packs["v1"])
    same = make_pack(make_library(tmp_path / "same", TITLES), tmp_path / "same.pack", packs["private"], "1", "copy")
    answers.append(True)
    with qtbot.waitSignal(win.libraryChanged, timeout=15000):
        assert feature.open_pack(same)
    assert win.statusBar().currentMessage() == (
        "Installed “Clinic library” version 1. Every article in it was in your library already."
    )
    more = make_pack(make_library(tmp_path / "more", [*TITLES, "Sleep"]), tmp_path / "more.pack", packs["private"],
                     "1", "more")  # fmt: skip
    answers.append(True)
    with qtbot.waitSignal(win.libraryChanged, timeout=15000):
        assert feature.open_pack(more)
    assert win.statusBar().currentMessage() == (
        "Installed “Clinic library” version 1: 1 new article. Already in your library: 3 articles."
    )
    assert len(win.library) == 4 and warnings == []


def test_at_300_percent_in_spanish_the_whole_refusal_can_be_read(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Path], compiled_translations: Path
) -> None:
    """Walk 12, C6: at 300 % (Spanish, dark) the one message a person needs was cut at its top and bottom
    and did not scroll."""
    from reader.ui.appearance.appearance import Appearance
    from reader.ui.languages.install import install_language
    from reader.ui.packs.feature import PacksFeature

    settings = Settings(None)
    data = tmp_path / "data"
    win = build_window(Library.load([]), settings, appearance=Appearance(settings, font_scale=300, theme="dark"),
                       options=WindowOptions(data_dir=data))  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    install_language(QApplication.instance(), "es")
    feature = PacksFeature(win, PackStore(user_packs_dir(data)), lambda: trusted(packs["public"]), tmp_path / "config")
    other_private, _ = make_keys(tmp_path / "other-keys")
    stranger = make_pack(make_library(tmp_path / "lib-x", ["Sleep"]), tmp_path / "x.pack", other_private, "1")
    dialog = PackPreviewDialog(feature.preview(stranger), win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    trust = dialog.trust
    assert trust.text().startswith("No se puede instalar.")
    # Every line of the message has its room: not squeezed under the rows above or the buttons below.
    assert trust.height() >= trust.heightForWidth(trust.width())
    top_left = trust.mapTo(dialog, trust.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + trust.height() <= dialog.height()


def first_text_row_below(widget: QWidget, top: int, bottom: int) -> int:
    """The first pixel row in [top, bottom) of the widget's picture with dark text on it (-1: none)."""
    image = widget.grab().toImage()
    scale = image.width() / widget.width()
    for y in range(top, bottom):
        dark = sum(QColor(image.pixel(int(x * scale), int(y * scale))).lightness() < 110
                   for x in range(0, widget.width(), 2))  # fmt: skip
        if dark >= 3:
            return y
    return -1


def test_staff_details_start_right_under_their_button(qtbot: QtBot, installer, tmp_path: Path) -> None:
    """Walk 12, X3: the one-line detail of "not a pack" sat about three blank lines below "Hide details for staff"."""
    win, feature, shown, answers, warnings, ctx = installer
    path = tmp_path / "notapack.pack"
    path.write_text("hello, not a pack\n", encoding="utf-8")
    assert feature.open_pack(path) is False
    preview = shown[0]
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.mouseClick(preview.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.details.isVisible())
    below = preview.details_button.mapTo(preview, preview.details_button.rect().bottomLeft()).y() + 1
    buttons_top = preview.install_button.parentWidget().mapTo(preview, preview.install_button.parentWidget().rect().topLeft()).y()
    first = first_text_row_below(preview, below, buttons_top)
    assert first > 0, "the detail is not seen"
    assert first - below <= preview.fontMetrics().height(), (first, below)


def test_staff_commands_are_never_broken_inside_a_path_and_copy_whole(
    qtbot: QtBot, installer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walk 12, X2: the commands for staff wrapped inside their paths ("/ etc/xdg/…"), so a person copying
    by eye typed a space; at 300 % even more so."""
    from PySide6.QtGui import QTextCursor

    win, feature, shown, answers, warnings, ctx = installer
    other_private, _ = make_keys(tmp_path / "other-keys")
    stranger = make_pack(make_library(tmp_path / "lib-x", ["Sleep"]), tmp_path / "x.pack", other_private, "1")
    monkeypatch.setattr("reader.core.packs.trust.site_trust_dir", lambda: Path("/etc/xdg/cancer-reader/trusted-keys"))
    assert feature.open_pack(stranger) is False
    preview = shown[0]
    preview.resize(420, 600)  # narrower than the commands
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.mouseClick(preview.details_button, Qt.MouseButton.LeftButton)
    details = preview.details
    qtbot.waitUntil(details.isVisible)
    commands = [line for line in details.text().splitlines() if "cp publisher.pub" in line]
    assert len(commands) == 2
    mine = str(tmp_path / "config" / "trusted-keys")
    block, seen = details.document().begin(), []
    while block.isValid():
        layout, text = block.layout(), block.text()
        seen.append(text)
        if text in commands:
            assert layout.lineCount() == 1, text  # one line, scrolled sideways when wider
        if text not in commands:  # a path in a sentence stays whole on its line unless wider than the box
            for word in text.split():
                path = word.strip("():")
                if path.startswith("/") and details.fontMetrics().horizontalAdvance(path) < details.viewport().width():
                    start = text.index(path)
                    lines = {layout.lineForTextPosition(i).lineNumber() for i in range(start, start + len(path))}
                    assert len(lines) == 1, (path, text)
        block = block.next()
    assert set(commands) <= set(seen)
    assert any(mine in t.replace(JOINER, "") for t in seen)
    assert details.horizontalScrollBar().maximum() > 0  # the long commands scroll sideways
    cursor = details.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    details.setTextCursor(cursor)
    copied = details.createMimeDataFromSelection().text()
    assert JOINER not in copied and all(command in copied for command in commands)


@pytest.mark.parametrize("screen", [(1024, 600), (800, 480)])
def test_on_a_short_screen_the_whole_refusal_can_be_scrolled_to(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Path], compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch, screen: tuple[int, int],
) -> None:  # fmt: skip
    """At 300 % on a netbook or a small clinic screen the preview fitted the screen but the message could
    not be reached: nothing scrolled."""
    from PySide6.QtCore import QSize

    from reader.ui.appearance.appearance import Appearance
    from reader.ui.languages.install import install_language
    from reader.ui.packs.feature import PacksFeature

    monkeypatch.setattr(PackPreviewDialog, "_screen_size", lambda _self: QSize(*screen))
    settings = Settings(None)
    data = tmp_path / "data"
    win = build_window(Library.load([]), settings, appearance=Appearance(settings, font_scale=300),
                       options=WindowOptions(data_dir=data))  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    install_language(QApplication.instance(), "es")
    feature = PacksFeature(win, PackStore(user_packs_dir(data)), lambda: trusted(packs["public"]), tmp_path / "config")
    other_private, _ = make_keys(tmp_path / "other-keys")
    stranger = make_pack(make_library(tmp_path / "lib-x", ["Sleep"]), tmp_path / "x.pack", other_private, "1")
    dialog = PackPreviewDialog(feature.preview(stranger), win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= screen[1] and dialog.width() <= screen[0]
    close = dialog.cancel_button
    assert close.visibleRegion().boundingRect().size() == close.size()  # the button is always in sight
    for shown in (False, True):  # before and after "Show details for staff"
        if shown:
            qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
        bar = dialog.body.verticalScrollBar()
        seen: set[int] = set()  # the message's pixel rows a person sees while scrolling down
        for value in range(bar.minimum(), bar.maximum() + bar.singleStep(), max(bar.singleStep(), 1)):
            bar.setValue(value)
            region = dialog.trust.visibleRegion().boundingRect()
            seen.update(range(region.top(), region.bottom() + 1))
        assert bar.maximum() > 0  # it does scroll: the message is longer than the room
        assert seen >= set(range(dialog.trust.height())), "part of the message can never be seen"
