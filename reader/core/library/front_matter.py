"""The YAML side of front matter: alias-free safe loaders and python-frontmatter's handler using them.

Kept apart from article.py so the start-up path does not import PyYAML and python-frontmatter.

Front matter in which no anchor or alias can start (no "&" or "*" after a space or at a line's start) and that has no flow collection is read by libyaml's C parser when
PyYAML has it: on a first start with 1,378 articles the pure-Python parser took about 3 of the 3.7 s of
CPU that reading the library cost (cProfile of Library.load, issue 20). Anything else goes through the
pure-Python loader below, which refuses aliases, so an alias bomb still cannot blow up memory.
"""

from __future__ import annotations

import re
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

_CBase: Any = getattr(yaml, "CSafeLoader", None)

if _CBase is not None:

    class FastSafeLoader(_CBase):
        """libyaml's safe loader with the same lenient dates; only for text without anchors or aliases."""

        def construct_yaml_timestamp(self, node: Any) -> Any:
            """A date YAML cannot read (2025-13-45) stays text instead of failing the whole file."""
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                return self.construct_scalar(node)

    FastSafeLoader.add_constructor("tag:yaml.org,2002:timestamp", FastSafeLoader.construct_yaml_timestamp)


# Where an anchor (&a) or alias (*a) could start: at a line's start or after a space, [ { , or :.
# "Q&A" or "5*2" inside a word cannot be one; a false alarm only means the slower loader.
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*]")


def loader_for(text: str) -> Any:
    """The fastest loader that is safe for this text: libyaml when no anchor or alias can be in it.

    Flow collections ([...] and {...}) also go to the pure-Python loader, whose messages for hostile
    nesting are the ones people are shown; real front matter uses block lists.
    """
    if _CBase is not None and "[" not in text and "{" not in text and not _MAYBE_ALIAS.search(text):
        return FastSafeLoader
    return SafeLoader


class FrontMatterHandler(YAMLHandler):
    """python-frontmatter's YAML handler, with the alias-free loader and a check of the shape."""

    def load(self, fm: str, **kwargs: Any) -> Any:
        data = yaml.load(fm, Loader=loader_for(fm))  # noqa: S506 - SafeLoader subclasses
        if data is not None and not isinstance(data, dict):
            raise ArticleError(translate("Check", "the front matter is not a list of 'name: value' fields"))
        return data
