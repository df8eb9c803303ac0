"""Settings survive restarts and damage; history goes back and forward like a browser."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.navigation.history import History, Place
from reader.core.settings.store import Settings


def test_settings_written_through_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.json"
    Settings(path).set("font_scale", 150)
    assert Settings(path).get("font_scale") == 150
    assert json.loads(path.read_text())["version"] == 1


def test_damaged_settings_are_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "values": {"font', encoding="utf-8")
    settings = Settings(path)
    assert settings.get("font_scale") is None
    assert "damaged" in settings.problems[0]
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"version": 1')


def test_settings_from_a_newer_version_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = '{"version": 99, "values": {"x": 1}}'
    path.write_text(original)
    settings = Settings(path)
    settings.set("y", 2)
    assert path.read_text() == original
    assert "newer version" in settings.problems[0]


def test_a_settings_problem_is_said_in_the_language_set_up_after_the_file_was_read(tmp_path: Path) -> None:
    from reader.core.languages import translate

    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path)  # read at start, before the reader's language is set up
    translate.install(lambda context, text, _d, _n: f"<{context}> " + text.replace("Your settings", "Sus ajustes"), "es")
    try:
        said = settings.problems
    finally:
        translate.install(None, "en")
    assert said[0].startswith("<Settings> Sus ajustes file was damaged"), said
    assert str(next(tmp_path.glob("settings.json.damaged-*"))) in said[0]  # where the old file is kept


def test_history_back_forward_and_branching() -> None:
    history = History()
    for key in ("", "a", "b"):
        history.visit(Place(key))
    assert history.back() == Place("a")
    assert history.back() == Place("")
    assert history.back() is None
    assert history.forward() == Place("a")
    history.visit(Place("c"))
    assert not history.can_go_forward()
    assert history.back() == Place("a")


def test_replace_puts_a_page_in_another_state_where_the_current_place_is() -> None:
    history = History()
    history.replace(Place("", page="search", state="a"))  # nothing yet: a visit
    history.visit(Place("x"))
    assert history.back() == Place("", page="search", state="a")
    history.replace(Place("", page="search", state="b"))
    assert not history.can_go_forward()  # the forward part goes, as with a visit
    assert history.current == Place("", page="search", state="b") and not history.can_go_back()


def test_changing_one_to_true_is_a_change(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    settings.set("flag", 1)
    settings.set("flag", True)
    assert Settings(tmp_path / "s.json").get("flag") is True


def test_a_second_window_saving_later_keeps_the_folder_the_first_added(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    first, second = Settings(path), Settings(path)  # two windows opened on the same settings
    first.set("library_folders", ["/clinic/articles"])
    second.set("window_geometry", "AAAA")  # the second window closes after the first added a folder
    on_disk = Settings(path)
    assert on_disk.library_folders() == [Path("/clinic/articles")]
    assert on_disk.get("window_geometry") == "AAAA"
    assert second.library_folders() == [Path("/clinic/articles")]  # and the second window sees it now


def test_the_latest_change_to_the_same_key_wins(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    first, second = Settings(path), Settings(path)
    first.set("font_scale", 120)
    second.set("font_scale", 150)
    first.set("theme", "dark")
    assert Settings(path).get("font_scale") == 150
    assert Settings(path).get("theme") == "dark"


def test_a_save_waits_for_the_lock_another_copy_holds(tmp_path: Path) -> None:
    import threading

    from reader.core.files.lock import locked

    path = tmp_path / "settings.json"
    settings = Settings(path)
    saved = threading.Event()
    with locked(path):
        worker = threading.Thread(target=lambda: (settings.set("theme", "dark"), saved.set()))
        worker.start()
        assert not saved.wait(0.3), "the save did not wait for the lock"
    worker.join(5)
    assert saved.is_set() and Settings(path).get("theme") == "dark"


def test_reader_takes_its_locks_from_one_portable_module() -> None:
    # fcntl does not exist on Windows, where a lock built on it silently does nothing.
    reader = Path(__file__).resolve().parents[2] / "reader"
    users = [p.relative_to(reader).as_posix() for p in reader.rglob("*.py") if "fcntl" in p.read_text()]
    assert users == []
