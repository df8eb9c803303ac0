"""File > Folders and packs in your library… (walk 10, C12): the list a person sees, Remove beside what they
added, a folder forgotten with its files untouched, a pack removed only after asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reader.app import add_library_sources, reload_library
from reader.context import Context
from reader.core.files.locations import Locations, user_packs_dir
from reader.core.packs.install import PackStore
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.sources.dialog import SourcesDialog
from reader.ui.sources.feature import LibrarySourcesFeature
from reader.ui.sources.missing_bar import MissingFoldersBar
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow, WindowOptions
from tests.packs.pack_files import make_keys, make_library, make_pack

MENU_TEXT = "&Folders and packs in your library…"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[TrustedKey]]:
    root = tmp_path_factory.mktemp("sources-pack")
    private, public = make_keys(root / "keys")
    key = load_public_key(public)
    built = make_pack(make_library(root / "lib", ["Fatigue", "Nausea", "Hair loss"]), root / "clinic.pack", private, "1")
    return built, [TrustedKey(key, key_id(key), public)]


class Person:
    """A window wired as the app wires it, with what the person answers to questions and what they read."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, pack: tuple[Path, list[TrustedKey]], scale: int = 100,
                 added: bool = True) -> None:  # fmt: skip
        data, cache = tmp_path / "data", tmp_path / "cache"
        self.store = PackStore(user_packs_dir(data))
        if added:
            self.store.install(pack[0], pack[1])
        self.stick = make_library(tmp_path / "stick", ["Eating well", "Exercise"])
        self.started = make_library(tmp_path / "started", ["Pain"])
        self.gone = tmp_path / "unplugged"
        self.settings = Settings(None)
        self.settings.set("library_folders", [str(self.stick), str(self.gone)] if added else [])
        self.ctx = Context(Locations(data_dir=data, cache_dir=cache), library_args=[self.started] if added else [])
        self.ctx.settings = self.settings
        self.window: MainWindow = build_window(
            self.ctx.library, self.settings, appearance=Appearance(self.settings, font_scale=scale),
            options=WindowOptions(data_dir=data),
        )  # fmt: skip
        qtbot.addWidget(self.window)
        self.window.show()
        self.installing = False
        add_library_sources(self.window, self.ctx, self.store, lambda: self.installing)
        self.feature = self.window.findChild(LibrarySourcesFeature)
        self.qtbot = qtbot
        self.answers: list[str] = []  # the button pressed in each question, by its text
        self.told: list[str] = []

    def answer(self, box: QMessageBox) -> int:
        self.told.append(" ".join(t for t in (box.text(), box.informativeText()) if t))
        wanted = self.answers.pop(0) if self.answers else "&Keep it"
        chosen = next((b for b in box.buttons() if b.text() == wanted), None)
        if chosen is not None:
            chosen.click()
        return 0

    def settle(self) -> None:
        """Wait for the search index the library's reload opened to be ready (stopping its build midway
        at the end of the test leaves the search engine's files open)."""
        search = self.window.search
        self.qtbot.waitUntil(lambda: search.service is None or not search.service.busy, timeout=15000)

    def open_list(self) -> SourcesDialog:
        """Open the list from the File menu, as a person does."""
        action = next(a for a in self.window.menu("file").actions() if a.objectName() == "action_library_sources")
        action.trigger()
        dialog = self.feature.dialog
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        return dialog


@pytest.fixture
def person(qtbot: QtBot, tmp_path: Path, pack, monkeypatch: pytest.MonkeyPatch) -> Person:
    someone = Person(qtbot, tmp_path, pack)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: someone.answer(box))
    return someone


def row_texts(dialog: SourcesDialog) -> list[str]:
    return [row.label.accessibleName() for row in dialog.rows]


def remove_button(dialog: SourcesDialog, folder: Path) -> QPushButton:
    row = dialog.row_for(folder)
    assert row is not None and row.remove_button is not None
    return row.remove_button


