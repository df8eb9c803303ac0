"""The reader in another language: Qt's translator, dates by QLocale, fallbacks, View > Language."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.languages.translate import current_language, translate
from reader.core.library.catalog import Library
from reader.core.library.dates import long_date
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.languages.menu import LanguageMenu, _without_language
from reader.ui.window.build import build_window


@pytest.fixture
def app(qapp: QApplication, compiled_translations: Path) -> QApplication:
    """The application, put back to English after the test."""
    yield qapp
    uninstall_language(qapp)


def test_spanish_words_dates_and_numbers(app: QApplication) -> None:
    assert install_language(app, "es") == "es"
    assert current_language() == "es"
    assert translate("MainWindow", "Cancer Information Reader") == "Lector de información sobre el cáncer"
    assert long_date(dt.date(2025, 12, 3)) == "3 de diciembre de 2025"
    assert QLocale().toString(1234.5, "f", 1) == "1234,5"
    # Qt's own words (standard buttons) come in Spanish too.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_english_plurals_without_an_english_translation(app: QApplication) -> None:
    install_language(app, "en")
    assert translate("Check", "%n article(s) loaded", None, 1) == "1 article loaded"
    assert translate("Check", "%n article(s) loaded", None, 2) == "2 articles loaded"
    assert long_date(dt.date(2025, 12, 3)) == "December 3, 2025"


@pytest.mark.parametrize("damage", ["missing", "damaged", "empty"])
def test_a_missing_or_damaged_translation_falls_back_to_english_with_one_log_line(
    app: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    if damage == "damaged":
        (tmp_path / "reader_es.qm").write_bytes(b"\x3c\xb8\x64\x18" + b"not a translation" * 50)
    elif damage == "empty":
        (tmp_path / "reader_es.qm").write_bytes(b"")
    with caplog.at_level(logging.INFO, logger="reader"):
        assert install_language(app, "es", tmp_path) == "en"
    lines = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1
    assert "shown in English" in lines[0].getMessage()
    assert ("missing" if damage == "missing" else "damaged") in lines[0].getMessage()
    assert translate("MainWindow", "Cancer Information Reader") == "Cancer Information Reader"
    assert long_date(dt.date(2025, 12, 3)) == "December 3, 2025"


def test_a_truncated_translation_falls_back_to_english(app: QApplication, tmp_path: Path,
                                                       compiled_translations: Path) -> None:  # fmt: skip
    good = (compiled_translations / "reader_es.qm").read_bytes()
    (tmp_path / "reader_es.qm").write_bytes(good[: len(good) // 3])
    assert install_language(app, "es", tmp_path) == "en"


def test_the_window_is_built_in_the_chosen_language(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    install_language(app, "es")
    window = build_window(Library([]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    assert window.languages.menu.title() == "&Idioma"


def test_right_to_left_test_language_mirrors_the_window(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    assert install_language(app, "en-rtl") == "en-rtl"
    window = build_window(Library([]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    # The library panel sits on the right, the article on the left.
    assert window.splitter.widget(0).geometry().x() > window.splitter.widget(1).geometry().x()
    # The home page's words run right to left too (a page of English words would not on its own).
    window.home.set_library(Library([]))
    first = window.home.page.document().begin()
    assert first.text() and first.textDirection() == Qt.LayoutDirection.RightToLeft


def test_view_language_remembers_the_choice_and_offers_to_start_again(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language(app, "en")
    settings = Settings(tmp_path / "settings.json")
    window = build_window(Library([]), settings)
    qtbot.addWidget(window)
    menu: LanguageMenu = window.languages
    assert [a.text() for a in menu.actions()][:2] == ["English", "Español"]
    assert [a.isChecked() for a in menu.actions()][:2] == [True, False]
    assert menu.menu.menuAction() in window.menu("view").actions()
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.defaultButton().text()))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    restarts: list[bool] = []
    menu.restart = lambda: restarts.append(True)
    menu.actions()[1].trigger()
    assert Settings(tmp_path / "settings.json").get("language") == "es"
    # Asked in the language just chosen, so the person can read the question.
    assert shown == [("El lector estará en español la próxima vez que lo abra.", "Abrir de nuevo ahora")]
    assert restarts == [True]


def test_starting_again_drops_the_one_run_language_option() -> None:
    assert _without_language(["--language", "es", "--open", "x", "--language=hi"]) == ["--open", "x"]


def test_app_language_comes_from_the_command_line(app: QApplication, tmp_path: Path,
                                                  compiled_translations: Path) -> None:  # fmt: skip
    """run_gui's choice: --language beats the saved setting (the same code path as the app)."""
    import argparse

    from reader.app import _install_language
    from reader.context import make_context

    args = argparse.Namespace(library=[], data_dir=tmp_path / "d", cache_dir=tmp_path / "c", ui_language="es")
    ctx = make_context(args)
    ctx.settings.set("language", "en")
    ctx.language = _install_language(app, ctx, args, policy_language="")
    assert ctx.language == "es"
    assert ctx.library_folders()[1] == compiled_translations.parent / "libraries" / "es"


