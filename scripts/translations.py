"""Translation files: update the sources (.ts) from the code, compile them (.qm), count what is missing.

    python scripts/translations.py update [CODE...]   # pyside6-lupdate: every string in reader/ -> reader_<code>.ts
    python scripts/translations.py compile            # pyside6-lrelease: reader_<code>.ts -> .qm (+ Qt's own qtbase_<code>.qm)
    python scripts/translations.py status             # untranslated strings per language

The .qm files are made, never committed: scripts/make-venv.sh, packaging/build.py and the test suite
run `compile`. Both tools ship with PySide6 (the venv's bin/ folder). See docs/LANGUAGES.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
PREFIX = "reader_"


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (it ships with it)")
    return found


def sources(folder: Path = FOLDER) -> list[Path]:
    """The translation sources, reader_<code>.ts."""
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def python_files(root: Path = ROOT) -> list[Path]:
    """Every module of the reader (where the strings are)."""
    return sorted(p for p in (root / "reader").rglob("*.py") if "__pycache__" not in p.parts)


def update(codes: list[str], root: Path = ROOT, folder: Path = FOLDER) -> list[Path]:
    """Bring reader_<code>.ts in line with the code: new strings added (unfinished), gone ones dropped."""
    targets = [folder / f"{PREFIX}{c}.ts" for c in codes] if codes else sources(folder)
    if not targets:
        raise SystemExit("no language given and no reader_<code>.ts exists yet")
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(root)) for p in python_files(root)]
    plurals = {target: plural_translations(target) for target in targets if target.exists()}
    done = subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files,
         "-ts", *[str(t) for t in targets]],
        cwd=root, check=True, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    # lupdate collapses our plurals and says so (mark_numerus puts them back): only other news is printed.
    noise = ("Removed plural forms", "If this sounds wrong")
    for line in done.stderr.splitlines():
        if line.strip() and not line.startswith(noise):
            print(line, file=sys.stderr)
    for target in targets:
        mark_numerus(target, plurals.get(target, {}))
    return targets


Plurals = dict[tuple[str, str], tuple[list[str], bool]]


def plural_translations(ts: Path) -> Plurals:
    """{(context, source): (plural forms, finished)} of a .ts file's plural messages."""
    found: Plurals = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                found[(name, message.findtext("source", ""))] = (forms, translation.get("type") is None)
    return found


def mark_numerus(ts: Path, saved: Plurals | None = None) -> int:
    """Make every message with "%n" a plural (numerus) message, with the plural forms it had before
    the update; returns how many messages were changed.

    pyside6-lupdate only sees a plural when the count is a literal number in the call; ours are
    variables (translate(context, "%n article(s)", None, count)), so it turns them into one form.
    """
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" not in source and "%Ln" not in source:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            before = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            forms, finished = (saved or {}).get((name, source), (before, translation.get("type") is None))
            if message.get("numerus") == "yes" and forms == before:
                continue
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms if len(forms) > 1 else forms * 2:
                ET.SubElement(translation, "numerusform").text = form
            if finished and all(forms):
                translation.attrib.pop("type", None)
            changed += 1
    if changed:
        ET.indent(tree, "    ")
        with ts.open("wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
            handle.write(b"\n")
    return changed


def qt_translations() -> Path | None:
    """Qt's own translations folder (qtbase_<code>.qm), inside PySide6."""
    try:
        from PySide6.QtCore import QLibraryInfo  # noqa: TID251 - a build tool, not reader/core
    except ImportError:
        return None
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def compile_all(folder: Path = FOLDER, force: bool = False) -> list[Path]:
    """reader_<code>.ts -> reader_<code>.qm where the .qm is missing or older; Qt's qtbase_<code>.qm copied."""
    made = []
    qt = qt_translations()
    for ts in sources(folder):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # Made beside it, then put in its place: a running reader maps the old .qm into memory, and one
            # rewritten under it crashed (a test run's cached translator after a .ts changed, session 6).
            fresh = qm.with_name(qm.name + ".new")
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
            fresh.replace(qm)
            made.append(qm)
        code = ts.stem[len(PREFIX) :]
        theirs = qt / f"qtbase_{code}.qm" if qt is not None else None
        ours = folder / f"qtbase_{code}.qm"
        if theirs is not None and theirs.is_file() and not ours.exists():
            shutil.copyfile(theirs, ours)
    return made


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation in a .ts file."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                missing.append((name, source))
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not text or not all(t.strip() for t in text):
                missing.append((name, source))
    return missing


def main(argv: list[str]) -> int:
    """Command line: update / compile / status."""
    command = argv[0] if argv else "status"
    if command == "update":
        for path in update(argv[1:]):
            print(f"updated {path.relative_to(ROOT)}")
    elif command == "compile":
        made = compile_all(force="--force" in argv)
        print(f"compiled {len(made)} translation file(s)")
    elif command == "status":
        for ts in sources():
            print(f"{ts.stem[len(PREFIX) :]}: {len(untranslated(ts))} untranslated")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
