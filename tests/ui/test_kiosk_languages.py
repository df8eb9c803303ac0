"""The kiosk in Spanish: no English word anywhere a visitor can see or hear (the home screen by need,
its lists, the toolbar, the prompts), and the policy's language button."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.kiosk.visitor_language import HOME_ENV, SIZE_ENV, VISITOR_ENV, Restart
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.window.build import build_window
from tests.helpers import ROOT, write_article
from tests.ui.touch_targets import MIN_PX

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
SPANISH_LIBRARY = ROOT / "resources" / "libraries" / "es"
_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text.replace("&", ""))}


def english_only_words() -> set[str]:
    """Words of the reader's English strings that no Spanish string or Spanish article title uses."""
    english: set[str] = set()
    spanish: set[str] = set()
    for message in ET.parse(ROOT / "resources" / "translations" / "reader_es.ts").getroot().iter("message"):
        english |= _words(message.findtext("source", ""))
        translation = message.find("translation")
        if translation is not None:
            spanish |= _words("".join(translation.itertext()))
    for article in Library.load([SPANISH_LIBRARY]):
        spanish |= _words(article.display_title)
    return english - spanish


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word a visitor can see or a screen reader says, in root's shown widgets."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text:
            found.append((f"{type(widget).__name__}({widget.objectName()}).{what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        add(widget, "toolTip", widget.toolTip())
        add(widget, "accessibleName", widget.accessibleName())
        add(widget, "accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget, f"item{row}", widget.item(row).text())
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, f"tab{index}", widget.tabText(index))
        if isinstance(widget, QDockWidget):
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            add(widget, "action", widget.defaultAction().text())
    return found


def english_in(texts: list[tuple[str, str]], english: set[str]) -> list[tuple[str, str]]:
    """The texts holding a word only the English strings use."""
    return [(where, text) for where, text in texts if _words(text) & english]


@pytest.fixture
def spanish_kiosk(qtbot: QtBot, compiled_translations: Path) -> Iterator[KioskController]:
    """The kiosk in Spanish on the bundled Spanish library, as a visitor first sees it."""
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, "es") == "es"
    window = build_window(Library.load([SPANISH_LIBRARY]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    yield controller
    controller.exit_kiosk()
    uninstall_language(app)


def test_the_english_word_list_finds_english(compiled_translations: Path) -> None:
    """The check below would see an English string: these words are in it, and Spanish ones are not."""
    english = english_only_words()
    assert {"welcome", "tap", "subjects", "articles", "start", "over"} <= english
    assert not {"bienvenido", "quimioterapia", "artículos"} & english


def test_the_spanish_kiosk_home_shows_no_english(spanish_kiosk: KioskController, qtbot: QtBot) -> None:
    english = english_only_words()
    window, home = spanish_kiosk.window, spanish_kiosk.home
    first = visible_texts(window)
    assert any(text == "Bienvenido" for _, text in first)
    assert len(home.subject_buttons) >= 3
    seen = list(first)
    # Every page the home screen can show: each subject's list, and every cancer type A-Z.
    for button in list(home.subject_buttons):
        button.click()
        qtbot.wait(1)
        seen += visible_texts(window)
        home.show_subjects()
    home.show_types()
    seen += visible_texts(window)
    home.show_subjects()
    assert english_in(seen, english) == []


def test_the_spanish_kiosk_prompts_show_no_english(spanish_kiosk: KioskController, qtbot: QtBot) -> None:
    english = english_only_words()
    window = spanish_kiosk.window
    spanish_kiosk.show_idle_prompt()
    qtbot.waitUntil(spanish_kiosk.idle_prompt.isVisible)
    seen = visible_texts(window)
    spanish_kiosk.keep_reading()
    spanish_kiosk.open_pin_prompt()
    qtbot.waitUntil(spanish_kiosk.pin_prompt.isVisible)
    seen += visible_texts(window)
    spanish_kiosk.pin_prompt.dismiss()
    assert spanish_kiosk.keyboard is not None
    field = window.search.box.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())  # a tap
    qtbot.waitUntil(spanish_kiosk.keyboard.dock.isVisible)
    seen += visible_texts(window)
    assert english_in(seen, english) == []


# The policy's language button ------------------------------------------------------------------------


def touch_tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger's tap on the widget's middle (a real touch event, as a touch screen sends)."""
    device = QTest.createTouchDevice()
    window = widget.window().windowHandle()
    point = widget.mapTo(widget.window(), widget.rect().center())
    QTest.touchEvent(window, device).press(0, point, window).commit()
    qtbot.wait(50)
    QTest.touchEvent(window, device).release(0, point, window).commit()
    qtbot.wait(50)


def kiosk_in(qtbot: QtBot, code: str, visitor: str = "") -> KioskController:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, code) == code
    folders = [ROOT / "seeds", SPANISH_LIBRARY] if code == "es" else [ROOT / "seeds"]
    window = build_window(Library.load(folders), Settings(None))
    qtbot.addWidget(window)
    policy = KioskPolicy(enabled=True, idle_timeout_seconds=600, warning_seconds=20, language_button=("en", "es"))
    controller = enable_kiosk(window, policy, visitor_language=visitor)
    qtbot.waitExposed(window)
    window.setGeometry(window.screen().geometry())  # full screen (offscreen Qt leaves the size as it was)
    qtbot.wait(50)
    return controller


def test_the_language_button_starts_the_kiosk_again_in_spanish_by_touch(
    qtbot: QtBot, compiled_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(VISITOR_ENV, raising=False)
    monkeypatch.delenv(HOME_ENV, raising=False)
    kiosk = kiosk_in(qtbot, "en")
    [button] = kiosk.home.language_buttons
    assert button.text() == "Español" and button.isVisible()
    assert button.accessibleName() == "Español: Ver todo en este idioma"
    assert min(button.width(), button.height()) >= MIN_PX
    # At the top of the page, beside the welcome: seen without scrolling.
    assert button.mapTo(kiosk.home, button.rect().bottomLeft()).y() < kiosk.home.height() // 3
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    touch_tap(qtbot, button)
    assert len(restarts) == 1
    assert restarts[0].environ[VISITOR_ENV] == "es" and restarts[0].environ[HOME_ENV] == "en"
    kiosk.exit_kiosk()


def spanish_visitor_kiosk(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> tuple[KioskController, list[Restart]]:
    """A kiosk whose policy speaks English, restarted in Spanish for a visitor; and its restarts, recorded."""
    monkeypatch.setenv(VISITOR_ENV, "es")
    monkeypatch.setenv(HOME_ENV, "en")
    kiosk = kiosk_in(qtbot, "es", visitor="es")
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    return kiosk, restarts


def test_a_visitors_language_lasts_until_start_over(
    qtbot: QtBot, compiled_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk, restarts = spanish_visitor_kiosk(qtbot, monkeypatch)
    [button] = kiosk.home.language_buttons
    assert button.text() == "English"
    assert button.accessibleName() == "English: Show everything in this language"
    assert ("QLabel(kioskTitle).text", "Bienvenido") in visible_texts(kiosk.home)
    start_over = kiosk.start_over_bar.widgetForAction(kiosk.window.actions_registry["start_over"])
    assert start_over.text() == "Empezar de nuevo"
    touch_tap(qtbot, start_over)
    assert len(restarts) == 1
    assert VISITOR_ENV not in restarts[0].environ and HOME_ENV not in restarts[0].environ
    kiosk.exit_kiosk()


def test_an_idle_reset_goes_back_to_the_policys_language(
    qtbot: QtBot, compiled_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk, restarts = spanish_visitor_kiosk(qtbot, monkeypatch)
    kiosk.idle_prompt.timedOut.emit()
    assert len(restarts) == 1 and VISITOR_ENV not in restarts[0].environ
    kiosk.exit_kiosk()


def test_a_visitors_text_size_lasts_across_the_language_switch_until_start_over(
    qtbot: QtBot, compiled_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walk 9, C9-8: a visitor at 300% who tapped "Español" got the Spanish home at 100%."""
    for name in (VISITOR_ENV, HOME_ENV, SIZE_ENV):
        monkeypatch.delenv(name, raising=False)
    kiosk = kiosk_in(qtbot, "en")
    larger = kiosk.window.actions_registry["text_larger"]
    while kiosk.window.appearance.font_scale < 300:
        larger.trigger()
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    kiosk.window.go_home()
    button = kiosk.home.language_buttons[0]

    def tappable() -> bool:  # the home laid out at 300 % (on a busy machine its scroll bar first covers it)
        return kiosk.window.childAt(button.mapTo(kiosk.window, button.rect().center())) is button

    qtbot.waitUntil(tappable, timeout=3000)
    touch_tap(qtbot, button)
    assert len(restarts) == 1 and restarts[0].environ[SIZE_ENV] == "300"
    kiosk.exit_kiosk()
    # The reader started again, in Spanish, with what the switch handed on.
    for name, value in restarts[0].environ.items():
        if name in (VISITOR_ENV, HOME_ENV, SIZE_ENV):
            monkeypatch.setenv(name, value)
    spanish = kiosk_in(qtbot, "es", visitor="es")
    spanish_restarts: list[Restart] = []
    spanish.start_again = spanish_restarts.append
    assert spanish.window.appearance.font_scale == 300
    title = next(label for label in spanish.home.findChildren(QLabel) if label.objectName() == "kioskTitle")
    assert title.text() == "Bienvenido" and title.fontInfo().pixelSize() >= 3 * 30  # the home's words at 300%
    qtbot.wait(100)
    # Everything on the home screen within its width: the language button too, under the welcome if need be.
    english = spanish.home.language_buttons[0]
    viewport = spanish.home.subjects_scroll.viewport()
    assert english.mapTo(viewport, english.rect().topRight()).x() <= viewport.width(), (
        english.mapTo(viewport, english.rect().topRight()), viewport.width(), spanish.home.subjects.width()
    )
    assert spanish.home.subjects.width() <= viewport.width()
    # Start over: the next visitor gets the policy's size and language.
    start_over = spanish.start_over_bar.widgetForAction(spanish.window.actions_registry["start_over"])
    touch_tap(qtbot, start_over)
    assert spanish.window.appearance.font_scale == 100
    assert len(spanish_restarts) == 1 and SIZE_ENV not in spanish_restarts[0].environ
    spanish.exit_kiosk()


def test_the_spanish_kiosk_lists_a_types_spanish_articles_first_and_no_research_news(
    qtbot: QtBot, compiled_translations: Path, tmp_path: Path
) -> None:
    """Walk 9, C9-9: "Mama" listed 84 English titles A-Z, a 2003 workshop first, research news and interviews
    among them, and the Spanish article about 30th."""
    english = tmp_path / "en"
    for name, title, path in (
        ("a.md", "Additional Surgery after Breast-Conserving Surgery Varies Widely", "research/additional-surgery"),
        ("c.md", "Interview on CISNET modeling", "research/cisnet-interview-modeling-video"),
        ("t.md", "Breast Cancer Treatment", "patient/breast-treatment-pdq"),
        ("b.md", "Breast Cancer", ""),
    ):
        write_article(english, name, f"{title} - NCI", f"https://www.cancer.gov/types/breast/{path}",
                      f"# {title}\n\nWords.\n", language="en")  # fmt: skip
    app = QApplication.instance()
    assert app is not None and install_language(app, "es") == "es"
    window = build_window(Library.load([english, SPANISH_LIBRARY]), Settings(None))
    qtbot.addWidget(window)
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    window.setGeometry(window.screen().geometry())
    qtbot.wait(50)
    mama = next(b for b in kiosk.home.subject_buttons if b.name == "Mama")
    mama.click()  # (below the fold at 800 px: a finger would scroll first)
    rows = [kiosk.home.articles.item(row) for row in range(kiosk.home.articles.count())]
    texts = [item.text() for item in rows]
    assert texts[0] == "Inmunoterapia para el cáncer de mama", texts
    heading = texts.index("En inglés")
    assert all("cáncer de mama" in t or "Mamograf" in t for t in texts[:heading]), texts
    assert texts[heading + 1 :] == ["Breast Cancer", "Breast Cancer Treatment"]  # no research news, no interview
    assert not rows[heading].flags() & Qt.ItemFlag.ItemIsSelectable
    assert mama.detail == f"{len(texts) - 1} artículos"  # the heading is no article
    shown: list[str] = []
    kiosk.home.articleRequested.connect(shown.append)
    kiosk.home.articles.itemClicked.emit(rows[heading])  # a tap on the heading opens nothing
    assert shown == []
    kiosk.exit_kiosk()


def test_no_language_button_unless_the_policy_asks(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_window(Library.load([ROOT / "seeds"]), Settings(None))
    qtbot.addWidget(window)
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    assert kiosk.home.language_buttons == []
    window.reset_for_next_visitor()
    assert restarts == []  # an ordinary reset does not start the reader again
    kiosk.exit_kiosk()


def test_the_right_to_left_test_language_offers_no_button_for_english(
    qtbot: QtBot, compiled_translations: Path
) -> None:
    """en-rtl is English laid out right to left: its button list is the one an English kiosk has."""
    kiosk = kiosk_in(qtbot, "en-rtl")
    assert [b.text() for b in kiosk.home.language_buttons] == ["Español"]
    title = kiosk.home.findChild(QLabel, "kioskTitle")
    assert kiosk.home.language_buttons[0].x() < title.x()  # mirrored: the button on the left
    kiosk.exit_kiosk()


# The idle prompt's whole sentence ----------------------------------------------------------------------


def hidden_text_of(label: QLabel, root: QWidget) -> str:
    """Why part of a wrapped label's text cannot be seen ("" when all of it is on the screen): shorter than
    its wrapped text needs at its width, or reaching outside root."""
    needed = label.heightForWidth(label.contentsRect().width()) - label.contentsMargins().top()
    needed -= label.contentsMargins().bottom()
    if label.contentsRect().height() < needed:
        return f"{label.contentsRect().height()} px high, its text needs {needed} px"
    top_left = label.mapTo(root, label.rect().topLeft())
    bottom_right = label.mapTo(root, label.rect().bottomRight())
    if not (root.rect().contains(top_left) and root.rect().contains(bottom_right)):
        return f"reaches outside the window ({top_left} to {bottom_right}, window {root.rect()})"
    return ""


@pytest.mark.parametrize(("font_scale", "size"), [(100, (1280, 800)), (200, (1280, 800)), (100, (1024, 600))])
def test_the_spanish_idle_prompt_shows_its_whole_sentence(
    qtbot: QtBot, compiled_translations: Path, font_scale: int, size: tuple[int, int]
) -> None:
    """Walk 4: on a 1280x800 kiosk the Spanish prompt ended at "...Toque el" (its 4th line cut off)."""
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, "es") == "es"
    window = build_window(Library.load([ROOT / "seeds", SPANISH_LIBRARY]), Settings(None))
    qtbot.addWidget(window)
    policy = KioskPolicy(enabled=True, idle_timeout_seconds=600, warning_seconds=20, font_scale=font_scale)
    kiosk = enable_kiosk(window, policy)
    qtbot.waitExposed(window)
    window.setGeometry(0, 0, *size)  # the kiosk's screen
    try:
        prompt = kiosk.idle_prompt
        for seconds in (20, 6, 1):  # the sentence changes with the number (and "segundo" for 1)
            prompt.start(seconds)
            qtbot.wait(50)  # laid out
            text = prompt.message.text()
            assert text.startswith("Para que su lectura") and text.endswith("si todavía está aquí."), text
            assert hidden_text_of(prompt.message, window) == "", f"{seconds} s: {text!r}"
            for label in (prompt.title, prompt.countdown):
                assert hidden_text_of(label, window) == "", label.text()
            button = prompt.keep_reading
            assert window.rect().contains(button.mapTo(window, button.rect().bottomRight()))
            assert button.height() >= button.sizeHint().height()
            prompt.stop()
    finally:
        kiosk.exit_kiosk()
        uninstall_language(app)


# Names a visitor can tell apart ---------------------------------------------------------------------------


def language_codes() -> list[str]:
    """Every language the project keeps a translation file for, and English."""
    folder = ROOT / "resources" / "translations"
    return ["en", *sorted(p.stem.removeprefix("reader_") for p in folder.glob("reader_*.ts"))]


@pytest.mark.parametrize("code", language_codes())
def test_the_clear_button_and_the_delete_key_have_different_names(
    qtbot: QtBot, compiled_translations: Path, code: str
) -> None:
    """Walk 6, C14: in the Spanish kiosk the big button beside the search box (which empties it) and the
    keyboard's key that deletes one letter were both "Borrar": a visitor who wanted one letter gone lost
    the whole search. No two buttons on the screen may share a name, shown or spoken."""
    kiosk = kiosk_in(qtbot, code)
    try:
        window = kiosk.window
        assert kiosk.keyboard is not None
        field = window.search.box.field
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())  # a tap
        qtbot.waitUntil(kiosk.keyboard.dock.isVisible)
        kiosk.keyboard.keyboard.type_char("a")  # something typed: the box's clear button shows
        clear, delete = window.search.box.clear_button, kiosk.keyboard.keyboard.keys["backspace"]
        qtbot.waitUntil(clear.isVisible)
        assert clear.text() != delete.text() and clear.accessibleName() != delete.accessibleName()
        if code != "en":  # in the visitor's language
            assert (clear.text(), delete.text()) != ("Clear all", "⌫ Delete letter")
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        for name in ("text", "accessibleName"):
            names = [getattr(b, name)() for b in buttons if getattr(b, name)()]
            assert sorted({n for n in names if names.count(n) > 1}) == [], name
    finally:
        kiosk.exit_kiosk()
        app = QApplication.instance()
        assert app is not None
        uninstall_language(app)


def test_spanish_filter_names_too_long_for_their_box_end_in_an_ellipsis(
    qtbot: QtBot, compiled_translations: Path, tmp_path: Path
) -> None:
    """Walk 6, X13: the Spanish kiosk's filter boxes showed "Todos los tipos de cánce" and "Cualquier nivel
    de lectur", cut with no sign that more was there."""
    kiosk = kiosk_in(qtbot, "es")
    try:
        window = kiosk.window
        window.setGeometry(0, 0, 1280, 800)
        search = window.search
        service = search.use_index(tmp_path / "cache")
        qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=20000)
        field = search.box.field
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())  # the keyboard comes up
        search.box.set_text("quimioterapia")
        qtbot.waitUntil(lambda: search.results.list.count() > 0, timeout=10000)
        view = search.results
        qtbot.waitUntil(view.type_filter.isVisible)
        cut = 0
        for box in (view.type_filter, view.topic_filter, view.level_filter):
            shown, whole = box.shown_text(), box.currentText()
            field_rect = box.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, _combo_option(box), QStyle.SubControl.SC_ComboBoxEditField, box
            )
            assert box.fontMetrics().horizontalAdvance(shown) <= field_rect.width(), (whole, shown)
            if shown != whole:
                cut += 1
                assert shown.endswith("…") and whole.startswith(shown[:-1]), (whole, shown)
        assert cut >= 1  # the long Spanish names do not fit these boxes: the check above saw a cut one
    finally:
        kiosk.exit_kiosk()
        app = QApplication.instance()
        assert app is not None
        uninstall_language(app)


def _combo_option(box: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return option
