"""The kiosk policy's language button: the policy key, the visitor's choice, starting again in it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.core.kiosk.policy import KioskPolicy, policy_from_dict
from reader.core.kiosk.visitor_language import (
    HOME_ENV,
    SIZE_ENV,
    VISITOR_ENV,
    restart_in,
    visitor_language,
    visitor_text_size,
)
from tests.helpers import ROOT


def test_the_policy_names_the_languages_the_button_offers() -> None:
    policy = policy_from_dict({"language_button": ["es", "EN", "es"]})
    assert policy.language_button == ("es", "en")
    assert policy.problems == ()


def test_a_bad_language_button_is_reported_and_left_out() -> None:
    assert policy_from_dict({"language_button": "es"}).language_button == ()
    assert "language_button: must be a list" in policy_from_dict({"language_button": "es"}).problems[0]
    one = policy_from_dict({"language_button": ["es", "xx"]})
    assert one.language_button == ()
    assert "unknown language 'xx'" in one.problems[0]
    assert "at least two languages" in one.problems[1]
    kept = policy_from_dict({"language_button": ["en", "xx", "es"]})
    assert kept.language_button == ("en", "es") and len(kept.problems) == 1


def test_the_visitors_language_counts_only_on_a_kiosk_that_offers_it() -> None:
    offers = KioskPolicy(enabled=True, language_button=("en", "es"))
    assert visitor_language(offers, {VISITOR_ENV: "es"}) == "es"
    assert visitor_language(offers, {}) == ""
    assert visitor_language(offers, {VISITOR_ENV: "hi"}) == ""
    assert visitor_language(KioskPolicy(enabled=True), {VISITOR_ENV: "es"}) == ""
    assert visitor_language(KioskPolicy(enabled=False, language_button=("en", "es")), {VISITOR_ENV: "es"}) == ""


def test_starting_again_keeps_the_command_and_carries_the_choice() -> None:
    argv = ["/usr/bin/python3", "-m", "reader", "--kiosk"]
    chosen = restart_in("es", "en", {"PATH": "/bin"}, argv)
    assert chosen.argv == argv and chosen.program == "/usr/bin/python3"
    assert chosen.environ == {"PATH": "/bin", VISITOR_ENV: "es", HOME_ENV: "en"}
    # From Spanish (a visitor's) to English (the kiosk's own): nothing left to remember.
    back = restart_in("en", "es", chosen.environ, argv)
    assert back.environ == {"PATH": "/bin"}
    # A reset: back to the kiosk's own language.
    assert restart_in("", "es", chosen.environ, argv).environ == {"PATH": "/bin"}


def test_the_visitors_text_size_travels_with_a_language_switch_and_a_reset_forgets_it() -> None:
    """Walk 9, C9-8: "Español" at 300% came up at 100%."""
    switched = restart_in("es", "en", environ={}, argv=["/usr/bin/reader", "--kiosk"], text_size=300)
    assert switched.environ[SIZE_ENV] == "300"
    back_home = restart_in("en", "es", environ=switched.environ, argv=["/usr/bin/reader"], text_size=250)
    assert back_home.environ[SIZE_ENV] == "250" and VISITOR_ENV not in back_home.environ
    reset = restart_in("", "es", environ=switched.environ, argv=["/usr/bin/reader"], text_size=300)
    assert SIZE_ENV not in reset.environ
    kiosk = KioskPolicy(enabled=True)
    assert visitor_text_size(kiosk, switched.environ) == 300
    assert visitor_text_size(kiosk, {}) == 0
    assert visitor_text_size(kiosk, {SIZE_ENV: "900"}) == 0 and visitor_text_size(kiosk, {SIZE_ENV: "big"}) == 0
    assert visitor_text_size(KioskPolicy(enabled=False), switched.environ) == 0


def test_start_again_replaces_the_process(tmp_path: Path) -> None:
    """The real os.execve: the same process id runs the new program, with the visitor's language."""
    script = tmp_path / "child.py"
    script.write_text(
        "import json, os, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from reader.core.kiosk.visitor_language import VISITOR_ENV, Restart, start_again\n"
        "if len(sys.argv) > 1:\n"
        "    print(json.dumps([os.getpid(), os.environ.get(VISITOR_ENV)]))\n"
        "else:\n"
        "    print(os.getpid(), flush=True)\n"
        "    env = dict(os.environ, **{VISITOR_ENV: 'es'})\n"
        "    start_again(Restart(sys.executable, [sys.executable, __file__, 'again'], env))\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True)
    first, second = done.stdout.splitlines()
    assert json.loads(second) == [int(first), "es"]
