"""reader/core stays free of Qt, so the core can be tested and reused without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.helpers import ROOT


def test_core_sources_never_import_qt() -> None:
    offenders = []
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    core = ROOT / "reader" / "core"
    modules = [
        ".".join(("reader", "core", *p.relative_to(core).with_suffix("").parts))
        for p in core.rglob("*.py")
        if p.stem != "__init__"
    ]
    assert len(modules) > 30, modules  # every feature folder's modules, not just the top level
    code = f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\n" + (
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_test_command_checks_lint_and_types_before_the_tests() -> None:
    # ./run-tests is the README's test command and CI's (.ci/run): ruff and mypy fail it before pytest.
    lines = [line.strip() for line in (ROOT / "run-tests").read_text(encoding="utf-8").splitlines()]
    commands = [line for line in lines if line and not line.startswith(("#", "echo"))]
    ruff = commands.index(".venv/bin/ruff check reader tests")
    mypy = commands.index(".venv/bin/mypy reader")
    pytest_line = next(i for i, line in enumerate(commands) if "-m pytest" in line)
    assert ruff < pytest_line and mypy < pytest_line
    assert "set -euo pipefail" in commands  # a finding stops the script
    assert "./run-tests" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
