"""Kiosk mode at touch size: text big enough to read standing, controls big enough for a finger, and a
"Start over" that leaves the screen exactly as a fresh start does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.kiosk.mode import KIOSK_TEXT_PX, KioskController, enable_kiosk
from reader.ui.window.build import build_window
from tests.helpers import write_article
from tests.ui.touch_targets import MIN_PX, measure

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    """Kiosk tests change the text size and theme: put the default look back afterwards."""
    yield
    Appearance(Settings(None)).apply()


@pytest.fixture
def kiosk(qtbot: QtBot, library_dir: Path, tmp_path: Path) -> Iterator[KioskController]:
    """A kiosk window with the default policy (keyboard on) and a ready search index."""
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    qtbot.wait(20)
    yield controller
    controller.exit_kiosk()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def open_article(qtbot: QtBot, kiosk: KioskController, title: str) -> None:
    window = kiosk.window
    article = next(a for a in window.library if a.display_title.startswith(title))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)


def search_by_keyboard(qtbot: QtBot, kiosk: KioskController, words: str) -> None:
    """Tap the search box and type on the on-screen keyboard until results are shown."""
    assert kiosk.keyboard is not None
    search = kiosk.window.search
    tap(qtbot, search.box.field)
    qtbot.waitUntil(kiosk.keyboard.dock.isVisible)
    for char in words:
        tap(qtbot, kiosk.keyboard.keyboard.keys[char])
    qtbot.waitUntil(lambda: search.results.list.count() > 0, timeout=5000)


# Reading size ----------------------------------------------------------------------------------------


def test_article_text_is_at_least_18_px_and_follows_the_text_size(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    open_article(qtbot, kiosk, SEED_TITLE)
    view = kiosk.window.view
    assert QFontInfo(view.document().defaultFont()).pixelSize() >= KIOSK_TEXT_PX
    assert kiosk.window.reading_controls.size_label.text() == "Text 100%"  # the kiosk's usual size
    kiosk.window.appearance.larger()
    assert QFontInfo(view.document().defaultFont()).pixelSize() > KIOSK_TEXT_PX


# Shortcuts and the search box ---------------------------------------------------------------------------


def test_no_placeholder_or_tip_names_a_keyboard_shortcut(kiosk: KioskController) -> None:
    window = kiosk.window
    assert window.search.box.field.placeholderText() == "Search the library"
    tips = [a.toolTip() for tb in window.findChildren(QToolBar) for a in tb.actions() if a.isVisible()]
    assert tips and not [tip for tip in tips if "Ctrl" in tip or "Alt+" in tip], tips


def test_the_search_box_has_a_big_clear_button_that_a_finger_can_use(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    box = kiosk.window.search.box
    assert not box.field.isClearButtonEnabled()  # Qt's small x inside the field is off
    assert not box.clear_button.isVisible()
    search_by_keyboard(qtbot, kiosk, "immune")
    assert box.clear_button.isVisible()
    report = measure(box)
    assert report.problems == [] and report.smallest >= MIN_PX
    tap(qtbot, box.clear_button)
    assert box.text() == "" and not box.clear_button.isVisible()


# Touch targets ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(800, 800), (1280, 800)], ids=["800x800", "1280x800"])
def test_the_results_page_with_the_keyboard_up_has_only_finger_sized_controls(
    qtbot: QtBot, kiosk: KioskController, size: tuple[int, int]
) -> None:
    window = kiosk.window
    screen = window.screen().geometry()
    if (screen.width(), screen.height()) != size:  # the offscreen screen is 800 x 800: a wider kiosk
        window.setGeometry(0, 0, *size)
    search_by_keyboard(qtbot, kiosk, "immune")
    assert window.page_on_screen() is window.search.results
    view = window.search.results
    if size == (800, 800):  # the filters would take two rows of the little room: folded (walk 8, C6)
        settle(qtbot)
        assert view.filters_button.isVisible() and not view.type_filter.isVisible()
        tap(qtbot, view.filters_button)
    else:
        assert not view.filters_button.isVisible()
    combos = [c for c in view.findChildren(QComboBox) if c.isVisible()]
    assert combos == [view.type_filter, view.topic_filter, view.level_filter]
    settle(qtbot)
    report = measure(window)
    assert report.problems == []
    assert report.checked >= 40 and report.smallest >= MIN_PX  # keys, filters, results, toolbar
    chooser = view.type_filter
    chooser.setCurrentIndex(1)  # a filter chosen, as a tap on the list does: "Clear filters" appears
    chooser.activated.emit(1)
    qtbot.waitUntil(view.clear_filters_button.isVisible)
    settle(qtbot)
    assert measure(window).problems == []
    assert (window.width(), window.height()) == size  # nothing pushed off the screen
    stacked, rows = view.filter_row.plan  # three filters and the button in two rows at most
    assert len(rows) <= 2 and sum(len(row) for row in rows) == 4
    for widget in (*combos, view.clear_filters_button):  # every filter on screen, above the results
        top_left = widget.mapTo(window, widget.rect().topLeft())
        assert window.rect().contains(QRect(top_left, widget.size()))
        assert top_left.y() + widget.height() <= view.list.mapTo(window, view.list.rect().topLeft()).y()
    assert view.list.height() >= MIN_PX  # room left for at least one result


# Start over ---------------------------------------------------------------------------------------------


def look(window: QWidget) -> dict[str, tuple[int, int, int, int, int]]:
    """Every visible widget's place, size and font size in pixels, by its path of names."""
    seen: dict[str, tuple[int, int, int, int, int]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        path, node = [], widget
        while node is not None and node is not window:
            path.append(f"{type(node).__name__}#{node.objectName()}")
            node = node.parentWidget()
        key = "/".join(reversed(path))
        while key in seen:
            key += "+"
        place = widget.mapTo(window, widget.rect().topLeft())
        seen[key] = (
            place.x(),
            place.y(),
            widget.width(),
            widget.height(),
            QFontInfo(widget.font()).pixelSize(),
        )
    return seen


def settle(qtbot: QtBot) -> None:
    """Let deferred layout (toolbar fitting, polish) finish."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(30)


@pytest.fixture
def steady_caret(qapp: QApplication) -> Iterator[None]:
    """A caret that does not blink, so two pictures of the same screen are the same."""
    flash = qapp.cursorFlashTime()
    qapp.setCursorFlashTime(0)
    yield
    qapp.setCursorFlashTime(flash)


@pytest.mark.usefixtures("steady_caret")
def test_start_over_leaves_the_screen_exactly_as_a_fresh_start(
    qtbot: QtBot, kiosk: KioskController, tmp_path: Path
) -> None:
    window = kiosk.window
    window.statusBar().clearMessage()  # the index's "ready" note is news, not the look
    settle(qtbot)
    fresh_look, fresh_picture = look(window), window.grab().toImage()
    # A visit: a search typed on the keyboard, an article, larger text, high contrast, a panel.
    search_by_keyboard(qtbot, kiosk, "immune")
    open_article(qtbot, kiosk, SEED_TITLE)
    window.appearance.set_font_scale(200)
    window.appearance.set_theme("high-contrast")
    window.bookmarks.dock.show()
    settle(qtbot)
    assert look(window) != fresh_look
    tap(qtbot, kiosk.start_over_bar.widgetForAction(window.actions_registry["start_over"]))
    settle(qtbot)
    after = look(window)
    changed = {key: (fresh_look.get(key), after.get(key)) for key in fresh_look.keys() | after.keys()
               if fresh_look.get(key) != after.get(key)}  # fmt: skip
    assert changed == {}
    picture = window.grab().toImage()
    assert picture.size() == fresh_picture.size()
    differing = differing_pixels(picture, fresh_picture)
    if differing:  # keep both pictures, and say where they differ, for whoever looks into it
        fresh_picture.save(str(tmp_path / "fresh.png"))
        picture.save(str(tmp_path / "after-reset.png"))
    assert differing == 0, f"{differing} pixels differ in {differing_box(picture, fresh_picture)}; {tmp_path}"


def differing_pixels(a: QImage, b: QImage) -> int:
    """How many pixels differ between two pictures of the same size."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def differing_box(a: QImage, b: QImage) -> tuple[int, int, int, int]:
    """The smallest rectangle (x, y, width, height) holding every pixel that differs."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    points = [(x, y) for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if points else (0, 0, 0, 0)


# The home screen by need -------------------------------------------------------------------------------


def test_home_offers_starting_points_then_the_most_common_cancers_then_all_types(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "lib"
    for slug in ("adrenocortical", "anal", "bladder", "leukemia", "lung", "breast", "thyroid"):
        write_article(folder, f"{slug}.md", f"What Is {slug.title()} Cancer?",
                      f"https://www.cancer.gov/types/{slug}", "# About it\n\nWords.\n")  # fmt: skip
    write_article(folder, "effects.md", "Side Effects of Cancer Treatment",
                  "https://www.cancer.gov/about-cancer/treatment/side-effects", "# Effects\n\nWords.\n")  # fmt: skip
    window = build_window(Library.load([folder]), Settings(None))
    qtbot.addWidget(window)
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())  # full screen
    with qtbot.waitSignal(window.articleShown, timeout=5000) as shown:
        tap(qtbot, kiosk.home.subject_buttons[0])  # a starting point opens its article
    article = window.library.get(shown.args[0])
    assert article is not None and article.display_title == "Side Effects of Cancer Treatment"
    window.go_home()
    settle(qtbot)  # the home screen is laid out again at the full width
    home = kiosk.home
    names = [button.name for button in home.subject_buttons]
    assert names == ["Side effects", "All articles, A to Z",  # the desktop home's starting points first
                     "Breast", "Lung", "Bladder", "Leukemia", "Thyroid", "All cancer types, A to Z"]  # fmt: skip
    for button in home.subject_buttons:  # every word shows: nothing cut off at the button's edges
        widest = max(button.fontMetrics().horizontalAdvance(line) for line in button.text().splitlines())
        assert widest <= button.width() - 8, f"{button.name!r} does not fit its button"
    home.subjects_scroll.ensureWidgetVisible(home.subject_buttons[-1])  # as a visitor scrolls to it
    tap(qtbot, home.subject_buttons[-1])
    listed = [home.articles.item(i).text() for i in range(home.articles.count())]
    assert [text.split("  (")[0] for text in listed] == [
        "Adrenal gland (adrenocortical)", "Anal", "Bladder", "Breast", "Leukemia", "Lung", "Thyroid",
    ]  # fmt: skip
    rect = home.articles.visualItemRect(home.articles.item(1))
    qtbot.mouseClick(home.articles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert home.group_title.text() == "Anal"
    assert [home.articles.item(i).text() for i in range(home.articles.count())] == ["What Is Anal Cancer?"]
    kiosk.exit_kiosk()


def test_the_kiosk_fills_the_screen_where_full_screen_is_only_a_wish(
    qtbot: QtBot, library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare X session (no window manager) ignores "full screen": the kiosk stayed a 1100x760 window in
    the corner of a 1280x800 screen, the desktop showing around it. It takes the screen's geometry too."""
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    monkeypatch.setattr(window, "showFullScreen", window.show)  # what a screen without a manager does
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    screen = window.screen()
    assert screen is not None and window.geometry() == screen.geometry()
    controller.exit_kiosk()


def test_go_shows_the_results_and_the_keyboard_makes_room_for_them(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    """Walk 8, X5: Go opened the first result at once, so a visitor never saw the list ("Go" reads as
    "search" on a touch screen)."""
    keyboard = kiosk.keyboard
    assert keyboard is not None
    window = kiosk.window
    opened: list[str] = []
    window.articleShown.connect(opened.append)
    search_by_keyboard(qtbot, kiosk, "immune")
    tap(qtbot, keyboard.keyboard.keys["enter"])
    qtbot.waitUntil(lambda: not keyboard.dock.isVisible())
    results = window.search.results.list
    qtbot.waitUntil(results.hasFocus)
    assert window.page_on_screen() is window.search.results and opened == []
    assert results.currentRow() == 0 and results.viewport().height() > results.visualItemRect(results.item(0)).height()
    with qtbot.waitSignal(window.articleShown, timeout=10000):  # a tap on a result opens it
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                         pos=results.visualItemRect(results.item(0)).center())  # fmt: skip
    tap(qtbot, window.search.box.field)  # and the keyboard comes back for the next search
    qtbot.waitUntil(keyboard.dock.isVisible)


def test_the_filter_lists_open_with_finger_sized_rows(qtbot: QtBot, kiosk: KioskController) -> None:
    search_by_keyboard(qtbot, kiosk, "immune")
    combo = kiosk.window.search.results.type_filter
    if kiosk.window.search.results.filters_button.isVisible():  # folded over the keyboard
        tap(qtbot, kiosk.window.search.results.filters_button)
    qtbot.waitUntil(combo.isVisible)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible())
    rows = [view.visualRect(view.model().index(row, 0)).height() for row in range(combo.count())]
    combo.hidePopup()
    assert rows and min(rows) >= MIN_PX, rows


