"""`museum-ar verify`: a bundle is whole, untampered and self-consistent, or BundleError says why.

Checks, in order: the container (hostile zips, links), manifest.json against its JSON Schema, the
signature (when present, or when a key is required), the SHA-256 and size of every listed file,
that no unlisted file is there, and that every reference (marker images, item assets, the viewer's
own files) points at a listed file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import BundleError
from ..core.item_kinds import ItemKind, kind_spec
from .bundle_files import BundleFiles, open_bundle_files
from .manifest import MANIFEST_FILE, MAX_MANIFEST_BYTES, SIGNATURE_FILE, validate_manifest
from .signing import check_signature

# The viewer files every bundle has had; a bundle names its own viewer's files in the manifest
# (viewer.files) since the viewer was split into several (boot.js, content.js, tracker_worker.js).
VIEWER_FILES = ("index.html", "boot.js", "viewer.js", "viewer.css", "sw.js", "app.webmanifest")


@dataclass
class VerifyReport:
    path: Path
    files: int = 0
    bytes: int = 0
    markers: int = 0
    items: int = 0
    signed: bool = False
    public_key: str | None = None
    # Markers whose artwork is found by its outline (a plain image target): the desktop and the
    # tablet viewer find it only where its edge stands out against the wall (seldom for a wash as
    # light as the wall), so export says its content is also in the tablet's list.
    outline_markers: list[str] = field(default_factory=list)
    # Animated models that AR Quick Look (iPhone, iPad) shows still, as (marker id, item id, its
    # title by language): the USDZ carries them at rest (export/usdz.py); the tablet viewer plays them.
    quicklook_still: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    # Markers whose models AR Quick Look gets simplified, as (marker id, triangles before, after),
    # and models whose vertex colours its USDZ leaves out beside a colour texture (as quicklook_still).
    quicklook_simplified: list[tuple[str, int, int]] = field(default_factory=list)
    quicklook_colours_dropped: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


def read_manifest(files: BundleFiles) -> tuple[dict, bytes]:
    raw = files.read(MANIFEST_FILE, MAX_MANIFEST_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BundleError("is not UTF-8", path=f"{files.path}/{MANIFEST_FILE}") from None
    except json.JSONDecodeError as e:
        raise BundleError(f"is not valid JSON: {e.msg} at line {e.lineno}", path=f"{files.path}/{MANIFEST_FILE}") from None
    except RecursionError:
        raise BundleError("is nested too deeply", path=f"{files.path}/{MANIFEST_FILE}") from None
    except ValueError as e:  # a number of thousands of digits
        raise BundleError(f"has a value that cannot be read: {e}", path=f"{files.path}/{MANIFEST_FILE}") from None
    validate_manifest(data, f"{files.path}/{MANIFEST_FILE}")
    return data, raw


def verify_bundle(path: str | Path, require_key: str | None = None) -> VerifyReport:
    """require_key: base64 raw Ed25519 public key the bundle must be signed with."""
    path = Path(path)
    report = VerifyReport(path)
    with open_bundle_files(path) as files:
        if MANIFEST_FILE not in files.names():
            raise BundleError(f"has no {MANIFEST_FILE}: not a museum-ar bundle (or an incomplete one)", path=path)
        manifest, raw = read_manifest(files)
        _check_signature(files, manifest, raw, require_key, report)
        listed = manifest["files"]
        present = set(files.names()) - {MANIFEST_FILE, SIGNATURE_FILE}
        for name in sorted(listed):
            if name not in present:
                raise BundleError(f"'{name}' is listed in the manifest but missing", path=path)
            want = listed[name]
            if files.size(name) != want["bytes"]:
                raise BundleError(f"'{name}' is {files.size(name)} bytes, the manifest says {want['bytes']}: truncated or changed", path=path)
            digest, n = files.sha256(name)
            if digest != want["sha256"]:
                raise BundleError(f"'{name}' does not match its SHA-256 in the manifest: the file was changed", path=path)
            report.bytes += n
        unlisted = sorted(present - set(listed))
        if unlisted:
            raise BundleError(f"'{unlisted[0]}' is not listed in the manifest (added after export?)", path=path)
        _check_references(manifest, set(listed), path)
        report.files = len(listed)
        report.markers = len(manifest["markers"])
        report.items = sum(len(m["items"]) for m in manifest["markers"])
        report.outline_markers = [m["id"] for m in manifest["markers"] if (m.get("target") or {}).get("plain")]
        report.quicklook_still = _quicklook_items(manifest, "still")
        report.quicklook_colours_dropped = _quicklook_items(manifest, "colours_dropped")
        report.quicklook_simplified = [(m["id"], int(s["from"]), int(s["to"])) for m in manifest["markers"]
                                       if (s := (m.get("usdz") or {}).get("simplified"))]
    return report


def _quicklook_items(manifest: dict, key: str) -> list[tuple[str, str, dict[str, str]]]:
    """(marker id, item id, title by language) of the items a marker's usdz entry lists under `key`."""
    out = []
    for m in manifest["markers"]:
        listed = set((m.get("usdz") or {}).get(key, []))
        out += [(m["id"], it["id"], dict(it.get("title") or {})) for it in m["items"] if it["id"] in listed]
    return out


