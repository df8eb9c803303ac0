"""Kiosk policy: what IT sets for a shared screen (read from a system-wide file), the staff PIN, PIN limits.

The policy file is JSON in the system-wide config folder (platformdirs ``site_config_dir``), or the file
named by the CANCER_READER_KIOSK_POLICY environment variable. A policy that exists but cannot be read or
understood turns kiosk mode ON with safe defaults (fail closed), and says why in ``problems``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from reader.core.files.atomic import atomic_write_text
from reader.core.files.locations import APP_NAME

log = logging.getLogger(__name__)

POLICY_ENV = "CANCER_READER_KIOSK_POLICY"
POLICY_FILE_NAME = "kiosk.json"

DEFAULT_IDLE_SECONDS = 180.0
DEFAULT_WARNING_SECONDS = 30.0
#: WCAG 2.2.1: people get at least 20 seconds to say they are still there.
MIN_WARNING_SECONDS = 20.0
MIN_IDLE_SECONDS = 30.0
MAX_IDLE_SECONDS = 4 * 3600.0
MAX_WARNING_SECONDS = 600.0
MIN_FONT_SCALE, MAX_FONT_SCALE = 75, 300  # percent, as the app's text size
PIN_DIGITS = (4, 12)

KNOWN_KEYS = {
    "kiosk", "idle_timeout_seconds", "warning_seconds", "library_folders", "printing_allowed",
    "printer", "home", "font_scale", "staff_pin", "on_screen_keyboard", "language", "pack_install_allowed",
    "language_button",
}  # fmt: skip


@dataclass(frozen=True)
class KioskPolicy:
    """The kiosk settings; the defaults are the safe ones used when a policy file is broken."""

    enabled: bool = False
    idle_timeout_seconds: float = DEFAULT_IDLE_SECONDS
    warning_seconds: float = DEFAULT_WARNING_SECONDS
    library_folders: tuple[Path, ...] = ()
    printing_allowed: bool = False
    printer: str = ""
    home: str = ""  # "" for the browse-by-tapping home screen, or an article's address or key
    font_scale: int | None = None  # text size in percent; None keeps the app's default
    staff_pin: str = ""  # salted hash from hash_pin(); "" means staff cannot exit from the screen
    on_screen_keyboard: bool = True  # touch-only kiosks cannot type otherwise; off where a keyboard is fitted
    pack_install_allowed: bool = False  # File > Install a library pack… and dropping a pack file
    language: str = ""  # "" follows the system; "es" fixes the kiosk's language (docs/LANGUAGES.md)
    #: Languages a visitor may switch between with a button on the home page (["en", "es"]); () for none.
    language_button: tuple[str, ...] = ()
    source: Path | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def has_pin(self) -> bool:
        """True when a staff PIN is set."""
        return bool(self.staff_pin)


def pack_install_in_window(policy: KioskPolicy) -> bool:
    """Whether the window offers to install library packs: always, except on a kiosk whose policy
    does not allow it."""
    return not policy.enabled or policy.pack_install_allowed


def library_sources_in_window(policy: KioskPolicy) -> bool:
    """Whether the window lists the library's folders and packs with Remove: never on a kiosk, whatever
    its policy allows to be installed (a passer-by must not take away what staff put there; staff remove
    packs with `cancer-reader pack remove --system` and folders in the policy file)."""
    return not policy.enabled


def policy_path(environ: Mapping[str, str] | None = None) -> tuple[Path, bool]:
    """Where the policy is read from, and whether that place was named explicitly (by the variable)."""
    env = os.environ if environ is None else environ
    override = env.get(POLICY_ENV, "").strip()
    if override:
        return Path(override), True
    return Path(platformdirs.site_config_dir(APP_NAME)) / POLICY_FILE_NAME, False


def _fail_closed(path: Path, why: str) -> KioskPolicy:
    log.error("Kiosk policy %s could not be used (%s); kiosk mode is on with safe defaults.", path, why)
    return KioskPolicy(enabled=True, source=path, problems=(f"{path}: {why}",))


def load_policy(path: Path, explicit: bool = False) -> KioskPolicy:
    """Read a policy file; a missing default file means no kiosk, anything broken means kiosk on."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            return _fail_closed(path, "the file named by the policy setting does not exist")
        return KioskPolicy(enabled=False)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail_closed(path, f"cannot be read: {exc}")
    try:
        data = json.loads(raw)
    except ValueError as exc:
        return _fail_closed(path, f"is not valid JSON: {exc}")
    if not isinstance(data, dict):
        return _fail_closed(path, "is not a JSON object")
    return policy_from_dict(data, source=path)