def test_the_window_and_home_page_speak_spanish(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from tests.helpers import ROOT

    install_language(app, "es")
    library = Library.load([ROOT / "resources" / "libraries" / "es"])
    window = build_window(library, Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Archivo", "&Editar", "&Ver", "&Ir"]
    assert window.windowTitle() == "Lector de información sobre el cáncer"
    home = window.home.page.toPlainText()
    assert "Bienvenido" in home and "Su biblioteca tiene 20 artículos" in home
    assert "Su tipo de cáncer\nMama · Piel, incluido el melanoma · Cuello uterino" in home
    assert [window.browser.tabs.tabText(i) for i in range(3)] == ["Tipos de cáncer", "Temas", "A–Z"]
    assert window.statusBar().currentMessage() == "20 artículos en su biblioteca"
    assert window.actions_registry["back"].text() == "&Atrás"


def test_read_in_english_opens_the_twin(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from tests.helpers import ROOT

    install_language(app, "es")
    library = Library.load([ROOT / "seeds", ROOT / "resources" / "libraries" / "es"])
    window = build_window(library, Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    spanish = library.find("https://cancer-reader.example/es/inmunoterapia-cancer-de-mama")
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_article(spanish.key)
    html = window.current_page.html
    assert "Read in English" in html and "Fuente: Lector de información sobre el cáncer" in html
    assert "Dirección web" not in html and "cancer-reader.example/es/inmunoterapia-cancer-de-mama<" not in html
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.follow_link(spanish.language_twin[0])
    assert window.current.language == "en"
    assert "Leer en español" in window.current_page.html
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.follow_link(
            window.current.language_twin[0]
        )  # a cancer-reader.example address: opened, not refused
    assert window.current.key == spanish.key


def test_a_spanish_article_gets_spanish_definitions(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from reader.core.languages.glossaries import MultilingualGlossary
    from tests.helpers import ROOT

    library = Library.load([ROOT / "seeds", ROOT / "resources" / "libraries" / "es"])
    glossary = MultilingualGlossary.load_all(tmp_path / "data")
    window = build_window(library, Settings(tmp_path / "settings.json"), glossary=glossary)
    qtbot.addWidget(window)
    spanish = library.find("https://cancer-reader.example/es/quimioterapia")
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_article(spanish.key)
    words = glossary.words_in_article(window.current_page.glossary)
    assert [w.entry.term for w in words if w.entry][:2] == ["quimioterapia", "catéter"]
    english = library.find("https://www.cancer.gov/types/breast/treatment/immunotherapy")
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_article(english.key)
    assert glossary.lookup("chemotherapy").term == "chemotherapy"


def test_hindi_loads_its_devanagari_font_and_words(app: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase

    assert install_language(app, "hi") == "hi"
    assert translate("HomeView", "Welcome") == "स्वागत है"
    assert "Noto Sans Devanagari" in QFontDatabase.families()
    # Hindi is a partial translation: the rest of the words stay English.
    assert translate("Bookmarks", "Filter bookmarks") == "Filter bookmarks"


def test_the_language_menu_loads_the_fonts_each_name_needs_when_it_is_made(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When made (after the first screen), not when first opened: the window lays the names out before
    that, and without the font Qt warned 21 times (walk 6, X1; tests/ui/test_language_menu_fonts.py)."""
    install_language(app, "en")
    loaded: list[str] = []
    monkeypatch.setattr("reader.ui.languages.menu.load_script_font", lambda code: loaded.append(code) or [])
    window = build_window(Library([]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    menu: LanguageMenu = window.languages
    assert "हिन्दी" in [a.text() for a in menu.actions()]
    assert loaded == [str(a.data()) for a in menu.actions()]  # each once, Hindi among them
    menu.menu.aboutToShow.emit()
    assert loaded == [str(a.data()) for a in menu.actions()]  # not again


def test_a_translation_compiled_after_a_miss_is_used(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    compiled_translations: Path,
) -> None:
    from reader.ui.languages import install

    monkeypatch.setattr(install, "translations_dir", lambda: tmp_path)  # no .qm compiled there yet
    with caplog.at_level(logging.WARNING, logger="reader"):
        assert install.translate_into("es", "MainWindow", "Cancer Information Reader") == "Cancer Information Reader"
        assert install.translate_into("es", "MainWindow", "Cancer Information Reader") == "Cancer Information Reader"
    assert len(caplog.records) == 1  # the same missing file is not tried (nor logged) again
    good = (compiled_translations / "reader_es.qm").read_bytes()
    (tmp_path / "reader_es.qm").write_bytes(good)  # compiled later in the same run
    assert install.translate_into("es", "MainWindow", "Cancer Information Reader") == (
        "Lector de información sobre el cáncer"
    )


def test_searches_that_find_nothing_list_the_translations_folder_once_until_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from reader.core.languages import codes
    from reader.ui.languages import install
    from reader.ui.search.feature import words_look_foreign

    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "reader_hi.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(install, "translations_dir", lambda: folder)
    listed: list[Path] = []
    available = codes.available_languages
    monkeypatch.setattr(codes, "available_languages", lambda where: listed.append(where) or available(where))
    for _ in range(3):  # the search thread and the GUI thread ask for each search
        assert not words_look_foreign("¿dónde?")  # Spanish letters, but no Spanish translation
    assert listed == [folder]
    (folder / "reader_es.ts").write_text("<TS/>", encoding="utf-8")  # a translation added
    changed = folder.stat().st_mtime_ns + 1_000_000_000  # a second later, whatever the clock's steps
    os.utime(folder, ns=(changed, changed))
    assert words_look_foreign("¿dónde?")
    assert words_look_foreign("¿dónde?")
    assert listed == [folder, folder]