def _check_signature(files: BundleFiles, manifest: dict, raw: bytes, require_key: str | None, report: VerifyReport) -> None:
    sig_entry = manifest.get("signature")
    has_sig_file = SIGNATURE_FILE in files.names()
    if sig_entry is None:
        if require_key:
            raise BundleError("is not signed, but a signature with the given key is required", path=files.path)
        if has_sig_file:
            raise BundleError(f"has {SIGNATURE_FILE} but the manifest names no signing key", path=files.path)
        return
    if not has_sig_file:
        raise BundleError(f"the manifest says it is signed but {SIGNATURE_FILE} is missing", path=files.path)
    if require_key and sig_entry["public_key"] != require_key:
        raise BundleError("is signed with a different key than the one required", path=files.path)
    signature = files.read(SIGNATURE_FILE, 1024)
    check_signature(sig_entry["public_key"], raw, signature, str(files.path))
    report.signed = True
    report.public_key = sig_entry["public_key"]


def _check_references(manifest: dict, listed: set[str], where: Path) -> None:
    for name in manifest["viewer"].get("files", VIEWER_FILES):
        if name not in listed:
            raise BundleError(f"the viewer file '{name}' is missing", path=where)
    ids: set[str] = set()
    for m in manifest["markers"]:
        if m["id"] in ids:
            raise BundleError(f"marker id '{m['id']}' is used twice", path=where)
        ids.add(m["id"])
        layout = m["layout"]
        n = layout["symbol_modules"]
        if len(m["modules"]) != n or any(len(row) != n for row in m["modules"]):
            raise BundleError(f"marker '{m['id']}': the module matrix is not {n} x {n}", path=where)
        if m["image"] not in listed:
            raise BundleError(f"marker '{m['id']}': its image '{m['image']}' is not in the bundle", path=where)
        target = m.get("target")
        if target is not None and target["file"] not in listed:
            raise BundleError(f"marker '{m['id']}': its image-target data '{target['file']}' is not in the bundle", path=where)
        if target is not None:
            _check_target_kind(m["id"], target, where)
            if target.get("plain") and "plain" not in manifest.get("tracking", {}):
                raise BundleError(f"marker '{m['id']}': a plain image target, but the manifest's tracking carries no plain-picture constants", path=where)
        usdz = m.get("usdz", {})
        for ref in [*usdz.get("anchored", {}).values(), *usdz.get("table", {}).values()]:
            if ref not in listed:
                raise BundleError(f"marker '{m['id']}': its AR Quick Look scene '{ref}' is not in the bundle", path=where)
        for it in m["items"]:
            refs = [it.get("asset"), it.get("thumbnail"), it.get("poster"), *it.get("captions", {}).values()]
            for ref in refs:
                if ref and ref not in listed:
                    raise BundleError(f"item '{it['id']}' on marker '{m['id']}' refers to '{ref}', which is not in the bundle", path=where)
            if kind_spec(ItemKind(it["kind"])).needs_asset and not it.get("asset"):  # the schema checked the kind
                raise BundleError(f"{it['kind']} item '{it['id']}' on marker '{m['id']}' has no asset", path=where)


def _check_target_kind(marker_id: str, target: dict, where: Path) -> None:
    """A featured target needs 8 points (RANSAC's least); a plain one (tracked by its outline) has
    none, and the viewer cannot judge it without the manifest's plain-picture constants."""
    if target.get("plain"):
        if target["points"] != 0:
            raise BundleError(f"marker '{marker_id}': its plain image target has {target['points']} feature points (a plain one has none)", path=where)
    elif target["points"] < 8:
        raise BundleError(f"marker '{marker_id}': its image target has {target['points']} feature points, fewer than the 8 a tracker needs", path=where)
