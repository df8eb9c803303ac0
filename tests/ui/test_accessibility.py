"""Text size, themes, contrast, focus, names and keyboard order, driven on the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QFontDatabase, QIcon, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolBar, QToolButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader import cli
from reader.core.appearance.contrast import AA_TEXT, AAA_TEXT, NON_TEXT, contrast_ratio, icon_contrast
from reader.core.library.catalog import Library
from reader.core.settings.reading_prefs import FONT_STEPS
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.appearance.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES
from reader.ui.reading.link_geometry import selected_link
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.ui.test_main_window import open_by_click

SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    """Leave the app looking as a fresh window with default settings makes it, for the tests that follow.

    (Taking the app stylesheet off while closed test windows await deletion crashes Qt, so the
    default look is put back instead.)
    """
    yield
    Appearance(Settings(None)).apply()


def base_points() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def shown_scale(window: MainWindow) -> int:
    """The size the toolbar label shows, checked against what the screen reader hears."""
    label = window.reading_controls.size_label
    percent = int(label.text().removeprefix("Text ").removesuffix("%"))
    assert label.accessibleName() == f"Text size {percent} percent"
    return percent


def new_window(qtbot: QtBot, library_dir: Path, settings: Settings, **kwargs: object) -> MainWindow:
    win = build_window(Library.load([library_dir]), settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_shortcuts_step_the_text_size_through_every_widget(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    assert shown_scale(window) == 100
    seen = [100]
    for _ in range(12):  # more presses than steps: it stops at 300%
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
        seen.append(shown_scale(window))
    assert sorted(set(seen)) == [s for s in FONT_STEPS if s >= 100]
    assert seen[-1] == 300 and not window.reading_controls.larger.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert shown_scale(window) == 250
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, CTRL)
    assert shown_scale(window) == 300
    qtbot.keyClick(window.view, Qt.Key.Key_0, CTRL)
    assert shown_scale(window) == 100
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert shown_scale(window) == 75

    qtbot.keyClick(window.view, Qt.Key.Key_0, CTRL)
    for _ in range(5):  # 110, 125, 150, 175, 200
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    assert shown_scale(window) == 200
    expected = base_points() * 2
    widgets: list[QWidget] = [window.view, window.contents, window.browser.a_to_z, window.contents_label,
                              window.menuBar(), window.statusBar(), window.find_bar.field,
                              window.notice.label, window.home.page, window.reading_controls.size_label]  # fmt: skip
    for widget in widgets:
        assert widget.font().pointSizeF() == pytest.approx(expected, abs=0.2), widget.objectName() or widget
    assert window.view.document().defaultFont().pointSizeF() == pytest.approx(expected, abs=0.2)
    assert QToolTip.font().pointSizeF() == pytest.approx(expected, abs=0.2)
    menu = window.reading_controls.menu
    assert menu.font().pointSizeF() == pytest.approx(expected, abs=0.2)


@pytest.mark.parametrize(("percent", "size"), [(200, (1024, 700)), (300, (1100, 760))])
def test_at_large_sizes_nothing_is_cut_off_and_the_article_reflows(
    qtbot: QtBot, window: MainWindow, percent: int, size: tuple[int, int]
) -> None:
    window.resize(*size)
    open_by_click(qtbot, window, SEED_TITLE)
    window.appearance.set_font_scale(percent)
    qtbot.wait(50)  # the toolbars and panels are fitted once the new size is laid out
    shown = [action.text() for tb in window.findChildren(QToolBar) for action in tb.actions()
             if tb.isVisible()]  # fmt: skip
    in_menu = [action.text() for action in window.toolbar_fit.menu.actions()]
    for name in ("&Back", "&Home", "F&ind in article…", "&Larger text"):
        assert name in shown or name in in_menu, f"{name} is neither on a toolbar nor under More"
    assert window.one_row_toolbars()  # the reading layout: one row of toolbars
    rows = {tb.geometry().top() for tb in window.findChildren(QToolBar) if tb.isVisible()}
    assert len(rows) == 1, f"toolbars on {len(rows)} rows"
    if in_menu:
        assert window.toolbar_fit.more_button.isVisible()
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        assert toolbar.geometry().right() <= window.width(), f"{toolbar.windowTitle()} runs off the window"
        for action in toolbar.actions():
            if action.isVisible() and not action.isSeparator():
                button = toolbar.widgetForAction(action)
                assert button is not None and button.isVisible(), f"{action.text()!r} is hidden at {percent}%"
                assert toolbar.rect().contains(button.geometry()), f"{action.text()!r} is cut off"
                if not action.icon().isNull():
                    assert toolbar.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly, "words hidden"
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), f"{toolbar.windowTitle()} is squeezed"
    tabs = window.browser.tabs.tabBar()
    for index in range(tabs.count()):
        assert tabs.tabRect(index).right() <= tabs.width(), f"tab {tabs.tabText(index)!r} is cut off"
        assert tabs.tabRect(index).width() >= tabs.tabSizeHint(index).width()
    assert window.view.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert window.contents.horizontalScrollBar().maximum() == 0
    label = window.reading_controls.size_label
    assert not label.isVisible() or label.width() >= label.sizeHint().width()


def test_buttons_change_the_size_and_reset(qtbot: QtBot, window: MainWindow) -> None:
    controls = window.reading_controls
    larger = controls.toolbar.widgetForAction(controls.larger)
    smaller = controls.toolbar.widgetForAction(controls.smaller)
    reset = controls.toolbar.widgetForAction(controls.reset)
    assert larger.text() == "A+" and larger.accessibleName() == "Larger text"
    assert smaller.accessibleName() == "Smaller text" and reset.accessibleName() == "Usual text size"
    assert "Ctrl" in larger.toolTip()
    qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    assert shown_scale(window) == 125
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert shown_scale(window) == 100
    qtbot.mouseClick(smaller, Qt.MouseButton.LeftButton)
    assert shown_scale(window) == 90


def test_ctrl_wheel_on_the_article_changes_the_size(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    viewport = window.view.viewport()

    def wheel(delta: int, modifiers: Qt.KeyboardModifier) -> None:
        pos = QPointF(viewport.rect().center())
        event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, delta),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(viewport, event)

    wheel(120, CTRL)
    qtbot.waitUntil(lambda: shown_scale(window) == 110)
    wheel(-120, CTRL)
    wheel(-120, CTRL)
    qtbot.waitUntil(lambda: shown_scale(window) == 90)
    wheel(-60, CTRL)  # half a notch (a touchpad) waits for the other half
    qtbot.wait(20)
    assert shown_scale(window) == 90
    wheel(-60, CTRL)
    qtbot.waitUntil(lambda: shown_scale(window) == 75)
    wheel(-120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, it does not zoom
    qtbot.wait(20)
    assert shown_scale(window) == 75


def test_size_and_reading_options_are_remembered_in_a_new_window(
    qtbot: QtBot, window: MainWindow, library_dir: Path, settings: Settings
) -> None:
    for _ in range(3):  # 110, 125, 150
        window.reading_controls.larger.trigger()
    window.actions_registry["line_spacing_210"].trigger()
    window.actions_registry["theme_dark"].trigger()
    window.reading_controls.legible.trigger()
    window.close()
    again = new_window(qtbot, library_dir, Settings(settings.path))
    assert shown_scale(again) == 150
    assert again.font().pointSizeF() == pytest.approx(base_points() * 1.5, abs=0.2)
    assert again.actions_registry["line_spacing_210"].isChecked()
    assert again.actions_registry["theme_dark"].isChecked()
    assert again.reading_controls.legible.isChecked()
    assert "line-height: 210%" in again.view.document().defaultStyleSheet()
    assert again.font().family() == "Atkinson Hyperlegible"


def test_command_line_size_and_theme_are_for_one_run_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_save(app: QApplication, window: MainWindow, path: Path, **_waits: bool) -> int:
        qtbot.addWidget(window)
        seen["scale"] = shown_scale(window)
        seen["window"] = QApplication.palette().color(QPalette.ColorRole.Window).name()
        window.remember_geometry = False
        window.close()
        return 0

    monkeypatch.setattr("reader.ui.window.screenshot.save_when_ready", fake_save)
    data = tmp_path / "data"
    Settings(data / "settings.json").set("font_scale", 110)
    argv = [
        "--data-dir",
        str(data),
        "--font-scale",
        "175",
        "--theme",
        "high-contrast",
        "--screenshot",
        "x.png",
    ]
    assert cli.main(argv) == 0
    assert seen == {"scale": 175, "window": HIGH_CONTRAST.window}
    saved = Settings(data / "settings.json")
    assert saved.get("font_scale") == 110 and saved.get("theme") is None
    with pytest.raises(SystemExit):
        cli.parse(["--font-scale", "500"])


def test_theme_switch_is_instant_keeps_the_page_and_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    text = window.view.toPlainText()
    for theme in (DARK, HIGH_CONTRAST, LIGHT):
        window.actions_registry[f"theme_{theme.name}"].trigger()
        assert settings.get("theme") == theme.name
        assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(theme.window)
        assert window.view.toPlainText() == text
        picture = window.view.viewport().grab().toImage()
        assert picture.pixelColor(4, picture.height() - 4) == QColor(theme.background)
        css = window.view.document().defaultStyleSheet()
        assert f"color: {theme.link}" in css and f"color: {theme.glossary}" in css


def test_system_theme_follows_the_desktop(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.actions_registry["theme_system"].trigger()
    monkeypatch.setattr("reader.ui.appearance.appearance.system_is_dark", lambda: True)
    assert window.appearance.theme is DARK
    monkeypatch.setattr("reader.ui.appearance.appearance.system_is_dark", lambda: False)
    assert window.appearance.theme is LIGHT


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_contrast_meets_wcag(qtbot: QtBot, library_dir: Path, tmp_path: Path, theme: object) -> None:
    assert theme in THEMES.values()
    t = THEMES[theme.name]  # type: ignore[attr-defined]
    body = {"text": t.text, "link": t.link, "glossary": t.glossary, "meta": t.muted}
    for name, colour in body.items():
        assert contrast_ratio(colour, t.background) >= AAA_TEXT, f"{t.name} {name}"
    assert contrast_ratio(t.notice_fg, t.notice_bg) >= AAA_TEXT
    assert contrast_ratio(t.text, t.table_head) >= AAA_TEXT
    # Read the colours back from what the window really uses.
    win = new_window(qtbot, library_dir, Settings(tmp_path / "s.json"), appearance=None)
    win.actions_registry[f"theme_{t.name}"].trigger()
    palette = QApplication.palette()

    def ratio(
        fg: QPalette.ColorRole,
        bg: QPalette.ColorRole,
        group: QPalette.ColorGroup = QPalette.ColorGroup.Active,
    ) -> float:
        return contrast_ratio(palette.color(group, fg).name(), palette.color(group, bg).name())

    R = QPalette.ColorRole  # noqa: N806 - short alias keeps the pairs readable
    assert ratio(R.Text, R.Base) >= AAA_TEXT
    assert ratio(R.Link, R.Base) >= AAA_TEXT
    for fg, bg in ((R.WindowText, R.Window), (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
                   (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base)):  # fmt: skip
        assert ratio(fg, bg) >= AA_TEXT, f"{t.name} {fg} on {bg}"
    assert ratio(R.WindowText, R.Window, QPalette.ColorGroup.Disabled) >= AA_TEXT
    for surface in (t.window, t.background, t.button):
        assert contrast_ratio(t.focus, surface) >= NON_TEXT, f"{t.name} focus outline"


def icon_pixels(icon: QIcon, size: int = 24) -> list[tuple[int, int, int, int]]:
    """The icon drawn at size x size, as (r, g, b, alpha) pixels."""
    image = icon.pixmap(size, size).toImage()
    pixels = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            pixels.append((colour.red(), colour.green(), colour.blue(), colour.alpha()))
    return pixels


ICON_ACTIONS = ("back", "forward", "home", "bookmark", "show_bookmarks")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_toolbar_icons_and_scroll_handles_stand_out_in_every_theme(
    qtbot: QtBot, window: MainWindow, theme: object
) -> None:
    t = THEMES[theme.name]  # type: ignore[attr-defined]
    open_by_click(qtbot, window, SEED_TITLE)
    window.actions_registry[f"theme_{t.name}"].trigger()
    qtbot.wait(20)
    toolbar = window.toolbar
    behind = toolbar.grab().toImage().pixelColor(toolbar.width() - 3, toolbar.height() // 2).name()
    assert contrast_ratio(behind, t.window) < 1.2  # what the icons are drawn on: the window's colour
    for name in ICON_ACTIONS:
        ratio = icon_contrast(icon_pixels(window.actions_registry[name].icon()), behind)
        assert ratio >= NON_TEXT, f"{t.name}: the {name} icon reaches only {ratio:.2f}:1"
    bar = window.view.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    picture = bar.grab().toImage()
    column = [picture.pixelColor(picture.width() // 2, y).name() for y in range(picture.height())]
    groove = max(set(column), key=column.count)
    handle = max((c for c in set(column) if c != groove), key=column.count)
    assert contrast_ratio(handle, groove) >= NON_TEXT, f"{t.name}: scroll handle {handle} on {groove}"


def test_keyboard_focus_is_shown_with_a_thick_outline(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    for theme in THEMES.values():
        window.actions_registry[f"theme_{theme.name}"].trigger()
        for widget in (window.find_bar.next, window.find_bar.field):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            image = widget.grab().toImage()
            middle = image.height() // 2
            ring = [image.pixelColor(x, middle) == QColor(theme.focus) for x in range(4)]
            assert sum(ring) >= 2, f"{theme.name}: {type(widget).__name__} has no 2 px focus outline"
        window.find_bar.field.setFocus()
        unfocused = window.find_bar.next.grab().toImage()
        assert unfocused.pixelColor(1, unfocused.height() // 2) != QColor(theme.focus)


def test_the_current_row_of_the_library_tree_is_outlined_in_the_focus_colour(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Walk 10, C11: the focused row had a pale #A7BACE outline on white, about 2:1 (the docs promise 3:1)."""
    tree = window.browser.by_type
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentItem(tree.topLevelItem(0))
    for theme in THEMES.values():
        window.actions_registry[f"theme_{theme.name}"].trigger()
        qtbot.wait(20)
        row = tree.visualItemRect(tree.topLevelItem(0))
        image = tree.viewport().grab().toImage()
        middle = row.center().y()
        edges = [(row.left(), middle), (row.left() + 1, middle), (row.right(), middle), (row.center().x(), row.top()),
                 (row.center().x(), row.top() + 1), (row.center().x(), row.bottom())]  # fmt: skip
        for x, y in edges:
            colour = image.pixelColor(x, y).name()
            assert colour == theme.focus, f"{theme.name}: the current row's edge at {x},{y} is {colour}"
        assert contrast_ratio(theme.focus, theme.background) >= NON_TEXT
        # Only the current row: the next one has no outline.
        other = tree.visualItemRect(tree.topLevelItem(1))
        assert image.pixelColor(other.left(), other.center().y()).name() != theme.focus
        # A chosen article's row keeps the theme's selection colours under the outline (in high contrast
        # the row's words were black on black before its colours were set with the outline's).
        article = tree.topLevelItem(0).child(0)
        tree.setCurrentItem(article)
        qtbot.wait(20)
        row = tree.visualItemRect(article)
        image = tree.viewport().grab().toImage()
        assert contrast_ratio(image.pixelColor(row.right() - 4, row.center().y()).name(), theme.highlight) < 1.05
        tree.setCurrentItem(tree.topLevelItem(0))


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_focusable_widget_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    window.find_bar.open()
    window.show_notice("A message", "https://example.org")
    window.glossary_panel.show()
    missing = []
    checked = 0
    for widget in window.findChildren(QWidget):
        reachable = widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        on_toolbar = isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QToolBar)
        if not (reachable or (on_toolbar and widget.isVisibleTo(window))):
            continue
        checked += 1
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked >= 15
    assert missing == []
    # icon-only or symbol buttons carry a spoken name and a tooltip
    for toolbar in (window.toolbar, window.reading_controls.toolbar):
        for action in window.actions_registry.names():
            button = toolbar.widgetForAction(window.actions_registry[action])
            if button is not None:
                assert accessible_name(button) and button.toolTip(), action


