"""The translation sources: complete for Spanish, placeholders kept, and current with the code."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.translations import FOLDER, ROOT, sources, untranslated, update

#: Languages whose interface must be complete: a string left untranslated fails the suite.
COMPLETE = ("es",)

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%L?\d")


def messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations: one, or one per plural form) for every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = (
                forms
                if message.get("numerus") == "yes"
                else [translation.text or ""]
                if translation is not None
                else []
            )
            found.append((name, message.findtext("source", ""), texts))
    return found


def ts_file(code: str) -> Path:
    return FOLDER / f"reader_{code}.ts"


@pytest.mark.parametrize("code", COMPLETE)
def test_every_string_is_translated(code: str) -> None:
    missing = untranslated(ts_file(code))
    assert missing == [], f"{len(missing)} strings left untranslated in {code}: {missing[:10]}"


@pytest.mark.parametrize("ts", sources(), ids=lambda p: p.stem)
def test_translations_keep_placeholders_and_plurals(ts: Path) -> None:
    problems = []
    for context, source, texts in messages(ts):
        wanted = sorted(_PLACEHOLDER.findall(source))
        for text in texts:
            if text and sorted(_PLACEHOLDER.findall(text)) != wanted:
                problems.append((context, source, text))
            if text and text.replace("&&", "").count("&") > 1:
                problems.append((context, source, "two shortcut letters: " + text))
        if re.search("%L?n", source) and not (len(texts) >= 1 and ET.parse(ts) is not None):
            problems.append((context, source, "no plural forms"))
    assert problems == []


def test_plural_messages_are_marked_as_plurals() -> None:
    for ts in sources():
        for message in ET.parse(ts).getroot().iter("message"):
            if re.search("%L?n", message.findtext("source", "")):
                assert message.get("numerus") == "yes", message.findtext("source")


def test_the_sources_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """A string added to the code without running `scripts/translations.py update` fails here."""
    copy = tmp_path / "translations"
    shutil.copytree(FOLDER, copy, ignore=shutil.ignore_patterns("*.qm"))
    before = {code: {(c, s) for c, s, _ in messages(copy / f"reader_{code}.ts")} for code in COMPLETE}
    update(list(COMPLETE), folder=copy)
    for code in COMPLETE:
        after = {(c, s) for c, s, _ in messages(copy / f"reader_{code}.ts")}
        assert after - before[code] == set(), (
            "new strings: run `python scripts/translations.py update` and translate"
        )
        assert before[code] - after == set(), (
            "strings gone from the code: run `python scripts/translations.py update`"
        )


def calls_in_code() -> list[tuple[Path, int, str, str, ast.expr | None]]:
    """(file, line, context, source, count argument) of every translate()/QT_TRANSLATE_NOOP call in reader/."""
    found = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                count = node.args[3] if len(node.args) > 3 else None
                found.append((path, node.lineno, context.value, source.value, count))
    return found


def test_every_string_in_the_code_is_in_the_sources() -> None:
    """Also catches strings pyside6-lupdate skips without a word (it drops a call whose count is a call)."""
    assert len(calls_in_code()) > 100
    for code in COMPLETE:
        known = {(c, s) for c, s, _ in messages(ts_file(code))}
        missing = [(p.name, line, c, s) for p, line, c, s, _ in calls_in_code() if (c, s) not in known]
        assert missing == [], f"not in reader_{code}.ts: {missing[:10]}"


def test_plural_counts_are_plain_names() -> None:
    """pyside6-lupdate leaves out a message whose count is an expression: pass a name or a number."""
    bad = [
        (p.name, line, s)
        for p, line, _, s, count in calls_in_code()
        if count is not None and not isinstance(count, (ast.Name, ast.Constant))
    ]
    assert bad == []


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a string written in translate() there is never listed."""
    hidden = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    name = getattr(getattr(inner, "func", None), "id", "")
                    literal = isinstance(inner, ast.Call) and len(inner.args) > 1 and isinstance(inner.args[1], ast.Constant)
                    if literal and name in ("translate", "QT_TRANSLATE_NOOP"):
                        hidden.append((path.name, inner.lineno))
    assert hidden == []


def test_a_changed_translation_is_compiled_into_a_new_file_not_over_the_one_in_use(tmp_path: Path) -> None:
    """A reader (or a test's cached translator) maps the .qm it loaded into memory: rewriting that file
    in place under it crashed a test run after a .ts changed; the new .qm takes its place instead."""
    import mmap
    import os

    from scripts.translations import compile_all

    ts = tmp_path / "reader_es.ts"
    shutil.copyfile(FOLDER / "reader_es.ts", ts)
    compile_all(tmp_path)
    qm = tmp_path / "reader_es.qm"
    with qm.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as in_use:
        before = bytes(in_use[:64])
        os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))  # the source changed since
        assert compile_all(tmp_path) == [qm]
        assert os.fstat(file.fileno()).st_ino != qm.stat().st_ino  # a new file in its place
        assert bytes(in_use[:64]) == before and len(in_use) == os.fstat(file.fileno()).st_size  # old one intact
    assert not list(tmp_path.glob("*.new"))


def notes_lupdate_would_take(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the `#:` comments pyside6-lupdate gives translators: in Python it reads a `#:`
    comment as a note for the next translated string, however far below it is."""
    import io
    import itertools
    import tokenize

    pending: list[tuple[int, str]] = []
    taken: list[tuple[int, str]] = []
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    for token, after in itertools.pairwise(tokens):
        if token.type == tokenize.COMMENT and token.string.startswith("#:"):
            pending.append((token.start[0], token.string))
        elif token.type == tokenize.NAME and token.string in ("translate", "QT_TRANSLATE_NOOP", "tr"):
            if after.string == "(":
                taken += pending
                pending = []
    return taken


def test_no_code_comment_becomes_a_note_for_translators() -> None:
    """The code's `#:` attribute comments reached translators as notes on unrelated strings ("the file is
    empty" carried ten of them): comments above a translated string are plain `#`."""
    leaks = [(p.relative_to(ROOT).as_posix(), line, text[:50]) for p in sorted((ROOT / "reader").rglob("*.py"))
             for line, text in notes_lupdate_would_take(p)]  # fmt: skip
    assert leaks == []
    for ts in sources():
        assert "<extracomment>" not in ts.read_text(encoding="utf-8"), f"{ts.name}: run translations.py update"
