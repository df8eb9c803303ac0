#!/usr/bin/env python3
"""Build the reader's one-folder bundle and, on Linux, a .deb: `python3 packaging/build.py [options]`.

Steps: a private build venv (build/venv, never .venv) with PyInstaller and the reader's dependencies;
icons rendered from the SVG; build/VERSION from pyproject.toml; the search index of seeds/ (shipped
read-only in the bundle); the bundle in
dist/cancer-reader/ (size printed against the budget); on Linux dist/cancer-reader_<version>_<arch>.deb.
With --pack FILE --pack-trust PUBKEY the pack is checked and installed into the bundle's own read-only
store (packs/ beside seeds/), so the installed app opens on that library and searches its index at once.
Windows and macOS installers are made from the bundle by build-windows.iss / build-macos.sh.
Needs only the standard library to start; plain Python 3.11+ is enough.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
NAME = "cancer-reader"
#: PyInstaller 6 (one-folder layout with _internal/); the range is checked on every build.
PYINSTALLER = "pyinstaller>=6.10,<7"
BUDGET_MB = 170
#: With a library pack inside (--pack), e.g. the 1,378 NCI articles with their index: issue 13's budget.
BUDGET_WITH_PACK_MB = 260
#: What Qt's xcb platform (a real X11 window) needs from the system; see shared/guides/FACTS.md.
DEB_DEPENDS = [
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libegl1", "libgl1", "libfontconfig1",
    "libdbus-1-3", "libglib2.0-0",
]  # fmt: skip


def log(message: str) -> None:
    """Say what the build is doing."""
    print(f"[build] {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    """Run a command, stopping the build with its exit code when it fails."""
    printable = " ".join(str(c) for c in cmd)
    log(f"$ {printable}")
    started = time.perf_counter()
    result = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd or ROOT)
    if result.returncode:
        raise SystemExit(f"[build] failed ({result.returncode}): {printable}")
    log(f"  ({time.perf_counter() - started:.1f} s)")


def project_version() -> str:
    """pyproject.toml's version: the one place it is written."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def project_dependencies() -> list[str]:
    """pyproject.toml's run-time dependencies."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]


def folder_size(path: Path) -> int:
    """Bytes in a folder (files only, symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def venv_python(venv_dir: Path) -> Path:
    """The venv's interpreter on this platform."""
    return venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_build_venv(build: Path, python: str | None) -> Path:
    """build/venv with PyInstaller and the reader; reinstalled only when pyproject.toml changes."""
    venv_dir = build / "venv"
    py = venv_python(venv_dir)
    if not py.exists():
        log(f"Creating the build venv in {venv_dir}")
        if python:
            run(python, "-m", "venv", venv_dir)
        else:
            venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    digest = hashlib.sha1((ROOT / "pyproject.toml").read_bytes() + PYINSTALLER.encode()).hexdigest()[:12]
    stamp = venv_dir / f".installed-{digest}"
    if not stamp.exists():
        log("Installing PyInstaller and the reader's dependencies into the build venv (first time only)")
        run(py, "-m", "pip", "install", "-q", "--upgrade", "pip")
        # The reader's dependencies only: the reader itself always comes from this tree (the spec's pathex),
        # so a code change never needs a reinstall and a stale copy can never end up in the bundle.
        run(py, "-m", "pip", "install", "-q", PYINSTALLER, *project_dependencies())
        stamp.touch()
    return py


def make_icons(py: Path, build: Path) -> Path:
    """PNG icons 16..512, .ico and .iconset, rendered from the SVG with Qt."""
    icons = build / "icons"
    if icons.exists():
        shutil.rmtree(icons)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(py, PACKAGING / "make_icons.py", ROOT / "resources" / "icons" / "cancer-reader.svg", icons, env=env)
    if sys.platform == "darwin" and shutil.which("iconutil"):
        run("iconutil", "-c", "icns", icons / "cancer-reader.iconset", "-o", icons / "cancer-reader.icns")
    return icons


def build_prebuilt_index(py: Path, build: Path) -> Path | None:
    """A search index of the bundled library, shipped read-only so first start needs no build."""
    script = PACKAGING / "prebuild_index.py"
    target = build / "prebuilt-index"
    if target.exists():
        shutil.rmtree(target)
    run(py, script, ROOT / "seeds", target, cwd=build)
    return target


def install_pack(py: Path, build: Path, pack: Path, trust: Path) -> Path:
    """Check the pack (signed by the key in trust) and install it into build/pack-data/packs, which the
    bundle carries as its read-only store (reader/core/packs/install.py bundled_packs_dir)."""
    data = build / "pack-data"
    if data.exists():
        shutil.rmtree(data)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(py, "-m", "reader", "--data-dir", data, "pack", "install", pack.resolve(), "--trust", trust.resolve(), env=env)
    packs = data / "packs"
    for lock in packs.rglob("*.lock"):
        lock.unlink()
    return packs


def build_bundle(py: Path, build: Path, dist: Path, index: Path | None, packs: Path | None = None) -> Path:
    """Run PyInstaller on the checked-in spec; return the bundle folder."""
    env = dict(os.environ, CANCER_READER_BUILD_DIR=str(build), QT_QPA_PLATFORM="offscreen")
    if index is not None:
        env["CANCER_READER_PREBUILT_INDEX"] = str(index)
    if packs is not None:
        env["CANCER_READER_PACKS"] = str(packs)
    run(py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--workpath", build / "pyinstaller", "--distpath", dist, PACKAGING / "cancer-reader.spec", env=env)  # fmt: skip
    bundle = dist / NAME
    if not bundle.is_dir():
        raise SystemExit(f"[build] PyInstaller did not make {bundle}")
    return bundle


def deb_architecture() -> str:
    """dpkg's name for this machine's architecture."""
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb(bundle: Path, icons: Path, build: Path, dist: Path, version: str, quick: bool = False) -> Path:
    """A .deb: the bundle in /opt/cancer-reader, a launcher in /usr/bin, desktop file, icons, metainfo."""
    root = build / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / NAME
    shutil.copytree(bundle, opt, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # A relative symlink, so the package also runs when unpacked elsewhere (dpkg -x into a test root).
    (usr_bin / NAME).symlink_to(Path("..", "..", "opt", NAME, NAME))
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(PACKAGING / "cancer-reader.desktop", share / "applications" / "cancer-reader.desktop")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "cancer-reader.svg", scalable / "cancer-reader.svg")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (PACKAGING / "org.cancerreader.CancerReader.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", time.strftime("%Y-%m-%d"))
    (share / "metainfo" / "org.cancerreader.CancerReader.metainfo.xml").write_text(metainfo, encoding="utf-8")
    docs = share / "doc" / NAME
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "licenses" / "cancer-reader.txt", docs / "copyright")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    debian = root / "DEBIAN"
    debian.mkdir()
    installed_kb = folder_size(root) // 1024
    control = f"""Package: {NAME}
Version: {version}
Architecture: {deb_architecture()}
Maintainer: Cancer Information Reader team <cancer-reader@example.org>
Installed-Size: {installed_kb}
Depends: {", ".join(DEB_DEPENDS)}
Section: misc
Priority: optional
Description: Offline reader for trusted cancer information
 Reads patient information about cancer from the US National Cancer
 Institute without the internet, for clinics, kiosks and caregivers.
 Articles: Source: National Cancer Institute, cancer.gov; public domain;
 not endorsed by NCI.
"""
    (debian / "control").write_text(control, encoding="utf-8")
    deb = dist / f"{NAME}_{version}_{deb_architecture()}.deb"
    # xz makes the smallest download; --quick (tests) trades size for a much faster gzip -1.
    compression = ["-Zgzip", "-z1"] if quick else ["-Zxz"]
    run("dpkg-deb", "--root-owner-group", *compression, "--build", root, deb)
    return deb


def main(argv: list[str] | None = None) -> int:
    """Build everything this platform can build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build", help="work folder (default build/)")
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--python", help="Python 3.11+ to make the build venv with (default: this one)")
    parser.add_argument("--no-deb", action="store_true", help="only the bundle, no .deb")
    parser.add_argument(
        "--quick", action="store_true", help="fast, larger .deb (gzip -1 instead of xz): for tests"
    )
    parser.add_argument("--pack", type=Path, metavar="FILE", help="a library pack to build into the installer")
    parser.add_argument("--pack-trust", type=Path, metavar="PUBKEY",
                        help="the publisher key the pack must be signed with (needed with --pack)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.pack is not None and args.pack_trust is None:
        parser.error("--pack needs --pack-trust PUBKEY: the publisher key the pack is checked against")
    started = time.perf_counter()
    build, dist = args.build_dir.resolve(), args.dist_dir.resolve()
    build.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    version = project_version()
    log(f"Cancer Information Reader {version} on {platform.system()} {platform.machine()}")
    (build / "VERSION").write_text(version + "\n", encoding="utf-8")
    py = make_build_venv(build, args.python)
    icons = make_icons(py, build)
    # The interface translations (.qm, with Qt's own qtbase_<code>.qm) are made here, never committed.
    run(py, ROOT / "scripts" / "translations.py", "compile", "--force")
    index = build_prebuilt_index(py, build)
    packs = install_pack(py, build, args.pack, args.pack_trust) if args.pack is not None else None
    budget = BUDGET_WITH_PACK_MB if packs is not None else BUDGET_MB
    bundle_started = time.perf_counter()
    bundle = build_bundle(py, build, dist, index, packs)
    size_mb = folder_size(bundle) / 1e6
    verdict = "within" if size_mb < budget else "OVER"
    log(f"Bundle: {bundle} = {size_mb:.1f} MB unpacked ({verdict} the {budget} MB budget); "
        f"PyInstaller took {time.perf_counter() - bundle_started:.0f} s")  # fmt: skip
    if sys.platform.startswith("linux") and not args.no_deb:
        if shutil.which("dpkg-deb"):
            deb = build_deb(bundle, icons, build, dist, version, quick=args.quick)
            log(f"Package: {deb} = {deb.stat().st_size / 1e6:.1f} MB")
        else:
            log("No .deb: dpkg-deb is not installed (apt-get install dpkg)")
    log(f"Done in {time.perf_counter() - started:.0f} s")
    return 1 if size_mb >= budget else 0


if __name__ == "__main__":
    raise SystemExit(main())
