"""Images (PNG, JPEG, WebP, GIF, BMP, TIFF, HEIC/HEIF, SVG) -> an upright 8-bit sRGB PNG or JPEG
no larger than the tablet needs, plus a thumbnail. The header is read first: a file claiming
100k x 100k pixels is refused before a single pixel is decoded. 16-bit and greyscale pictures are
scaled to 8 bits and ICC profiles converted to sRGB (colour.py); iPhone HEIC photos are read with
pillow-heif; SVG is rasterised (svg.py). An animated GIF/PNG/WebP becomes a looping video
(animation.py), and the importer makes the item a video."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from ..core.errors import ContentError
from ..core.progress import Progress
from .colour import to_8bit, to_srgb
from .options import MAX_DECODED_PIXELS, MAX_IMAGE_FILE_BYTES, ImportOptions
from .sniff import check_file, read_head, sniff
from .staging import Staging
from .textures import encode, fit_within
from .thumbnail import image_thumbnail, png_bytes


HEIF_EXTS = (".heic", ".heif", ".hif")
HEIF_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"heif", b"hevc")  # ISO-BMFF major brand at byte 8


def _register_heif() -> None:
    """pillow-heif teaches Pillow HEIC/HEIF (iPhone photos); it applies the file's rotation and
    mirroring itself and resets the EXIF orientation, so exif_transpose does not turn twice."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def open_image_checked(source: Path, max_pixels: int = MAX_DECODED_PIXELS) -> Image.Image:
    """Open and fully decode an image, refusing bombs and damaged files with a ContentError."""
    if source.suffix.lower() in HEIF_EXTS or read_head(source)[8:12] in HEIF_BRANDS:
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit applies
            img = Image.open(source)
            w, h = img.size
            if w * h > max_pixels or w <= 0 or h <= 0:
                raise ContentError(f"claims to be {w} x {h} pixels, more than the {max_pixels // 1_000_000} megapixels an import may decode", path=source)
            img.load()
    except ContentError:
        raise
    except Image.DecompressionBombError as e:
        m = re.search(r"\((\d+) pixels\)", str(e))
        claimed = f"{int(m.group(1)):,} pixels" if m else "too many pixels"
        raise ContentError(f"claims {claimed}, more than the {max_pixels // 1_000_000} megapixels an import may decode", path=source) from None
    except Image.UnidentifiedImageError:
        head = read_head(source)
        what = "a HEIC/HEIF image that cannot be decoded (damaged?)" if head[8:12] in HEIF_BRANDS else sniff(head)
        hint = f" (its bytes look like {what})" if what else ""
        raise ContentError(f"is not an image Pillow can read{hint}", path=source) from None
    except (OSError, SyntaxError, ValueError) as e:  # truncated or corrupt data
        raise ContentError(f"is damaged or truncated: {e}", path=source) from None
    return img


def import_image(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size = check_file(source, MAX_IMAGE_FILE_BYTES)
    progress.report(0.05, f"reading {source.name}")
    svg_size = None
    if source.suffix.lower() == ".svg":
        from .svg import SVG_EDGE_PX, rasterize_svg

        img, svg_size = rasterize_svg(source, min(SVG_EDGE_PX, options.max_image_px))
        fmt = "SVG"
    else:
        img = open_image_checked(source)
        fmt = img.format or ""
        if getattr(img, "n_frames", 1) > 1 and fmt in ("GIF", "PNG", "WEBP"):
            from .animation import import_animation

            return import_animation(source, img, options, staging, progress.scaled(0.05, 1.0))
    w0, h0 = img.size
    mode_before = img.mode
    rotated = _orientation(img) not in (None, 1)
    img, bits_before = to_8bit(img)
    img, profile = to_srgb(img, source)
    upright = ImageOps.exif_transpose(img)  # cameras store portrait photos sideways plus a tag
    progress.report(0.4, "scaling and encoding")
    out = fit_within(upright, options.max_image_px)
    data, mime = encode(out, jpeg_quality=options.jpeg_quality, prefer_png=fmt != "JPEG")
    progress.report(0.8, "thumbnail")
    staging.add("asset", data, "png" if mime == "image/png" else "jpg")
    staging.add("thumbnail", png_bytes(image_thumbnail(out, options.thumbnail_px)), "png")
    info = {
        "format": fmt.lower(),
        "width_before": w0,
        "height_before": h0,
        "width": out.width,
        "height": out.height,
        "mode_before": mode_before,
        "exif_orientation_applied": bool(rotated),
        "bytes_before": size,
        "bytes_after": len(data),
        "mime": mime,
    }
    if bits_before:
        info["bits_before"] = bits_before
    if profile:
        info["colour_profile_before"] = profile
        info["converted_to_srgb"] = True
    if svg_size:
        info["svg_size_px"] = [round(svg_size[0], 2), round(svg_size[1], 2)]
    return info


def _orientation(img: Image.Image) -> int | None:
    try:
        return img.getexif().get(0x0112)
    except Exception:
        return None
