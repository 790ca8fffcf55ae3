"""Textures and images for tablets: scaled to a longest edge and re-encoded (JPEG unless they
really use transparency, then PNG)."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image


def fit_within(img: Image.Image, max_edge: int) -> Image.Image:
    """`img` scaled down (never up) so its longest edge is at most `max_edge`."""
    w, h = img.size
    if max(w, h) <= max_edge:
        return img
    size = fitted_size(img.size, max_edge)
    if bands_exact(img.mode, img.size, size):
        return resize_rows(lambda lo, hi: img.crop((0, lo, w, hi)), img.mode, img.size, size)
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=_REDUCING_GAP)


def fitted_size(size: tuple[int, int], max_edge: int) -> tuple[int, int]:
    """`fit_within`'s result size for a picture of `size` longer than `max_edge`."""
    w, h = size
    s = max_edge / max(w, h)
    return max(1, round(w * s)), max(1, round(h * s))


_REDUCING_GAP = 3.0
_LANCZOS_SUPPORT = 3.0  # Pillow's Lanczos filter reaches 3 source pixels (times the scale) each side
_BAND_ROWS = 128  # output rows made at once (64: ~25 % slower than one resize; 128: ~10 %)


def bands_exact(mode: str, in_size: tuple[int, int], size: tuple[int, int]) -> bool:
    """Whether `resize_rows` gives exactly `img.resize(size, LANCZOS, reducing_gap=3)`:
    - a mode Pillow resamples as it is, or premultiplied pixel by pixel (RGBA, LA);
    - a scale below twice the reducing gap (else Pillow first `reduce`s the whole picture);
    - not taller than wide: Pillow 13 resamples a picture whose height shrinks much more than
      its width vertically first (Pillow PR 9549; seen from h / w >= 2 on), and the bands follow
      the horizontal-first order every earlier Pillow used;
    - a vertical scale h / H with at most 20 binary fraction digits, so that every filter centre
      Pillow computes for a band (band start + (row + 0.5) * scale, in doubles, the box in
      floats) is exactly the one it computes for the whole picture."""
    (w, h), (ow, oh) = in_size, size
    return (mode in ("L", "LA", "RGB", "RGBA") and oh > _BAND_ROWS and h <= w <= 1 << 16
            and w / ow < 2 * _REDUCING_GAP and h / oh < 2 * _REDUCING_GAP and (h << 20) % oh == 0)


def resize_rows(rows_of: Callable[[int, int], Image.Image], mode: str, in_size: tuple[int, int],
                size: tuple[int, int]) -> Image.Image:
    """Pillow's Lanczos resize of a picture of `mode` and `in_size` to `size`, made `_BAND_ROWS`
    output rows at a time and pasted into the result, each band from the source rows its filter
    reaches, `rows_of(lo, hi)` (asked in increasing order: they may be decoded as they are
    needed, see png_rows.py): its horizontal pass
    (a resize of the width only), then its vertical pass (a resize of the height only, with the
    band's box in the source rows). The same pixels as one resize of the whole picture
    (`bands_exact` says when), without Pillow's intermediate (full height at the output's width:
    32 MB for a 4096 px atlas brought to 2048 px) or a premultiplied copy of a whole RGBA picture.
    Each band sees the source rows the whole resize's filter would (a margin wider than its
    reach; the picture's own edges where they are the band's), so its coefficients are the same."""
    h, (ow, oh) = in_size[1], size
    scale = h / oh
    reach = _LANCZOS_SUPPORT * max(scale, 1.0) + 2
    premultiplied = {"RGBA": "RGBa", "LA": "La"}.get(mode)  # as Image.resize does for these
    out = Image.new(mode, size)
    for y0 in range(0, oh, _BAND_ROWS):
        y1 = min(y0 + _BAND_ROWS, oh)
        top, bottom = y0 * h // oh, -(-y1 * h // oh)  # the band's source rows, whole
        lo, hi = max(0, int(top - reach)), min(h, int(bottom + reach) + 1)
        rows = rows_of(lo, hi)
        if premultiplied:
            rows = rows.convert(premultiplied)
        rows = rows.resize((ow, hi - lo), Image.Resampling.LANCZOS)
        band = rows.resize((ow, y1 - y0), Image.Resampling.LANCZOS, box=(0, y0 * scale - lo, ow, y1 * scale - lo))
        out.paste(band.convert(mode) if premultiplied else band, (0, y0))
    return out


