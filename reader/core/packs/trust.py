"""Which publisher keys this machine trusts: IT's folder, the person's folder, and --trust for one command."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reader.core.files.locations import APP_NAME
from reader.core.packs.format import PackError
from reader.core.packs.signing import key_id, load_public_key

log = logging.getLogger(__name__)

TRUST_FOLDER = "trusted-keys"


@dataclass(frozen=True)
class TrustedKey:
    """A publisher key and where it was found."""

    key: Ed25519PublicKey
    key_id: str
    source: Path


def site_trust_dir() -> Path:
    """The folder IT fills with trusted publisher keys for every account (e.g. /etc/xdg/cancer-reader/trusted-keys)."""
    return Path(platformdirs.site_config_dir(APP_NAME)) / TRUST_FOLDER


def user_trust_dir(config_dir: Path) -> Path:
    """The person's own folder of trusted publisher keys."""
    return config_dir / TRUST_FOLDER


def _keys_in(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".pub" and p.is_file())
    except OSError:
        return []


def trusted_keys(config_dir: Path, extra: Iterable[Path] = ()) -> list[TrustedKey]:
    """Keys from the site folder, the user folder and extra files; a bad file in a folder is skipped.

    A bad --trust file is the person's mistake on this very command, so it raises PackError.
    """
    keys: list[TrustedKey] = []
    for path in _keys_in(site_trust_dir()) + _keys_in(user_trust_dir(config_dir)):
        try:
            key = load_public_key(path)
        except PackError as exc:
            log.warning("Ignoring a trusted key that cannot be used: %s", exc)
            continue
        keys.append(TrustedKey(key, key_id(key), path))
    for path in extra:
        key = load_public_key(path)
        keys.append(TrustedKey(key, key_id(key), path))
    return keys
