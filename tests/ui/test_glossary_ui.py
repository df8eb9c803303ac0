"""Glossary words in the real window: hover tooltips, keyboard popups, the side panel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.core.appearance.contrast import contrast_ratio
from reader.core.glossary.entries import Glossary
from reader.core.languages.collation import sort_key
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.reading.article_view import ArticleView
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import SEED_ARTICLE, write_article

# Offscreen Qt says these when a tooltip or popup is shown; harmless, like propagateSizeHints.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"
IMMUNE = "glossary:46356"
SEED_WORDS = {
    "46356": ("immune system", "protects the body from germs"),
    "45618": ("biomarker", "can be measured to show what is going on in the body"),
    "45214": ("chemotherapy", "uses drugs to destroy cancer cells"),
}
DEFENSES_BODY = """# Your body's defenses

Your [immune system](/publications/dictionaries/cancer-terms/def/immune-system) works every day.

Some people hear about a [zorbic marker](/publications/dictionaries/cancer-terms/def/999999001).
"""


@pytest.fixture
def glossary_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The real window with the bundled glossary, on the seed and an article that links by slug."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    write_article(folder, "defenses.md", "Your body's defenses", "https://www.cancer.gov/about-cancer/defenses",
                  DEFENSES_BODY, cancerTypes="[breast]", tags="[support]")  # fmt: skip
    settings = Settings(tmp_path / "config" / "settings.json")
    win = build_window(Library.load([folder]), settings, glossary=Glossary.load(tmp_path / "data"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_titled(qtbot: QtBot, window: MainWindow, title: str) -> None:
    article = next(a for a in window.library if a.display_title == title)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)


def link_cursor(view: ArticleView, href: str) -> QTextCursor:
    """A cursor in the middle of the first link to href."""
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return cursor
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the article")


def link_point(view: ArticleView, href: str) -> QPoint:
    """Where the link to href is on screen, in viewport coordinates (scrolled into view)."""
    cursor = link_cursor(view, href)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x() - 2, rect.center().y())


def hover(qtbot: QtBot, view: ArticleView, href: str) -> None:
    """Move the mouse over the link and let the tooltip come up as it does after a pause."""
    point = link_point(view, href)
    qtbot.mouseMove(view.viewport(), point)
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )


def tooltip_widget() -> QWidget:
    tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible()]
    assert tips, "no tooltip is showing"
    return tips[0]


def tab_to(qtbot: QtBot, window: MainWindow, href: str) -> None:
    """Press Tab until the keyboard focus is on the link to href."""
    view = window.view
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        focused = window.glossary_tips.focused_link()
        if focused is not None and focused[0] == href:
            return
    raise AssertionError(f"Tab never reached {href}")


def test_glossary_links_look_different_from_other_links(qtbot: QtBot, glossary_window: MainWindow) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    view = glossary_window.view
    glossary_format = link_cursor(view, IMMUNE).charFormat()
    nav_format = view.document().find("Tests for Breast Cancer Biomarkers").charFormat()
    assert nav_format.isAnchor()
    assert glossary_format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert nav_format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert glossary_format.foreground().color() != nav_format.foreground().color()


def test_hovering_each_seed_word_shows_its_definition(qtbot: QtBot, glossary_window: MainWindow) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    for term_id, (term, words) in SEED_WORDS.items():
        hover(qtbot, glossary_window.view, f"glossary:{term_id}")
        qtbot.waitUntil(lambda term=term: term in QToolTip.text())
        assert words in QToolTip.text()
        assert tooltip_widget().isVisible()
    assert "(KEE-moh-THAYR-uh-pee)" in QToolTip.text()  # pronunciation when known


def test_hovering_a_word_the_glossary_lacks_says_so(qtbot: QtBot, glossary_window: MainWindow) -> None:
    open_titled(qtbot, glossary_window, "Your body's defenses")
    hover(qtbot, glossary_window.view, "glossary:999999001")
    qtbot.waitUntil(lambda: "zorbic marker" in QToolTip.text())
    assert "not in the offline glossary" in QToolTip.text()


def test_tooltip_text_grows_with_the_article_font(qtbot: QtBot, glossary_window: MainWindow) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    view = glossary_window.view
    hover(qtbot, view, IMMUNE)
    qtbot.waitUntil(lambda: "immune system" in QToolTip.text())
    small = tooltip_widget().sizeHint()
    QToolTip.hideText()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    hover(qtbot, view, IMMUNE)
    qtbot.waitUntil(lambda: f"font-size: {font.pointSizeF():g}pt" in QToolTip.text())
    large = tooltip_widget().sizeHint()
    assert large.width() > small.width() * 1.5
    assert large.height() > small.height() * 1.5


def test_tab_to_a_word_and_press_enter_shows_a_popup_until_escape(
    qtbot: QtBot, glossary_window: MainWindow
) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    view = glossary_window.view
    tab_to(qtbot, glossary_window, IMMUNE)
    with qtbot.assertNotEmitted(glossary_window.glossaryRequested):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = glossary_window.glossary_tips.popup
    qtbot.waitUntil(popup.isVisible)
    assert "protects the body from germs" in popup.label.text()
    qtbot.waitUntil(popup.label.hasFocus)  # the definition has the keyboard: a screen reader reads it
    qtbot.keyClick(popup.label, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert view.hasFocus() and view.textCursor().selectedText() == "immune system"  # back on the word
    tab_to(qtbot, glossary_window, "glossary:45618")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(popup.isVisible)
    assert "biomarker" in popup.label.text()
    qtbot.keyClick(popup.label, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_enter_on_a_navigation_link_still_follows_it(qtbot: QtBot, glossary_window: MainWindow) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    view = glossary_window.view
    tab_to(qtbot, glossary_window, IMMUNE)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the next link: another page, not a glossary word
    focused = glossary_window.glossary_tips.focused_link()
    assert focused == ("https://www.cancer.gov/about-cancer/treatment/types/immunotherapy",
                       "Immunotherapy to Treat Cancer")  # fmt: skip
    qtbot.keyClick(glossary_window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(glossary_window.notice.isVisible)
    assert not glossary_window.glossary_tips.popup.isVisible()


def test_click_opens_the_panel_with_the_entry_and_the_articles_using_it(
    qtbot: QtBot, glossary_window: MainWindow
) -> None:
    open_titled(qtbot, glossary_window, SEED_TITLE)
    panel = glossary_window.glossary_panel
    assert not panel.isVisible()
    view = glossary_window.view
    with qtbot.waitSignal(glossary_window.glossaryRequested, timeout=2000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view, IMMUNE))
    assert panel.isVisible()
    qtbot.waitUntil(lambda: "Articles that use this word" in panel.entry_view.toPlainText())
    text = panel.entry_view.toPlainText()
    assert "immune system" in text and "protects the body from germs" in text
    assert SEED_TITLE in text and "Your body's defenses" in text  # linked by id and by slug
    assert panel.a_to_z.currentItem().text() == "immune system"
    with qtbot.waitSignal(glossary_window.articleShown, timeout=5000):
        qtbot.mouseClick(panel.entry_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=text_point(panel.entry_view, "Your body's defenses"))  # fmt: skip
    assert glossary_window.current is not None
    assert glossary_window.current.display_title == "Your body's defenses"


def text_point(view: ArticleView, text: str) -> QPoint:
    cursor = view.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not shown"
    cursor.setPosition(cursor.selectionStart() + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    return view.cursorRect(cursor).center()


def test_panel_lists_and_filters_the_whole_glossary(qtbot: QtBot, glossary_window: MainWindow) -> None:
    panel = glossary_window.glossary_panel
    go_menu = next(a.menu() for a in glossary_window.menuBar().actions() if a.text() == "&Go")
    next(a for a in go_menu.actions() if a.text() == "Glossary").trigger()
    assert panel.isVisible()
    shown = [panel.a_to_z.item(i).text() for i in range(panel.a_to_z.count())]
    assert len(shown) == len(glossary_window.glossary) and shown == sorted(shown, key=sort_key)  # "Sézary" among the "Se"s
    panel.tabs.setCurrentIndex(1)
    qtbot.keyClicks(panel.filter, "chemo")
    visible = [
        panel.a_to_z.item(i) for i in range(panel.a_to_z.count()) if not panel.a_to_z.item(i).isHidden()
    ]
    assert "chemotherapy" in [item.text() for item in visible]
    for item in visible:
        entry = glossary_window.glossary.by_term(item.text())
        assert entry is not None
        assert any("chemo" in name.casefold() for name in (entry.term, *entry.aliases))
    assert len(visible) < len(shown)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    # Enter opens the best match: the first word that starts with the filter, even when a word that only
    # contains it ("adjuvant chemotherapy") comes first in the list.
    best = next(item for item in visible if item.text().casefold().startswith("chemo"))
    assert best.text() in panel.entry_view.toPlainText()


def test_words_in_this_article(qtbot: QtBot, glossary_window: MainWindow) -> None:
    panel = glossary_window.glossary_panel
    assert "Open an article" in panel.in_article.toPlainText()
    open_titled(qtbot, glossary_window, SEED_TITLE)
    text = panel.in_article.toPlainText()
    for term, words in SEED_WORDS.values():
        assert term in text and words in text
    open_titled(qtbot, glossary_window, "Your body's defenses")
    assert "zorbic marker" in panel.in_article.toPlainText()
    assert "chemotherapy" not in panel.in_article.toPlainText()


DRUG_LINK = "https://www.cancer.gov/publications/dictionaries/cancer-drug/def/"


@pytest.fixture
def drug_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on a drug article (brand name Zorbix) and an article that links to it and to tretinoin."""
    folder = tmp_path / "library"
    write_article(folder, "zorbimab.md", "Zorbimab - NCI", "https://www.cancer.gov/about-cancer/treatment/drugs/zorbimab",
                  "# Zorbimab\n\nUS Brand Name(s)\n\nZorbix\n\nFDA Approved\n\nYes\n")  # fmt: skip
    write_article(folder, "uses.md", "Treatments", "https://www.cancer.gov/about-cancer/treatments",
                  f"# Treatments\n\nSome get [Zorbix]({DRUG_LINK}900001), some [tretinoin]({DRUG_LINK}tretinoin).\n")  # fmt: skip
    win = build_window(
        Library.load([folder]), Settings(tmp_path / "settings.json"), glossary=Glossary.load(None)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_drug_link_tooltip_says_it_opens_the_article_and_a_click_opens_it(
    qtbot: QtBot, drug_window: MainWindow
) -> None:
    open_titled(qtbot, drug_window, "Treatments")
    hover(qtbot, drug_window.view, "drug:Zorbix")
    qtbot.waitUntil(lambda: "Zorbimab" in QToolTip.text())
    assert "open the article about it in your library" in QToolTip.text()
    QToolTip.hideText()
    hover(qtbot, drug_window.view, "drug:tretinoin")
    qtbot.waitUntil(lambda: "no article about this drug" in QToolTip.text())
    assert "written for this app" in QToolTip.text()
    with qtbot.waitSignal(drug_window.articleShown, timeout=5000):
        drug_window.follow_link("drug:Zorbix")
    assert drug_window.current is not None and drug_window.current.display_title == "Zorbimab"


def test_screen_readers_hear_a_drug_link_as_a_drug() -> None:
    from reader.ui.screen_reader.link_words import DRUG_PURPOSE, describe_link, link_purpose

    assert describe_link("drug:Zorbix", "Zorbix") == "Drug: Zorbix"
    assert describe_link(f"{DRUG_LINK}trastuzumab") == "Drug"
    assert link_purpose("drug:Zorbix") == DRUG_PURPOSE


def text_colours(view: ArticleView) -> set[str]:
    """Every colour the view's text is drawn in (its own palette's text colour where the page sets none)."""
    plain = view.palette().color(view.foregroundRole()).name()
    colours: set[str] = set()
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text().strip():
                brush = fragment.charFormat().foreground()
                colours.add(brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else plain)
            it += 1
        block = block.next()
    return colours


@pytest.mark.parametrize("theme", ["dark", "high-contrast", "light"])
def test_panel_text_is_readable_in_every_theme(qtbot: QtBot, glossary_window: MainWindow, theme: str) -> None:
    glossary_window.appearance.set_theme(theme)
    panel = glossary_window.glossary_panel
    panel.show()
    open_titled(qtbot, glossary_window, SEED_TITLE)
    glossary_window.appearance.set_theme(theme)  # once more, after the panel was made
    for view in (panel.in_article, panel.entry_view):
        background = view.viewport().palette().color(view.viewport().backgroundRole()).name()
        colours = text_colours(view)
        assert colours, view.accessibleName()
        worst = min(contrast_ratio(colour, background) for colour in colours)
        assert worst >= 4.5, f"{view.accessibleName()}: {colours} on {background}"


# Walk 9, X9-1: the definition box of a word near the bottom was cut at the screen's edge, or pushed up over
# the word itself.

SLUG_LINK = "glossary:immune-system"
LONG_BODY = (
    "# Your body's defenses\n\n" + "\n\n".join(f"Plain paragraph {n} about everyday life." for n in range(40))
    + "\n\nYour [immune system](/publications/dictionaries/cancer-terms/def/immune-system) works every day.\n\n"
    + "\n\n".join(f"Closing paragraph {n} about rest." for n in range(40))
)  # fmt: skip


@pytest.fixture
def long_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    write_article(tmp_path / "lib", "long.md", "Defenses at length", "https://www.cancer.gov/about-cancer/long",
                  LONG_BODY)  # fmt: skip
    win = build_window(Library.load([tmp_path / "lib"]), Settings(tmp_path / "s.json"),
                       glossary=Glossary.load(tmp_path / "data"))  # fmt: skip
    qtbot.addWidget(win)
    win.resize(900, 560)
    win.show()
    qtbot.waitExposed(win)
    open_titled(qtbot, win, "Defenses at length")
    return win


def select_link(view: ArticleView, href: str) -> None:
    """Put the keyboard on the link as Tab does (the link's words selected, the view focused)."""
    middle = link_cursor(view, href)
    cursor = QTextCursor(view.document())
    block, it = middle.block(), middle.block().begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().anchorHref() == href:
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            break
        it += 1
    assert block.isValid() and cursor.hasSelection()
    view.setFocus()
    view.setTextCursor(cursor)


def word_near_the_bottom(view: ArticleView, lines_from_bottom: float) -> QRect:
    """Scroll so the immune-system link sits this many lines above the view's bottom; its rectangle in the
    view's coordinates."""
    cursor = link_cursor(view, SLUG_LINK)
    bar = view.verticalScrollBar()
    bar.setValue(0)
    top = view.cursorRect(cursor).top()
    line = view.cursorRect(cursor).height()
    bar.setValue(int(top - view.viewport().height() + line * (1 + lines_from_bottom)))
    rect = view.cursorRect(cursor)
    return QRect(view.viewport().mapTo(view, rect.topLeft()), rect.size())


def test_the_definition_box_of_a_word_near_the_bottom_opens_above_it(
    qtbot: QtBot, long_window: MainWindow
) -> None:
    view = long_window.view
    select_link(view, SLUG_LINK)
    word = word_near_the_bottom(view, 0.5)
    assert view.rect().contains(word)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = long_window.glossary_tips.popup
    qtbot.waitUntil(popup.isVisible)
    box = popup.geometry()
    assert view.rect().contains(box)  # whole
    assert box.bottom() < word.top()  # above the word, not over it
    qtbot.keyClick(popup.label, Qt.Key.Key_Escape)
    # Near the top it opens below the word, as before.
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.viewport().height() // 2 - 40)
    rect = view.cursorRect(link_cursor(view, SLUG_LINK))
    word = QRect(view.viewport().mapTo(view, rect.topLeft()), rect.size())
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(popup.isVisible)
    assert popup.geometry().top() > word.bottom() and view.rect().contains(popup.geometry())


def test_the_definition_box_stays_on_the_screen_when_the_window_goes_below_it(
    qtbot: QtBot, long_window: MainWindow
) -> None:
    """A window taller than the screen, or moved partly off it: the box is kept on the part that shows."""
    view = long_window.view
    screen = view.screen().availableGeometry()
    select_link(view, SLUG_LINK)
    word = word_near_the_bottom(view, 12)
    word_on_screen = view.mapToGlobal(word.bottomLeft()).y()
    long_window.move(long_window.x(), long_window.y() + screen.bottom() - word_on_screen - 20)
    qtbot.waitUntil(lambda: view.mapToGlobal(word.bottomLeft()).y() > screen.bottom() - 40)
    assert view.mapToGlobal(view.rect().bottomLeft()).y() > screen.bottom()  # the view goes on below
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = long_window.glossary_tips.popup
    qtbot.waitUntil(popup.isVisible)
    box = QRect(popup.mapToGlobal(QPoint(0, 0)), popup.size())
    assert screen.contains(box)  # whole on the screen
    assert box.bottom() < view.mapToGlobal(word.topLeft()).y()  # above the word


def test_the_hover_definition_near_the_screens_bottom_stays_whole_above_the_word(
    qtbot: QtBot, long_window: MainWindow
) -> None:
    """The hover box is Qt's tooltip, which flips above the pointer when it would go past the screen."""
    view = long_window.view
    screen = view.screen().availableGeometry()
    word = word_near_the_bottom(view, 12)
    word_on_screen = view.mapToGlobal(word.bottomLeft()).y()
    long_window.move(long_window.x(), long_window.y() + screen.bottom() - word_on_screen - 20)
    qtbot.waitUntil(lambda: view.mapToGlobal(word.bottomLeft()).y() > screen.bottom() - 40)
    hover(qtbot, view, SLUG_LINK)
    qtbot.waitUntil(lambda: "immune system" in QToolTip.text())
    tip = tooltip_widget().frameGeometry()
    assert screen.contains(tip)
    assert tip.bottom() < view.mapToGlobal(word.topLeft()).y()
