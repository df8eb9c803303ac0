"""The bookmark store: changes persist, undo works, imports merge, crashes and damage lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.bookmarks.store import BookmarkImportError, BookmarkStore, store_path
from reader.core.files import atomic as atomic_file
from reader.core.handouts.bookmarks_handout import handout_html
from tests.helpers import ROOT

SEED = ("immunotherapy-abc", "https://www.cancer.gov/types/breast/treatment/immunotherapy", "Immunotherapy")
OTHER = ("living-def", "https://www.cancer.gov/about-cancer/living", "Living with treatment")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return store_path(tmp_path / "data")


def test_add_rename_note_remove_and_undo_persist(path: Path) -> None:
    store = BookmarkStore(path)
    first = store.add(*SEED, anchor="side-effects", heading="Side effects")
    second = store.add(*OTHER)
    assert store.rename(first.id, "  Side effects to ask about ")
    assert store.set_note(second.id, "Read with Sam.\n\nAsk about fatigue <b>")
    assert store.remove(first.id)
    assert [b.id for b in BookmarkStore(path).bookmarks] == [second.id]
    assert store.undo_text() == "Undo removing “Side effects to ask about”"
    assert store.undo() is not None and not store.can_undo()
    again = BookmarkStore(path)
    assert [b.title for b in again.bookmarks] == ["Side effects to ask about", "Living with treatment"]
    assert again.get(first.id) is not None and again.get(first.id).anchor == "side-effects"
    assert again.get(second.id).note == "Read with Sam.\n\nAsk about fatigue <b>"
    assert json.loads(path.read_text())["version"] == 1


def test_same_place_is_not_bookmarked_twice_and_recent_come_first(path: Path) -> None:
    store = BookmarkStore(path)
    a = store.add(*SEED)
    b = store.add(*OTHER)
    assert store.add(*SEED).id == a.id
    at_heading = store.add(*SEED, anchor="side-effects")
    assert at_heading.id != a.id and len(store.bookmarks) == 3
    assert [x.id for x in store.recent_bookmarks()] == [at_heading.id, b.id, a.id]
    assert store.find_place(SEED[0], "side-effects") is at_heading


def test_questions_add_tick_edit_remove_undo(path: Path) -> None:
    store = BookmarkStore(path)
    q1 = store.add_question("Is immunotherapy right for me?", key=SEED[0], title=SEED[2], url=SEED[1])
    q2 = store.add_question("How long does treatment take?")
    assert store.add_question("  is IMMUNOTHERAPY right for me? ").id == q1.id
    assert store.set_asked(q1.id)
    assert store.edit_question(q2.id, "How long will treatment take?")
    assert store.remove_question(q2.id)
    assert [q.text for q in BookmarkStore(path).questions] == ["Is immunotherapy right for me?"]
    store.undo()
    reopened = BookmarkStore(path)
    assert [(q.text, q.asked) for q in reopened.questions] == [
        ("Is immunotherapy right for me?", True),
        ("How long will treatment take?", False),
    ]
    assert reopened.questions[0].url == SEED[1]


def test_export_import_round_trip_merges_without_duplicates(tmp_path: Path, path: Path) -> None:
    home = BookmarkStore(path)
    home.set_note(home.add(*SEED, heading="Side effects", anchor="side").id, "Ask Dr. Lee")
    home.add_question("What is a clinical trial?")
    exported = tmp_path / "move" / "my-bookmarks.json"
    home.export_json(exported)

    other = BookmarkStore(store_path(tmp_path / "other"))
    other.add(*OTHER)
    other.add_question("what is a   clinical trial?")  # the same question, typed there too
    report = other.import_json(exported)
    assert [b.note for b in report.bookmarks] == ["Ask Dr. Lee"]
    assert report.questions == [] and report.already_there == 1
    assert report.summary() == "1 bookmark and 0 questions added; 1 already there."
    assert {b.title for b in BookmarkStore(other.path).bookmarks} == {
        "Immunotherapy",
        "Living with treatment",
    }

    again = other.import_json(exported)
    assert (len(again.bookmarks), len(again.questions), again.already_there) == (0, 0, 2)
    assert len(other.bookmarks) == 2 and len(other.questions) == 1


def test_import_of_a_bad_file_changes_nothing_and_a_partly_bad_one_adds_what_it_can(
    tmp_path: Path, path: Path
) -> None:
    store = BookmarkStore(path)
    store.add(*SEED)
    before = path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("this is not json")
    with pytest.raises(BookmarkImportError, match="cannot be used"):
        store.import_json(bad)
    with pytest.raises(BookmarkImportError, match="could not be found"):
        store.import_json(tmp_path / "missing.json")
    assert path.read_bytes() == before
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps({"version": 1, "bookmarks": [
        {"key": "k", "url": "u", "title": "Good one"}, {"key": 5, "title": "bad"}], "questions": ["no"]}))  # fmt: skip
    report = store.import_json(mixed)
    assert [b.title for b in report.bookmarks] == ["Good one"] and report.unreadable == 2


def test_a_crash_during_save_leaves_the_previous_file_intact(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BookmarkStore(path)
    store.add(*SEED)
    before = path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", crash)
    store.add(*OTHER)
    assert path.read_bytes() == before
    assert len(store.bookmarks) == 2  # kept in memory while the app is open
    assert "could not be saved (No space left on device)" in store.take_problems()[0]
    assert not list(path.parent.glob(".bookmarks.json.*.tmp"))  # no half-written file left behind


def test_a_process_killed_in_the_middle_of_saving_leaves_the_previous_file_intact(path: Path) -> None:
    store = BookmarkStore(path)
    store.add(*SEED)
    before = path.read_bytes()
    code = (
        "import os, sys\nfrom pathlib import Path\nfrom reader.core.files import atomic as atomic_file\n"
        "from reader.core.bookmarks.store import BookmarkStore\n"
        "atomic_file.os.replace = lambda *a: os._exit(9)  # dies after writing the temporary file\n"
        f"BookmarkStore(Path({str(path)!r})).add('k', 'u', 'Half saved')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 9
    assert path.read_bytes() == before
    assert [b.title for b in BookmarkStore(path).bookmarks] == ["Immunotherapy"]


VALID = {"version": 1, "bookmarks": [{"key": "k1", "url": "u1", "title": "One"},
         {"key": "k2", "url": "u2", "title": "Two"}], "questions": [{"text": "Q?"}]}  # fmt: skip
FULL_TEXT = json.dumps(VALID, indent=2)

DAMAGED = {
    "truncated": (FULL_TEXT[: FULL_TEXT.index('"Two"') + 3].encode(), 1, 0, "cut short"),
    "not json": (b"{bookmarks: oops", 0, 0, "cut short"),
    "empty": (b"", 0, 0, "cut short"),
    "not text": (b"\xff\xfe\x00\x81binary", 0, 0, "not a text file"),
    "a list, not an object": (b"[1, 2]", 0, 0, "does not hold bookmarks"),
    "wrong-typed entries": (
        json.dumps(
            {
                **VALID,
                "bookmarks": [VALID["bookmarks"][0], {"key": 3, "title": []}, "text"],
                "questions": [{"text": "Q?", "asked": "yes"}],
            }
        ).encode(),
        1,
        0,
        "3 of its entries",
    ),  # fmt: skip
    "bookmarks not a list": (
        json.dumps({**VALID, "bookmarks": {"a": 1}}).encode(),
        0,
        1,
        "list of bookmarks",
    ),
    "no version": (json.dumps({"bookmarks": VALID["bookmarks"]}).encode(), 2, 0, "no valid format version"),
    "version is text": (json.dumps({**VALID, "version": "1"}).encode(), 2, 1, "no valid format version"),
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_a_damaged_file_is_moved_aside_and_what_can_be_read_is_kept(path: Path, case: str) -> None:
    raw, bookmarks, questions, reason = DAMAGED[case]
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    store = BookmarkStore(path)
    aside = list(path.parent.glob("bookmarks.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == raw  # nothing is lost
    (problem,) = store.take_problems()
    assert str(aside[0]) in problem and reason in problem
    assert (len(store.bookmarks), len(store.questions)) == (bookmarks, questions)
    store.add(*SEED)  # the app goes on, and saves a good file again
    reopened = BookmarkStore(path)
    assert reopened.problems == [] and len(reopened.bookmarks) == bookmarks + 1


def test_a_file_from_a_newer_version_is_kept_aside_and_read_as_far_as_possible(path: Path) -> None:
    path.parent.mkdir(parents=True)
    newer = json.dumps({**VALID, "version": 7, "folders": ["new things"]})
    path.write_text(newer)
    store = BookmarkStore(path)
    (problem,) = store.problems
    assert "newer version" in problem and "2 bookmarks and 1 question" in problem
    aside = list(path.parent.glob("bookmarks.json.damaged-*"))
    assert [p.read_text() for p in aside] == [newer] and str(aside[0]) in problem
    assert json.loads(path.read_text())["version"] == 1 and len(BookmarkStore(path).bookmarks) == 2


def test_a_file_that_cannot_be_opened_is_moved_aside(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: reading fails
    store = BookmarkStore(path)
    assert "could not be opened" in store.problems[0]
    assert list(path.parent.glob("bookmarks.json.damaged-*"))[0].is_dir()
    store.add(*SEED)
    assert len(BookmarkStore(path).bookmarks) == 1


def test_when_a_damaged_file_cannot_be_moved_it_is_never_overwritten(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{broken")

    def refuse(p: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reader.core.bookmarks.store.move_aside", refuse)
    store = BookmarkStore(path)
    assert "will not be saved" in store.problems[0]
    store.add(*SEED)
    assert path.read_text() == "{broken" and len(store.bookmarks) == 1


def test_two_stores_on_one_file_keep_each_others_changes(path: Path) -> None:
    first, second = BookmarkStore(path), BookmarkStore(path)
    a = first.add(*SEED)
    b = second.add(*OTHER)  # second had not seen a: it re-reads before writing
    assert {x.id for x in second.bookmarks} == {a.id, b.id}
    first.remove(b.id)
    second.add_question("Ask about diet?")  # must not bring b back
    assert first.reload_if_changed() and not first.reload_if_changed()
    assert [x.id for x in first.bookmarks] == [a.id] and len(first.questions) == 1
    assert second.set_note(b.id, "too late") is False
    assert [x.id for x in BookmarkStore(path).bookmarks] == [a.id]


def test_two_processes_adding_at_once_lose_nothing(path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom reader.core.bookmarks.store import BookmarkStore\n"
        "store = BookmarkStore(Path(sys.argv[1]))\n"
        "for i in range(25): store.add(f'{sys.argv[2]}{i}', f'u{sys.argv[2]}{i}', 't')\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), name], cwd=ROOT) for name in "ab"]
    assert [p.wait(60) for p in procs] == [0, 0]
    assert len(BookmarkStore(path).bookmarks) == 50


def test_memory_only_store_writes_nothing_and_clears(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = BookmarkStore()
    store.add(*SEED)
    store.add_question("A question")
    store.remove(store.bookmarks[0].id)
    store.undo()
    assert len(store.bookmarks) == 1
    store.clear()
    assert store.bookmarks == [] and store.questions == [] and not store.can_undo()
    assert list(tmp_path.iterdir()) == []


def test_handout_lists_questions_and_bookmarks_with_addresses_and_notes() -> None:
    store = BookmarkStore()
    done = store.add_question("Can I work during treatment?", title=SEED[2], url=SEED[1])
    store.set_asked(done.id)
    store.add_question("What about <side effects>?")
    missing = store.add(*OTHER)
    store.set_note(store.add(*SEED, heading="Side effects").id, "Ask about rash\nand fatigue")
    page = handout_html(store.recent_bookmarks(), store.questions, lambda b: b.id != missing.id)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert '☑ Can I work during treatment? <span class="asked">(asked)</span>' in page
    assert "About: Immunotherapy – " + SEED[1] in page
    assert "☐ What about &lt;side effects&gt;?" in page
    assert "Section: Side effects" in page and "Ask about rash<br/>and fatigue" in page
    assert page.index("Web address: " + SEED[1]) < page.index("Web address: " + OTHER[1])
    assert page.count("not in the reader's library") == 1