def test_tab_moves_through_the_window_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    window.find_bar.open()
    window.focus_order()[0].setFocus(Qt.FocusReason.TabFocusReason)  # the search box, at the top
    visited: list[QWidget] = []
    for _ in range(30):
        current = QApplication.focusWidget()
        if not visited or visited[-1] is not current:
            visited.append(current)
        if current is window.find_bar.close_button:
            break
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    expected = [
        w for w in window.focus_order() if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert visited == expected
    assert window.view in visited and visited.index(window.contents) < visited.index(window.view)


def test_links_in_the_article_are_reached_by_tab_and_glossary_links_say_definition(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.textCursor().selectedText() == "immune system"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Definition: immune system")
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage() == "Link to another article: Immunotherapy to Treat Cancer"
        )
    )


def test_a_link_reached_with_tab_has_a_solid_outline_in_the_focus_colour(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    for theme in THEMES.values():
        window.actions_registry[f"theme_{theme.name}"].trigger()
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        spot = selected_link(view)
        assert spot is not None and spot.text == "immune system"
        rect = spot.rects[0]
        picture = view.viewport().grab().toImage()
        focus = QColor(theme.focus)
        middle = rect.center().y()
        left = [picture.pixelColor(x, middle) == focus for x in range(rect.left() - 4, rect.left())]
        above = [picture.pixelColor(rect.center().x(), y) == focus for y in range(rect.top() - 3, rect.top() + 1)]
        assert sum(left) >= 2 and sum(above) >= 2, f"{theme.name}: no solid outline around the link"
        qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the page start
        view.moveCursor(view.textCursor().MoveOperation.Start)
    view.clearFocus()  # without the keyboard focus, no outline
    picture = view.viewport().grab().toImage()
    assert picture.pixelColor(rect.left() - 2, rect.center().y()) != QColor(LIGHT.focus)


def test_appearance_without_settings_file_uses_defaults(tmp_path: Path) -> None:
    appearance = Appearance(Settings(None))
    assert appearance.font_scale == 100 and appearance.prefs.theme == "system"
