"""Verbs on bundles: export, verify, serve."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import BundleError
from ..core.progress import Progress
from .progress import TextProgress

SERVE_HELP = (
    "serve a bundle (folder or .zip) to a browser. Browsers allow the camera only on localhost or "
    "over HTTPS: for a tablet on the network, pass --host 0.0.0.0 with --cert and --key"
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a self-contained, offline tablet bundle (folder, or .zip when --out ends in .zip)")
    p.add_argument("dir", type=Path, help="exhibit project folder")
    p.add_argument("--out", required=True, type=Path, help="bundle folder or .zip to write")
    p.add_argument("--sign", type=Path, metavar="KEY.pem", help="sign the bundle with this Ed25519 private key")
    p.add_argument("--new-key", type=Path, metavar="KEY.pem", help="create an Ed25519 key pair (KEY.pem and KEY.pub.pem) and sign with it")
    p.add_argument("--hfov", type=_hfov, help="camera field of view the viewer assumes, degrees (default 65)")
    p.add_argument("--force", action="store_true", help="replace an existing bundle at --out")
    p.add_argument("--no-usdz", action="store_true", help="leave out the AR Quick Look scenes (USDZ) for iPad/iPhone")
    p.add_argument("--no-compress", action="store_true", help="write 3D models as plain GLB (larger; by default they are meshopt-compressed, which the viewer decodes offline)")
    p.set_defaults(func=_export)

    p = sub.add_parser("verify", help="check a bundle: schema, file hashes, signature, references; exit 1 with the reason")
    p.add_argument("bundle", type=Path, help="bundle folder or .zip")
    p.add_argument("--key", type=Path, metavar="KEY.pem", help="require a signature by this Ed25519 key (public or private PEM)")
    p.set_defaults(func=_verify)

    p = sub.add_parser("serve", help=SERVE_HELP, description=SERVE_HELP)
    p.add_argument("bundle", type=Path, help="bundle folder or .zip")
    p.add_argument("--port", type=_port, default=8000, help="0-65535; 0 picks a free port")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    p.add_argument("--cert", type=Path, help="TLS certificate (PEM) for HTTPS")
    p.add_argument("--key", type=Path, help="TLS private key (PEM) for HTTPS")
    p.set_defaults(func=_serve)


def _export(a) -> int:
    from ..export.signing import new_signing_key, write_signing_key

    key = a.sign
    if a.new_key:
        if a.sign:
            raise BundleError("give either --sign or --new-key, not both")
        pub = a.new_key.with_name(a.new_key.stem + ".pub.pem")
        for p in (a.new_key, pub):
            if p.exists() or p.is_symlink():
                raise BundleError("already exists; a key is never overwritten (use --sign to sign with it)", path=p)
            if not p.parent.is_dir():
                raise BundleError("no such folder for the new key", path=p.parent)
        key = new_signing_key()  # written only after the export succeeded
    from ..services.export import export_project

    out = export_project(a.dir, a.out, signing_key=key, hfov_deg=a.hfov, overwrite=a.force, usdz=not a.no_usdz,
                         compress_meshes=not a.no_compress, progress=Progress(TextProgress())).path
    if a.new_key:
        write_signing_key(key, a.new_key, pub)
        print(f"created signing key {a.new_key} (owner-only; keep it private) and {pub}")
    print(f"exported {out}{' (signed)' if key else ''}")
    from ..export import verify_bundle

    # checked as `verify` would, after the new key is safely written
    _say_notes(verify_bundle(out))
    return 0


def _say_notes(r) -> None:
    """What a visitor will see differently from the preview (export and verify say the same)."""
    for mid in r.outline_markers:
        print(f"note: marker '{mid}' is found by its outline only where its edge stands out against the wall, on this computer and on tablets alike: visitors can always reach its content through the tablet's list")
    for mid, item_id, title in r.quicklook_still:
        name = title.get("en") or title.get("de") or item_id
        print(f"note: '{name}' on marker '{mid}' moves in the tablet viewer; AR Quick Look (iPhone, iPad) shows it still")
    for mid, before, after in r.quicklook_simplified:
        print(f"note: the models on marker '{mid}' have {before} triangles; AR Quick Look (iPhone, iPad) gets them simplified to {after} (the tablet viewer shows them as imported)")
    for mid, item_id, title in r.quicklook_colours_dropped:
        name = title.get("en") or title.get("de") or item_id
        print(f"note: '{name}' on marker '{mid}' has vertex colours and a colour texture; AR Quick Look (iPhone, iPad) shows the texture only")


def _verify(a) -> int:
    from ..export import verify_bundle
    from ..export.signing import load_public_key

    require = load_public_key(a.key) if a.key else None
    r = verify_bundle(a.bundle, require_key=require)
    sig = f"signed, key {r.public_key}" if r.signed else "not signed"
    print(f"ok: {r.files} files, {r.bytes} bytes, {r.markers} marker(s), {r.items} item(s), {sig}")
    _say_notes(r)
    return 0


def _hfov(text: str) -> float:
    import math

    try:
        v = float(text) if len(text) < 64 else math.nan
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a number") from None
    if not math.isfinite(v) or not 1.0 <= v <= 179.0:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' must be a finite number of degrees between 1 and 179")
    return v


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"{n} is out of range (0-65535)")
    return n


def _serve(a) -> int:
    from ..export.serve import BundleServer

    if a.key and not a.cert:
        raise BundleError("--key needs --cert")
    server = BundleServer(a.bundle, a.host, a.port, a.cert, a.key)
    # before saying "serving": a SIGTERM right after start (a service manager, a test) must find
    # the cleanup in place, or the extracted snapshot stays behind
    server.install_signal_cleanup()
    print(f"serving {a.bundle} at {server.url}  (Ctrl+C stops)", flush=True)
    if not a.cert and a.host not in ("127.0.0.1", "localhost", "::1"):
        print("note: without --cert, tablets on the network get no camera (browsers need HTTPS or localhost)")
    try:
        server.serve_forever()
    finally:
        server.stop()
    print("stopped; the temporary copy of the bundle is removed", flush=True)
    return 128 + server.stopped_by if server.stopped_by else 0  # the shell's convention (Ctrl+C: 130)
