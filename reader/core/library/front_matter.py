"""The YAML side of front matter: an alias-free safe loader and python-frontmatter's handler using it.

Kept apart from article.py so the start-up path does not import PyYAML and python-frontmatter.
"""

from __future__ import annotations

from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from reader.core.languages.translate import translate
from reader.core.library.errors import ArticleError


class SafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, so an alias bomb cannot blow up memory."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise ArticleError(
                translate("Check", "the front matter uses YAML aliases, which are not allowed")
            )
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        """A date YAML cannot read (2025-13-45) stays text instead of failing the whole file."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeLoader.construct_yaml_timestamp)


class FrontMatterHandler(YAMLHandler):
    """python-frontmatter's YAML handler, with the alias-free loader and a check of the shape."""

    def load(self, fm: str, **kwargs: Any) -> Any:
        data = yaml.load(fm, Loader=SafeLoader)  # noqa: S506 - a SafeLoader subclass
        if data is not None and not isinstance(data, dict):
            raise ArticleError(translate("Check", "the front matter is not a list of 'name: value' fields"))
        return data