def policy_from_dict(data: Mapping[str, Any], source: Path | None = None) -> KioskPolicy:
    """Build a policy from parsed JSON; a bad value falls back to its safe default and is reported."""
    problems: list[str] = []

    def bad(key: str, why: str) -> None:
        problems.append(f"{key}: {why}; the safe default is used")

    for key in sorted(set(data) - KNOWN_KEYS):
        problems.append(f"{key}: unknown setting, ignored")

    enabled = data.get("kiosk", True)  # a policy file that exists is a kiosk unless it says otherwise
    if not isinstance(enabled, bool):
        bad("kiosk", "must be true or false")
        enabled = True
    idle = _number(
        data, "idle_timeout_seconds", DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS, bad
    )
    warning = _number(data, "warning_seconds", DEFAULT_WARNING_SECONDS, MIN_WARNING_SECONDS,
                      MAX_WARNING_SECONDS, bad)  # fmt: skip
    folders_raw = data.get("library_folders", [])
    folders: tuple[Path, ...] = ()
    if isinstance(folders_raw, list) and all(isinstance(f, str) and f for f in folders_raw):
        folders = tuple(Path(f) for f in folders_raw)
    else:
        bad("library_folders", "must be a list of folder paths")
    printing = data.get("printing_allowed", False)
    if not isinstance(printing, bool):
        bad("printing_allowed", "must be true or false")
        printing = False
    printer = _text(data, "printer", bad)
    home = _text(data, "home", bad)
    font_scale = data.get("font_scale")
    if font_scale is not None and (
        isinstance(font_scale, bool)
        or not isinstance(font_scale, int)
        or not MIN_FONT_SCALE <= font_scale <= MAX_FONT_SCALE
    ):
        bad("font_scale", f"must be a whole number from {MIN_FONT_SCALE} to {MAX_FONT_SCALE} (percent)")
        font_scale = None
    keyboard = data.get("on_screen_keyboard", True)
    if not isinstance(keyboard, bool):
        bad("on_screen_keyboard", "must be true or false")
        keyboard = True
    pack_install = data.get("pack_install_allowed", False)
    if not isinstance(pack_install, bool):
        bad("pack_install_allowed", "must be true or false")
        pack_install = False
    language = _language(data, bad)
    language_button = _language_button(data, bad)
    pin = _text(data, "staff_pin", bad)
    if pin and not _parse_hash(pin):
        bad("staff_pin", "is not a PIN hash written by 'cancer-reader kiosk set-pin'")
        pin = ""
    for problem in problems:
        log.warning("Kiosk policy %s: %s", source, problem)
    return KioskPolicy(
        enabled=enabled,
        idle_timeout_seconds=idle,
        warning_seconds=warning,
        library_folders=folders,
        printing_allowed=printing,
        printer=printer,
        home=home,
        font_scale=font_scale,
        staff_pin=pin,
        on_screen_keyboard=keyboard,
        pack_install_allowed=pack_install,
        language=language,
        language_button=language_button,
        source=source,
        problems=tuple(problems),
    )


def _number(
    data: Mapping[str, Any],
    key: str,
    default: float,
    low: float,
    high: float,
    bad: Callable[[str, str], None],
) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        bad(key, "must be a number of seconds")
        return default
    if not low <= value <= high:
        bad(key, f"must be from {low:g} to {high:g} seconds")
        return min(max(float(value), low), high)
    return float(value)


def _language(data: Mapping[str, Any], bad: Callable[[str, str], None]) -> str:
    """The policy's language code, or "" (follow the system) when it is absent or unknown."""
    from reader.core.languages.choice import language_option

    value = _text(data, "language", bad)
    if not value:
        return ""
    try:
        return language_option(value)
    except ValueError as exc:
        bad("language", str(exc))
        return ""


