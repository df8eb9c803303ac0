"""The desktop home: starting points chosen by need, common cancer types first, never titles A-Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.library.starting_points import cancer_types_for_home, starting_points
from reader.ui.library.home_view import HomeView
from reader.ui.screen_reader.link_words import ARTICLE_PURPOSE
from tests.helpers import write_article

SITE = "https://www.cancer.gov"
TEXT = "This is a short article. It has a few plain sentences. You can read it."
PAGES = [
    ("a.md", "2003 Early Reproductive Events Workshop", "/types/breast/abortion-miscarriage-risk"),
    ("b.md", "714-X", "/about-cancer/treatment/cam/patient/714-x-pdq"),
    ("c.md", "ABVD", "/about-cancer/treatment/drugs/abvd"),
    ("d.md", "Types of Cancer Treatment", "/about-cancer/treatment/types"),
    ("e.md", "Side Effects of Cancer Treatment", "/about-cancer/treatment/side-effects"),
    ("f.md", "Questions to Ask about Cancer Treatment", "/about-cancer/treatment/questions"),
    ("g.md", "Breast Cancer", "/types/breast"),
    ("h.md", "Anal Cancer—Patient Version", "/types/anal"),
    ("i.md", "Lung Cancer—Patient Version", "/types/lung"),
    ("j.md", "AYA Cancers", "/types/aya"),
    ("k.md", "Coping with Bladder Cancer", "/types/bladder/coping"),
    ("l.md", "Common Cancer Types", "/types/common-cancers"),  # a list of types, not "what cancer is"
]


def _library(tmp_path: Path) -> Library:
    for name, title, path in PAGES:
        write_article(tmp_path / "lib", name, title, SITE + path, TEXT)
    return Library.load([tmp_path / "lib"])


def test_starting_points_follow_needs_and_common_types_come_first(tmp_path: Path) -> None:
    library = _library(tmp_path)
    points = [(p.label, p.article.display_title) for p in starting_points(library)]
    assert points == [
        ("Treatment", "Types of Cancer Treatment"),
        ("Side effects", "Side Effects of Cancer Treatment"),
        ("Questions for your doctor", "Questions to Ask about Cancer Treatment"),
    ], "no page about coping or about cancer in general here: no 'Coping' link to a bladder page, no " \
        "'What cancer is' link to the list of common cancers"
    names = [name for _slug, name, _article in cancer_types_for_home(library)]
    assert names == ["Breast", "Lung", "Bladder", "Adolescents and young adults", "Anal"]


def test_home_view_shows_needs_and_opens_articles(qtbot: QtBot, tmp_path: Path) -> None:
    library = _library(tmp_path)
    view = HomeView()
    qtbot.addWidget(view)
    view.set_library(library)
    text = view.page.document().toPlainText()
    assert "New to this?" in text and "Your type of cancer" in text
    assert "2003 Early Reproductive Events Workshop" not in text and "714-X" not in text
    assert (
        text.index("Breast")
        < text.index("Lung")
        < text.index("Adolescents and young adults")
        < text.index("Anal")
    )
    treatment = library.by_url("/about-cancer/treatment/types")
    assert treatment is not None
    with qtbot.waitSignal(view.articleRequested) as signal:
        view.page.anchorClicked.emit(QUrl(f"article:{treatment.key}"))
    assert signal.args == [treatment.key]


HOME_LINKS = ["Treatment", "Side effects", "Questions for your doctor",
              "Breast", "Lung", "Bladder", "Adolescents and young adults", "Anal"]  # fmt: skip


def test_a_screen_reader_hears_each_home_link_as_tab_reaches_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walk 4, finding 1: Tab moved a focus ring through the home page's links while Orca heard nothing."""
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))  # no bridge offscreen
    heard: list[tuple[QAccessible.Role, str, str]] = []  # focus events, as Orca would get them
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        node = event.accessibleInterface()
        if event.type() == QAccessible.Event.Focus and node is not None:
            name, purpose = node.text(QAccessible.Text.Name), node.text(QAccessible.Text.Description)
            heard.append((node.role(), name, purpose))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    library = _library(tmp_path)
    view = HomeView()
    qtbot.addWidget(view)
    view.set_library(library)
    view.show()
    qtbot.waitExposed(view)
    page = view.page
    offered = QAccessible.queryAccessibleInterface(page.viewport())
    assert offered is not None
    nodes = [offered.child(i) for i in range(offered.childCount())]
    links = [n for n in nodes if n.role() == QAccessible.Role.Link]
    assert [n.text(QAccessible.Text.Name) for n in links] == HOME_LINKS
    assert all(n.text(QAccessible.Text.Description) == ARTICLE_PURPOSE for n in links)
    headings = [n.text(QAccessible.Text.Name) for n in nodes if n.role() == QAccessible.Role.Heading]
    assert "New to this?" in headings and "Your type of cancer" in headings
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    for count, name in enumerate(HOME_LINKS, start=1):
        qtbot.keyClick(page, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda count=count: len(heard) == count)
        assert heard[-1] == (QAccessible.Role.Link, name, ARTICLE_PURPOSE)
        assert page.textCursor().selectedText() == name  # the link the focus ring is on
        focused = offered.focusChild()
        assert focused is not None and focused.state().focused and focused.text(QAccessible.Text.Name) == name
    qtbot.keyClick(page, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: heard[-1][1] == HOME_LINKS[-2])
    view.set_library(library)  # the page made again (a theme change does this): the old objects go
    assert offered.focusChild() is None and offered.childCount() == len(nodes)
    anal = library.by_url("/types/anal")
    assert anal is not None
    for _ in HOME_LINKS:
        qtbot.keyClick(page, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: heard[-1][1] == "Anal")
    with qtbot.waitSignal(view.articleRequested) as signal:
        qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter opens the link the person just heard
    assert signal.args == [anal.key]
    view.add_folder.setFocus()  # the focus leaves the page (in the window: for the article opened)
    qtbot.waitUntil(view.add_folder.hasFocus)
    said = len(heard)
    page.setFocus()  # back home: Qt has dropped the link's selection, so no link is named
    qtbot.waitUntil(page.hasFocus)
    qtbot.wait(20)
    assert len(heard) == said and offered.focusChild() is None and not page.textCursor().hasSelection()
    qtbot.keyClick(page, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(heard) == said + 1)
    assert heard[-1][1] == page.textCursor().selectedText() == HOME_LINKS[0]
    first = offered.focusChild()  # the link just reached, so scrolled into view
    assert first is not None
    assert not first.state().offscreen and not first.state().invisible
    view.hide()  # as when an article is shown in its place: its links are not on screen
    assert first.state().offscreen and first.state().invisible


