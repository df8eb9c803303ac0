"""Build the search index of the bundled library for the bundle: `python prebuild_index.py SEEDS TARGET`.

Run by build.py with the build venv's Python; it imports the reader from this source tree.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(folder: Path, target: Path) -> int:
    """Write TARGET/index/... and TARGET/covers.json; 1 with the reason when it fails."""
    sys.path.insert(0, str(ROOT))
    from reader.core.search.prebuilt import write_prebuilt

    started = time.perf_counter()
    try:
        documents = write_prebuilt(folder, target)
    except (OSError, RuntimeError) as exc:
        print(f"Could not build the prebuilt search index: {exc}", file=sys.stderr)
        return 1
    print(f"Prebuilt search index: {documents} articles in {time.perf_counter() - started:.1f} s -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
