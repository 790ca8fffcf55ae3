"""Publishing without IT: the steps for any web host, and "show on tablets here" — the bundle served
from this computer on the local network over HTTPS (tablets give a web page the camera only over
HTTPS), with a certificate made for this computer's address. No widgets here.

The server is museum_ar.export.serve's BundleServer, called only through `serve_on_network` so a
change of that API is fixed in one place.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

from .i18n import tr


@dataclass
class Serving:
    url: str  # what a tablet opens, e.g. https://192.168.1.20:8443/
    stop: Callable[[], None]


def serve_on_network(bundle: Path, cert: Path, key: Path, host: str = "0.0.0.0", port: int = 0) -> Serving:
    """The one adapter to museum_ar.export.serve: serve `bundle` over HTTPS on all interfaces
    (port 0: any free one) in the background; the URL names this computer's network address."""
    from ..export.serve import BundleServer

    server = BundleServer(bundle, host=host, port=port, cert=cert, key=key, quiet=True)
    server.start_background()
    return Serving(f"https://{local_address()}:{server.port}/", server.stop)


def local_address() -> str:
    """This computer's address on the local network (the interface a route out would use; no
    packet is sent), or 127.0.0.1 when there is no network."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("10.255.255.255", 1))
        return s.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        s.close()


def self_signed_certificate(folder: Path, address: str) -> tuple[Path, Path]:
    """A certificate and key for `address` (and localhost) in `folder`, made once and reused
    while the address stays the same, so a tablet that accepted it once is not asked again."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / f"tablets-{address}.crt", folder / f"tablets-{address}.key"
    if cert_path.is_file() and key_path.is_file():
        return cert_path, key_path
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"museum-ar {address}")])
    now = datetime.datetime.now(datetime.UTC)
    alt: list[x509.GeneralName] = [x509.DNSName("localhost")]
    try:
        alt.append(x509.IPAddress(ipaddress.ip_address(address)))
    except ValueError:
        alt.append(x509.DNSName(address))
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path


def web_host_steps(bundle: Path, publish_url: str) -> list[str]:
    """What to do with an exported bundle on any web host, step by step, in the UI language."""
    where = publish_url or tr("the publish address")
    unpack = tr("Unpack the zip file {name}.", name=bundle.name) if bundle.suffix.lower() == ".zip" else tr("Open the folder {name}.", name=bundle.name)
    return [
        unpack,
        tr("Copy everything in it (index.html, manifest.json and the folders) to your web space, into the folder that {url} opens — with the file manager of your web host, or an FTP program.", url=where),
        tr("Open {url} in a browser: the viewer should appear. It must be https://, or tablets will not allow the camera.", url=where),
        tr("Point a tablet at a printed marker: its QR code opens the same address."),
    ]


def certificate_steps() -> list[str]:
    """What a tablet shows for a certificate made on this computer, and how to get past it."""
    return [
        tr("Connect the tablet to the same network (Wi-Fi) as this computer."),
        tr("Scan the code with the tablet's camera, or type the address into its browser."),
        tr("The browser warns that the connection is not private: this computer made its own certificate, which no authority signed. Tap “Advanced” (Android) or “Show details” (iPad), then “Proceed” / “visit this website”."),
        tr("Allow the camera when asked. This is for trying out; visitors should get the exhibit from your web host."),
    ]
