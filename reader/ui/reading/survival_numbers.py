"""Numbers about survival on request: the View menu setting and the "Show numbers about survival" links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from reader.core.languages.translate import translate
from reader.core.library.article import Article
from reader.core.library.placement import PATIENT
from reader.core.render.page import RenderedArticle
from reader.core.render.survival import shown_page, survival_link_anchor

if TYPE_CHECKING:
    from reader.ui.reading.renderer import ArticleRenderer
    from reader.ui.window.host import WindowHost

# Settings key; missing means folding is on (the gentler default).
SETTING = "fold_survival_numbers"


class SurvivalNumbers(QObject):
    """Folds survival sections of patient articles until asked; the View menu turns folding off."""

    def __init__(self, host: WindowHost, renderer: ArticleRenderer) -> None:
        super().__init__(host.dialog_parent())
        self.window = host
        self.renderer = renderer
        self._revealed: dict[str, set[str]] = {}  # article key -> anchors shown on request
        self.action = host.actions_registry.add(
            "fold_survival", translate("Survival", "Ask before showing &numbers about survival"), self._on_toggled,
            tip=translate("Survival", "Fold parts about survival and the chance of recovery until you choose to see them"),
        )  # fmt: skip
        self.action.setCheckable(True)
        self.action.setChecked(host.settings.get(SETTING) is not False)
        host.menu("view").addSeparator()
        host.menu("view").addAction(self.action)
        renderer.set_page_filter(self.shown)
        host.view.linkRequested.connect(self._on_link)
        host.add_reset_step("survival", self.reset)

    @property
    def folding(self) -> bool:
        """True when survival sections are folded until asked."""
        return self.action.isChecked()

    def shown(self, article: Article, page: RenderedArticle) -> RenderedArticle:
        """The page as shown for this article (called on the render worker too: reads state only)."""
        fold = self.folding and article.audience_level == PATIENT
        return shown_page(page, fold, self._revealed.get(article.key, ()))

    @Slot(str)
    def _on_link(self, href: str) -> None:
        anchor = survival_link_anchor(href)
        article = self.window.current
        if anchor is None or article is None:
            return
        self._revealed.setdefault(article.key, set()).add(anchor)
        self.window.open_article(article.key, anchor, record=False)

    @Slot()
    def _on_toggled(self) -> None:
        self.window.settings.set(SETTING, self.action.isChecked())
        article = self.window.current
        if article is not None:
            self.window.open_article(article.key, "", record=False)

    def reset(self) -> None:
        """Fold again what was shown on request (kiosk "Start over"); the setting itself stays."""
        self._revealed.clear()
