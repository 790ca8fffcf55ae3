"""Look at a file's first bytes before trusting its name: a JPEG called skull.obj, an empty or
2 GB file, or a folder are turned into a clear ContentError before any loader sees them."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ContentError
from ..core.units import human_size

# (prefix, offset, what it is). Only formats a curator is likely to mix up.
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF8", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"WAVE", 8, "a WAV audio file"),
    (b"AVI ", 8, "an AVI video"),
    (b"OggS", 0, "an Ogg audio/video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"ftyp", 4, "an MP4/MOV/M4A media file"),
    (b"\x1a\x45\xdf\xa3", 0, "a Matroska/WebM video"),
    (b"glTF", 0, "a binary glTF (GLB) model"),
    (b"PK\x03\x04", 0, "a ZIP archive (or 3MF)"),
    (b"%PDF", 0, "a PDF document"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"BM", 0, "a BMP image"),
]


def sniff(head: bytes) -> str | None:
    """What the first bytes say the file is, or None when they say nothing we know."""
    for magic, offset, what in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if what.startswith("a BMP") and len(head) >= 14 and head[6:10] != b"\x00\x00\x00\x00":
                continue  # "BM" is also the start of plain text; BMP has reserved zero bytes
            return what
    # A download that failed or a "save page as" gives a web page under the model's or picture's
    # name; the loaders would report a JSON or header error that says nothing to a curator.
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return WEB_PAGE
    return None


WEB_PAGE = "a web page (HTML)"


def mislabelled(kind: str, what: str) -> str:
    """The words for a file whose bytes are `what` though its name says `kind`."""
    if what == WEB_PAGE:  # renaming does not help: the file itself was never downloaded
        return f"is named like {kind} but is a web page (HTML), not the file itself: download the file again"
    return f"is named like {kind} but its bytes are {what}; rename it or pick the right file"


def read_head(path: Path, n: int = 64) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(n)
    except OSError as e:
        raise ContentError(f"cannot be read: {e.strerror}", path=path) from None


def check_file(path: Path, max_bytes: int) -> int:
    """Raise ContentError unless `path` is a readable, non-empty regular file within the limit;
    returns its size. Checked on the size the file system reports, so a sparse 2 GB file is
    refused without reading it."""
    if not path.exists():
        raise ContentError("no such file", path=path)
    if not path.is_file():
        raise ContentError("is not a file", path=path)
    size = path.stat().st_size
    if size == 0:
        raise ContentError("the file is empty", path=path)
    if size > max_bytes:
        raise ContentError(f"is {human_size(size)}, more than the {human_size(max_bytes)} this kind of file may have", path=path)
    return size


def expect_not(path: Path, head: bytes, allowed: tuple[str, ...], kind: str) -> None:
    """Raise when the bytes say the file is something other than its name says (mislabelled)."""
    what = sniff(head)
    if what is not None and not any(a in what for a in allowed):
        raise ContentError(mislabelled(kind, what), path=path)