def test_the_file_menu_lists_every_source_with_remove_only_beside_what_the_person_added(person: Person) -> None:
    texts = [a.text() for a in person.window.menu("file").actions()]
    assert texts.index(MENU_TEXT) == texts.index("&Add a folder of articles…") + 1  # (no install in this window)
    dialog = person.open_list()
    installed = person.store.get("clinic-lib")
    assert installed is not None
    assert row_texts(dialog) == [
        "Articles that came with the reader. 1 article.",
        "“Clinic library”. Library pack from Good Clinic, version 1. 3 articles.",
        f"{person.started}. 1 article. Named when the reader was started, so it cannot be removed here.",
        f"{person.stick}. 2 articles.",
        f"{person.gone}. Not found. If it is on a USB stick or another drive, plug it in. Its articles come back "
        "when the folder is found.",
    ]
    removable = [row.remove_button.accessibleName() for row in dialog.rows if row.remove_button is not None]
    assert removable == [
        "Remove the library pack “Clinic library”",
        f"Remove the folder {person.stick}",
        f"Remove the folder {person.gone}",
    ]
    assert [b.isVisible() for row in dialog.rows if (b := row.remove_button) is not None] == [True] * 3
    assert "<b>Not found.</b>" in dialog.row_for(person.gone).label.text()  # type: ignore[union-attr]
    assert not dialog.nothing_added.isVisible()


def test_tab_reaches_each_places_words_so_a_screen_reader_says_them(qtbot: QtBot, person: Person) -> None:
    """Tab goes through every row's words, not only its Remove button: a blind person hears which folder is
    "Not found." (walk 12, C5: Tab went Close, the Remove buttons, a nameless list, and skipped the rows)."""
    from PySide6.QtTest import QTest

    dialog = person.open_list()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    heard: list[str] = []
    for _ in range(3 * len(dialog.rows) + 6):
        focus = QApplication.focusWidget()
        assert focus is not None
        text = getattr(focus, "text", None)  # a button is read by its words
        heard.append(focus.accessibleName() or (text() if callable(text) else ""))
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    for words in row_texts(dialog):
        assert words in heard, (words, heard)
    assert "" not in heard  # nothing reached says nothing


def test_removing_a_folder_forgets_it_and_leaves_its_files(qtbot: QtBot, person: Person) -> None:
    dialog = person.open_list()
    files = sorted(p.name for p in person.stick.rglob("*"))
    assert {"Eating well", "Exercise"} <= {a.title for a in person.window.library}
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        qtbot.mouseClick(remove_button(dialog, person.stick), Qt.MouseButton.LeftButton)
    person.settle()
    assert person.settings.library_folders() == [person.gone]
    assert sorted(p.name for p in person.stick.rglob("*")) == files  # nothing deleted
    assert not {"Eating well", "Exercise"} & {a.title for a in person.window.library}
    assert dialog.row_for(person.stick) is None and dialog.row_for(person.gone) is not None
    assert person.told == []  # no question for a folder: nothing is lost
    assert person.window.statusBar().currentMessage().startswith(f"{person.stick} is no longer in your library")


def test_after_a_remove_the_keyboard_is_on_close_never_on_another_remove(qtbot: QtBot, person: Person) -> None:
    """Walk 12, X12: Space on a folder's Remove moved the keyboard to the next row's Remove, so a second
    press (a shaky hand) forgot a folder that was fine."""
    dialog = person.open_list()
    button = remove_button(dialog, person.stick)
    button.setFocus()
    assert dialog.focusWidget() is button
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    person.settle()
    assert dialog.row_for(person.stick) is None
    assert dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # the second press only closes the list
    assert not dialog.isVisible()
    assert person.settings.library_folders() == [person.gone]


def test_a_file_where_a_folder_was_named_is_said_to_be_a_file(qtbot: QtBot, person: Person) -> None:
    """Walk 12, C2: a file was described as a folder the person may need permission for."""
    afile = person.stick.parent / "notes.txt"
    afile.write_text("not a folder", encoding="utf-8")
    person.settings.set("library_folders", [str(person.stick), str(afile)])
    dialog = person.open_list()
    row = dialog.row_for(afile)
    assert row is not None
    said = row.label.accessibleName()
    assert said == f"{afile}. This is a file, not a folder, so there are no articles to read here."
    assert "access" not in said and row.label.isVisible()


