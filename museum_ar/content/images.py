"""Images (PNG, JPEG, WebP, GIF, BMP, TIFF) -> an upright PNG or JPEG no larger than the tablet
needs, plus a thumbnail. The header is read first: a file claiming 100k x 100k pixels is refused
before a single pixel is decoded."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from ..core.errors import ContentError
from ..core.progress import Progress
from .options import MAX_DECODED_PIXELS, MAX_IMAGE_FILE_BYTES, ImportOptions
from .sniff import check_file, read_head, sniff
from .staging import Staging
from .textures import encode, fit_within
from .thumbnail import image_thumbnail, png_bytes


def open_image_checked(source: Path, max_pixels: int = MAX_DECODED_PIXELS) -> Image.Image:
    """Open and fully decode an image, refusing bombs and damaged files with a ContentError."""
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
        what = sniff(read_head(source))
        hint = f" (its bytes look like {what})" if what else ""
        raise ContentError(f"is not an image Pillow can read{hint}", path=source) from None
    except (OSError, SyntaxError, ValueError) as e:  # truncated or corrupt data
        raise ContentError(f"is damaged or truncated: {e}", path=source) from None
    return img


def import_image(source: Path, options: ImportOptions, staging: Staging, progress: Progress) -> dict:
    size = check_file(source, MAX_IMAGE_FILE_BYTES)
    progress.report(0.05, f"reading {source.name}")
    img = open_image_checked(source)
    fmt = img.format or ""
    w0, h0 = img.size
    rotated = _orientation(img) not in (None, 1)
    upright = ImageOps.exif_transpose(img)  # cameras store portrait photos sideways plus a tag
    progress.report(0.4, "scaling and encoding")
    out = fit_within(upright, options.max_image_px)
    data, mime = encode(out, jpeg_quality=options.jpeg_quality, prefer_png=fmt != "JPEG")
    progress.report(0.8, "thumbnail")
    staging.add("asset", data, "png" if mime == "image/png" else "jpg")
    staging.add("thumbnail", png_bytes(image_thumbnail(out, options.thumbnail_px)), "png")
    return {
        "format": fmt.lower(),
        "width_before": w0,
        "height_before": h0,
        "width": out.width,
        "height": out.height,
        "exif_orientation_applied": bool(rotated),
        "bytes_before": size,
        "bytes_after": len(data),
        "mime": mime,
    }


def _orientation(img: Image.Image) -> int | None:
    try:
        return img.getexif().get(0x0112)
    except Exception:
        return None
