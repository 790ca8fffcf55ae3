"""Reading zips that may be hostile: path traversal, absolute paths, links, zip bombs, duplicate
names. Every member is checked before a single byte is written, extraction counts the bytes it
actually inflates, and nothing is ever written outside the target folder."""

from __future__ import annotations

import os
import shutil
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..core.errors import BundleError


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 20_000
    max_total_bytes: int = 8 * 1024**3  # a bundle with long videos stays far below
    max_member_bytes: int = 4 * 1024**3
    max_ratio: float = 200.0  # deflate of real media/meshes/JSON stays below ~20; zeros reach 1000
    ratio_floor_bytes: int = 1024 * 1024  # small members may compress well (e.g. sparse JSON)


DEFAULT_LIMITS = ZipLimits()


def check_member_name(name: str, where: str) -> str:
    """The member's path if it is a plain relative path inside the archive, else BundleError."""
    if not name or "\x00" in name or any(ord(c) < 32 for c in name):
        raise BundleError(f"member {name!r} has an empty name or control characters", path=where)
    if "\\" in name:
        raise BundleError(f"member '{name}' uses backslashes (a Windows path); refused", path=where)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise BundleError(f"member '{name}' has an absolute path; refused", path=where)
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise BundleError(f"member '{name}' would be written outside the bundle ('..', '.' or an empty part); refused", path=where)
    return name.rstrip("/")


def _member_type(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_IFMT(mode):  # Unix attributes with a file type
        if stat.S_ISLNK(mode):
            return "link"
        if stat.S_ISDIR(mode):
            return "dir"
        if not stat.S_ISREG(mode):
            return "special"
    return "dir" if info.is_dir() else "file"


def checked_members(zf: zipfile.ZipFile, where: str, limits: ZipLimits = DEFAULT_LIMITS) -> dict[str, zipfile.ZipInfo]:
    """Regular-file members by name, after refusing anything hostile."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise BundleError(f"has {len(infos)} members, more than the {limits.max_members} a bundle may have", path=where)
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = 0
    packed = 0
    for info in infos:
        name = check_member_name(info.filename, where)
        kind = _member_type(info)
        if kind == "link":
            raise BundleError(f"member '{name}' is a symbolic link; bundles may not contain links", path=where)
        if kind == "special":
            raise BundleError(f"member '{name}' is a device, pipe or socket; refused", path=where)
        if info.flag_bits & 0x1:
            raise BundleError(f"member '{name}' is encrypted; refused", path=where)
        # Case-insensitive file systems (macOS, Windows) would merge names that differ in case or
        # Unicode normalisation: treat them as duplicates too.
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise BundleError(f"member '{name}' appears twice (also as '{seen[key]}'); refused", path=where)
        seen[key] = name
        if kind == "dir":
            continue
        if info.file_size > limits.max_member_bytes:
            raise BundleError(f"member '{name}' would inflate to {info.file_size} bytes, over the limit", path=where)
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise BundleError(
                f"member '{name}' would inflate {info.file_size / max(info.compress_size, 1):.0f}-fold "
                f"(to {info.file_size} bytes): a zip bomb; refused",
                path=where,
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BundleError(f"would inflate to more than {limits.max_total_bytes} bytes: a zip bomb; refused", path=where)
        packed += info.compress_size
        files[name] = info
    # Many small members each under the per-member floor (1,000 x 1 MiB of zeros in 1.5 MB) add up
    # to a bomb too: the archive as a whole must stay within the same ratio.
    if total > limits.ratio_floor_bytes and total > limits.max_ratio * max(packed, 1):
        raise BundleError(f"would inflate {total / max(packed, 1):.0f}-fold (to {total} bytes): a zip bomb; refused", path=where)
    # A file may not also be a folder of another member ('a' and 'a/b').
    for name in files:
        parent = PurePosixPath(name).parent
        while str(parent) != ".":
            if str(parent) in files:
                raise BundleError(f"member '{parent}' is both a file and the folder of '{name}'; refused", path=where)
            parent = parent.parent
    return files


def open_zip(path: str | Path) -> zipfile.ZipFile:
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        raise BundleError(f"cannot be read: {e.strerror}", path=path) from None
    if not stat.S_ISREG(mode):
        # A FIFO or /dev/zero would be read forever.
        raise BundleError("is not a regular file (a device, pipe or socket); refused", path=path)
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        raise BundleError(f"is not a readable zip ({e}); truncated or not a bundle", path=path) from None
    except OSError as e:
        raise BundleError(f"cannot be read: {e.strerror}", path=path) from None


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, chunk: int = 1 << 20):
    """Yield the member's bytes in chunks, never more than its declared size."""
    left = info.file_size
    try:
        with zf.open(info) as f:
            while True:
                block = f.read(min(chunk, left + 1))
                if not block:
                    break
                left -= len(block)
                if left < 0:
                    raise BundleError(f"member '{info.filename}' inflates beyond its declared size; refused", path=where)
                yield block
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:
        raise BundleError(f"member '{info.filename}' is damaged ({e}); the zip is truncated or tampered", path=where) from None


def extract_bundle_zip(zip_path: str | Path, target: str | Path, limits: ZipLimits = DEFAULT_LIMITS) -> Path:
    """Extract a bundle zip into `target`, a new or empty folder. On any problem the folder is
    left as it was found (created folders are removed) and BundleError says why."""
    zip_path, target = Path(zip_path), Path(target)
    where = str(zip_path)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BundleError("the target folder exists and is not empty", path=target)
    created = not target.exists()
    with open_zip(zip_path) as zf:
        members = checked_members(zf, where, limits)
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        try:
            for name, info in members.items():
                dest = (root / name).resolve()
                if root not in dest.parents:  # belt and braces: check_member_name already refused it
                    raise BundleError(f"member '{name}' resolves outside the target; refused", path=where)
                dest.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
                with os.fdopen(fd, "wb") as out:
                    for block in read_member(zf, info, where):
                        out.write(block)
        except BaseException:
            if created:
                shutil.rmtree(target, ignore_errors=True)
            else:
                for child in list(target.iterdir()):
                    shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
            raise
    return target