def band_range(band: Image.Image) -> tuple[float, float]:
    """(lowest, highest) value of a one-band image (an alpha channel). Pillow's getextrema()
    gives one pair per band for images with several."""
    lo, hi = band.getextrema()
    if isinstance(lo, tuple) or isinstance(hi, tuple):
        raise ValueError(f"a {band.mode} image has more than one band")
    return lo, hi


def uses_alpha(img: Image.Image) -> bool:
    if img.mode in ("RGBA", "LA"):
        return band_range(img.getchannel("A"))[0] < 255  # no RGBA copy of the whole picture
    if img.mode == "PA" or (img.mode == "P" and "transparency" in img.info):
        alpha = img.convert("RGBA").getchannel("A")
        return band_range(alpha)[0] < 255
    return False


# the encoded bytes a picture was opened from, kept by the readers (gltf_fast, obj_fast) so that a
# map can go into the GLB as it came (`pass_through`); Pillow drops its file object once decoded
_SOURCE_ATTR = "museum_ar_source_bytes"


def keep_source(img: Image.Image, blob: bytes) -> Image.Image:
    """`img`, remembering the encoded bytes it was opened from."""
    setattr(img, _SOURCE_ATTR, blob)
    return img


_PROFILE_APPLIES_ATTR = "museum_ar_profile_applies"


def profile_applies(img: Image.Image) -> Image.Image:
    """`img`, marked as a picture whose embedded colour profile means what it says: a texture
    that is a picture file of its own beside an OBJ. Not one inside or beside a glTF, whose
    specification has readers ignore any profile (Khronos' BoxTextured carries Apple's "Generic
    RGB Profile", and every glTF viewer draws its pixels as sRGB)."""
    setattr(img, _PROFILE_APPLIES_ATTR, True)
    return img


def source_bytes(img: Image.Image) -> bytes | None:
    return getattr(img, _SOURCE_ATTR, None)


def forget_source(img: Image.Image) -> None:
    """Drop the bytes `keep_source` kept (a map brought down to the budget never goes as it came)."""
    if hasattr(img, _SOURCE_ATTR):
        delattr(img, _SOURCE_ATTR)


# A map that came lossy (JPEG; WebP when textures go WebP) and fits the budget goes into the GLB as
# it came unless re-encoding it saves more than a tenth of its bytes: a second lossy generation is
# not worth less (issue #15; docs/content.md, "Corpus, sixth round": DamagedHelmet's
# metallic-roughness JPEG re-encoded saved 1.3 %, helmet_webp's emissive and occlusion WebP 5-6 %).
# A base colour JPEG is repacked instead where that is not much larger (`BASE_REPACK_MAX_QUALITY`). A lossless
# source (PNG) goes as it came only when not larger than its re-encoding (the Fox's 1024 px PNG:
# 26,764 bytes, its WebP 31,554).
PASS_LOSSY_RATIO = 1.1
_PASSABLE = {"JPEG": ("image/jpeg", True), "PNG": ("image/png", False), "WEBP": ("image/webp", True)}


def pass_through(source: Image.Image, img: Image.Image, encoded: bytes, fmt: str) -> tuple[bytes, str] | None:
    """(the bytes `source` was opened from, their mime type) when they can go into the GLB as
    they are instead of `encoded`, their re-encoding: not scaled down (`img is source`), a format
    every reader of the GLB takes (three.js, Quick Look's export, which re-encodes from pixels
    anyway, the desktop through Pillow; WebP only when the GLB declares EXT_texture_webp), one
    frame, no EXIF rotation (Pillow and browsers disagree on it), colour a browser decodes (not
    CMYK), and not larger than `PASS_LOSSY_RATIO` (lossy) or 1 (lossless) times `encoded`."""
    blob = source_bytes(source)
    kind = _PASSABLE.get(getattr(source, "format", None) or "")
    if blob is None or kind is None or img is not source or (source.format == "WEBP" and fmt != "webp"):
        return None
    if source.mode not in ("L", "LA", "RGB", "RGBA", "P") or getattr(source, "n_frames", 1) != 1:
        return None
    try:
        if source.getexif().get(0x0112, 1) != 1:  # Orientation
            return None
    except Exception:  # an unreadable EXIF block: re-encode, which drops it
        return None
    mime, lossy = kind
    return (blob, mime) if len(blob) <= (PASS_LOSSY_RATIO if lossy else 1.0) * len(encoded) else None


def in_mode(img: Image.Image, mode: str) -> Image.Image:
    """`img` in `mode`; the picture itself when it already is (convert would copy it)."""
    return img if img.mode == mode else img.convert(mode)


