"""`museum-ar serve`: a small static HTTP(S) server for a bundle (folder or zip).

Browsers give web pages the camera only on https:// or on localhost, so serve on localhost for a
test on this machine, or pass --cert/--key for a tablet on the museum's network."""

from __future__ import annotations

import functools
import http.server
import ssl
import tempfile
import threading
from pathlib import Path

from ..core.errors import BundleError
from .safe_zip import extract_bundle_zip
from .verify import verify_bundle

_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".wasm": "application/wasm",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".vtt": "text/vtt",
    ".svg": "image/svg+xml",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".m4a": "audio/mp4",
    ".usdz": "model/vnd.usdz+zip",  # AR Quick Look opens a USDZ only when served with this type
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".wav": "audio/wav",
    ".sig": "application/octet-stream",
}


class BundleRequestHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **_TYPES}

    def end_headers(self) -> None:
        # The service worker decides what is cached; the HTTP cache must not hold an old sw.js or
        # manifest.json over a new export.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)


class BundleServer:
    """A running server; `url` is where the viewer is. stop() shuts it down and removes any
    folder a zip was extracted to."""

    def __init__(self, bundle: str | Path, host: str = "127.0.0.1", port: int = 8000, cert: str | Path | None = None, key: str | Path | None = None, quiet: bool = False):
        bundle = Path(bundle)
        verify_bundle(bundle)  # never serve a tampered or hostile bundle
        self._tmp: tempfile.TemporaryDirectory | None = None
        root = bundle
        if not bundle.is_dir():
            self._tmp = tempfile.TemporaryDirectory(prefix="museum-ar-serve-")
            root = extract_bundle_zip(bundle, Path(self._tmp.name) / "bundle")
        self.root = root
        handler = functools.partial(BundleRequestHandler, directory=str(root))
        try:
            self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        except OSError as e:
            self.close_tmp()
            raise BundleError(f"cannot listen on {host}:{port}: {e.strerror}") from None
        self.httpd.quiet = quiet  # type: ignore[attr-defined]
        self.httpd.daemon_threads = True
        scheme = "http"
        if cert:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            try:
                ctx.load_cert_chain(str(cert), str(key) if key else None)
            except (OSError, ssl.SSLError) as e:
                self.httpd.server_close()
                self.close_tmp()
                raise BundleError(f"cannot use the certificate/key: {e}", path=cert) from None
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        shown = "localhost" if host in ("127.0.0.1", "localhost") else host
        self.port = self.httpd.server_address[1]
        self.url = f"{scheme}://{shown}:{self.port}/"
        self._thread: threading.Thread | None = None

    def start_background(self) -> "BundleServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="museum-ar-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        self.close_tmp()

    def close_tmp(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self):
        return self.start_background()

    def __exit__(self, *exc):
        self.stop()