def test_a_missing_folder_can_be_removed_too(qtbot: QtBot, person: Person) -> None:
    dialog = person.open_list()
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        remove_button(dialog, person.gone).click()
    person.settle()
    assert person.settings.library_folders() == [person.stick]
    assert dialog.row_for(person.gone) is None


def test_removing_a_pack_asks_first_and_removes_only_the_installed_copy(
    qtbot: QtBot, person: Person, pack: tuple[Path, list[TrustedKey]]
) -> None:
    dialog = person.open_list()
    installed = person.store.get("clinic-lib")
    assert installed is not None
    button = remove_button(dialog, installed.articles_dir)
    person.answers.append("&Keep it")
    button.click()
    assert person.told == [
        "Remove “Clinic library” from this reader? Its 3 articles will leave your library. The pack file you "
        "installed it from is not changed, so you can install it again later."
    ]
    assert person.store.get("clinic-lib") is not None and installed.folder.is_dir()  # kept
    person.answers.append("&Remove")
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        button.click()
    person.settle()
    assert person.store.get("clinic-lib") is None and not installed.folder.exists()
    assert pack[0].is_file()  # the pack file itself is untouched
    assert not {"Fatigue", "Nausea", "Hair loss"} & {a.title for a in person.window.library}
    assert dialog.row_for(installed.articles_dir) is None
    assert person.window.statusBar().currentMessage() == "Removed “Clinic library” from your library."


def test_a_pack_removed_under_the_app_is_said_plainly(qtbot: QtBot, person: Person) -> None:
    dialog = person.open_list()
    installed = person.store.get("clinic-lib")
    assert installed is not None
    person.store.remove("clinic-lib")  # another window, or `cancer-reader pack remove`, meanwhile
    person.answers.append("&Remove")
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        remove_button(dialog, installed.articles_dir).click()
    person.settle()
    assert person.window.statusBar().currentMessage() == "“Clinic library” was removed already."
    assert dialog.row_for(installed.articles_dir) is None


def test_nothing_is_removed_while_a_pack_is_being_installed(qtbot: QtBot, person: Person) -> None:
    dialog = person.open_list()
    installed = person.store.get("clinic-lib")
    assert installed is not None
    person.installing = True
    remove_button(dialog, installed.articles_dir).click()
    assert person.told == ["A library pack is being installed. Please wait until it is done, then try again."]
    assert person.store.get("clinic-lib") is not None


def test_the_list_is_read_again_when_the_library_changes(qtbot: QtBot, person: Person, tmp_path: Path) -> None:
    dialog = person.open_list()
    more = make_library(tmp_path / "more", ["Sleep"])
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        person.window.add_library_folder(more)
    person.settle()
    row = dialog.row_for(more)
    assert row is not None and row.label.accessibleName() == f"{more}. 1 article."


def test_a_folder_whose_articles_a_pack_has_too_says_they_are_shown_from_the_pack(
    qtbot: QtBot, person: Person, tmp_path: Path
) -> None:
    """Walk 12, C1: the pack's copy of the same address wins, and the person's own folder said "0 articles",
    as if it were broken."""
    notes = make_library(tmp_path / "notes", ["Fatigue"])  # the pack has Fatigue and Nausea too
    mixed = make_library(tmp_path / "mixed", ["Nausea", "Sleep", "Walking"])
    person.settings.set("library_folders", [*map(str, person.settings.library_folders()), str(notes), str(mixed)])
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):  # as after installing the pack
        reload_library(person.window, person.ctx)
    person.settle()
    dialog = person.open_list()
    for folder, said in [
        (notes, f"{notes}. 1 article, shown from “Clinic library” instead."),
        (mixed, f"{mixed}. 2 articles. 1 more, shown from “Clinic library” instead."),
    ]:
        row = dialog.row_for(folder)
        assert row is not None and row.label.accessibleName() == said
        assert "shown from “Clinic library” instead." in row.label.text() and row.label.isVisible()