def loaded(img: Image.Image) -> Image.Image:
    """`img` decoded, without what its decoder keeps afterwards: Pillow's WebP reader holds
    libwebp's frame buffers (~32 MB for a 2048 px map) for seeking to further frames, which a
    texture never does; five WebP maps held 160 MB that way."""
    img.load()
    if img.format == "WEBP" and getattr(img, "_decoder", None) is not None and getattr(img, "n_frames", 1) == 1:
        img._decoder = None  # type: ignore[attr-defined]
    return img


def encode(img: Image.Image, *, jpeg_quality: int = 88, prefer_png: bool = False) -> tuple[bytes, str]:
    """(bytes, mime type). PNG keeps transparency and hard-edged drawings; JPEG for the rest."""
    buf = io.BytesIO()
    if uses_alpha(img):
        img.convert("RGBA").save(buf, "PNG", optimize=True)
        return buf.getvalue(), "image/png"
    rgb = img.convert("RGB") if img.mode not in ("RGB", "L") else img
    if prefer_png:
        rgb.save(buf, "PNG", optimize=True)
        png = buf.getvalue()
        jbuf = io.BytesIO()
        rgb.save(jbuf, "JPEG", quality=jpeg_quality, optimize=True)
        # a drawing with few colours compresses better losslessly; a photo does not
        return (png, "image/png") if len(png) <= 1.5 * len(jbuf.getvalue()) else (jbuf.getvalue(), "image/jpeg")
    rgb.save(buf, "JPEG", quality=jpeg_quality, optimize=True, progressive=False)
    return buf.getvalue(), "image/jpeg"


# what a map holds decides how much lossy compression it stands (issue #15): glTF slot -> kind
SLOT_KIND = {"baseColorTexture": "base", "emissiveTexture": "emissive", "normalTexture": "normal",
             "metallicRoughnessTexture": "metal_rough", "occlusionTexture": "occlusion"}
# a picture in several slots (an ORM map, a base colour also emissive) is encoded for the most demanding
KIND_RANK = ("normal", "metal_rough", "occlusion", "base", "emissive")


def map_kind(slots) -> str:
    """The kind of a picture used in these glTF slots (`SLOT_KIND`), the most demanding first."""
    kinds = {SLOT_KIND.get(s, "base") for s in slots}
    return next((k for k in KIND_RANK if k in kinds), "base")


# how each kind is encoded when textures go WebP (issue #15, measured in the tablet viewer: docs/
# content.md, "Textures per map kind"). A metallic-roughness map holds two unrelated numbers in G
# (roughness) and B (metalness): WebP lossy always halves colour resolution (4:2:0), which smears one
# into the other; JPEG 4:4:4 keeps every channel at full resolution (DamagedHelmet 0.9952 -> 0.9984
# SSIM, on its own 0.9952 -> 0.9980 at q80). The other maps lost nothing measurable at WebP quality
# 77 (jpeg_quality - 11) with method 4 instead of 88 with method 2, which pays for it and keeps a
# re-encoded WebP model under gltf-transform's bytes. `quality` None: the import's jpeg_quality plus
# `quality_offset`. Method 4 doubles the encoding time of a 2048 px map and saves 3-6 % of its
# bytes: worth it only for base colour (13-19 kB a 2048 px map, and helmet_webp's tablet SSIM
# 0.9954 vs gltf-transform's 0.9952 needs it: 0.9951 with every map at method 2); normal,
# occlusion and emissive maps gain 0.7-7 kB from it and are encoded at method 2 (docs/content.md,
# "Corpus, fourth round").
_WEBP = {"format": "webp", "quality": None, "quality_offset": -11, "method": 4}
_WEBP_FAST = {**_WEBP, "method": 2}
TEXTURE_BY_KIND: dict[str, dict] = {
    "base": _WEBP,
    "emissive": _WEBP_FAST,
    "normal": _WEBP_FAST,
    "metal_rough": {"format": "jpeg", "quality": None, "subsampling": 0},
    "occlusion": _WEBP_FAST,
}


def kind_options(kind: str, quality: int) -> tuple[str, dict]:
    """(Pillow format, its save arguments) for a map of `kind` when textures go WebP."""
    opts = dict(TEXTURE_BY_KIND.get(kind, TEXTURE_BY_KIND["base"]))
    if opts.get("quality") is None:
        opts["quality"] = min(100, max(1, quality + opts.get("quality_offset", 0)))
    opts.pop("quality_offset", None)
    return opts.pop("format").upper(), opts


