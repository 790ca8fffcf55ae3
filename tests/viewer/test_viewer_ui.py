"""The viewer's UI in headless Chromium: the list view with every item kind, the language switch
remembered across reloads, no camera, offline after the first visit, and bundles that were
tampered with (the viewer refuses them on its own, without `museum-ar serve`'s check)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from exhibit_factory import make_exhibit
from museum_ar.export import export_bundle, generate_signing_key
from museum_ar.export.serve import BundleServer
from viewer_browser import DOCS_IMG, launch, open_page, plain_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_list_view_shows_every_kind_and_the_language_is_remembered(media_bundle: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        ctx, requests = launch(p, tmp_path / "profile", None, (1024, 768))  # no camera at all
        try:
            page, errors = open_page(ctx, server.url)
            # Without a camera the viewer says so and opens the list by itself.
            assert "Keine Kamera" in page.locator("#hint").inner_text()
            lst = page.locator("#list")
            assert lst.is_visible()
            page.wait_for_function("[...document.querySelectorAll('#list img')].every(i => i.complete && i.naturalWidth > 0)")
            text = lst.inner_text()
            for word in ("Rote Kiste", "Über das Buch", "Oskar Matzerath trommelt", "Zeichnung", "Lesung", "Trommelwirbel", "3D-Modell"):
                assert word in text, word
            assert page.locator("#list video[controls]").count() == 1
            assert page.locator("#list video[playsinline] track[kind=captions]").count() == 2
            assert page.locator("#list audio[controls]").count() == 1
            page.wait_for_function("document.querySelector('#list video').readyState >= 1", timeout=15_000)
            for sel in ("#btn-lang", "#btn-list"):
                box = page.locator(sel).bounding_box()
                assert box["width"] >= 48 and box["height"] >= 48, sel
                assert page.locator(sel).get_attribute("aria-label")
            page.screenshot(path=str(DOCS_IMG / "viewer-list-de.png"))

            page.locator("#btn-lang").click()
            page.wait_for_function("document.documentElement.lang === 'en'")
            assert "Red box" in lst.inner_text() and "Drum roll" in lst.inner_text() and "3D model" in lst.inner_text()
            assert page.evaluate("[...document.querySelector('#list video').textTracks].map(t => t.language + ':' + t.mode).sort().join()") == "de:disabled,en:showing"
            page.wait_for_function("[...document.querySelectorAll('#list img')].every(i => i.complete && i.naturalWidth > 0)")
            page.screenshot(path=str(DOCS_IMG / "viewer-list-en.png"))
            lst.evaluate("e => e.scrollTop = e.scrollHeight")
            page.wait_for_timeout(300)
            page.screenshot(path=str(DOCS_IMG / "viewer-list-media.png"))
            page.reload()
            page.wait_for_function("window.museumAR && window.museumAR.ready")
            assert page.evaluate("document.documentElement.lang") == "en"
            assert "About the book" in page.locator("#list").inner_text()
            assert not errors, errors
            assert all(u.startswith(("http://localhost", "http://127.0.0.1", "blob:", "data:")) for u in requests)
        finally:
            ctx.close()


def test_a_kind_is_shown_by_the_record_the_manifest_names(media_bundle: Path, tmp_path: Path):
    """kinds.js holds one record per way of showing a kind; which one shows a kind is the manifest's
    `kinds[kind].shown_as` (from the kind's core record), not the kind's name. The audio kind said
    to be shown as text gets the text record, so its list card has no player: as a new kind shown
    as text would be shown with no change to the viewer."""
    from playwright.sync_api import sync_playwright

    bundle = tmp_path / "shown-as-text"
    shutil.copytree(media_bundle, bundle)
    manifest = json.loads((bundle / "manifest.json").read_text("utf-8"))
    assert manifest["kinds"]["audio"]["shown_as"] == "audio"
    manifest["kinds"]["audio"]["shown_as"] = "text"
    (bundle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", None, (1024, 768))  # no camera: the list opens
        try:
            page, errors = open_page(ctx, server.url)
            lst = page.locator("#list")
            assert lst.is_visible() and "Trommelwirbel" in lst.inner_text()
            assert page.locator("#list audio[controls]").count() == 0  # before: 1 (the audio record's player)
            assert page.locator("#list video[controls]").count() == 1  # the other kinds as before
            assert not errors, errors
        finally:
            ctx.close()


def test_viewer_works_offline_after_the_first_visit(media_bundle: Path, tmp_path: Path, capsys):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx, requests = launch(p, tmp_path / "profile", None, guard=False)  # with the HTTP cache, as on a tablet
        try:
            server = BundleServer(media_bundle, port=0, quiet=False).start_background()  # logs "200 GET /name"
            page, _ = open_page(ctx, server.url)
            page.wait_for_function("window.museumAR.serviceWorker === 'cached'", timeout=60_000)  # the worker kept every file
            cached = page.evaluate("caches.keys().then(k => caches.open(k[0])).then(c => c.keys()).then(r => r.length)")
            listed = json.loads((media_bundle / "manifest.json").read_text("utf-8"))["files"]
            assert cached >= len([f for f in listed if not f.endswith(".usdz")])  # USDZ only on iOS (test_quicklook.py)
            # Each file was sent whole once on this first visit, as the server saw it: the page
            # starts without waiting for the worker, and the worker then keeps what the page
            # fetched by revalidating it (304, no body); media asked for in byte ranges while
            # playing are 206 parts. viewer.js, the manifest and every asset once; the page's own
            # small files may go twice.
            sent = [line.split()[2] for line in capsys.readouterr().out.splitlines() if line.startswith("200 GET ")]
            page_shell = {"/", "/index.html", "/boot.js", "/viewer.css", "/app.webmanifest", "/icon.svg", "/sw.js"}
            twice = sorted({u for u in sent if sent.count(u) > 1} - page_shell)
            assert sent and not twice, twice
            shell = [media_bundle / u.lstrip("/") for u in page_shell if u != "/" and (media_bundle / u.lstrip("/")).exists()]
            # what the first visit costs on top of the bundle: as stored, and as sent compressed
            # (museum-ar serve and web hosts gzip text); 40 kB until boot.js began fetching the
            # models early and the Quick Look bar got its note on animated models (+0.4 kB)
            assert sum(f.stat().st_size for f in shell) < 42_000
            assert sum(len(gzip.compress(f.read_bytes())) for f in shell) < 18_000
            assert all(u.startswith(("http://localhost", "http://127.0.0.1", "blob:", "data:")) for u in requests)
            server.stop()  # the museum's Wi-Fi is gone
            page.reload()
            page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=30_000)
            assert page.evaluate("window.museumAR.error") is None
            assert page.evaluate("window.museumAR.manifest.exhibit.title.de") == "Die Blechtrommel"
            page.locator("#list").wait_for(state="visible")
            page.wait_for_function("[...document.querySelectorAll('#list img')].every(i => i.complete && i.naturalWidth > 0)")
        finally:
            ctx.close()


def test_a_returning_visitor_sees_the_texts_of_a_new_export(tmp_path: Path, chromium_path):
    """The service worker serves the manifest from its cache; a re-export that changed only texts
    (no file) must still replace the cache, and the visitor sees the new title on the next visit."""
    from playwright.sync_api import sync_playwright

    from museum_ar.core import LocalizedText, load_project

    root = make_exhibit(tmp_path / "Projekt", with_image=False)
    first = export_bundle(root, tmp_path / "v1", usdz=False)  # no USDZ: no file carries the title
    project = load_project(root)
    # A corrected label: it lives in manifest.json only (the title would also change app.webmanifest)
    project.exhibit.markers[0].label = LocalizedText.of(de="Die Trommel (korrigiert)", en="The drum (corrected)")
    project.save()
    second = export_bundle(root, tmp_path / "v2", usdz=False)
    assert (first / "sw.js").read_bytes() != (second / "sw.js").read_bytes()
    with sync_playwright() as p:
        ctx, _ = launch(p, tmp_path / "profile", None)
        try:
            server = BundleServer(first, port=0, quiet=True).start_background()
            port = server.port
            page, _ = open_page(ctx, server.url)
            page.wait_for_function("navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'", timeout=30_000)
            server.stop()
            server = BundleServer(second, port=port, quiet=True).start_background()  # re-published at the same address
            try:
                page.reload()
                page.wait_for_function("window.museumAR && window.museumAR.ready && (window.museumAR.error || window.museumAR.manifest.markers[0].label.de.includes('korrigiert'))", timeout=30_000)
                assert page.evaluate("window.museumAR.error") is None, page.evaluate("JSON.stringify(window.museumAR)")
            finally:
                server.stop()
        finally:
            ctx.close()


def _tampered(bundle: Path, tmp_path: Path, how: str) -> Path:
    b = tmp_path / f"tampered-{how}"
    shutil.copytree(bundle, b)
    if how == "mesh":
        glb = next((b / "assets").glob("*.glb"))
        data = bytearray(glb.read_bytes())
        data[-5] ^= 0xFF
        glb.write_bytes(bytes(data))
    elif how == "signed-manifest":
        m = json.loads((b / "manifest.json").read_text("utf-8"))
        m["exhibit"]["title"]["de"] = "Gefälscht"
        (b / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    return b


@pytest.mark.parametrize("how", ["mesh", "signed-manifest"])
def test_viewer_refuses_a_tampered_bundle(media_bundle: Path, tmp_path: Path, how: str):
    from playwright.sync_api import sync_playwright

    source = media_bundle
    if how == "signed-manifest":
        key = tmp_path / "k.pem"
        generate_signing_key(key)
        source = export_bundle(media_bundle.parent / "Projekt", tmp_path / "signed", signing_key=key)
    bad = _tampered(source, tmp_path, how)
    with sync_playwright() as p:
        ctx, _ = launch(p, tmp_path / "profile", None)
        try:
            if how == "signed-manifest":  # the untampered signed bundle is accepted first
                with plain_server(source) as good:
                    page, _ = open_page(ctx, good.url)
                    assert page.evaluate("window.museumAR.error") is None
                    integrity = page.evaluate("window.museumAR.integrity")
                    assert (integrity["hashes"], integrity["signature"]) == (True, "verified")
                    assert integrity["by"]["hash"] == integrity["by"]["signature"] == "webcrypto"  # localhost is a secure context
            with plain_server(bad) as srv:
                page, _ = open_page(ctx, srv.url)
                assert page.evaluate("window.museumAR.error")
                assert page.locator("#error").is_visible()
                assert "verändert" in page.locator("#error").inner_text()
        finally:
            ctx.close()


def test_opened_from_a_markers_code_the_viewer_names_that_marker(media_bundle: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        import numpy as np
        from y4m_camera import write_y4m

        empty = write_y4m(tmp_path / "table.y4m", [np.full((480, 640, 3), 110, np.uint8)] * 3)  # no marker in view
        ctx, _ = launch(p, tmp_path / "profile", empty)
        try:
            page, errors = open_page(ctx, server.url + "#trommel")
            assert page.evaluate("window.museumAR.wantedMarker") == "trommel"
            hint = page.locator("#hint").inner_text()
            assert "„Die Trommel“" in hint, hint
            page.locator("#btn-lang").click()
            assert "“The drum”" in page.locator("#hint").inner_text()
            assert not errors, errors
        finally:
            ctx.close()


def test_a_malformed_fragment_or_a_label_with_replacement_patterns_is_taken_literally(tmp_path: Path, chromium_path):
    """`#%E0%A4%A` (a cut-off escape) must not leave a blank page, and `$&`/`$'` in a curator's label
    must reach the visitor as typed (String.replace would read them as patterns)."""
    from playwright.sync_api import sync_playwright

    from museum_ar.core import LocalizedText, load_project

    root = make_exhibit(tmp_path / "Projekt $&", with_image=False)
    project = load_project(root)
    project.exhibit.markers[0].label = LocalizedText.of(de="Oskars $& und $' Trommel", en="Oskar's $$ drum")
    project.save()
    bundle = export_bundle(root, tmp_path / "bundle")
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        import numpy as np
        from y4m_camera import write_y4m

        empty = write_y4m(tmp_path / "table.y4m", [np.full((480, 640, 3), 110, np.uint8)] * 3)
        ctx, _ = launch(p, tmp_path / "profile", empty)
        try:
            page, errors = open_page(ctx, server.url + "#%E0%A4%A")
            assert page.evaluate("window.museumAR.wantedMarker") is None
            assert page.locator("#overlay").is_visible() and not errors, errors
            page, errors = open_page(ctx, server.url + "#trommel")
            page.reload()
            page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=30_000)
            assert "„Oskars $& und $' Trommel“" in page.locator("#hint").inner_text()
            page.locator("#btn-lang").click()
            assert "Oskar's $$ drum" in page.locator("#hint").inner_text()
            assert not errors, errors
        finally:
            ctx.close()


def test_camera_switch_appears_with_two_cameras_and_switches(media_bundle: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", None, cameras=2)
        try:
            page, errors = open_page(ctx, server.url)
            button = page.locator("#btn-camera")
            assert button.is_visible() and button.get_attribute("aria-label") == "Kamera wechseln"
            current = "window.museumAR.stream.getVideoTracks()[0].getSettings().deviceId"
            before = page.evaluate(current)
            button.click()
            page.wait_for_function(f"{current} !== {before!r}", timeout=10_000)
            page.wait_for_function("document.getElementById('camera').videoWidth > 0")
            assert not errors, errors
        finally:
            ctx.close()


def test_camera_denied_is_explained_with_a_retry_in_both_orientations(media_bundle: Path, tmp_path: Path):
    """A visitor who refused the camera reads why there is no AR view and what to do, above the
    list (not hidden behind it), in German and English, and gets a button that asks again;
    "Kamera" asks again too instead of showing black."""
    from playwright.sync_api import sync_playwright
    import viewer_browser

    args = viewer_browser.chromium_args(None, 1)
    args = [a if a != "--use-fake-ui-for-media-stream" else "--use-fake-ui-for-media-stream=deny" for a in args]
    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        for n, (size, locale, words) in enumerate((((768, 1024), "de-DE", ("nicht freigegeben", "Erneut versuchen")), ((1024, 768), "en-US", ("not allowed", "Try again")))):
            ctx = p.chromium.launch_persistent_context(str(tmp_path / f"p{n}"), executable_path=viewer_browser.CHROMIUM, headless=True, args=args, viewport={"width": size[0], "height": size[1]}, locale=locale)
            try:
                page = ctx.new_page()
                page.goto(server.url)
                box = page.locator("#camera-problem")
                box.wait_for(state="visible", timeout=20_000)
                assert words[0] in box.inner_text() and page.locator("#btn-retry").inner_text() == words[1]
                assert page.locator("#list").is_visible()
                # the list's items come with content.js (three.js and the item kinds), loaded at once without a camera
                page.locator("#list > *").first.wait_for(timeout=10_000)
                b, first = box.bounding_box(), page.locator("#list > *").first.bounding_box()
                assert b["y"] + b["height"] <= first["y"], "the explanation covers the top of the list"
                page.screenshot(path=str(tmp_path / f"denied-{n}.png"))
                page.locator("#btn-retry").click()  # still denied: it stays, asked again without a reload
                page.wait_for_timeout(500)
                assert box.is_visible()
                page.locator("#btn-list").click()  # "Kamera": asks again, keeps the list (no black view)
                page.wait_for_timeout(500)
                assert page.locator("#list").is_visible() and box.is_visible()
            finally:
                ctx.close()
