"""`museum-ar export`: an exhibit project -> a self-contained bundle (folder or .zip).

    manifest.json      markers, items, marker geometry, SHA-256 of every file (schema-checked)
    manifest.sig       optional Ed25519 signature of manifest.json
    index.html boot.js viewer.js viewer.css icon.svg  the built tablet viewer (packed from viewer_dist/)
    sw.js              service worker: caches the whole bundle on the first visit (offline after)
    app.webmanifest    installable web app, named after the exhibit
    assets/…           the project's optimised assets, under their content hashes
    markers/<id>.png   each marker's artwork, for reprinting and for the list view

The bundle is staged next to its destination and moved into place at the end, so a failed or
cancelled export leaves no half-written bundle behind.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

from PIL import Image

from ..core.errors import BundleError, CancelledError
from ..core.exhibit import Exhibit
from ..core.progress import NO_PROGRESS, Progress
from ..core.project import check_assets_present, load_project
from ..markers import MarkerSpec, render_marker
from .item_kinds import BUNDLE_KINDS
from .safe_zip import DEFAULT_LIMITS
from .manifest import MANIFEST_FILE, MAX_MANIFEST_BYTES, SIGNATURE_FILE, build_manifest, manifest_bytes, marker_image_path, validate_manifest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..core.errors import ProjectError
from ..core.project import regular_file_in_project

from .signing import load_signing_key, public_key_b64, sign
from .targets import target_entry, target_files, target_sizes


def check_hfov(value: float) -> float:
    """The viewer's assumed horizontal field of view: a finite number of degrees in (1, 179)."""
    import math

    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 1.0 <= value <= 179.0:
        raise BundleError(f"--hfov must be a finite number of degrees between 1 and 179, not {value!r}")
    return float(value)

