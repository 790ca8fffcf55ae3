"""Headless Chromium for the viewer tests: a fresh profile, a fake camera fed from a .y4m video,
and every request that does not go to localhost refused (and recorded)."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def chromium_args(y4m: Path | None) -> list[str]:
    args = [
        "--no-sandbox",
        "--use-fake-ui-for-media-stream",
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
    return args


def launch(playwright, user_data_dir: Path, y4m: Path | None, viewport=(960, 720), locale: str = "de-DE"):
    """A fresh persistent context (own profile folder) that lets only localhost through."""
    ctx = playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=CHROMIUM,
        headless=True,
        args=chromium_args(y4m),
        viewport={"width": viewport[0], "height": viewport[1]},
        service_workers="allow",
        locale=locale,
        bypass_csp=True,  # playwright evaluates strings; the page itself keeps its CSP
    )
    requests: list[str] = []
    ctx.on("request", lambda r: requests.append(r.url))

    def guard(route):
        url = route.request.url
        if url.startswith(("http://localhost", "http://127.0.0.1", "https://localhost", "blob:", "data:")):
            route.continue_()
        else:
            route.abort()

    ctx.route("**/*", guard)
    return ctx, requests
