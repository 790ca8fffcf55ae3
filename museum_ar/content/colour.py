"""Images as tablets show them: 8 bits per channel, sRGB.

Archival masters are often 16-bit greyscale PNG/TIFF, which Pillow opens as mode I;16 (or I, F);
converting those straight to RGB clips every value above 255 and the picture comes out white.
Here they are scaled to 8 bits (by the file's own bit depth: 16-bit values / 257). Browsers and
tablets treat untagged pixels as sRGB, so an embedded ICC profile (Display P3 from iPhones, Adobe
RGB from cameras and scanners, a grey profile, CMYK) is converted to sRGB with LittleCMS
(Pillow's ImageCms), relative colorimetric with black-point compensation, and then dropped.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageCms

from ..core.errors import ContentError

_SIXTEEN = ("I;16", "I;16L", "I;16B", "I;16N")


def to_8bit(img: Image.Image) -> tuple[Image.Image, int | None]:
    """(8-bit image, bits per sample before when it was more than 8, else None)."""
    mode = img.mode
    if mode in _SIXTEEN:
        arr = np.asarray(img).astype(np.uint32)
        return _keep_info(Image.fromarray(((arr * 255 + 32767) // 65535).astype(np.uint8), "L"), img), 16
    if mode == "I":  # 32-bit integers: what 16-bit PNGs were in older Pillow, and some TIFFs
        arr = np.asarray(img).astype(np.int64)
        bits = 16 if arr.max(initial=0) <= 65535 else 32
        top = (1 << bits) - 1
        out = (np.clip(arr, 0, top) * 255 + top // 2) // top
        return _keep_info(Image.fromarray(out.astype(np.uint8), "L"), img), bits
    if mode == "F":  # floating point (scientific TIFF): 0..1 when it fits, else its own range
        arr = np.asarray(img, dtype=np.float64)
        arr = np.nan_to_num(arr)
        lo, hi = float(arr.min(initial=0.0)), float(arr.max(initial=1.0))
        if lo >= 0.0 and hi <= 1.0:
            lo, hi = 0.0, 1.0
        out = np.round((arr - lo) / max(hi - lo, 1e-12) * 255)
        return _keep_info(Image.fromarray(out.astype(np.uint8), "L"), img), 32
    return img, None


def _keep_info(new: Image.Image, old: Image.Image) -> Image.Image:
    new.info = dict(old.info)
    return new


def to_srgb(img: Image.Image, source=None) -> tuple[Image.Image, str | None]:
    """(image in sRGB without a profile, the description of the profile it had, or None)."""
    icc = img.info.get("icc_profile")
    if not icc:
        if img.mode == "CMYK":  # no profile: Pillow's plain formula (assumed, and said in the docs)
            return img.convert("RGB"), None
        return img, None
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        name = (ImageCms.getProfileDescription(src) or "").strip() or "unnamed profile"
    except (OSError, ImageCms.PyCMSError) as e:
        raise ContentError(f"has a damaged colour profile (ICC): {e}", path=source) from None
    space = src.profile.xcolor_space.strip()
    alpha = "A" in img.getbands()
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
        alpha = img.mode == "RGBA"
    if space == "RGB" and img.mode in ("L", "LA"):  # a grey picture tagged with an RGB profile (common from editors)
        img = img.convert("RGBA" if img.mode == "LA" else "RGB")
    expected = {"RGB": ("RGB", "RGBA", "RGBX"), "GRAY": ("L", "LA"), "CMYK": ("CMYK",)}.get(space)
    if expected is None or img.mode not in expected:
        raise ContentError(f"has a colour profile for {space or '?'} pixels but its pixels are {img.mode}; save it without the profile", path=source)
    a = img.getchannel("A") if alpha else None
    base = img.convert({"RGBA": "RGB", "RGBX": "RGB", "LA": "L"}.get(img.mode, img.mode))
    try:
        out = ImageCms.profileToProfile(
            base, src, ImageCms.createProfile("sRGB"), renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
            outputMode="RGB", flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
        )
    except ImageCms.PyCMSError as e:
        raise ContentError(f"its colour profile '{name}' cannot be converted to sRGB: {e}", path=source) from None
    assert out is not None  # profileToProfile returns None only when converting in place
    if a is not None:
        out.putalpha(a)
    out.info = {k: v for k, v in img.info.items() if k != "icc_profile"}
    return out, name