def test_no_results_in_a_kiosk_never_send_a_visitor_to_a_menu(qtbot: QtBot, kiosk: KioskController) -> None:
    search = kiosk.window.search
    tap(qtbot, search.box.field)
    search.box.set_text("quimioterapia")  # words of a language the library does not have
    qtbot.waitUntil(
        lambda: search.results.results is not None and search.results.results.total == 0, timeout=5000
    )
    qtbot.waitUntil(search.results.message.isVisible)
    text = search.results.message.text()
    assert "in English" in text  # the library's languages are still named
    assert "View" not in text and "También" not in text  # no menu here, and no language button in this policy


def keys_off_screen(kiosk: KioskController) -> list[str]:
    """The on-screen keyboard's keys that are not wholly on the screen (none, when all can be tapped)."""
    window = kiosk.window
    assert kiosk.keyboard is not None
    screen = window.screen().geometry()
    off = []
    for name, key in {**kiosk.keyboard.keyboard.keys, "hide": kiosk.keyboard.keyboard.hide_key}.items():
        if key.isVisibleTo(window):
            rect = QRect(key.mapToGlobal(key.rect().topLeft()), key.size())
            if not screen.contains(rect):
                off.append(name)
    return off


@pytest.mark.parametrize("percent", [100, 200])
def test_opening_a_result_with_the_keyboard_up_keeps_the_window_on_the_screen(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    """Walk 6, B1: a result tapped while the keyboard was up grew the window past the screen (1280x928 on
    800 px; no window manager holds it), and the keyboard's bottom rows (Delete, Space, Go, Hide) were
    off-screen when it came back. The hidden results page's minimum still counted under the article."""
    window = kiosk.window
    keyboard = kiosk.keyboard
    assert keyboard is not None
    window.appearance.set_font_scale(percent)
    settle(qtbot)
    screen = window.screen().geometry()
    search_by_keyboard(qtbot, kiosk, "immune")
    results = window.search.results.list
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.mouseClick(
            results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(results.item(0)).center()
        )
    settle(qtbot)
    assert window.search.match_bar.isVisible()  # the article shows the search's marks, with its bar
    assert window.geometry() == screen
    tap(qtbot, window.search.box.field)  # the keyboard comes back for the next search
    qtbot.waitUntil(keyboard.dock.isVisible)
    settle(qtbot)
    assert window.geometry() == screen
    assert keys_off_screen(kiosk) == []
    status = window.statusBar()
    assert screen.contains(QRect(status.mapToGlobal(status.rect().topLeft()), status.size()))


def test_the_text_size_buttons_enlarge_the_results_page_too(qtbot: QtBot, kiosk: KioskController) -> None:
    """Walk 6, C2: at 200% only the article grew; the results' headline, filters, titles and snippets kept
    the kiosk's fixed 100% sizes (its style sheet named them in points)."""
    window = kiosk.window
    search_by_keyboard(qtbot, kiosk, "immune")
    assert kiosk.keyboard is not None
    kiosk.keyboard.hide()  # the list's whole height: with the keyboard up a row takes at most half of it
    settle(qtbot)
    view = window.search.results
    results = view.list
    parts = {
        "headline": view.summary,
        "filter": view.type_filter,
        "filter name": view.filter_row.findChildren(QLabel)[0],
        "results": results,
    }

    def sizes() -> dict[str, int]:
        seen = {name: QFontInfo(widget.font()).pixelSize() for name, widget in parts.items()}
        seen["first result's height"] = results.visualItemRect(results.item(0)).height()
        return seen

    before = sizes()
    window.appearance.set_font_scale(200)
    settle(qtbot)
    after = sizes()
    grown = {name: round(after[name] / before[name], 2) for name in before}
    row = grown.pop("first result's height")
    assert all(ratio >= 1.7 for ratio in grown.values()), grown
    # The row grows too, up to half the list (whole lines), so two results stay in view (walk 8, C6).
    cap = results.delegate.row_limit
    assert row >= 1.7 or after["first result's height"] >= cap - 2 * results.fontMetrics().height(), (row, cap)
    assert results.visualItemRect(results.item(1)).top() < results.viewport().height()
    window.appearance.set_font_scale(100)  # and back
    settle(qtbot)
    assert sizes() == before


def squeezed_buttons(window: QWidget) -> list[str]:
    """Buttons on the top rows (and the search matches bar) narrower than their words need (Qt then cuts them: "Start over" -> "S…r")."""
    return [
        f"{button.text()!r}: {button.width()} of {button.sizeHint().width()} px"
        for bar in window.findChildren(QToolBar)
        if bar.isVisible()
        for button in bar.findChildren(QAbstractButton)
        if button.isVisible() and button.width() < button.sizeHint().width()
    ]


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_start_over_and_more_keep_their_whole_names_when_an_article_opens(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    """Walk 6, C3: at 200% opening an article brought "☰ Browse" onto the full row without fitting it
    again, and the last buttons were cut to "S…r" (Start over) and "M…▾" (More)."""
    window = kiosk.window
    window.setGeometry(0, 0, 1280, 800)
    window.appearance.set_font_scale(percent)
    settle(qtbot)
    assert squeezed_buttons(window) == []
    search_by_keyboard(qtbot, kiosk, "immune")
    results = window.search.results.list
    with qtbot.waitSignal(window.articleShown, timeout=5000):  # with the search's marks and their bar
        qtbot.mouseClick(
            results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(results.item(0)).center()
        )
    settle(qtbot)
    assert window.search.match_bar.isVisible()
    assert squeezed_buttons(window) == []
    start_over = window.findChild(QToolButton, "startOver")
    assert start_over.isVisible() and start_over.width() >= start_over.sizeHint().width()
    assert window.rect().contains(QRect(start_over.mapTo(window, start_over.rect().topLeft()), start_over.size()))
    with qtbot.waitSignal(window.homeShown, timeout=5000):
        window.go_home()
    settle(qtbot)
    assert squeezed_buttons(window) == []


def test_no_results_tips_in_a_kiosk_name_what_the_kiosk_has(qtbot: QtBot, kiosk: KioskController) -> None:
    """Walk 6, C5: the tips said "Look through the lists on the left", and a kiosk has no lists there."""
    window = kiosk.window
    search = window.search
    tap(qtbot, search.box.field)
    search.box.set_text("zzxqv")  # matches nothing
    qtbot.waitUntil(
        lambda: search.results.results is not None and search.results.results.total == 0, timeout=5000
    )
    qtbot.waitUntil(search.results.message.isVisible)
    text = search.results.message.text()
    assert "on the left" not in text
    assert "Tap Home" in text  # the button it names is on the screen
    home = [b for b in window.findChildren(QToolButton) if b.isVisible() and b.text() == "Home"]
    assert home and home[0].isEnabled()


def test_a_screen_at_rest_has_no_caret_and_tab_starts_at_the_search_box(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    """Walk 6, X12: after Start over the search box had the focus and its blinking caret; a fresh start
    (nobody has touched it) has none. Both are now at rest: no focus, and the first Tab reaches the box."""
    window = kiosk.window
    field = window.search.box.field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None)  # a fresh start
    search_by_keyboard(qtbot, kiosk, "immune")
    assert field.hasFocus()  # a tapped box has its caret
    tap(qtbot, kiosk.start_over_bar.widgetForAction(window.actions_registry["start_over"]))
    settle(qtbot)
    assert QApplication.focusWidget() is None and not field.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field


@pytest.mark.usefixtures("steady_caret")
def test_the_first_picture_of_the_kiosk_home_is_already_laid_out(qtbot: QtBot, library_dir: Path) -> None:
    """Walk 6, X14: at start the home showed half laid out for a moment (the welcome text missing, the
    cancer-type cards on top of each other) before its layouts caught up."""
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    try:
        home = controller.home
        first = home.grab().toImage()  # what the first paint shows, before any event is handled
        settle(qtbot)
        qtbot.wait(100)
        later = home.grab().toImage()
        assert first.size() == later.size()
        differing = differing_pixels(first, later)
        assert differing == 0, f"{differing} pixels differ in {differing_box(first, later)}"
        controller.library_loaded()  # as when the library has been read at start: the home is made again
        first = home.grab().toImage()
        settle(qtbot)
        qtbot.wait(100)
        later = home.grab().toImage()
        assert first.size() == later.size() and differing_pixels(first, later) == 0
    finally:
        controller.exit_kiosk()


def test_on_this_page_shows_only_beside_its_article_and_no_open_panel(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    """Walk 7, C7: the old article's "On this page" kept a third of the screen beside search results,
    and beside the glossary panel the article was a narrow column."""
    window = kiosk.window
    contents = window.contents
    open_article(qtbot, kiosk, SEED_TITLE)
    qtbot.waitUntil(contents.isVisible)
    search_by_keyboard(qtbot, kiosk, "immunotherapy")
    qtbot.waitUntil(lambda: not contents.isVisible())  # results get the whole width
    qtbot.wait(20)
    assert not contents.isVisible()
    tap(qtbot, kiosk.keyboard.keyboard.hide_key)  # type: ignore[union-attr]
    open_article(qtbot, kiosk, SEED_TITLE)
    qtbot.waitUntil(contents.isVisible)
    window.glossary_panel.show()  # as a tapped glossary word opens it
    qtbot.waitUntil(lambda: not contents.isVisible())
    qtbot.wait(20)
    assert window.view.width() >= window.width() // 3  # no narrow column between two panels
    window.glossary_panel.hide()
    qtbot.waitUntil(contents.isVisible)