def prepare_texture(img: Image.Image, max_edge: int, jpeg_quality: int, fmt: str = "jpeg",
                    release: bool = False, kind: str = "base") -> tuple[bytes, str, tuple[int, int]]:
    """A texture for the GLB: scaled, re-encoded; returns (bytes, mime, size). `fmt` "webp"
    writes WebP (lossy, alpha kept; metallic-roughness maps JPEG 4:4:4, see `TEXTURE_BY_KIND`),
    about a third smaller than JPEG at the same look; three.js and trimesh read it
    (EXT_texture_webp), Safari from iOS 14. `release`: `img` is closed as
    soon as it is not needed (a 4096 px atlas, 64 MB decoded, before its 2048 px copy is encoded).
    `kind`: what the map holds (`map_kind`), which picks its encoding (`TEXTURE_BY_KIND`)."""
    source, small = shrink_texture(img, max_edge, release=release)
    return encode_texture(source, small, jpeg_quality, fmt, kind=kind)


def shrink_texture(img: Image.Image, max_edge: int, *, release: bool = False) -> tuple[Image.Image, Image.Image]:
    """(`img` decoded, its copy fitted within `max_edge` or `img` itself): the memory-heavy half
    of `prepare_texture`. `release`: the decoded source is closed once its smaller copy exists
    (its size, mode and format stay readable)."""
    source = loaded(img)
    small = fit_within(source, max_edge)
    if release and small is not source:
        source.close()
    return source, small


def encode_texture(source: Image.Image, img: Image.Image, jpeg_quality: int, fmt: str = "jpeg",
                   kind: str = "base") -> tuple[bytes, str, tuple[int, int]]:
    """`img` (`shrink_texture`'s second value; `source` its first) encoded as `prepare_texture`
    says (a base colour JPEG repacked: `_repack_base`), or the bytes `source` came as where
    `pass_through` says they do better."""
    img = colour_map_in_srgb(source, img, kind)
    if fmt == "webp" and (repacked := _repack_base(source, img, kind)) is not None:
        return repacked, "image/jpeg", img.size
    data, mime, size = _encode_texture(source, img, jpeg_quality, fmt, kind)
    kept = pass_through(source, img, data, fmt)
    return (kept[0], kept[1], size) if kept is not None else (data, mime, size)


# Maps that hold colour (glTF reads them as sRGB); the others hold numbers (normals, roughness,
# metalness, occlusion), which a colour profile must not change.
COLOUR_KINDS = ("base", "emissive")


def colour_map_in_srgb(source: Image.Image, img: Image.Image, kind: str) -> Image.Image:
    """`img` (`source` or its scaled copy) converted to sRGB when it is a colour map whose file
    carries another colour profile that applies (`profile_applies`: an OBJ's texture file, e.g. a
    phone's Display P3 photo, a camera's Adobe RGB): glTF takes colour
    maps as sRGB and no reader here applies an embedded profile (three.js decodes textures with
    colorSpaceConversion 'none'; the desktop draws Pillow's raw pixels; the encoders drop the
    profile), so such a map came out duller or shifted. Converted as imported pictures are
    (`colour.to_srgb`, relative colorimetric), then re-encoded, never passed through. An sRGB profile
    (most exports carry one), a data map or a damaged profile: `img` unchanged, as before."""
    icc = source.info.get("icc_profile") or img.info.get("icc_profile")
    if kind not in COLOUR_KINDS or not icc or not getattr(source, _PROFILE_APPLIES_ATTR, False):
        return img
    from PIL import ImageCms

    from ..core.errors import ContentError
    from .colour import to_srgb

    try:
        name = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))) or ""
    except (OSError, ImageCms.PyCMSError):
        return img
    if "srgb" in name.lower().replace(" ", ""):
        return img
    tagged = img if "icc_profile" in img.info else img.copy()
    tagged.info["icc_profile"] = icc
    try:
        return to_srgb(tagged)[0]
    except ContentError:
        return img