def _language_button(data: Mapping[str, Any], bad: Callable[[str, str], None]) -> tuple[str, ...]:
    """The languages the home page's language button offers (two or more known codes), or () for none."""
    from reader.core.languages.choice import language_option

    value = data.get("language_button", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad("language_button", 'must be a list of language codes, such as ["en", "es"]')
        return ()
    codes: list[str] = []
    for text in value:
        try:
            code = language_option(text)
        except ValueError as exc:
            bad("language_button", str(exc))
            continue
        if code not in codes:
            codes.append(code)
    if len(codes) == 1:
        bad("language_button", "needs at least two languages to switch between")
        return ()
    return tuple(codes)


def _text(data: Mapping[str, Any], key: str, bad: Callable[[str, str], None]) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        bad(key, "must be text")
        return ""
    return value.strip()


def resolve_policy(force_kiosk: bool = False, environ: Mapping[str, str] | None = None) -> KioskPolicy:
    """The policy in force: the policy file, switched on when --kiosk was given."""
    path, explicit = policy_path(environ)
    policy = load_policy(path, explicit)
    if force_kiosk and not policy.enabled:
        policy = replace(policy, enabled=True)
    return policy


# Staff PIN -----------------------------------------------------------------------------------

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 digits, so staff can type it on the on-screen number pad."""
    return pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


def _b64(data: bytes) -> str:
    import base64  # here and below: the PIN's modules when a PIN is set or checked, not at every start

    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash of the PIN, as text: scrypt$n$r$p$salt$key."""
    import secrets

    salt = secrets.token_bytes(16) if salt is None else salt
    key = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def _parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    import base64
    import binascii

    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if (
        n < 2
        or n & (n - 1)
        or n > 2**20
        or not 1 <= r <= 32
        or not 1 <= p <= 16
        or len(salt) < 8
        or len(key) < 16
    ):
        return None
    return n, r, p, salt, key


def verify_pin(pin: str, stored: str) -> bool:
    """True when pin matches the stored hash (compared in constant time)."""
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    import hmac

    candidate = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(key), maxmem=2**27)
    return hmac.compare_digest(candidate, key)


def write_pin(path: Path, pin_hash: str) -> None:
    """Store the PIN hash in the policy file atomically, keeping its other settings.

    A new file is created with kiosk mode on. A policy file that cannot be understood is left
    alone (ValueError), so nothing IT wrote is lost.
    """
    data: dict[str, Any] = {"kiosk": True}
    mode = 0o644
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        pass
    else:
        mode = path.stat().st_mode & 0o777
        try:
            loaded = json.loads(raw)
        except ValueError as exc:
            raise ValueError(f"{path} is not valid JSON ({exc}); fix or remove it first") from exc
        if not isinstance(loaded, dict):
            raise ValueError(f"{path} is not a JSON object; fix or remove it first")
        data = loaded
    data["staff_pin"] = pin_hash
    atomic_write_text(path, json.dumps(data, indent=2) + "\n", mode=mode)


# Rate limit for PIN attempts ------------------------------------------------------------------


@dataclass(frozen=True)
class PinResult:
    """What a PIN attempt gave: accepted, or refused with seconds to wait before the next try."""

    accepted: bool
    wait_seconds: float = 0.0
    locked: bool = False  # True when the attempt was not even checked because of the wait


class PinLimiter:
    """Allows a few wrong PINs, then makes people wait (30 s, doubling each time, up to 15 min)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        free_tries: int = 3,
        first_wait: float = 30.0,
        max_wait: float = 900.0,
    ) -> None:
        self._clock = clock
        self.free_tries = free_tries
        self.first_wait = first_wait
        self.max_wait = max_wait
        self.failures = 0
        self._locked_until = 0.0

    def seconds_to_wait(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str, stored_hash: str) -> PinResult:
        """Check a PIN unless people must wait; wrong PINs count towards the next wait."""
        wait = self.seconds_to_wait()
        if wait > 0:
            return PinResult(False, wait, locked=True)
        if stored_hash and verify_pin(pin, stored_hash):
            self.failures = 0
            return PinResult(True)
        self.failures += 1
        if self.failures >= self.free_tries:
            extra = self.failures - self.free_tries
            wait = min(self.max_wait, self.first_wait * 2 ** min(extra, 30))
            self._locked_until = self._clock() + wait
            log.warning("Kiosk: %d wrong staff PINs; next try in %.0f s", self.failures, wait)
            return PinResult(False, wait)
        return PinResult(False)