def test_browser_leads_with_patient_versions_and_filters_by_reading_level(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reader.ui.library.browser import LibraryBrowser

    easy = "Cancer is when cells grow. " * 6 + "Ask your doctor. You can rest."
    hard = ("Immunohistochemical characterization demonstrates considerable heterogeneity necessitating "
            "comprehensive multidisciplinary evaluation. ") * 5  # fmt: skip
    lib = tmp_path / "lib"
    write_article(lib, "a.md", "A Breast Cancer—Health Professional Version", SITE + "/types/breast/hp", hard)
    write_article(lib, "b.md", "Breast Cancer Basics", SITE + "/types/breast/basics", easy)
    write_article(lib, "c.md", "Breast Cancer Research Details", SITE + "/types/breast/research/x", hard)
    browser = LibraryBrowser()
    qtbot.addWidget(browser)
    browser.set_library(Library.load([lib]))
    group = browser.by_type.topLevelItem(0)
    assert group.text(0) == "Breast (3)"
    titles = [group.child(i).text(0) for i in range(group.childCount())]
    assert titles[-1].startswith("A Breast Cancer—Health"), (
        "the professional version comes after patient ones"
    )
    browser.reading_level.setCurrentText("Easy to read")
    assert browser.by_type.topLevelItem(0).text(0) == "Breast (1)"
    browser.tabs.setCurrentIndex(2)  # the A-Z list is filled when its tab is shown
    assert [browser.a_to_z.topLevelItem(i).text(0) for i in range(browser.a_to_z.topLevelItemCount())] == [
        "Breast Cancer Basics"
    ]
    browser.reading_level.setCurrentText("For health professionals")
    browser.tabs.setCurrentIndex(0)
    assert browser.by_type.topLevelItem(0).child(0).text(0).startswith("A Breast Cancer—Health")
    browser.reset()
    assert (
        browser.reading_level.currentIndex() == 0 and browser.by_type.topLevelItem(0).text(0) == "Breast (3)"
    )


def test_what_cancer_is_never_opens_a_page_about_something_else(tmp_path: Path) -> None:
    # A list of case numbers is not "how cancer starts and grows": without a real page, no such link.
    write_article(tmp_path / "lib", "c.md", "Common Cancer Types", SITE + "/types/common-cancers", TEXT)
    write_article(
        tmp_path / "lib", "t.md", "Types of Cancer Treatment", SITE + "/about-cancer/treatment/types", TEXT
    )
    labels = [p.label for p in starting_points(Library.load([tmp_path / "lib"]))]
    assert labels == ["Treatment"]
    write_article(
        tmp_path / "lib", "w.md", "What Is Cancer?", SITE + "/about-cancer/understanding/what-is-cancer", TEXT
    )
    points = starting_points(Library.load([tmp_path / "lib"]))
    assert [(p.label, p.article.display_title) for p in points][0] == ("What cancer is", "What Is Cancer?")


def test_kiosk_all_articles_lead_with_patient_versions(qtbot: QtBot, tmp_path: Path) -> None:
    from reader.ui.kiosk.home import ALL_ARTICLES, KioskHome

    lib = tmp_path / "lib"
    write_article(lib, "hp.md", "Anal Cancer Treatment (PDQ®)–Health Professional Version",
                  SITE + "/types/anal/hp/anal-treatment-pdq", TEXT)  # fmt: skip
    write_article(lib, "p.md", "Anal Cancer Treatment (PDQ®)–Patient Version",
                  SITE + "/types/anal/patient/anal-treatment-pdq", TEXT)  # fmt: skip
    write_article(lib, "z.md", "Zinc and Cancer", SITE + "/about-cancer/treatment/cam/patient/zinc-pdq", TEXT)
    home = KioskHome()
    qtbot.addWidget(home)
    home.set_library(Library.load([lib]))
    button = next(b for b in home.subject_buttons if b.name == ALL_ARTICLES)
    button.click()
    listed = [home.articles.item(i).text() for i in range(home.articles.count())]
    assert listed == [
        "Anal Cancer Treatment (PDQ®)–Patient Version", "Zinc and Cancer",
        "Anal Cancer Treatment (PDQ®)–Health Professional Version",
    ]  # fmt: skip


#: An English library's overview pages (linking treatments and side effects as cancer.gov's do) and Spanish
#: pages that translate some of them, tagged as the bundled ones were (side effects as `support`).
OVERVIEW_LINKS = {
    "/about-cancer/treatment/types": "[Biomarker](/about-cancer/treatment/types/biomarker-testing) "
    "[Chemotherapy](/about-cancer/treatment/types/chemotherapy) [Surgery](/about-cancer/treatment/types/surgery)",
    "/about-cancer/treatment/side-effects": "[Anemia](/about-cancer/treatment/side-effects/anemia) "
    "[Diarrhea](/about-cancer/treatment/side-effects/diarrhea) [Pain](/about-cancer/treatment/side-effects/pain)",
}
SPANISH = [
    ("cirugia.md", "Cirugía", "/about-cancer/treatment/types/surgery", "treatment"),
    ("quimioterapia.md", "Quimioterapia para el cáncer", "/about-cancer/treatment/types/chemotherapy", "treatment"),
    ("dolor.md", "Dolor", "/about-cancer/treatment/side-effects/pain", "support"),
    ("diarrea.md", "Diarrea", "/about-cancer/treatment/side-effects/diarrhea", "support"),
    ("sus-emociones.md", "Sus emociones y el cáncer", "", "support"),
]


def _two_languages(tmp_path: Path) -> Library:
    for name, title, path in PAGES:
        write_article(tmp_path / "en", name, title, SITE + path, TEXT + " " + OVERVIEW_LINKS.get(path, ""))
    for name, title, original, tag in SPANISH:
        fields = {"translationOf": SITE + original} if original else {}
        write_article(tmp_path / "es", name, title, f"https://cancer-reader.example/es/{name[:-3]}",
                      "Este es un texto corto. Tiene frases claras.", language="es", tags=f"[{tag}]",
                      **fields)  # fmt: skip
    return Library.load([tmp_path / "en", tmp_path / "es"])


def test_starting_points_open_pages_in_the_readers_language_where_there_are_some(tmp_path: Path) -> None:
    """Walk 7 C6: the Spanish home's coping link opened "Diarrea", its treatment link an English page."""
    library = _two_languages(tmp_path)
    spanish = [(p.label, p.article.display_title) for p in starting_points(library, language="es")]
    assert spanish == [
        ("Treatment", "Quimioterapia para el cáncer"),  # the first the English overview links, not the shortest
        ("Side effects", "Diarrea"),
        ("Coping and support", "Sus emociones y el cáncer"),
        ("Questions for your doctor", "Questions to Ask about Cancer Treatment"),  # no Spanish page: English
    ]
    english = [(p.label, p.article.display_title) for p in starting_points(library, language="en")]
    assert english[:2] == [("Treatment", "Types of Cancer Treatment"),
                           ("Side effects", "Side Effects of Cancer Treatment")]  # fmt: skip


def _link_target(view: HomeView, words: str) -> str:
    """The address of the home page link a person reads as these words."""
    block = view.page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text() == words and fragment.charFormat().isAnchor():
                return fragment.charFormat().anchorHref()
            it += 1
        block = block.next()
    raise AssertionError(f"no link reads {words!r}")


def test_the_spanish_home_opens_spanish_pages(qapp: QApplication, compiled_translations: Path, qtbot: QtBot,
                                              tmp_path: Path) -> None:  # fmt: skip
    from reader.ui.languages.install import install_language

    library = _two_languages(tmp_path)
    install_language(qapp, "es")
    view = HomeView()
    qtbot.addWidget(view)
    view.set_library(library)
    opened = {}
    for words in ("Tratamiento", "Efectos secundarios", "Cómo sobrellevarlo y apoyo"):
        with qtbot.waitSignal(view.articleRequested) as signal:
            view.page.anchorClicked.emit(QUrl(_link_target(view, words)))
        opened[words] = library.get(signal.args[0]).display_title
    assert opened == {
        "Tratamiento": "Quimioterapia para el cáncer",
        "Efectos secundarios": "Diarrea",
        "Cómo sobrellevarlo y apoyo": "Sus emociones y el cáncer",
    }
