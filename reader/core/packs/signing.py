"""Publisher keys and signatures: Ed25519 (the `cryptography` package) over the manifest's exact bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reader.core.files.atomic import atomic_write_bytes
from reader.core.packs.format import PackError

PRIVATE_NAME = "publisher.key"
PUBLIC_NAME = "publisher.pub"


def key_id(public: Ed25519PublicKey) -> str:
    """A short fingerprint of a public key: the first 16 hex digits of SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Write folder/publisher.key (private, mode 0600) and folder/publisher.pub; never overwrites."""
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise PackError(f"{path} already exists; it was left as it is.")
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(private_path, private_pem, mode=0o600)
    atomic_write_bytes(public_path, public_pem, mode=0o644)
    return private_path, public_path


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a publisher.key; PackError when it is missing or not an Ed25519 private key."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise PackError(f"The key {path} cannot be read ({exc.strerror or exc}).") from None
    except (ValueError, TypeError):
        raise PackError(f"{path} is not a publisher key made by 'cancer-reader pack keygen'.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 publisher key.")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """Read a publisher.pub; PackError when it is missing or not an Ed25519 public key."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise PackError(f"The key {path} cannot be read ({exc.strerror or exc}).") from None
    except (ValueError, TypeError):
        raise PackError(f"{path} is not a publisher key made by 'cancer-reader pack keygen'.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise PackError(f"{path} is not an Ed25519 publisher key.")
    return key


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    """The 64-byte signature of data."""
    return private.sign(data)


def signature_valid(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    """True when signature is public's signature of exactly these bytes."""
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True
