"""The kiosk policy: honoured when good, fail closed when broken; the staff PIN and its rate limit."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from reader.core.kiosk.policy import (
    POLICY_ENV,
    KioskPolicy,
    PinLimiter,
    hash_pin,
    load_policy,
    policy_path,
    resolve_policy,
    valid_pin,
    verify_pin,
    write_pin,
)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write_policy(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_policy_file_is_honoured(tmp_path: Path) -> None:
    pin_hash = hash_pin("2468")
    path = write_policy(tmp_path / "kiosk.json", {
        "kiosk": True, "idle_timeout_seconds": 120, "warning_seconds": 45,
        "library_folders": ["/srv/clinic"], "printing_allowed": True, "printer": "Waiting room",
        "home": "/types/breast", "font_scale": 150, "staff_pin": pin_hash,
    })  # fmt: skip
    policy = load_policy(path)
    assert policy.enabled
    assert policy.idle_timeout_seconds == 120
    assert policy.warning_seconds == 45
    assert policy.library_folders == (Path("/srv/clinic"),)
    assert policy.printing_allowed and policy.printer == "Waiting room"
    assert policy.home == "/types/breast"
    assert policy.font_scale == 150
    assert policy.has_pin and verify_pin("2468", policy.staff_pin)
    assert policy.problems == ()


def test_missing_default_policy_means_no_kiosk(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "kiosk.json", explicit=False)
    assert not policy.enabled


def test_a_policy_file_can_switch_kiosk_off(tmp_path: Path) -> None:
    assert not load_policy(write_policy(tmp_path / "k.json", {"kiosk": False})).enabled


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", "\udcff", '"kiosk"'],
    ids=["bad-json", "list", "not-utf8", "string"],
)
def test_a_broken_policy_fails_closed_and_logs_why(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "kiosk.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.ERROR, logger="reader.core.kiosk.policy"):
        policy = load_policy(path)
    assert policy.enabled
    assert policy.idle_timeout_seconds == 180 and policy.warning_seconds == 30
    assert not policy.printing_allowed and not policy.has_pin and policy.library_folders == ()
    assert policy.problems and str(path) in policy.problems[0]
    assert any("safe defaults" in r.getMessage() for r in caplog.records)


def test_an_unreadable_policy_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.mkdir()  # reading a folder fails for root too, unlike file permissions
    policy = load_policy(path)
    assert policy.enabled and "cannot be read" in policy.problems[0]


def test_a_named_policy_that_is_missing_fails_closed(tmp_path: Path) -> None:
    policy = resolve_policy(environ={POLICY_ENV: str(tmp_path / "nope.json")})
    assert policy.enabled and policy.problems


def test_bad_values_fall_back_to_safe_defaults(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "kiosk.json", {
        "kiosk": "yes", "idle_timeout_seconds": "soon", "warning_seconds": 5,
        "library_folders": "/srv", "printing_allowed": 1, "font_scale": 400,
        "staff_pin": "1234", "colour": "blue",
    })  # fmt: skip
    policy = load_policy(path)
    assert policy.enabled  # not a clear false: stays on
    assert policy.idle_timeout_seconds == 180
    assert policy.warning_seconds == 20  # raised to the WCAG minimum
    assert policy.library_folders == ()
    assert not policy.printing_allowed
    assert policy.font_scale is None
    assert not policy.has_pin  # a plain PIN is never accepted as a hash
    keys = " ".join(policy.problems)
    for key in ("kiosk", "idle_timeout_seconds", "warning_seconds", "library_folders",
                "printing_allowed", "font_scale", "staff_pin", "colour"):  # fmt: skip
        assert key in keys


def test_policy_location_and_override(tmp_path: Path) -> None:
    path, explicit = policy_path({})
    assert path.name == "kiosk.json" and "cancer-reader" in str(path) and not explicit
    assert policy_path({POLICY_ENV: str(tmp_path / "p.json")}) == (tmp_path / "p.json", True)


def test_kiosk_flag_turns_kiosk_on_over_a_policy_that_says_off(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "kiosk.json", {"kiosk": False, "idle_timeout_seconds": 60})
    policy = resolve_policy(force_kiosk=True, environ={POLICY_ENV: str(path)})
    assert policy.enabled and policy.idle_timeout_seconds == 60
    assert not resolve_policy(environ={POLICY_ENV: str(path)}).enabled


def test_pin_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second  # random salt
    assert "1234" not in first
    assert verify_pin("1234", first) and verify_pin("1234", second)
    assert not verify_pin("1235", first)
    assert not verify_pin("1234", "")
    assert not verify_pin("1234", "scrypt$garbage")


def test_valid_pin() -> None:
    assert valid_pin("0000") and valid_pin("123456789012")
    assert not valid_pin("123") and not valid_pin("12ab") and not valid_pin("1234567890123")
    assert not valid_pin("١٢٣٤")  # non-ASCII digits


def test_write_pin_keeps_other_settings_and_is_readable(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "kiosk.json", {"kiosk": True, "idle_timeout_seconds": 90})
    path.chmod(0o644)
    write_pin(path, hash_pin("9876"))
    policy = load_policy(path)
    assert policy.idle_timeout_seconds == 90 and verify_pin("9876", policy.staff_pin)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.json"]  # no temporary file left


def test_write_pin_creates_a_kiosk_policy(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "kiosk.json"
    write_pin(path, hash_pin("9876"))
    policy = load_policy(path)
    assert policy.enabled and policy.has_pin
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_write_pin_leaves_a_damaged_policy_alone(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(ValueError, match="fix or remove"):
        write_pin(path, hash_pin("9876"))
    assert path.read_text(encoding="utf-8") == "{oops"


def test_wrong_pins_are_rate_limited_with_doubling_waits() -> None:
    clock = FakeClock()
    stored = hash_pin("4321")
    limiter = PinLimiter(clock=clock)
    assert limiter.attempt("0000", stored).wait_seconds == 0
    assert limiter.attempt("0001", stored).wait_seconds == 0
    third = limiter.attempt("0002", stored)
    assert not third.accepted and third.wait_seconds == 30
    refused = limiter.attempt("4321", stored)  # even the right PIN waits
    assert not refused.accepted and refused.locked and refused.wait_seconds == 30
    clock.now += 29
    assert limiter.attempt("4321", stored).locked
    clock.now += 1
    assert limiter.attempt("0003", stored).wait_seconds == 60  # doubled
    clock.now += 60
    assert limiter.attempt("0004", stored).wait_seconds == 120
    clock.now += 120
    assert limiter.attempt("4321", stored).accepted
    assert limiter.failures == 0 and limiter.seconds_to_wait() == 0


def test_rate_limit_wait_is_capped() -> None:
    clock = FakeClock()
    limiter = PinLimiter(clock=clock, max_wait=900)
    for _ in range(12):
        result = limiter.attempt("0000", "")
        clock.now += result.wait_seconds
    assert result.wait_seconds == 900


def test_without_a_pin_nothing_is_accepted() -> None:
    assert not PinLimiter(clock=FakeClock()).attempt("1234", KioskPolicy().staff_pin).accepted


def test_the_system_wide_policy_is_read_without_options(private_user_folders: Path) -> None:
    folder = private_user_folders / "etc-xdg" / "cancer-reader"
    folder.mkdir(parents=True)
    write_policy(folder / "kiosk.json", {"idle_timeout_seconds": 300})
    policy = resolve_policy()
    assert policy.enabled and policy.idle_timeout_seconds == 300
    assert policy.source == folder / "kiosk.json"


def test_pack_install_in_the_window_only_where_the_policy_allows_it() -> None:
    from reader.core.kiosk.policy import pack_install_in_window, policy_from_dict

    assert pack_install_in_window(KioskPolicy(enabled=False))
    assert not pack_install_in_window(policy_from_dict({"kiosk": True}))
    assert pack_install_in_window(policy_from_dict({"kiosk": True, "pack_install_allowed": True}))
    odd = policy_from_dict({"kiosk": True, "pack_install_allowed": "yes"})
    assert not pack_install_in_window(odd) and "pack_install_allowed" in odd.problems[0]