VIEWER_DIST = "viewer_dist"
SW_TEMPLATE = "sw.template.js"
# Already-compressed formats are stored; text is deflated.
# What tablet browsers (Safari, Chrome) play or the viewer loads, by item kind (item_kinds.py).
VIEWER_FORMATS = {k.value: set(b.viewer_formats) for k, b in BUNDLE_KINDS.items() if b.viewer_formats is not None}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_DEFLATE_EXTS = {".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".vtt", ".txt", ".sig", ".obj", ".wav", ".usdz"}  # usdz: a stored zip itself; deflated, a truncated bundle cannot pass off its inner directory as the bundle's


def viewer_dist_files() -> dict[str, bytes]:
    """The built viewer's files (name -> bytes), from the package."""
    root = resources.files(__package__).joinpath(VIEWER_DIST)
    out = {}
    for entry in root.iterdir():
        if entry.is_file() and not entry.name.startswith("."):
            out[entry.name] = entry.read_bytes()
    if "index.html" not in out or "viewer.js" not in out or "boot.js" not in out:
        raise BundleError("the packaged viewer is missing (museum_ar/export/viewer_dist); reinstall museum-ar")
    return out


def viewer_file_names() -> list[str]:
    """The bundle files the packaged viewer consists of (its built files, the service worker made
    from its template, the web app manifest)."""
    return sorted((set(viewer_dist_files()) - {SW_TEMPLATE}) | {"sw.js", "app.webmanifest"})


def web_app_manifest(exhibit: Exhibit) -> bytes:
    lang = exhibit.languages[0] if exhibit.languages else "de"
    name = exhibit.title.get(lang) or "museum-ar"
    data = {
        "name": name,
        "short_name": name[:24],
        "lang": lang,
        "start_url": "./index.html",
        "scope": "./",
        "display": "fullscreen",
        "orientation": "any",
        "background_color": "#101418",
        "theme_color": "#101418",
        "icons": [{"src": "icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def marker_png(spec: MarkerSpec) -> bytes:
    img = render_marker(spec.payload, px_per_module=12, margin_modules=2, layout=spec.layout)
    buf = io.BytesIO()
    Image.fromarray(img, mode="L").save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def caption_vtt(text: str, duration_s: float | None) -> bytes:
    """A WebVTT file showing the item's caption for the whole video: the video element's own
    captions track carries it, in the visitor's language, in AR and in the list view."""
    end = duration_s if duration_s and duration_s > 0 else 359999.0
    h, rest = divmod(end, 3600)
    m, s = divmod(rest, 60)
    cue_text = "\n".join(line for line in text.replace("-->", "→").splitlines() if line.strip())
    return f"WEBVTT\n\n00:00:00.000 --> {int(h):02d}:{int(m):02d}:{s:06.3f}\n{cue_text}\n".encode()


def _caption_files(exhibit: Exhibit) -> tuple[dict[str, bytes], dict[str, dict[str, str]]]:
    files: dict[str, bytes] = {}
    by_item: dict[str, dict[str, str]] = {}
    for _, item in exhibit.items():
        if not BUNDLE_KINDS[item.kind].captions:
            continue
        stem = item.id if _SAFE_NAME.match(item.id) else hashlib.sha256(item.id.encode()).hexdigest()[:16]
        duration = item.info.get("duration_s")
        for lang, text in item.caption.values.items():
            if text.strip() and _SAFE_NAME.match(lang):
                path = f"captions/{stem}.{lang}.vtt"
                files[path] = caption_vtt(text, duration if isinstance(duration, (int, float)) else None)
                by_item.setdefault(item.id, {})[lang] = path
    return files, by_item


def _collect(project_root: Path, exhibit: Exhibit, progress: Progress) -> tuple[dict[str, bytes | Path], dict[str, str]]:
    """Bundle path -> bytes or a source file; and project path -> bundle path for assets."""
    files: dict[str, bytes | Path] = {}
    dist = viewer_dist_files()
    for name, data in dist.items():
        if name != SW_TEMPLATE:
            files[name] = data
    files["app.webmanifest"] = web_app_manifest(exhibit)
    bundle_paths: dict[str, str] = {}
    for marker, item in exhibit.items():
        allowed = VIEWER_FORMATS.get(item.kind.value)
        if item.asset and allowed is not None:
            ext = item.asset.rsplit(".", 1)[-1].lower()
            if ext not in allowed:
                raise BundleError(
                    f"{item.kind.value} item '{item.title.get('de') or item.id}' on marker '{marker.id}' is a .{ext} file, "
                    f"which tablets cannot show (needs {', '.join(sorted(allowed))}); attach the source file again to convert it",
                    path=project_root,
                )
        for rel in item.asset_paths():
            try:
                src = regular_file_in_project(project_root, rel)
            except ProjectError as e:
                raise BundleError(f"item '{item.id}': {e.detail}", path=project_root) from None
            bundle_paths[rel] = rel  # project assets are already content-addressed: keep their names
            files[rel] = src
    for n, m in enumerate(exhibit.markers):
        progress.report(0.1 + 0.2 * n / max(len(exhibit.markers), 1), f"marker {m.id}")
        if m.target is not None:  # an artwork: its compiled target data and a picture of it (export/targets.py)
            files.update(target_files(project_root, m))
        else:
            files[marker_image_path(m)] = marker_png(MarkerSpec.of(m, exhibit))
    files["sw.js"] = b""  # placeholder: its text depends on every other file's hash
    return files, bundle_paths


def _compress_meshes(files: dict[str, bytes | Path], exhibit: Exhibit, progress: Progress) -> None:
    """The project keeps plain GLBs (the desktop renderer reads them); tablets get them meshopt-
    coded and quantised, typically a third to a half of the bytes. A GLB the coder does not take
    (another tool's layout it leaves alone) goes out as it is: plain GLBs play everywhere."""
    from ..content.glb_compress import compress_glb

    meshes = sorted({it.asset for _, it in exhibit.items() if BUNDLE_KINDS[it.kind].compress_glb and it.asset and it.asset.lower().endswith(".glb")})
    for n, rel in enumerate(meshes):
        src = files.get(rel)
        if not isinstance(src, Path):
            continue
        progress.report(n / max(len(meshes), 1), f"compressing {Path(rel).name}")
        plain = src.read_bytes()
        try:
            packed = compress_glb(plain)
        except (ValueError, KeyError, IndexError, struct.error):  # a layout the coder cannot take
            continue
        if len(packed) < len(plain):
            files[rel] = packed


def _digest(data: bytes | Path) -> tuple[str, int]:
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest(), len(data)
    h, n = hashlib.sha256(), 0
    with open(data, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            n += len(block)
    return h.hexdigest(), n


def export_bundle(project_dir: str | Path, out: str | Path, **options: Any) -> Path:
    """Write the bundle of the project saved in `project_dir` to `out` (a .zip file when it ends
    in .zip, else a folder). Returns out. `options` are export_exhibit's (signing_key, hfov_deg,
    overwrite, usdz, compress_meshes, progress): 3D models go out meshopt-compressed
    (content/glb_compress.py; the viewer decodes them offline) unless compress_meshes is False."""
    project = load_project(project_dir, check_assets=True)
    return export_exhibit(project.exhibit, project.root, out, **options)


def export_exhibit(
    exhibit: Exhibit,
    project_root: str | Path,
    out: str | Path,
    *,
    signing_key: str | Path | Ed25519PrivateKey | None = None,
    hfov_deg: float | None = None,
    overwrite: bool = False,
    usdz: bool = True,
    compress_meshes: bool = True,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write the bundle of `exhibit` as it is in memory (unsaved edits included; exhibit.json is
    not read) with the assets of the project folder `project_root`. The caller owns `exhibit` for
    the duration (the app passes a snapshot: services.export). Returns out."""
    root = Path(project_root)
    check_assets_present(root, exhibit)
    out = Path(out)
    if out.exists() and not overwrite:
        raise BundleError("already exists; choose another name or pass --force", path=out)
    if out.resolve() == root.resolve() or root.resolve() in out.resolve().parents:
        raise BundleError("the bundle may not be written inside the project folder", path=out)
    key = signing_key if isinstance(signing_key, Ed25519PrivateKey) else (load_signing_key(signing_key) if signing_key else None)
    files = _bundle_files(exhibit, root, key=key, hfov_deg=hfov_deg, usdz=usdz, compress_meshes=compress_meshes, where=out, progress=progress)
    progress.report(0.6, "writing the bundle")
    _write(out, files, progress.scaled(0.6, 1.0), overwrite)
    sizes = target_sizes(json.loads(files[MANIFEST_FILE]))  # type: ignore[arg-type]  # manifest_bytes() made it
    told = "; image targets: " + ", ".join(f"{k} {v / 1000:.0f} kB" for k, v in sizes.items()) if sizes else ""
    progress.report(1.0, f"exported {len(files)} files{told}")
    return out


def check_exportable(project_dir: str | Path, *, exhibit: Exhibit | None = None, usdz: bool = True, progress: Progress = NO_PROGRESS) -> int:
    """Everything export checks, without writing anything (`museum-ar validate` runs it so that it
    never says ok for a project that export then refuses). Returns the number of bundle files.
    Without `exhibit`, the project saved in project_dir (exhibit.json read); with one, that exhibit
    as it is in memory, unsaved edits included, with the assets of project_dir: what
    `export_exhibit` would write (the app passes a services.export.snapshot)."""
    if exhibit is None:
        project = load_project(project_dir, check_assets=True)
        exhibit, root = project.exhibit, project.root
    else:
        root = Path(project_dir)
        check_assets_present(root, exhibit)
    return len(_bundle_files(exhibit, root, key=None, hfov_deg=None, usdz=usdz, compress_meshes=False, where=root / "bundle", progress=progress))


def _bundle_files(exhibit: Exhibit, root: Path, *, key, hfov_deg: float | None, usdz: bool, compress_meshes: bool, where: Path, progress: Progress) -> dict[str, bytes | Path]:
    """Every file of the bundle by its name in it, manifest and signature included; raises
    BundleError for whatever export refuses."""
    if not exhibit.markers:
        raise BundleError("the exhibit has no markers; add one before exporting", path=root)
    if hfov_deg is not None:
        hfov_deg = check_hfov(hfov_deg)
    progress.report(0.0, "collecting files")
    files, bundle_paths = _collect(root, exhibit, progress)
    if compress_meshes:
        _compress_meshes(files, exhibit, progress.scaled(0.05, 0.1))
    caption_files, captions = _caption_files(exhibit)
    files.update(caption_files)
    manifest = build_manifest(exhibit, bundle_paths, captions=captions, **({"hfov_deg": hfov_deg} if hfov_deg is not None else {}))
    # The files this bundle's own viewer is made of: verify requires each, so a bundle that lost
    # content.js or the tracker's worker is refused rather than shipped to tablets that cannot start.
    manifest["viewer"]["files"] = viewer_file_names()
    for entry, m in zip(manifest["markers"], exhibit.markers):
        if m.target is not None:
            entry["target"] = target_entry(m, files)
    if usdz:  # AR Quick Look scenes per marker (export/usdz.py)
        from .usdz import exhibit_usdz_files

        usdz_files, usdz_entries, _ = exhibit_usdz_files(exhibit, root, progress.scaled(0.28, 0.3))
        files.update(usdz_files)
        for entry in manifest["markers"]:
            entry["usdz"] = usdz_entries[entry["id"]]
    table = {}
    for n, (name, data) in enumerate(sorted(files.items())):
        if name == "sw.js":
            continue
        progress.report(0.3 + 0.3 * n / len(files), f"hashing {name}")
        sha, size = _digest(data)
        table[name] = {"sha256": sha, "bytes": size}
    # The service worker's cache is named after everything the visitor sees: the file table and
    # the whole manifest (titles, labels, placements live there, not in any file). Versioning by
    # the files alone kept returning visitors on the old texts after a re-export.
    versioned = {**manifest, "files": table, "signed_by": public_key_b64(key) if key is not None else None}
    bundle_id = hashlib.sha256(json.dumps(versioned, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    template = viewer_dist_files()[SW_TEMPLATE].decode("utf-8")
    files["sw.js"] = template.replace("__BUNDLE_ID__", bundle_id).encode("utf-8")
    sha, size = _digest(files["sw.js"])
    table["sw.js"] = {"sha256": sha, "bytes": size}
    manifest["files"] = dict(sorted(table.items()))
    if key is not None:
        manifest["signature"] = {"algorithm": "Ed25519", "public_key": public_key_b64(key), "file": SIGNATURE_FILE}
    validate_manifest(manifest, f"{where}/{MANIFEST_FILE}")
    raw_manifest = files[MANIFEST_FILE] = manifest_bytes(manifest)
    if len(raw_manifest) > MAX_MANIFEST_BYTES:  # verify and the viewer would refuse it
        raise BundleError(
            f"the exhibit's texts and items make a manifest of {len(raw_manifest) / 2**20:.1f} MB, more than the "
            f"{MAX_MANIFEST_BYTES // 2**20} MB a bundle may have; shorten the longest texts or split the exhibit",
            path=root,
        )
    if key is not None:
        files[SIGNATURE_FILE] = sign(key, raw_manifest)
    return files


def zip_method_for(name: str, data: bytes | Path) -> int:
    """Deflate text-like members, except where deflate would shrink a member past the zip-bomb
    ratio that `verify` and `serve` refuse (safe_zip.ZipLimits): long repetitive texts or silence
    must not make export write a bundle its own check turns away. Such members are stored."""
    if Path(name).suffix.lower() not in _DEFLATE_EXTS:
        return zipfile.ZIP_STORED
    limits = DEFAULT_LIMITS
    size = len(data) if isinstance(data, bytes) else data.stat().st_size
    if size <= limits.ratio_floor_bytes:
        return zipfile.ZIP_DEFLATED
    deflater = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    packed = 0
    chunks = [data] if isinstance(data, bytes) else _file_chunks(data)
    for chunk in chunks:
        packed += len(deflater.compress(chunk))
    packed += len(deflater.flush())
    # a margin under the limit: zip's own framing and another zlib build may differ by a little
    return zipfile.ZIP_STORED if size > 0.8 * limits.max_ratio * max(packed, 1) else zipfile.ZIP_DEFLATED


def _file_chunks(path: Path):
    with open(path, "rb") as f:
        yield from iter(lambda: f.read(1 << 20), b"")


def _write(out: Path, files: dict[str, bytes | Path], progress: Progress, overwrite: bool) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    except OSError as e:  # said of the bundle, not of a folder or temporary file the curator never named
        blocker = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise BundleError(f"'{blocker.name}' is a file where a folder should be", path=out) from None
        raise BundleError(f"cannot write the bundle: {e.strerror}", path=out) from None
    zipped = out.suffix.lower() == ".zip"
    try:
        target = stage / out.name
        if zipped:
            with zipfile.ZipFile(target, "w") as zf:
                for n, (name, data) in enumerate(sorted(files.items())):
                    progress.report(n / len(files), f"writing {name}")
                    method = zip_method_for(name, data)
                    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                    info.compress_type = method
                    info.external_attr = (stat.S_IFREG | 0o644) << 16
                    if isinstance(data, bytes):
                        zf.writestr(info, data)
                    else:
                        with open(data, "rb") as src, zf.open(info, "w") as dst:
                            shutil.copyfileobj(src, dst, 1 << 20)
        else:
            for n, (name, data) in enumerate(sorted(files.items())):
                progress.report(n / len(files), f"writing {name}")
                dest = target / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(data, bytes):
                    dest.write_bytes(data)
                else:
                    shutil.copyfile(data, dest)
        progress.check()
        if out.exists():
            old = stage / ".old"
            os.replace(out, old)
        os.replace(target, out)
    except CancelledError:
        raise
    except OSError as e:
        raise BundleError(f"cannot write the bundle: {e.strerror}", path=out) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
