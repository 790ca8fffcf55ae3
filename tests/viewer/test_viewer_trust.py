"""Trust in headless Chromium: what the viewer runs is what was signed, and the key an address
was first seen with is the only one it accepts there (docs/export.md, "Trust").

Every visit here is to the same address (one port), as a returning visitor's tablet would make;
service workers are blocked so each visit reads the files the server has now."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exhibit_factory import make_exhibit
from museum_ar.export import export_bundle, generate_signing_key
import viewer_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def signed(tmp_path_factory, chromium_path):
    root = tmp_path_factory.mktemp("trust")
    project = make_exhibit(root / "Projekt", with_image=False)
    keys = {name: generate_signing_key(root / f"{name}.pem") and root / f"{name}.pem" for name in ("museum", "other")}
    return {
        "project": project,
        "museum": export_bundle(project, root / "museum", signing_key=keys["museum"], usdz=False),
        "other": export_bundle(project, root / "other", signing_key=keys["other"], usdz=False),
        "unsigned": export_bundle(project, root / "unsigned", usdz=False),
    }


class Tablet:
    """One browser profile (its localStorage holds the pinned keys) that visits addresses."""

    def __init__(self, p, profile: Path, host: str = "127.0.0.1"):
        # A host name other than localhost is what a tablet on the museum's LAN uses
        # (http://192.168.x.y or a local name): not a secure context, so no WebCrypto there.
        self.host = host
        args = viewer_browser.chromium_args(None, 0) + ([f"--host-resolver-rules=MAP {host} 127.0.0.1"] if host != "127.0.0.1" else [])
        self.ctx = p.chromium.launch_persistent_context(
            str(profile), executable_path=viewer_browser.CHROMIUM, headless=True, args=args,
            viewport={"width": 800, "height": 600}, locale="de-DE", service_workers="block",
            bypass_csp=True,  # wait_for_function evaluates strings; test_viewer_ui runs a page under its real CSP
        )
        self.page = self.ctx.pages[0] if self.ctx.pages else self.ctx.new_page()

    def visit(self, bundle: Path, port: int) -> dict:
        """Open the bundle served at http://127.0.0.1:port/ and return the viewer's verdict."""
        published_now(bundle)
        with viewer_browser.plain_server(bundle, port) as server:  # any web server, no checks of ours
            self.page.goto(server.url.replace("127.0.0.1", self.host))
            self.page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=30_000)
            page = self.page
            return {
                "secure_context": page.evaluate("window.isSecureContext"),
                "checked_by": page.evaluate("window.museumAR.integrity && window.museumAR.integrity.by"),
                "error": page.evaluate("window.museumAR.error"),
                "signature": page.evaluate("window.museumAR.integrity && window.museumAR.integrity.signature"),
                "shown": page.locator("#error").inner_text() if page.locator("#error").is_visible() else "",
                "tampered_code_ran": page.evaluate("window.__tamperedCodeRan === true"),
            }

    def close(self):
        self.ctx.close()


_published = [0.0]


def published_now(bundle: Path) -> None:
    """Give the files a later modification time than anything served before: exports made within
    one second would otherwise answer the browser's revalidation with 304 and it would keep the
    previous bundle's manifest (a real re-publication happens minutes later)."""
    import os
    import time

    _published[0] = max(_published[0] + 10, time.time())
    for f in bundle.rglob("*"):
        os.utime(f, (_published[0], _published[0]))


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_key_change_or_an_unsigned_replacement_at_the_same_address_is_refused(signed, tmp_path):
    from playwright.sync_api import sync_playwright

    port = free_port()
    with sync_playwright() as p:
        tablet = Tablet(p, tmp_path / "tablet")
        try:
            first = tablet.visit(signed["museum"], port)
            assert first["error"] is None and first["signature"] == "verified"
            again = tablet.visit(signed["museum"], port)
            assert again["error"] is None  # the same key again: fine
            swapped = tablet.visit(signed["other"], port)
            assert swapped["error"] and "anderen Schlüssel" in swapped["shown"]
            stripped = tablet.visit(signed["unsigned"], port)
            assert stripped["error"] and "ist es jetzt nicht mehr" in stripped["shown"]
        finally:
            tablet.close()
        # another tablet that never saw this address trusts the first key it meets (trust on first use)
        other = Tablet(p, tmp_path / "other-tablet")
        try:
            fresh = other.visit(signed["other"], port)
            assert fresh["error"] is None and fresh["signature"] == "verified"
        finally:
            other.close()


