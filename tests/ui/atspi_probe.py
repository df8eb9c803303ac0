"""Reads the running reader the way a screen reader does, over AT-SPI, and prints what it found as JSON.

Run by tests/ui/test_atspi.py with the system Python (where `pyatspi` is), inside the session that test
starts (virtual screen, D-Bus, AT-SPI bus, the app):

    /usr/bin/python3 tests/ui/atspi_probe.py [--glossary WORD]

It waits for the app and its article, then reports the article's links and headings, the visible
controls without a name and, with --glossary, what has the focus after the link WORD is focused
(its SetFocus action) and Enter is pressed (xdotool).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    "push button", "toggle button", "menu item", "check menu item", "radio menu item", "page tab",
    "list item", "link", "entry", "text", "password text", "combo box", "check box", "radio button",
    "spin button", "slider", "tree item", "table cell", "menu", "scroll bar", "tree table", "table row",
}  # fmt: skip


def states(obj: object) -> set[str]:
    """The object's states as names ("focused", "showing", ...)."""
    try:
        return {pyatspi.stateToString(s) for s in obj.getState().getStates()}
    except Exception:  # a dead object
        return set()


def walk(root: object, depth: int = 0) -> list[tuple[int, object]]:
    """Every object under root (depth first), with its depth."""
    found = [(depth, root)]
    try:
        count = root.childCount
    except Exception:
        return found
    for index in range(count):
        try:
            child = root.getChildAtIndex(index)
        except Exception:
            child = None
        if child is not None and depth < 60:
            found.extend(walk(child, depth + 1))
    return found


def role(obj: object) -> str:
    try:
        return obj.getRoleName()
    except Exception:
        return ""


def name(obj: object) -> str:
    try:
        return obj.name or ""
    except Exception:
        return ""


def find_app(deadline: float) -> object:
    """The reader's application object on the AT-SPI desktop."""
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and any(
                w in (name(app) or "").lower() for w in ("reader", "python", "cancer")
            ):
                return app
        time.sleep(0.3)
    raise SystemExit("the app never appeared on the AT-SPI bus")


def find_article(app: object, deadline: float, parts_optional: bool = False) -> object:
    """The article's text object, once its links and headings are there (or once shown, if optional)."""
    seen = "no object named Article"
    while time.time() < deadline:
        for _, obj in walk(app):
            if name(obj) == "Article":
                parts = [o for _, o in walk(obj) if role(o) in ("link", "heading")]
                seen = f"an Article {sorted(states(obj))} with {len(parts)} links and headings"
                if "showing" in states(obj) and (parts or parts_optional):
                    return obj
        time.sleep(0.5)
    raise SystemExit(f"the article never showed links or headings over AT-SPI (last seen: {seen})")


def attributes(obj: object) -> dict[str, str]:
    try:
        return dict(pair.split(":", 1) for pair in obj.getAttributes())
    except Exception:
        return {}


def focused(app: object) -> object | None:
    candidates = [o for _, o in walk(app) if {"focused", "showing"} <= states(o)]
    return candidates[-1] if candidates else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--glossary", default="")
    parser.add_argument("--timeout", type=float, default=40)
    parser.add_argument("--parts-optional", action="store_true", help="report an article without links too")
    parser.add_argument("--no-article", action="store_true", help="no article on screen (kiosk home): only the controls")
    options = parser.parse_args()
    deadline = time.time() + options.timeout
    app = find_app(deadline)
    article = None if options.no_article else find_article(app, deadline, options.parts_optional)
    parts = [o for _, o in walk(article) if role(o) in ("link", "heading")] if article is not None else []
    report: dict[str, object] = {
        "article_role": role(article) if article is not None else "",
        "article_has_text": article is not None and "Text" in pyatspi.listInterfaces(article),
        "links": [{"name": name(o), "description": o.description or ""} for o in parts if role(o) == "link"],
        "headings": [
            {"name": name(o), "level": attributes(o).get("level", "")} for o in parts if role(o) == "heading"
        ],  # fmt: skip
    }
    everything = walk(app)
    visible = [o for _, o in everything
               if {"showing", "visible"} <= states(o) and (role(o) in INTERACTIVE or "focusable" in states(o))]  # fmt: skip
    report["visible_controls"] = len(visible)
    report["unnamed"] = [f"{role(o)} in {name(o.parent)!r}" for o in visible if not name(o).strip()]
    if options.glossary:
        link = next(o for o in parts if role(o) == "link" and name(o) == options.glossary)
        action = link.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        action.doAction(names.index("SetFocus"))
        while time.time() < deadline and "focused" not in states(link):
            time.sleep(0.2)
        report["link_focused"] = "focused" in states(link)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True)
        definition = None
        while time.time() < deadline and definition is None:  # the definition box is in the article view
            time.sleep(0.3)
            now = focused(article)  # the definition box is the focused text itself
            if now is not None and role(now) == "label" and name(now).startswith(options.glossary):
                definition = now
        report["definition"] = name(definition) if definition is not None else ""
        report["definition_parent_chain"] = []
        obj = definition
        while obj is not None and role(obj) != "application" and len(report["definition_parent_chain"]) < 12:
            report["definition_parent_chain"].append(f"{role(obj)}:{name(obj)[:40]}")
            obj = obj.parent
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
