"""Ed25519 signatures over manifest.json's exact bytes.

The manifest holds the SHA-256 of every other file, so one signature covers the whole bundle.
Keys are PEM files (PKCS#8 private, SubjectPublicKeyInfo public) made by `generate_signing_key`.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..core.errors import BundleError


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create path with mode; never replace an existing file (a key lost is a key lost)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
    except FileExistsError:
        raise BundleError("already exists; a key is never overwritten (use --sign to sign with it, or choose another name)", path=path) from None
    except OSError as e:
        raise BundleError(f"cannot write the key: {e.strerror}", path=path) from None
    try:
        os.fchmod(fd, mode)  # whatever the umask says: the private key is the owner's alone
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except OSError as e:
        Path(path).unlink(missing_ok=True)
        raise BundleError(f"cannot write the key: {e.strerror}", path=path) from None


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def write_signing_key(key: Ed25519PrivateKey, private_path: str | Path, public_path: str | Path | None = None) -> None:
    """Private key 0600, public key 0644; refuses (BundleError) if either file exists."""
    for p in (private_path, public_path):
        if p is not None and (Path(p).exists() or Path(p).is_symlink()):
            raise BundleError("already exists; a key is never overwritten (use --sign to sign with it, or choose another name)", path=p)
    _write_new(Path(private_path), key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()), 0o600)
    if public_path is not None:
        try:
            _write_new(Path(public_path), key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo), 0o644)
        except BundleError:
            Path(private_path).unlink(missing_ok=True)
            raise


def generate_signing_key(private_path: str | Path, public_path: str | Path | None = None) -> Ed25519PrivateKey:
    key = new_signing_key()
    write_signing_key(key, private_path, public_path)
    return key


def _read_key_file(path: str | Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise BundleError(f"cannot read {what}: {e.strerror}", path=path) from None


def load_signing_key(path: str | Path) -> Ed25519PrivateKey:
    data = _read_key_file(path, "the signing key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as e:
        raise BundleError(f"is not an unencrypted PEM private key ({e})", path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError("is not an Ed25519 key (make one with `museum-ar export --new-key`)", path=path)
    return key


def load_public_key(path: str | Path) -> str:
    """The raw public key, base64, from a PEM public (or private) key file."""
    data = _read_key_file(path, "the key")
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError):
            raise BundleError("is not a PEM Ed25519 key", path=path) from None
    if not isinstance(key, Ed25519PublicKey):
        raise BundleError("is not an Ed25519 key", path=path)
    return public_key_b64(key)


def public_key_b64(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return base64.b64encode(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode("ascii")


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def check_signature(public_key: str, data: bytes, signature: bytes, where: str) -> None:
    try:
        raw = base64.b64decode(public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        raise BundleError("the signature does not match manifest.json: the bundle was changed after signing", path=where) from None
