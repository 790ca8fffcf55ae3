"""Normal-request latency of `museum-ar serve` while idle connections are open, HTTP and HTTPS,
against the stdlib ThreadingHTTPServer it replaced (baseline, same machine, same run).
Prints one JSON object. Usage: PYTHONPATH=. python3 benchmarks/serve.py [--idle 1000]"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import ssl
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "hostile"), str(ROOT / "tests" / "export")]
from exhibit_factory import make_exhibit
from serve_client import get, open_idle, tls_context


def self_signed(d: Path):
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    (d / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (d / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return d / "c.pem", d / "k.pem"


def measure(port: int, idle: int, tls, repeats: int = 5) -> float | str:
    socks = open_idle(port, idle)
    try:
        times = []
        for _ in range(repeats):
            try:
                _status, _, _, sec = get(port, "/index.html", tls=tls, timeout=3)
                times.append(sec * 1000)
            except OSError:
                return "timeout (> 3 s)"
        return round(statistics.median(times), 1)
    finally:
        for s in socks:
            s.close()


def stdlib_server(root: Path, cert=None, key=None):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    if cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(cert), str(key))
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--idle", type=int, default=1000)
    a = ap.parse_args()
    from museum_ar.export import export_bundle
    from museum_ar.export.serve import BundleServer, _raise_fd_limit

    _raise_fd_limit()
    d = Path(tempfile.mkdtemp())
    bundle = export_bundle(make_exhibit(d / "p"), d / "b")
    cert, key = self_signed(d)
    tls = tls_context(cert)
    out = {"idle_connections": a.idle, "unit": "ms, median of 5 requests for index.html"}
    with BundleServer(bundle, port=0, quiet=True) as s:
        out["ours_http_0_idle"] = measure(s.port, 0, None)
        out["ours_http_idle"] = measure(s.port, a.idle, None)
    with BundleServer(bundle, port=0, cert=cert, key=key, quiet=True) as s:
        out["ours_https_0_idle"] = measure(s.port, 0, tls)
        out["ours_https_idle"] = measure(s.port, a.idle, tls)
    base = stdlib_server(bundle)
    out["stdlib_http_0_idle"] = measure(base.server_address[1], 0, None)
    out["stdlib_http_idle"] = measure(base.server_address[1], a.idle, None)
    base.shutdown()
    base = stdlib_server(bundle, cert, key)
    out["stdlib_https_1_idle"] = measure(base.server_address[1], 1, tls, repeats=1)
    print(json.dumps(out))
    import os
    os._exit(0)  # the stdlib HTTPS baseline is stuck in accept(): do not wait for it


if __name__ == "__main__":
    main()
