"""'Open in AR' (AR Quick Look) links in the viewer, in headless Chromium.

Chromium cannot open rel="ar" links, so by default the viewer must show none. Safari on iOS and
iPadOS answers `a.relList.supports("ar")` with true; an init script gives Chromium that one answer
to exercise the viewer's iPad branch (links, words in both languages, the files they point to).
No iOS device was available: that Quick Look then opens the USDZ on the marker is not tested here.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from museum_ar.export.serve import BundleServer
from viewer_browser import DOCS_IMG, launch, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SAFARI_AR = "DOMTokenList.prototype.supports = function (t) { return t === 'ar'; };"


def test_no_quick_look_links_where_the_browser_cannot_open_them(media_bundle: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        ctx, _ = launch(p, tmp_path / "profile", None)
        try:
            page, errors = open_page(ctx, server.url + "#trommel")
            assert page.locator("#list").is_visible()  # no camera: the list opens by itself
            assert page.locator("a[rel=ar]").count() == 0
            assert page.locator("#quicklook-bar").count() == 0
            page.wait_for_function("window.museumAR.serviceWorker === 'cached'", timeout=60_000)  # the worker kept every file
            cached = page.evaluate("caches.keys().then(k => caches.open(k[0])).then(c => c.keys()).then(r => r.map(q => q.url))")
            assert cached and not [u for u in cached if u.endswith(".usdz")]  # megabytes a non-iOS tablet cannot use
            assert not errors, errors
        finally:
            ctx.close()


def test_on_ipad_safari_each_marker_offers_open_in_ar_in_both_languages(media_bundle: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    from y4m_camera import write_y4m

    manifest = json.loads((media_bundle / "manifest.json").read_text("utf-8"))
    usdz = manifest["markers"][0]["usdz"]
    with sync_playwright() as p, BundleServer(media_bundle, port=0, quiet=True) as server:
        empty = write_y4m(tmp_path / "table.y4m", [np.full((480, 640, 3), 110, np.uint8)] * 3)  # camera, no marker in view
        ctx, _ = launch(p, tmp_path / "profile", empty, (1024, 768))
        ctx.add_init_script(SAFARI_AR)
        try:
            page, errors = open_page(ctx, server.url + "#trommel")
            # Over the camera: the bar for the marker whose code opened the page.
            bar = page.locator("#quicklook-bar")
            bar.wait_for(state="visible")
            links = bar.locator("a[rel=ar]")
            assert links.count() == 2
            assert links.nth(0).get_attribute("href") == usdz["anchored"]["de"]
            assert links.nth(1).get_attribute("href") == usdz["table"]["de"]
            for i in range(2):  # Safari opens Quick Look directly only with exactly one <img> inside
                assert links.nth(i).evaluate("a => a.children.length === 1 && a.firstElementChild.tagName === 'IMG'")
            text = bar.inner_text()
            assert "In AR öffnen" in text and "Auf den Tisch stellen" in text and "Video und Ton" in text
            page.wait_for_function("document.querySelector('#quicklook-bar img').naturalWidth > 0")
            page.screenshot(path=str(DOCS_IMG / "viewer-quicklook-de.png"))
            # The files are there and served as Quick Look wants them.
            for href in (usdz["anchored"]["de"], usdz["table"]["de"]):
                r = page.request.get(server.url + href)
                assert r.status == 200 and r.headers["content-type"] == "model/vnd.usdz+zip"
                assert r.body()[:2] == b"PK"
            # The list view: one row per marker, in English after the switch.
            page.locator("#btn-list").click()
            assert not bar.is_visible()
            page.locator("#btn-lang").click()
            page.wait_for_function("document.documentElement.lang === 'en'")
            row = page.locator("#list .quicklook[data-marker=trommel]")
            assert "Open in AR" in row.inner_text() and "Place on a table" in row.inner_text()
            assert row.locator("a[rel=ar]").first.get_attribute("href") == usdz["anchored"]["en"]
            assert "Open “The drum” in AR Quick Look" in row.locator("a[rel=ar]").first.get_attribute("aria-label")
            box = row.locator(".ql-open").bounding_box()
            assert box["height"] >= 48
            page.screenshot(path=str(DOCS_IMG / "viewer-quicklook-list-en.png"))
            # Offline too: this worker (sw.js?ar=1) cached the USDZ files with the rest.
            page.wait_for_function("window.museumAR.serviceWorker === 'cached'", timeout=60_000)  # the worker kept every file
            cached = page.evaluate("caches.keys().then(k => caches.open(k[0])).then(c => c.keys()).then(r => r.map(q => q.url))")
            assert {u.split('/', 3)[3] for u in cached} >= {f for f in manifest["files"] if f.endswith(".usdz")}
            assert not errors, errors
        finally:
            ctx.close()


def test_an_animated_model_is_said_to_stand_still_in_quick_look(tmp_path: Path):
    """A model animated by morph targets on a card (Quick Look is given node animation and skins,
    not blend shapes): its USDZ carries it at rest, and the bar over the camera and the list say
    so in the visitor's language (manifest usdz.still)."""
    from playwright.sync_api import sync_playwright

    from animated_glb import write_morphing_glb
    from museum_ar.cli import main
    from y4m_camera import write_y4m

    fox = write_morphing_glb(tmp_path / "Fox.glb")
    proj, bundle = tmp_path / "Füchse im Wald", tmp_path / "bundle"
    assert main(["new", str(proj), "--title", "Füchse", "--title-en", "Foxes", "--url", "https://ar.example.org/fuchs/"]) == 0
    assert main(["add-marker", str(proj), "--id", "fuchs", "--size-mm", "80", "--label", "Rotfuchs", "--label-en", "Red fox"]) == 0
    assert main(["attach", str(proj), "fuchs", str(fox), "--fit"]) == 0
    assert main(["export", str(proj), "--out", str(bundle)]) == 0
    with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
        empty = write_y4m(tmp_path / "table.y4m", [np.full((480, 640, 3), 110, np.uint8)] * 3)
        ctx, _ = launch(p, tmp_path / "profile", empty, (1024, 768))
        ctx.add_init_script(SAFARI_AR)
        try:
            page, errors = open_page(ctx, server.url + "#fuchs")
            bar = page.locator("#quicklook-bar")
            bar.wait_for(state="visible")
            text = bar.inner_text()
            assert "In AR Quick Look steht das Modell still" in text and "Video und Ton" not in text
            page.wait_for_function("document.querySelector('#quicklook-bar img').naturalWidth > 0")
            page.screenshot(path=str(DOCS_IMG / "viewer-quicklook-still-de.png"))
            page.locator("#btn-list").click()
            page.locator("#btn-lang").click()
            page.wait_for_function("document.documentElement.lang === 'en'")
            assert "In AR Quick Look the model stands still" in page.locator("#list .quicklook[data-marker=fuchs]").inner_text()
            assert not errors, errors
        finally:
            ctx.close()
