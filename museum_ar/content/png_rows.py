"""A PNG texture brought down to its budget a band of rows at a time, never decoded whole.

A 4096 px PNG atlas is 64 MB once Pillow has decoded it (4 bytes a pixel), and its 2048 px copy
and the thumbnail's reduced copy come on top while it is held. Read here a band of rows at a
time, only the bands the resize still needs are held (issue #15).

The pixels are Pillow's own: the zlib stream of the IDAT chunks is inflated a band at a time,
and each band's filtered rows go through Pillow's PNG row decoder ("zip", which undoes PNG's
per-row filters), behind one extra unfiltered row holding the band's previous row (the filters
look one row up). Only the plain case is read this way: non-interlaced, 8 bits a sample, grey,
grey + alpha, RGB or RGBA, no tRNS chunk, not animated; anything else goes through Pillow whole.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

import numpy as np
from PIL import Image

from .textures import bands_exact, fitted_size, resize_rows

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MODES = {0: ("L", 1), 2: ("RGB", 3), 4: ("LA", 2), 6: ("RGBA", 4)}  # colour type -> (mode, bytes a pixel)
_BAND = 64  # source rows decoded at once
_INFLATE = 1 << 20  # inflated bytes made at once


class PngRows:
    """The rows of a plain PNG (`of` says which are read here), in bands."""

    def __init__(self, data: bytes, mode: str, size: tuple[int, int], bpp: int, idat: list[tuple[int, int]]) -> None:
        self.data, self.mode, self.size, self._bpp, self._idat = data, mode, size, bpp, idat

    @classmethod
    def of(cls, img: Image.Image) -> PngRows | None:
        """The reader for a PNG picture Pillow has opened but not decoded, or None."""
        if getattr(img, "format", None) != "PNG" or getattr(img, "n_frames", 1) != 1 or getattr(img, "_im", None) is not None:
            return None
        fp = getattr(img, "fp", None)
        if fp is None:
            return None
        try:
            pos = fp.tell()
            fp.seek(0)
            data = fp.read()
            fp.seek(pos)
        except (OSError, ValueError):
            return None
        return cls.parse(data)

    @classmethod
    def parse(cls, data: bytes) -> PngRows | None:
        if not data.startswith(_SIGNATURE):
            return None
        pos, header, idat = len(_SIGNATURE), None, []
        while pos + 8 <= len(data):
            length, kind = struct.unpack(">I4s", data[pos : pos + 8])
            body = pos + 8
            if body + length + 4 > len(data) or zlib.crc32(data[pos + 4 : body + length]) != int.from_bytes(data[body + length : body + length + 4], "big"):
                return None  # truncated or damaged: Pillow's own reading says what is wrong
            if kind == b"IHDR":
                header = data[body : body + 13]
            elif kind == b"IDAT":
                idat.append((body, length))
            elif kind in (b"tRNS", b"acTL", b"fcTL"):
                return None  # transparency by key colour, animation: Pillow's own path
            elif kind == b"IEND":
                break
            pos = body + length + 4
        if header is None or len(header) != 13 or not idat:
            return None
        w, h, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", header)
        if depth != 8 or colour not in _MODES or compression or filtering or interlace or not w or not h:
            return None
        mode, bpp = _MODES[colour]
        return cls(data, mode, (w, h), bpp, idat)

    def bands(self, rows: int = _BAND) -> Iterator[tuple[int, Image.Image]]:
        """(first row, a band of up to `rows` rows) from top to bottom."""
        w, h = self.size
        stride = 1 + w * self._bpp
        inflate = zlib.decompressobj()
        above = bytes(w * self._bpp)  # Pillow's decoder starts from a row of zeros too
        pending = bytearray()
        y = 0
        for start, length in self._idat:
            chunk = memoryview(self.data)[start : start + length]
            while chunk:
                pending += inflate.decompress(chunk, _INFLATE)
                chunk = memoryview(inflate.unconsumed_tail)
                while len(pending) >= rows * stride and y < h:
                    n = min(rows, h - y)
                    band, above = self._band(above, pending[: n * stride], n)
                    del pending[: n * stride]
                    yield y, band
                    y += n
        pending += inflate.flush()
        while y < h:
            n = min(rows, h - y)
            if len(pending) < n * stride:
                raise ValueError("PNG image data ends early")
            band, above = self._band(above, pending[: n * stride], n)
            del pending[: n * stride]
            yield y, band
            y += n

    def _band(self, above: bytes, filtered: bytearray, n: int) -> tuple[Image.Image, bytes]:
        w = self.size[0]
        raw = b"\0" + above + filtered  # the row above, unfiltered (filter type 0), then the band
        img = Image.frombytes(self.mode, (w, n + 1), zlib.compress(raw, 0), "zip", self.mode)
        band = img.crop((0, 1, w, n + 1))
        return band, img.crop((0, n, w, n + 1)).tobytes()


class _Window:
    """Source rows as `resize_rows` asks for them (increasing), decoded band by band; a band is
    dropped once no later request can reach it. Each band is also handed to `seen`."""

    def __init__(self, bands: Iterator[tuple[int, Image.Image]], width: int, mode: str, seen) -> None:
        self._bands, self._width, self._mode, self._seen = bands, width, mode, seen
        self._held: list[tuple[int, Image.Image]] = []

    def rows(self, lo: int, hi: int) -> Image.Image:
        while not self._held or self._held[-1][0] + self._held[-1][1].height < hi:
            y, band = next(self._bands)
            self._seen(y, band)
            self._held.append((y, band))
        self._held = [(y, b) for y, b in self._held if y + b.height > lo]
        out = Image.new(self._mode, (self._width, hi - lo))
        for y, b in self._held:
            if y < hi:
                out.paste(b, (0, y - lo))
        return out

    def finish(self) -> None:
        self._held = []
        for y, band in self._bands:
            self._seen(y, band)


def shrink_png(img: Image.Image, max_edge: int, thumbnail_px: int | None) -> tuple[Image.Image, np.ndarray | None] | None:
    """(`fit_within(img, max_edge)`, `thumbnail.thumbnail_texture(img)` if `thumbnail_px`) made
    from `img`'s rows a band at a time, the same pixels; None when this cannot be done exactly
    (not a plain PNG, not larger than `max_edge`, a geometry `bands_exact` refuses, or a thumbnail
    Pillow would not make by a `reduce` of whole blocks first)."""
    png = PngRows.of(img)
    if png is None or max(png.size) <= max_edge:
        return None
    w, h = png.size
    size = fitted_size(png.size, max_edge)
    if not bands_exact(png.mode, png.size, size):
        return None
    reduced: Image.Image | None = None
    fx = fy = 1
    if thumbnail_px is not None:
        if max(w, h) <= thumbnail_px:
            return None
        tsize = fitted_size(png.size, thumbnail_px)
        # Image.resize(tsize, LANCZOS, reducing_gap=3.0) on the whole picture: reduce() by these
        # factors first (blocks from the top-left corner, so band by band when a band holds whole
        # blocks), then a Lanczos resize of the reduced picture with this box
        fx, fy = int(w / tsize[0] / 3.0) or 1, int(h / tsize[1] / 3.0) or 1
        if fx < 2 or fy < 2:
            return None
        reduced = Image.new("RGB", (-(-w // fx), -(-h // fy)))

    def seen(y: int, band: Image.Image) -> None:
        if reduced is not None:
            reduced.paste((band if band.mode == "RGB" else band.convert("RGB")).reduce((fx, fy)), (0, y // fy))

    window = _Window(png.bands(_BAND - _BAND % fy), w, png.mode, seen)  # bands of whole blocks
    try:
        small = resize_rows(window.rows, png.mode, png.size, size)
        window.finish()
    except (zlib.error, ValueError, OSError, StopIteration):
        return None  # damaged image data: Pillow's own reading says what is wrong
    thumb = None
    if reduced is not None:
        picture = reduced.resize(tsize, Image.Resampling.LANCZOS, box=(0, 0, w / fx, h / fy))
        thumb = np.asarray(picture, dtype=np.float64) / 255.0
    return small, thumb
