"""python-markdown set up for the reader: safe links, images as their alt text, no raw HTML.

Kept apart from render.py so the start-up path does not import python-markdown.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

from reader.core.library.links import classify, drug_link
from reader.core.render.page import GlossaryUse


class _SafeLinks(Treeprocessor):
    """Rewrite links by kind and turn every image into its alt text."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.glossary: list[GlossaryUse] = []

    def run(self, root: etree.Element) -> None:
        self.glossary = []
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    parent[index] = self._image_caption(child)
        for a in root.iter("a"):
            text = "".join(a.itertext()).strip()
            link = drug_link(a.get("href", ""), text) or classify(a.get("href", ""))
            title = a.get("title")
            a.attrib.clear()
            if link.kind == "blocked":
                a.tag = "span"
                continue
            a.set("href", link.href)
            if link.kind == "glossary":
                a.set("class", "glossary")
                a.set("title", f"Definition: {text}")
                # QTextDocument ignores text-underline-style from the default stylesheet on links.
                a.set("style", "text-underline-style: dotted")
                self.glossary.append(GlossaryUse(link.target, text))
            elif link.kind == "drug":
                a.set("class", "glossary")
                a.set("title", f"Drug: {text}")
                a.set("style", "text-underline-style: dotted")
            elif link.kind in ("web", "mail"):
                a.set("class", "external")
            elif title:
                a.set("title", title)

    @staticmethod
    def _image_caption(img: etree.Element) -> etree.Element:
        alt = (img.get("alt") or "").strip()
        span = etree.Element("span", {"class": "image-alt"})
        span.text = f"Picture: {alt}" if alt else "Picture (not available offline)"
        span.tail = img.tail
        return span


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API
        # Raw HTML is shown as text: nothing in an article may run or load anything.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 1)


_local = threading.local()


def converter() -> markdown.Markdown:
    """This thread's Markdown converter with the safe extensions (built on first use)."""
    md = getattr(_local, "md", None)
    if md is None:
        # Extension objects, not names: names make markdown look up entry points, which imports
        # modules on the worker thread (PySide6's import hook is not safe there) and costs time.
        md = markdown.Markdown(
            extensions=[
                TableExtension(),
                SaneListExtension(),
                TocExtension(permalink=False),
                _SafeExtension(),
            ],
            output_format="html",
        )
        _local.md = md
    return md


def glossary_uses(md: markdown.Markdown) -> list[GlossaryUse]:
    """The glossary links found by the converter's last conversion."""
    links = md.treeprocessors["safe_links"]
    return list(links.glossary) if isinstance(links, _SafeLinks) else []
