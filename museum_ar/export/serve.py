"""`museum-ar serve`: serve a bundle (folder or zip) to browsers, safe to leave running.

Browsers give web pages the camera only on https:// or on localhost, so serve on localhost for a
test on this machine, or pass --cert/--key for a tablet on the museum's network.

The bundle is verified, then its listed files are copied (regular files only, never through a link)
into a private temporary snapshot, which is verified again; only that snapshot's list is served.
A file added to or swapped in the live folder afterwards is never seen. The snapshot is removed on
stop(), at interpreter exit and (via install_signal_cleanup) on SIGTERM/SIGHUP/SIGINT."""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import os
import resource
import shutil
import signal
import ssl
import stat
import tempfile
import threading
from pathlib import Path

from ..core.errors import BundleError
from .http_server import Engine, make_table
from .manifest import MANIFEST_FILE, SIGNATURE_FILE
from .safe_zip import extract_bundle_zip
from .verify import verify_bundle
import json


def _raise_fd_limit() -> None:
    # 1,000 idle visitors need 1,000 descriptors; the usual soft limit is 1,024.
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = hard if hard != resource.RLIM_INFINITY else 65536
        if soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, 65536), hard))
    except (ValueError, OSError):
        pass


def _copy_regular(src: Path, dest: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(src, flags)
    except OSError as e:
        raise BundleError(f"cannot read: {e.strerror} (links are refused)", path=src) from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise BundleError("is not a regular file", path=src)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(dest, "xb") as out:
            shutil.copyfileobj(f, out, 1 << 20)


def snapshot_folder(bundle: Path, target: Path) -> None:
    """Copy manifest.json, its signature and every listed file of a verified folder to target."""
    with open(bundle / MANIFEST_FILE, "rb") as f:
        manifest = json.loads(f.read(64 * 1024 * 1024))
    names = [MANIFEST_FILE, *manifest["files"]]
    if (bundle / SIGNATURE_FILE).exists():
        names.append(SIGNATURE_FILE)
    for name in names:
        src = bundle / name
        # No part of the path may be a link (a folder swapped for a link to /etc after verify).
        for parent in [bundle / p for p in Path(name).parents if str(p) != "."]:
            if parent.is_symlink():
                raise BundleError("is a symbolic link; bundles may not contain links", path=parent)
        _copy_regular(src, target / name)


class BundleServer:
    """A running server; `url` is where the viewer is. stop() shuts it down and removes the
    snapshot."""

    def __init__(self, bundle: str | Path, host: str = "127.0.0.1", port: int = 8000, cert: str | Path | None = None, key: str | Path | None = None, quiet: bool = False):
        if not 0 <= int(port) <= 65535:
            raise BundleError(f"port {port} is out of range (0-65535)")
        bundle = Path(bundle)
        verify_bundle(bundle)  # never serve a tampered or hostile bundle
        self._tmp: tempfile.TemporaryDirectory | None = tempfile.TemporaryDirectory(prefix="museum-ar-serve-")
        atexit.register(self.close_tmp)
        try:
            root = Path(self._tmp.name) / "bundle"
            if bundle.is_dir():
                snapshot_folder(bundle, root)
            else:
                extract_bundle_zip(bundle, root)
            report = verify_bundle(root)  # what is served is exactly what was verified
            manifest = json.loads((root / MANIFEST_FILE).read_bytes())
            files = {n: (str(root / n), e["sha256"]) for n, e in manifest["files"].items()}
            import hashlib
            for extra in (MANIFEST_FILE, SIGNATURE_FILE):
                if (root / extra).is_file():
                    files[extra] = (str(root / extra), hashlib.sha256((root / extra).read_bytes()).hexdigest())
            table = make_table(files)
            ctx = None
            if cert:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                try:
                    ctx.load_cert_chain(str(cert), str(key) if key else None)
                except (OSError, ssl.SSLError) as e:
                    raise BundleError(f"cannot use the certificate/key: {e}", path=cert) from None
        except BaseException:
            self.close_tmp()
            raise
        self.root = root
        self.report = report
        _raise_fd_limit()
        self.engine = Engine(table, host, int(port), ctx, quiet=quiet)
        # The loop runs on its own thread (the caller may already run one, e.g. playwright's).
        started: concurrent.futures.Future = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(started,), name="museum-ar-serve", daemon=True)
        self._thread.start()
        try:
            self.port = started.result(timeout=60)
        except OSError as e:
            self._thread.join(timeout=5)
            self.close_tmp()
            raise BundleError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
        shown = "localhost" if host in ("127.0.0.1", "localhost") else host
        self.url = f"{'https' if ctx else 'http'}://{shown}:{self.port}/"
        self.stopped_by: int | None = None  # the signal that stopped serve_forever

    def _run(self, started: concurrent.futures.Future) -> None:
        async def main():
            try:
                port = await self.engine.start()
            except OSError as e:
                started.set_exception(e)
                return
            started.set_result(port)
            await self.engine.run_until_stopped()
        asyncio.run(main())

    def start_background(self) -> BundleServer:
        return self  # already serving on its own thread

    def serve_forever(self) -> None:
        """Block until stop() or a signal (install_signal_cleanup)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self) -> None:
        self.engine.request_stop()
        self._thread.join(timeout=10)
        self.close_tmp()

    def close_tmp(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def install_signal_cleanup(self) -> None:
        """SIGTERM/SIGHUP/SIGINT stop the server (serve_forever returns) so the snapshot goes."""
        def on_signal(signum, frame):
            self.stopped_by = signum
            self.engine.request_stop()
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, on_signal)

    def __enter__(self):
        return self.start_background()

    def __exit__(self, *exc):
        self.stop()