# A base colour is the map the eye sees directly. One that came as JPEG and needs no scaling is
# repacked (`repacked_jpeg`: its own quantisation tables, progressive, Huffman optimised) rather
# than transcoded to WebP, a second lossy generation in another codec (8x8 grid lost, chroma
# resampled): DamagedHelmet's q85 2048 px albedo repacked is 859,983 bytes and draws as the source
# (render SSIM 1.0000), its WebP q77 527,564 bytes and 0.9997 (q88: 849,846 and 0.9998;
# gltf-transform's JPEG q80 846,409 and 0.9999). Repacked up to this quality (estimated from the
# file's tables, `jpeg_quality_of`), where the repack is at most ~2x the WebP (q85 1.63x, q90
# 1.89x); a q95-q100 export (2.3-3.7x, 1.2-1.9 MB a 2048 px map) goes WebP, where the bytes
# outweigh a difference nobody sees. Deciding by the tables also skips the WebP encoding (0.37 s
# a 2048 px map at method 4; the repack takes 0.07 s).
BASE_REPACK_MAX_QUALITY = 90

# the IJG (libjpeg) luminance table at quality 50, which quality q scales by 50/q (q < 50) or
# (100 - q)/50 (Annex K of the JPEG standard)
_IJG_LUMA_50_SUM = sum((16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
                        14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
                        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99))


def jpeg_quality_of(source: Image.Image) -> float | None:
    """The IJG quality (1-100) whose luminance table is closest in sum to `source`'s first table:
    exact for files libjpeg, Pillow, GIMP or Blender wrote; an estimate for a camera's or
    Photoshop's own tables. None when the picture carries no tables (not a JPEG)."""
    tables = getattr(source, "quantization", None)
    if not tables or 0 not in tables:
        return None
    scale = 100.0 * sum(tables[0]) / _IJG_LUMA_50_SUM  # percent of the quality-50 table
    quality = (200.0 - scale) / 2.0 if scale <= 100.0 else 5000.0 / scale
    return max(1.0, min(100.0, quality))


def _repack_base(source: Image.Image, img: Image.Image, kind: str) -> bytes | None:
    """The repacked JPEG when `img` is a base colour to be kept from a second generation
    (`BASE_REPACK_MAX_QUALITY`), else None."""
    if kind != "base" or img is not source or getattr(source, "format", None) != "JPEG" or source.mode not in ("L", "RGB"):
        return None  # (a CMYK JPEG is re-encoded: browsers draw CMYK JPEGs inconsistently)
    quality = jpeg_quality_of(source)
    return repacked_jpeg(source) if quality is not None and quality <= BASE_REPACK_MAX_QUALITY + 0.5 else None


def repacked_jpeg(source: Image.Image) -> bytes | None:
    """`source` (a JPEG) saved again with its own quantisation tables and subsampling, progressive
    with optimised Huffman tables: 4-12 % fewer bytes and the same picture but for rounding
    (DamagedHelmet's albedo: 0.08 grey levels off on average; a few pixels at saturated colour
    edges more, where its halved colour resolution is resampled)."""
    buf = io.BytesIO()
    try:
        source.save(buf, "JPEG", quality="keep", optimize=True, progressive=True)
    except (ValueError, OSError):
        return None
    return buf.getvalue()


def _encode_texture(source: Image.Image, img: Image.Image, jpeg_quality: int, fmt: str,
                    kind: str) -> tuple[bytes, str, tuple[int, int]]:
    if fmt == "webp":
        buf = io.BytesIO()
        keep_alpha = uses_alpha(img)
        pil_format, opts = kind_options(kind, jpeg_quality)
        if pil_format == "JPEG" and (keep_alpha or getattr(source, "format", None) == "WEBP"):
            # transparency needs WebP, whatever the kind; a WebP map's colour is 4:2:0 already, and
            # JPEG 4:4:4 of it was larger and looked worse (helmet_webp 0.9959 vs 0.9973)
            pil_format, opts = kind_options("base", jpeg_quality)
        if pil_format == "JPEG":
            in_mode(img, "L" if img.mode == "L" else "RGB").save(buf, "JPEG", optimize=True, **opts)
        else:
            in_mode(img, "RGBA" if keep_alpha else "RGB").save(buf, "WEBP", **opts)
        mime = f"image/{pil_format.lower()}"
        data = buf.getvalue()
        if img is source and getattr(source, "format", None) == "JPEG" and not keep_alpha:
            # never make a texture bigger than it came: a JPEG already compressed harder than our
            # quality is re-saved with its own quantisation tables if that is smaller
            kept_buf = io.BytesIO()
            kept: bytes | None
            try:
                source.save(kept_buf, "JPEG", quality="keep", optimize=True)
                kept = kept_buf.getvalue()
            except (ValueError, OSError):
                kept = None
            if kept is not None and len(kept) < len(data):
                return kept, "image/jpeg", img.size
        return data, mime, img.size
    data, mime = encode(img, jpeg_quality=jpeg_quality)
    return data, mime, img.size

