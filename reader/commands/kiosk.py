"""`cancer-reader kiosk set-pin | show`: set the staff exit PIN, and show the kiosk policy in force."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.kiosk.policy import PIN_DIGITS, hash_pin, policy_path, resolve_policy, valid_pin, write_pin

if TYPE_CHECKING:
    from reader.context import Context


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `kiosk` command and its sub-commands."""
    parser = subparsers.add_parser("kiosk", help="set up kiosk mode (staff PIN, policy)")
    actions = parser.add_subparsers(dest="kiosk_action", metavar="ACTION", required=True)
    set_pin = actions.add_parser("set-pin", help="store the staff exit PIN (as a salted hash) in the policy")
    set_pin.add_argument("--policy", type=Path, metavar="FILE",
                         help="the policy file (default: the system-wide kiosk.json)")  # fmt: skip
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    set_pin.set_defaults(func=run_set_pin)
    show = actions.add_parser("show", help="print the kiosk policy in force and any problems with it")
    show.set_defaults(func=run_show)


def _read_pin(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("New staff PIN (digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        print("The two PINs are not the same. Nothing was changed.", file=sys.stderr)
        return None
    return first


def run_set_pin(args: argparse.Namespace, ctx: Context) -> int:
    """Ask for the PIN (twice) and write its hash into the policy file atomically."""
    path = args.policy or policy_path()[0]
    pin = _read_pin(args.pin_stdin)
    if pin is None:
        return 1
    if not valid_pin(pin):
        low, high = PIN_DIGITS
        print(f"A PIN must be {low} to {high} digits (0-9). Nothing was changed.", file=sys.stderr)
        return 1
    try:
        write_pin(path, hash_pin(pin))
    except ValueError as exc:
        print(f"Nothing was changed: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Could not write {path}: {exc.strerror or exc}. (System folders need an administrator.)",
              file=sys.stderr)  # fmt: skip
        return 2
    print(f"The staff PIN was saved in {path}.")
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    """Print where the policy is read from and what it sets; exit 1 when it has problems (or names a
    library folder that is not there)."""
    path, explicit = policy_path()
    policy = resolve_policy()
    print(f"Policy file: {path}{' (from the environment)' if explicit else ''}")
    print(f"Kiosk mode: {'on' if policy.enabled else 'off'}")
    print(
        f"Idle time before the prompt: {policy.idle_timeout_seconds:g} s; countdown: {policy.warning_seconds:g} s"
    )
    missing = [folder for folder in policy.library_folders if not folder.is_dir()]
    for folder in policy.library_folders:
        # A folder that is not there (a USB stick not plugged in) was listed as if it were (walk 13, C2).
        print(f"Library folder: {folder}{' (NOT FOUND: no articles from it are shown)' if folder in missing else ''}")
    printing = (
        f"allowed ({policy.printer or 'default printer'})" if policy.printing_allowed else "not allowed"
    )
    print(f"Printing: {printing}")
    print(f"Home screen: {policy.home or 'browse by cancer type and topic'}")
    print(f"Text size: {f'{policy.font_scale}%' if policy.font_scale else 'app default'}")
    language = policy.language or "the system's"
    print(f"Language: {language}")
    if policy.language_button:
        print(f"Language button on the home screen: {', '.join(policy.language_button)}")
    print(
        f"Staff PIN: {'set' if policy.has_pin else 'NOT SET (staff cannot leave kiosk mode from the screen)'}"
    )
    for problem in policy.problems:
        print(f"Problem: {problem}")
    return 1 if policy.problems or missing else 0
