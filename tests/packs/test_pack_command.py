"""`cancer-reader pack ...` as IT would use it, and a kill (SIGKILL) in the middle of an install."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.files.locations import user_packs_dir
from reader.core.packs.install import PackStore, installed_problems
from tests.helpers import ROOT
from tests.packs.pack_files import make_library, tree_digest


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Keys made with `pack keygen` and two versions built with `pack build`."""
    root = tmp_path_factory.mktemp("cli")
    assert main(["pack", "keygen", str(root / "keys")]) == 0
    key = root / "keys" / "publisher.key"
    packs = {"public": root / "keys" / "publisher.pub"}
    for version, titles in (("1", ["Fatigue", "Nausea"]), ("2", ["Fatigue", "Nausea", "Mouth sores"])):
        library = make_library(root / f"lib{version}", titles)
        out = root / f"v{version}.pack"
        assert main(["pack", "build", str(library), "-o", str(out), "--id", "clinic-lib", "--title", "Clinic",
                     "--publisher", "Good Clinic", "--version", version, "--key", str(key)]) == 0  # fmt: skip
        packs[f"v{version}"] = out
    return packs


def test_install_then_check_shows_the_articles(signed: dict[str, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    data = str(tmp_path / "data")
    capsys.readouterr()
    assert main(["--data-dir", data, "pack", "install", str(signed["v1"])]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "“Good Clinic”" in err
    assert "not set up to trust it. Nothing was changed. Ask your clinic's IT team" in err
    assert "Signed with a key this computer does not trust. Key " in err  # the details, for staff

    assert main(["--data-dir", data, "pack", "verify", str(signed["v1"]), "--trust", str(signed["public"])]) == 0
    assert "complete and genuine" in capsys.readouterr().out
    assert main(["--data-dir", data, "pack", "install", str(signed["v1"]), "--trust", str(signed["public"])]) == 0
    assert "2 articles added, 0 changed, 0 removed" in capsys.readouterr().out
    assert main(["--data-dir", data, "check"]) == 0
    assert "Total: 3 distinct articles loaded" in capsys.readouterr().out  # the seed article and two

    assert main(["--data-dir", data, "pack", "install", str(signed["v2"]), "--trust", str(signed["public"]),
                 "--json"]) == 0  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == ["mouth-sores.md"] and report["installed_version"] == "1"
    assert main(["--data-dir", data, "pack", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["version"], p["previous_version"]) for p in listed] == [("clinic-lib", "2", "1")]
    assert main(["--data-dir", data, "pack", "rollback", "clinic-lib"]) == 0
    assert main(["--data-dir", data, "pack", "remove", "clinic-lib"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "check"]) == 0
    assert "Total: 1 distinct articles loaded" in capsys.readouterr().out


@pytest.mark.skipif(os.name == "nt", reason="the printed command is a POSIX shell line there")
def test_keygen_and_build_say_how_a_clinic_trusts_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The one sentence keygen and build print ends in a command that, run as printed (without sudo, in
    the folder holding publisher.pub), makes this computer trust the pack for every account."""
    capsys.readouterr()
    assert main(["pack", "keygen", str(tmp_path / "keys")]) == 0
    advice = capsys.readouterr().out.splitlines()[-1]
    assert advice.startswith("To make a clinic computer trust packs signed with this key, copy publisher.pub")
    out = tmp_path / "lib.pack"
    assert main(["pack", "build", str(make_library(tmp_path / "lib", ["Fatigue"])), "-o", str(out), "--id", "lib",
                 "--title", "Lib", "--publisher", "Good Clinic", "--version", "1",
                 "--key", str(tmp_path / "keys" / "publisher.key")]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[-1] == advice
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "pack", "install", str(out)]) == 1  # not trusted yet
    command = advice.split(" run: ", 1)[1].replace("sudo ", "")
    subprocess.run(command, shell=True, check=True, cwd=tmp_path / "keys")  # noqa: S602 - the printed line
    assert main([*data, "pack", "install", str(out)]) == 0
    assert "1 article added, 0 changed, 0 removed" in capsys.readouterr().out


def test_allow_unsigned_is_refused_in_kiosk_mode(signed: dict[str, Path], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    policy = tmp_path / "kiosk.json"
    policy.write_text('{"kiosk": true}')
    monkeypatch.setenv("CANCER_READER_KIOSK_POLICY", str(policy))
    assert main(["--data-dir", str(tmp_path / "d"), "pack", "install", str(signed["v1"]), "--allow-unsigned"]) == 1
    assert "cannot be installed on a kiosk" in capsys.readouterr().err
    assert not (tmp_path / "d" / "packs").exists()


def test_system_install_goes_to_the_site_folder(signed: dict[str, Path], tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "pack", "install", "--system", str(signed["v1"]),
                 "--trust", str(signed["public"])]) == 0  # fmt: skip
    site = Path(os.environ["XDG_DATA_DIRS"]) / "cancer-reader" / "packs"
    assert PackStore(site).get("clinic-lib") is not None
    assert PackStore(user_packs_dir(tmp_path / "d")).installed() == []


@pytest.mark.slow
def test_a_kill_during_install_leaves_a_complete_library(signed: dict[str, Path], tmp_path: Path) -> None:
    """SIGKILL at many moments of installing v2 over v1: the current version is always complete."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "pack", "install", str(signed["v1"]), "--trust", str(signed["public"])]) == 0
    store = PackStore(user_packs_dir(data))
    command = [sys.executable, "-m", "reader", "--data-dir", str(data), "pack", "install", str(signed["v2"]),
               "--trust", str(signed["public"])]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    full = time.perf_counter() - started
    store.rollback("clinic-lib")  # back to v1, so each run below installs v2 again... as a new folder
    store.remove("clinic-lib")
    assert main(["--data-dir", str(data), "pack", "install", str(signed["v1"]), "--trust", str(signed["public"])]) == 0
    seen = set()
    for step in range(12):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * (0.4 + step * 0.06))
        process.send_signal(signal.SIGKILL)
        process.wait()
        current = store.get("clinic-lib")
        assert current is not None and installed_problems(current) == [], step
        seen.add(current.manifest.version)
        if current.manifest.version == "2":
            store.rollback("clinic-lib")
            store.remove("clinic-lib")
            assert main(["--data-dir", str(data), "pack", "install", str(signed["v1"]),
                         "--trust", str(signed["public"])]) == 0  # fmt: skip
    assert "1" in seen
    assert tree_digest(store.root)  # still there


def test_build_says_one_article_in_the_singular(signed: dict[str, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """Walk 12, X1: `pack build` of one article said "1 articles"."""
    library = make_library(tmp_path / "one", ["Fatigue"])
    key = signed["public"].with_name("publisher.key")
    capsys.readouterr()
    assert main(["pack", "build", str(library), "-o", str(tmp_path / "one.pack"), "--id", "one-lib", "--title", "One",
                 "--publisher", "Good Clinic", "--version", "1", "--key", str(key)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert ", 1 article, made " in out and "1 articles" not in out