def test_files_that_could_not_be_opened_are_counted_and_explained_for_staff(
    qtbot: QtBot, person: Person, tmp_path: Path
) -> None:
    """Walk 12, C8: a folder with a binary, an empty and a broken file said only "1 article"; the reasons
    (as `cancer-reader check` gives them) were nowhere in the window."""
    weird = make_library(tmp_path / "weird", ["Sleep"])
    (weird / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(200))
    (weird / "empty.md").write_bytes(b"")
    (weird / "broken.md").write_text("---\ntitle: [not closed\nurl: {\n---\n# Broken\n", encoding="utf-8")
    person.settings.set("library_folders", [*map(str, person.settings.library_folders()), str(weird)])
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        reload_library(person.window, person.ctx)
    person.settle()
    report = next(r for r in person.window.library.reports if r.folder == weird)
    reasons = {s.path.name: s.reason for s in report.skipped if s.is_error}  # what `cancer-reader check` prints
    assert set(reasons) == {"binary.md", "empty.md", "broken.md"}
    dialog = person.open_list()
    row = dialog.row_for(weird)
    assert row is not None and row.label.accessibleName() == f"{weird}. 1 article. 3 files could not be opened."
    assert "3 files could not be opened." in row.label.text()
    button, details = dialog.details_button, dialog.details
    assert button is not None and details is not None
    assert button.isVisible() and button.text() == "Show details for staff" and not details.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert details.isVisible() and button.text() == "Hide details for staff"
    shown = details.toPlainText().replace("\u2060", "")
    assert f"In {weird}, these files could not be opened:" in shown
    for name, reason in reasons.items():
        assert f"\n{name}: {reason}" in shown  # the file's name under its folder's
    assert dialog.row_for(person.stick).label.accessibleName() == f"{person.stick}. 2 articles."  # type: ignore[union-attr]


def test_staff_details_wrap_the_reasons_and_keep_each_file_name_whole(
    qtbot: QtBot, person: Person, tmp_path: Path
) -> None:
    """Walk 13, C7: the reasons are sentences, but a one-line box cut them at the dialog's right edge."""
    weird = make_library(tmp_path / "weird", ["Sleep"])
    (weird / "bad-front-matter.md").write_text("---\ntitle: [not closed\nurl: {\n---\n# Broken\n", encoding="utf-8")
    (weird / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(200))
    person.settings.set("library_folders", [*map(str, person.settings.library_folders()), str(weird)])
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        reload_library(person.window, person.ctx)
    person.settle()
    dialog = person.open_list()
    button, details = dialog.details_button, dialog.details
    assert button is not None and details is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog.resize(max(dialog.minimumWidth(), 380), dialog.height())  # a narrow dialog (as on a small screen)
    qtbot.waitUntil(lambda: details.width() < 380)
    lines = {}
    block = details.document().begin()
    while block.isValid():
        text = block.text().replace("\u2060", "")
        layout = block.layout()
        assert layout is not None
        lines[text] = [text[layout.lineAt(i).textStart():][: layout.lineAt(i).textLength()] for i in range(layout.lineCount())]
        block = block.next()
    reasons = {name: next(t for t in lines if t.startswith(f"{name}: ")) for name in ("bad-front-matter.md", "binary.md")}
    assert len(lines[reasons["bad-front-matter.md"]]) > 1  # the long reason wraps in the room there is...
    for name, line in reasons.items():
        assert lines[line][0].startswith(f"{name}:")  # ...and each file's name stays whole on its first line
    # Nothing is cut at the right edge: no sideways scrolling is needed to read a reason.
    assert details.horizontalScrollBar().maximum() == 0
    assert details.document().idealWidth() <= details.viewport().width()


def test_with_nothing_added_the_list_says_how_to_add(qtbot: QtBot, tmp_path: Path, pack, monkeypatch) -> None:
    someone = Person(qtbot, tmp_path, pack, added=False)
    dialog = someone.open_list()
    assert row_texts(dialog) == ["Articles that came with the reader. 1 article."]
    assert dialog.nothing_added.isVisible()
    assert "Add a folder of articles…" in dialog.nothing_added.text()


def test_at_300_percent_the_list_fits_the_screen_and_scrolls(qtbot: QtBot, tmp_path: Path, pack, monkeypatch) -> None:
    someone = Person(qtbot, tmp_path, pack, scale=300)
    dialog = someone.open_list()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    last = dialog.rows[-1].remove_button
    assert last is not None
    assert last.visibleRegion().isEmpty()  # below the fold at first
    first = next(row.remove_button for row in dialog.rows if row.remove_button is not None)
    first.setFocus()
    for _ in range(8):  # Tab brings the next row's words, then its Remove button, into view
        if dialog.focusWidget() is last:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is last
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().height() == last.height(), timeout=3000)


