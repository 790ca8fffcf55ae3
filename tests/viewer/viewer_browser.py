"""Headless Chromium for the viewer tests: a fresh profile, a fake camera fed from a .y4m video,
and every request that does not go to localhost refused (and recorded)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"

# Screenshots to look at: into docs/img/ with MUSEUM_AR_WRITE_DOCS_IMG=1 (to refresh the docs), else a
# temp folder, so running the tests leaves the work tree clean.
DOCS_IMG = (Path(__file__).resolve().parents[2] / "docs" / "img") if os.environ.get("MUSEUM_AR_WRITE_DOCS_IMG") \
    else Path(tempfile.gettempdir()) / "museum-ar-screenshots"
DOCS_IMG.mkdir(parents=True, exist_ok=True)


def chromium_args(y4m: Path | None, cameras: int = 0) -> list[str]:
    """y4m: a fake camera showing that video; cameras: instead, that many synthetic fake cameras."""
    args = [
        "--no-sandbox",
        "--use-fake-ui-for-media-stream",
        "--disable-gpu",  # software compositing: camera frames stay in memory (no GPU readback)
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--ignore-gpu-blocklist",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--autoplay-policy=no-user-gesture-required",
    ]
    if y4m is not None:
        args += ["--use-fake-device-for-media-stream", f"--use-file-for-fake-video-capture={y4m}"]
    elif cameras:
        args += [f"--use-fake-device-for-media-stream=device-count={cameras}"]
    return args


def launch(playwright, user_data_dir: Path, y4m: Path | None, viewport=(960, 720), locale: str = "de-DE", cameras: int = 0, guard: bool = True):
    """A fresh persistent context (own profile folder) that lets only localhost through.
    guard=False: requests are only recorded, not routed (Playwright's routing switches the
    browser's HTTP cache off; a test of what crosses the network needs it on)."""
    ctx = playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=CHROMIUM,
        headless=True,
        args=chromium_args(y4m, cameras),
        viewport={"width": viewport[0], "height": viewport[1]},
        service_workers="allow",
        locale=locale,
        bypass_csp=True,  # playwright evaluates strings; the page itself keeps its CSP
    )
    requests: list[str] = []
    ctx.on("request", lambda r: requests.append(r.url))

    def allow_only_local(route):
        url = route.request.url
        if url.startswith(("http://localhost", "http://127.0.0.1", "https://localhost", "blob:", "data:")):
            route.continue_()
        else:
            route.abort()

    if guard:
        ctx.route("**/*", allow_only_local)
    return ctx, requests


class plain_server:
    """http.server on a folder in a thread, without museum-ar's checks: for serving bundles the
    real `serve` would refuse (tampered), to see that the viewer refuses them too."""

    def __init__(self, folder: Path, port: int = 0):
        import functools
        import http.server

        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self):
        import threading

        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _make_quiet_handler():
    import http.server

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {  # noqa: RUF012 (the base class declares it a plain dict)
           **http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript", ".webmanifest": "application/manifest+json"}

        def log_message(self, *args):
            pass

    return Handler


_QuietHandler = _make_quiet_handler()


def open_page(ctx, url: str):
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=30_000)
    return page, errors
