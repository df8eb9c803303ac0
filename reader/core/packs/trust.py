"""Which publisher keys this machine trusts: IT's folder, the person's folder, and --trust for one command."""

from __future__ import annotations

import logging
import os
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reader.core.files.locations import APP_NAME
from reader.core.languages.translate import translate
from reader.core.packs.format import PackError
from reader.core.packs.signing import PUBLIC_NAME, key_id, load_public_key

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


def trust_command(public_name: str, key_id: str) -> str:
    """The command IT runs, in the folder holding the public key file, to trust it for every account.

    The copy is named for the key id, so two publishers' publisher.pub files never overwrite each other.
    """
    folder = site_trust_dir()
    target = folder / f"{key_id}.pub"
    if os.name == "nt":
        return f'mkdir "{folder}" & copy "{public_name}" "{target}"'
    quoted = shlex.quote(str(folder))
    return f"sudo mkdir -p {quoted} && sudo cp {shlex.quote(public_name)} {shlex.quote(str(target))}"


def user_trust_command(public_name: str, key_id: str, config_dir: Path) -> str:
    """The command that trusts the key in public_name for this account only (no administrator needed)."""
    folder = user_trust_dir(config_dir)
    target = folder / f"{key_id}.pub"
    if os.name == "nt":
        return f'mkdir "{folder}" & copy "{public_name}" "{target}"'
    return f"mkdir -p {shlex.quote(str(folder))} && cp {shlex.quote(public_name)} {shlex.quote(str(target))}"


def trust_steps(key_id: str, config_dir: Path) -> str:
    """For staff (and a caregiver at home, who has no IT team: walk 10, C10): the folders this computer
    reads trusted publisher keys from, and the commands that put the publisher's key there."""

    lines = [
        translate("Packs", "To trust this publisher, get its key file ({name}) from the publisher itself, not only from the same USB stick as the pack. Then, in the folder that holds the key file, run one of these:").format(name=PUBLIC_NAME),
        translate("Packs", "For everyone on this computer (folder {folder}):").format(folder=site_trust_dir()),
        trust_command(PUBLIC_NAME, key_id),
        translate("Packs", "For this account only (folder {folder}):").format(folder=user_trust_dir(config_dir)),
        user_trust_command(PUBLIC_NAME, key_id, config_dir),
        translate("Packs", "Then choose the pack again."),
    ]  # fmt: skip
    return "\n".join(lines)


def trust_advice(public: Path, key_id: str) -> str:
    """One plain sentence for the publisher: how a clinic computer comes to trust this key."""
    return (
        f"To make a clinic computer trust packs signed with this key, copy {public.name} to it and, in "
        f"that folder, run: {trust_command(public.name, key_id)}"
    )