def test_the_list_reads_in_spanish(qtbot: QtBot, tmp_path: Path, pack, monkeypatch, compiled_translations: Path) -> None:
    from reader.ui.languages.install import install_language

    install_language(QApplication.instance(), "es")
    someone = Person(qtbot, tmp_path, pack)
    action = next(a for a in someone.window.menu("file").actions() if a.objectName() == "action_library_sources")
    assert action.text() == "&Carpetas y paquetes de su biblioteca…"
    dialog = someone.open_list()
    assert dialog.windowTitle() == "Carpetas y paquetes de su biblioteca"
    row = dialog.row_for(someone.gone)
    assert row is not None and row.remove_button is not None
    assert row.label.accessibleName().startswith(f"{someone.gone}. No se encuentra. Si está en una memoria USB")
    assert row.remove_button.text() == "Quitar" and row.remove_button.accessibleName() == f"Quitar la carpeta {someone.gone}"


def missing_bar(person: Person) -> MissingFoldersBar:
    bar = person.feature.missing_bar
    assert bar is not None
    return bar


def test_a_missing_folder_is_said_above_every_page_until_the_person_opens_the_list(
    qtbot: QtBot, person: Person
) -> None:
    window = person.window
    bar = missing_bar(person)
    assert bar.isVisible() and bar.label.isVisible()
    assert bar.label.text() == (
        f"We could not find this folder of articles: {person.gone}. If it is on a USB stick or another drive, "
        "plug it in and start the reader again. You can also remove it from your library."
    )
    assert bar.mapTo(window, bar.rect().bottomLeft()).y() <= window.home.mapTo(window, window.home.rect().topLeft()).y()
    article = next(a for a in window.library if a.title == "Eating well")
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(article.key)
    assert window.view.isVisible() and bar.isVisible()  # still there over the article
    window.go_home()
    assert bar.isVisible()
    qtbot.mouseClick(bar.see_button, Qt.MouseButton.LeftButton)
    dialog = person.feature.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.row_for(person.gone) is not None  # where the folder can be removed
    assert not bar.isVisible()


def test_ok_closes_the_missing_folder_message_and_removing_the_folder_ends_it(qtbot: QtBot, person: Person) -> None:
    bar = missing_bar(person)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    dialog = person.open_list()
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):  # the library is read again
        remove_button(dialog, person.stick).click()
    person.settle()
    assert not bar.isVisible()  # closed: not said again for the same folder
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):
        remove_button(dialog, person.gone).click()
    person.settle()
    assert not bar.isVisible()


def test_no_message_when_every_folder_is_there(qtbot: QtBot, tmp_path: Path, pack) -> None:
    someone = Person(qtbot, tmp_path, pack, added=False)
    assert someone.feature.missing_bar is None


def test_a_missing_folder_named_at_start_is_not_offered_for_removal(qtbot: QtBot, person: Person) -> None:
    import shutil

    shutil.rmtree(person.started)  # the folder given with --library is unplugged too
    dialog = person.open_list()
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):  # the library is read again
        remove_button(dialog, person.stick).click()
    person.settle()
    bar = missing_bar(person)
    assert bar.isVisible()
    assert bar.label.text() == (
        f"We could not find these folders of articles: {person.started}, {person.gone}. If they are on a USB "
        "stick or another drive, plug them in and start the reader again."
    )


def test_a_missing_folder_is_said_once_by_the_bar_not_again_in_the_status_line(qtbot: QtBot, person: Person) -> None:
    """Walk 12: on a desktop start the status line said "1 folder not found: …" under the bar that says it."""
    with qtbot.waitSignal(person.window.libraryChanged, timeout=10000):  # the library shown again, as at start
        reload_library(person.window, person.ctx)
    person.settle()
    bar = missing_bar(person)
    assert bar.isVisible() and str(person.gone) in bar.label.text()
    status = person.window.statusBar().currentMessage()
    assert status == "7 articles in your library"
    assert "not found" not in status and str(person.gone) not in status
