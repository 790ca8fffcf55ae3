"""What the integrity checks cost a visitor: the time the viewer spends checking (signature and
every file's SHA-256 until the exhibit is ready), with WebCrypto (a secure context: localhost here, https in the museum) against the pure-JS
checks a tablet on plain http over the LAN runs (viewer/src/crypto_checks.js), at 1x and 4x CPU
throttling (a rough mid-range tablet), and raw SHA-256 / Ed25519 throughput of both in node (the
same V8 engine).

    python3 benchmarks/viewer_checks.py      # prints one JSON object

Needs Chromium, playwright and node like tests/viewer. Compare figures of one run only."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / d) for d in ("tests/viewer", "tests/export", "tests", ".")]

from playwright.sync_api import sync_playwright

import viewer_browser
from exhibit_factory import make_exhibit
from museum_ar.export import export_bundle, generate_signing_key

NODE_MICRO = r"""
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import * as ed from "@noble/ed25519";
ed.hashes.sha512 = sha512;
const buf = new Uint8Array(16 << 20).map((_, i) => i * 31);
const t = () => performance.now();
let a = t(); await crypto.subtle.digest("SHA-256", buf); const web = t() - a;
a = t(); sha256(buf); const js = t() - a;
const sk = ed.utils.randomSecretKey(), pk = ed.getPublicKey(sk), msg = buf.subarray(0, 20000), sig = ed.sign(msg, sk);
a = t(); for (let i = 0; i < 20; i++) ed.verify(sig, msg, pk, { zip215: false }); const ver = (t() - a) / 20;
console.log(JSON.stringify({ sha256_MB_s_webcrypto: +(16 / web * 1000).toFixed(0), sha256_MB_s_js: +(16 / js * 1000).toFixed(0), ed25519_verify_ms_js: +ver.toFixed(2) }));
"""


def main() -> None:
    root = Path(tempfile.mkdtemp())
    key = root / "k.pem"
    generate_signing_key(key)
    bundle = export_bundle(make_exhibit(root / "P", with_image=True), root / "b", signing_key=key, usdz=False)
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    out = {"bundle_bytes": size}
    with sync_playwright() as p, viewer_browser.plain_server(bundle) as server:
        for host in ("127.0.0.1", "lan.museum.test"):
            for rate in (1, 4):
                times = []
                for run in range(3):
                    args = viewer_browser.chromium_args(None, 0) + [f"--host-resolver-rules=MAP {host} 127.0.0.1"]
                    ctx = p.chromium.launch_persistent_context(
                        str(root / f"prof-{host}-{rate}-{run}"), executable_path=viewer_browser.CHROMIUM, headless=True,
                        args=args, service_workers="block", bypass_csp=True)
                    page = ctx.pages[0] if ctx.pages else ctx.new_page()
                    ctx.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": rate})
                    page.goto(server.url.replace("127.0.0.1", host))
                    page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=60_000)
                    assert page.evaluate("window.museumAR.error") is None
                    by = page.evaluate("window.museumAR.integrity.by")
                    times.append(by["ms"])
                    ctx.close()
                name = "webcrypto" if by["hash"] == "webcrypto" else "js"
                out[f"checks_ms_{name}_{rate}x"] = round(sorted(times)[1])
    micro = subprocess.run(["node", "--input-type=module", "-e", NODE_MICRO], cwd=ROOT / "viewer", capture_output=True, text=True, check=True)
    out.update(json.loads(micro.stdout))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