def test_a_replacement_with_another_exhibit_id_does_not_start_a_new_trust(signed, tmp_path):
    """The key is pinned per address, not per exhibit id: a new id does not reset it."""
    import json

    from playwright.sync_api import sync_playwright

    from museum_ar.core import load_project

    project = load_project(signed["project"])
    root = tmp_path / "Fremd"
    shutil.copytree(signed["project"], root)
    data = json.loads((root / "exhibit.json").read_text("utf-8"))
    data["id"] = "ganz-andere-ausstellung"
    (root / "exhibit.json").write_text(json.dumps(data), "utf-8")
    key = tmp_path / "attacker.pem"
    generate_signing_key(key)
    other_id = export_bundle(root, tmp_path / "fremd", signing_key=key, usdz=False)
    assert project.exhibit.id != "ganz-andere-ausstellung"
    port = free_port()
    with sync_playwright() as p:
        tablet = Tablet(p, tmp_path / "tablet")
        try:
            assert tablet.visit(signed["museum"], port)["error"] is None
            verdict = tablet.visit(other_id, port)
            assert verdict["error"] and "anderen Schlüssel" in verdict["shown"]
        finally:
            tablet.close()


@pytest.mark.parametrize("script", ["viewer.js", "content.js"])
def test_code_added_to_a_viewer_script_never_runs(signed, tmp_path, script):
    """Code appended to a script of a signed bundle: boot.js finds it does not match its signed
    hash and refuses before starting it; the added code never runs. viewer.js is started by
    boot.js; content.js (three.js, the scene, the item kinds) is loaded after the viewer starts,
    from bytes boot.js fetched before the manifest was checked: refused alike."""
    from playwright.sync_api import sync_playwright

    bad = tmp_path / "tampered"
    shutil.copytree(signed["museum"], bad)
    with open(bad / script, "a", encoding="utf-8") as f:
        f.write("\n;window.__tamperedCodeRan = true;\n")
    with sync_playwright() as p:
        tablet = Tablet(p, tmp_path / "tablet")
        try:
            verdict = tablet.visit(bad, free_port())
        finally:
            tablet.close()
    assert verdict["error"] and script in verdict["error"] and "verändert" in verdict["shown"]
    assert verdict["tampered_code_ran"] is False


def test_plain_http_on_a_lan_address_is_checked_like_https(signed, tmp_path):
    """A tablet on the museum's LAN over plain http has no WebCrypto; the same checks run in
    JavaScript: the signed exhibit shows as verified, a changed viewer.js never runs, a key
    change at the address is refused."""
    from playwright.sync_api import sync_playwright

    bad = tmp_path / "tampered"
    shutil.copytree(signed["museum"], bad)
    with open(bad / "viewer.js", "a", encoding="utf-8") as f:
        f.write("\n;window.__tamperedCodeRan = true;\n")
    broken_media = tmp_path / "broken"
    shutil.copytree(signed["museum"], broken_media)
    model = next((broken_media / "assets").rglob("*.glb"))
    model.write_bytes(model.read_bytes()[:-1] + bytes([model.read_bytes()[-1] ^ 1]))
    port = free_port()
    with sync_playwright() as p:
        tablet = Tablet(p, tmp_path / "lan-tablet", host="ausstellung.museum.test")
        try:
            first = tablet.visit(signed["museum"], port)
            assert first["secure_context"] is False  # the condition under test: no WebCrypto here
            assert first["error"] is None and first["signature"] == "verified"
            assert (first["checked_by"]["hash"], first["checked_by"]["signature"]) == ("js", "js")
            tampered = tablet.visit(bad, port)
            assert tampered["error"] and "viewer.js" in tampered["error"] and tampered["tampered_code_ran"] is False
            swapped = tablet.visit(signed["other"], port)
            assert swapped["error"] and "anderen Schlüssel" in swapped["shown"]
        finally:
            tablet.close()
        # a model changed by one bit: the viewer's own files match, so it starts, and refuses the
        # exhibit when it checks the model
        fresh = Tablet(p, tmp_path / "lan-tablet-2", host="ausstellung.museum.test")
        try:
            broken = fresh.visit(broken_media, free_port())
        finally:
            fresh.close()
    assert broken["error"] and model.name in broken["error"] and "SHA-256" in broken["error"]
    assert "verändert" in broken["shown"]
