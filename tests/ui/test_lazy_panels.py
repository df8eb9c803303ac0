"""The bookmarks and glossary panels are made when first used, not at start-up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow


def test_panels_are_made_on_first_use(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.bookmarks.has_panel()
    assert not window.glossary_panel.is_built()
    window.actions_registry["show_bookmarks"].trigger()
    assert window.bookmarks.has_panel() and window.bookmarks.dock.widget() is window.bookmarks.panel
    window.glossary_panel.toggleViewAction().trigger()
    assert window.glossary_panel.is_built() and window.glossary_panel.a_to_z.count() == len(
        list(window.glossary.entries())
    )


def test_reset_leaves_unmade_panels_alone_and_clears_made_ones(qtbot: QtBot, window: MainWindow) -> None:
    assert window.reset_for_next_visitor() == []
    assert not window.bookmarks.has_panel() and not window.glossary_panel.is_built()
    window.bookmarks.panel.filter.setText("lungs")
    window.glossary_panel.filter.setText("chemo")
    window.glossary_panel.show()
    assert window.reset_for_next_visitor() == []
    assert window.bookmarks.panel.filter.text() == "" and window.glossary_panel.filter.text() == ""
    assert not window.glossary_panel.isVisible()
