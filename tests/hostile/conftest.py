"""Fixtures for the hostile-input suite: an exported bundle, a self-signed certificate, and a
tally every test adds to (tried / refused cleanly / tracebacks / lost edits / files escaped)
that is printed at the end of the session for the release note."""

from __future__ import annotations

import datetime
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "export"))
from exhibit_factory import make_exhibit

TALLY = {"tried": 0, "refused_cleanly": 0, "survived": 0, "tracebacks": 0, "lost_edits": 0, "files_escaped": 0}


@pytest.fixture
def tally():
    return TALLY


def pytest_sessionfinish(session, exitstatus):
    if TALLY["tried"]:
        out = os.environ.get("HOSTILE_TALLY")
        line = json.dumps(TALLY)
        print(f"\nhostile tally: {line}")
        if out:
            Path(out).write_text(line)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    from museum_ar.export import export_bundle

    root = tmp_path_factory.mktemp("hostile-bundle")
    return export_bundle(make_exhibit(root / "project"), root / "bundle")


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost, made with `cryptography`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    d = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    (d / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (d / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return d / "cert.pem", d / "key.pem"
