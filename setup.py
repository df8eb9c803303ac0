"""Installs seeds/ and resources/ (whole trees) as data files; everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import setup


def tree(root: str) -> list[tuple[str, list[str]]]:
    """Every file below root, grouped by folder, under share/cancer-reader/."""
    groups: dict[str, list[str]] = {}
    for path in sorted(Path(root).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            groups.setdefault(f"share/cancer-reader/{path.parent.as_posix()}", []).append(path.as_posix())
    return list(groups.items())


setup(data_files=tree("seeds") + tree("resources"))
