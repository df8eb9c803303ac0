"""The library lists in Spanish order: accented names among their letters ("Útero" with the U's, not after
"Vulva"; "Cáncer infantil" before "Cuello uterino"), and the A–Z list's English titles under a heading
"En inglés" after the Spanish ones (walk 10, C5 and X5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTreeWidget
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import ROOT, write_article

TYPES = ["uterine", "vulvar", "cervical", "childhood-cancers", "unknown-primary", "esophageal", "stomach",
         "pancreatic", "lung", "head-and-neck"]  # fmt: skip


@pytest.fixture
def app(qapp: QApplication, compiled_translations: Path) -> Iterator[QApplication]:
    yield qapp
    uninstall_language(qapp)


def make_window(qtbot: QtBot, tmp_path: Path, language: str) -> MainWindow:
    """The window in this language on the Spanish articles and English ones of ten cancer types."""
    install_language(QApplication.instance(), language)  # type: ignore[arg-type]
    folder = tmp_path / "english"
    for n, kind in enumerate(TYPES):
        write_article(folder, f"{kind}.md", f"About {kind} cancer", f"https://www.cancer.gov/types/{kind}/{n}",
                      f"# About {kind}\n\nText.", cancerTypes=f"[{kind}]")  # fmt: skip
    write_article(folder, "aya.md", "Ázúcar and Cancer", "https://www.cancer.gov/about-cancer/sugar", "Text.")
    library = Library.load([ROOT / "resources" / "libraries" / "es", folder])
    window = build_window(library, Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rows(tree: QTreeWidget) -> list[str]:
    return [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]


def test_spanish_cancer_types_and_titles_in_spanish_order(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "es")
    browser = window.browser
    types = [name.rsplit(" (", 1)[0] for name in rows(browser.by_type)]
    assert types == ["Cabeza y cuello", "Cáncer de origen desconocido", "Cáncer infantil", "Cuello uterino",
                     "Esófago", "Estómago", "Mama", "Páncreas", "Piel, incluido el melanoma", "Pulmón", "Útero", "Vulva"]  # fmt: skip
    browser.tabs.setCurrentIndex(2)
    titles = rows(browser.a_to_z)
    spanish = titles[: titles.index("En inglés")]
    assert spanish[:4] == ["Caída del cabello", "Cansancio (fatiga) por el cáncer", "Cirugía para el cáncer",
                           "Cómo proteger su piel del sol"]  # fmt: skip
    assert len(spanish) == 20 and spanish.index("Pérdida del apetito") < spanish.index("Pruebas de Papanicolaou y VPH")
    english = titles[len(spanish) + 1 :]
    assert english[:2] == ["About cervical cancer", "About childhood-cancers cancer"]
    assert english[-2:] == ["About vulvar cancer", "Ázúcar and Cancer"]
    heading = browser.a_to_z.topLevelItem(len(spanish))
    assert heading.font(0).bold() and not heading.data(0, 256)  # a heading, not an article to open
    # Filtering keeps the heading over the English titles it shows, and none when only Spanish ones match.
    browser.filter.setText("cán")
    assert rows(browser.a_to_z) == ["Cansancio (fatiga) por el cáncer", "Cirugía para el cáncer",
                                    "Inmunoterapia para el cáncer de mama", "Sus emociones y el cáncer"]  # fmt: skip


def test_in_english_the_spanish_titles_come_last_under_their_own_heading(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path, "en")
    browser = window.browser
    browser.tabs.setCurrentIndex(2)
    titles = rows(browser.a_to_z)
    assert titles.index("In Spanish") == 11 and titles[10] == "Ázúcar and Cancer"
    assert titles[12] == "Caída del cabello"
