"""KTX2 / Basis Universal textures (glTF's KHR_texture_basisu) -> ordinary pictures, so the rest of
the pipeline reads them like any texture.

Sketchfab downloads, gltfpack (`-tc`) and `gltf-transform etc1s/uastc` store textures as KTX2 files
holding Basis Universal data (ETC1S or UASTC). trimesh skips them (`image/ktx2` is "unsupported")
and the model would come out untextured. `basisu_to_images` transcodes each such image's first mip
level to RGBA8 with Binomial's basis_universal transcoder (the PyPI wheel `opengl-basisu`; Apache-2.0
transcoder in an MIT wrapper) and stores it in the image's place; each texture's `source` then
points at it and the extension is dropped from the document. The picture is stored uncompressed
for speed, as BMP when it has no alpha (26 ms for 2048 px where PNG took 0.5-1 s; a glTF reader
gets it only in memory: the pipeline always re-encodes textures to WebP/JPEG/PNG), else as PNG.

The values are kept exactly as the file stores them: glTF decides by the material slot how they
are read (base colour and emissive as sRGB, normal, occlusion and metallic-roughness as linear),
and a picture in that slot is read the same way. A KTX2 file whose own colour-space flag disagrees
with its slot (an sRGB-flagged normal map) is said in a warning; its values are not converted.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import numpy as np

from ..core.errors import ContentError
from .options import MAX_DECODED_PIXELS

EXTENSION = "KHR_texture_basisu"
KTX2_MAGIC = b"\xabKTX 20\xbb\r\n\x1a\n"
# material slot -> whether glTF reads it as sRGB colour (True) or as linear data (False)
_SLOTS = {"baseColorTexture": True, "emissiveTexture": True, "normalTexture": False,
          "occlusionTexture": False, "metallicRoughnessTexture": False}
_SLOT_NAMES = {"baseColorTexture": "base colour", "emissiveTexture": "emissive", "normalTexture": "normal map",
               "occlusionTexture": "occlusion", "metallicRoughnessTexture": "metallic-roughness"}


class Ktx2Error(ValueError):
    """One KTX2 texture that cannot be transcoded (corrupt, truncated, not Basis Universal)."""


@dataclass(frozen=True)
class Transcoded:
    data: bytes  # the picture as a file: BMP (no alpha) or PNG (alpha)
    mime: str
    width: int
    height: int
    codec: str  # "ETC1S", "UASTC_LDR_4x4", ...
    srgb: bool  # the file's own colour-space flag
    alpha: bool


def decoder_available() -> bool:
    try:
        import opengl_basisu  # noqa: F401  # (only asked whether it is installed)
    except ImportError:
        return False
    return True


def transcode(data: bytes, *, max_pixels: int = MAX_DECODED_PIXELS) -> Transcoded:
    """The first mip level of a Basis Universal KTX2 file as an 8-bit picture file, values as
    stored: RGB BMP, or RGBA PNG when the file has alpha. Raises Ktx2Error with the reason."""
    import opengl_basisu

    if data[:12] != KTX2_MAGIC:
        raise Ktx2Error(f"is not a KTX2 file (starts {bytes(data[:8])!r})")
    try:
        tex = opengl_basisu.open(data)
        if tex.width * tex.height > max_pixels:
            raise Ktx2Error(f"claims {tex.width} x {tex.height} pixels, more than the "
                            f"{max_pixels // 1_000_000} megapixels an import may decode")
        if tex.faces != 1 or tex.is_array or tex.is_video:
            raise Ktx2Error("is a cube map, array or video texture, not the 2D picture glTF uses")
        image = tex.transcode("rgba8", level=0)
    except Ktx2Error:
        raise
    except (ValueError, IndexError) as e:  # opengl_basisu.BasisuError is a ValueError
        raise Ktx2Error(str(e) or type(e).__name__) from None
    except MemoryError:
        raise Ktx2Error("is too large to decode into memory") from None
    from PIL import Image

    rgba = np.ascontiguousarray(image.data, dtype=np.uint8)
    out = io.BytesIO()
    if tex.has_alpha:  # (Pillow's BMP drops alpha)
        Image.fromarray(rgba).save(out, format="PNG", compress_level=1)
    else:
        Image.fromarray(rgba[:, :, :3].copy()).save(out, format="BMP")
    mime = "image/png" if tex.has_alpha else "image/bmp"
    return Transcoded(out.getvalue(), mime, image.width, image.height, tex.codec.name, bool(tex.srgb), bool(tex.has_alpha))


def uses_basisu(doc: dict) -> bool:
    return EXTENSION in (doc.get("extensionsUsed") or []) or any(
        isinstance(img, dict) and img.get("mimeType") == "image/ktx2" for img in doc.get("images") or [])


def basisu_to_images(doc: dict, views: list[bytes], read_uri: Callable[[str], bytes], path: Path,
                  warnings_out: list[str] | None = None) -> int:
    """Every KTX2 image of `doc` transcoded in place (`transcode`): an image in a buffer view gets new
    bytes in `views` (the bytes of each of doc's bufferViews, in order), one by URI (a file next
    to the glTF through `read_uri`, or a data: URI) becomes a new view. Textures point at the picture
    (or at their own non-KTX2 fallback `source`, which the file prefers for readers without
    KTX2) and KHR_texture_basisu leaves the document. A texture that cannot be transcoded raises
    ContentError naming the file, the texture and its material slot. Returns how many images."""
    images = doc.get("images") or []
    textures = doc.get("textures") or []
    ktx_images: dict[int, list[int]] = {}  # image -> textures that use it as their KTX2 source
    for t, tex in enumerate(textures):
        ext = ((tex.get("extensions") or {}).get(EXTENSION) if isinstance(tex, dict) else None) or {}
        src = ext.get("source") if isinstance(ext, dict) else None
        if isinstance(src, int) and 0 <= src < len(images):
            ktx_images.setdefault(src, []).append(t)
    for i, img in enumerate(images):
        if isinstance(img, dict) and img.get("mimeType") == "image/ktx2":
            ktx_images.setdefault(i, [])
    slots = _slots(doc)
    by_view: dict[int, Transcoded] = {}  # two images may share one buffer view
    done = 0
    for i in sorted(ktx_images):
        img = images[i]
        where = _describe(i, img, ktx_images[i], slots)
        in_view = "uri" not in img and isinstance(img.get("bufferView"), int)
        if in_view and img["bufferView"] in by_view:
            result = by_view[img["bufferView"]]
        else:
            try:
                data = _image_bytes(img, views, read_uri)
            except Exception as e:  # a resolver raises what it raises (missing file, outside the folder)
                raise ContentError(f"{where} cannot be read: {e}", path=path) from None
            try:
                result = transcode(data)
            except Ktx2Error as e:
                raise ContentError(f"{where} is not a readable KTX2/Basis texture: {e}", path=path) from None
        if in_view:
            views[img["bufferView"]] = result.data
            by_view[img["bufferView"]] = result
        else:
            img.pop("uri", None)
            views.append(result.data)
            doc.setdefault("bufferViews", []).append({"buffer": 0, "byteLength": len(result.data)})
            img["bufferView"] = len(views) - 1
        img["mimeType"] = result.mime
        done += 1
        if warnings_out is not None:
            for t in ktx_images[i]:
                for slot in slots.get(t, []):
                    if result.srgb != _SLOTS[slot]:
                        stored = "sRGB" if result.srgb else "linear"
                        wanted = "sRGB" if _SLOTS[slot] else "linear"
                        warnings_out.append(f"texture {t} ({_SLOT_NAMES[slot]}) is marked {stored} in its KTX2 file, but "
                                            f"glTF reads a {_SLOT_NAMES[slot]} as {wanted}; its values are kept as stored")
    for tex in textures:
        if not isinstance(tex, dict):
            continue
        exts = tex.get("extensions") or {}
        ext = exts.pop(EXTENSION, None)
        if isinstance(ext, dict) and "source" not in tex and "source" in ext:
            tex["source"] = ext["source"]
        if not exts:
            tex.pop("extensions", None)
    for key in ("extensionsUsed", "extensionsRequired"):
        if key in doc:
            doc[key] = [e for e in doc[key] if e != EXTENSION]
            if not doc[key]:
                del doc[key]
    return done


def _image_bytes(img: dict, views: list[bytes], read_uri: Callable[[str], bytes]) -> bytes:
    uri = img.get("uri")
    if isinstance(uri, str):
        if uri.startswith("data:"):
            return base64.b64decode(uri.split(",", 1)[1])
        return read_uri(uri)
    return bytes(views[img["bufferView"]])


def _slots(doc: dict) -> dict[int, list[str]]:
    """texture index -> the material slots it fills (only the five core PBR slots)."""
    out: dict[int, list[str]] = {}
    for mat in doc.get("materials") or []:
        if not isinstance(mat, dict):
            continue
        pbr = mat.get("pbrMetallicRoughness") or {}
        for holder in (mat, pbr):
            for slot in _SLOTS:
                ref = holder.get(slot) if isinstance(holder, dict) else None
                if isinstance(ref, dict) and isinstance(ref.get("index"), int) and slot not in out.get(ref["index"], []):
                    out.setdefault(ref["index"], []).append(slot)
    return out


def _describe(i: int, img: dict, textures: list[int], slots: dict[int, list[str]]) -> str:
    """'texture 2 (normal map): image 4 'Helm', file 'helm normal.ktx2'' (what the error names)."""
    uri = img.get("uri")
    what = f"image {i}" + (f" '{img['name']}'" if img.get("name") else "")
    if isinstance(uri, str) and not uri.startswith("data:"):
        what += f", file '{unquote(uri)}'"
    uses = [f"texture {t}" + (f" ({', '.join(_SLOT_NAMES[s] for s in slots[t])})" if slots.get(t) else "") for t in textures]
    return f"{', '.join(uses)}: {what}" if uses else what
