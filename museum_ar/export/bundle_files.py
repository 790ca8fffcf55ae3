"""One way to read a bundle's files whether it is a folder or a zip, refusing links and hostile
zip members (see safe_zip)."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path
from collections.abc import Iterator

from ..core.errors import BundleError
from .safe_zip import DEFAULT_LIMITS, ZipLimits, checked_members, open_zip, read_member


class BundleFiles:
    """names(): bundle-relative POSIX paths of every regular file; chunks(name): its bytes."""

    def __init__(self, path: Path):
        self.path = path

    def names(self) -> list[str]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def read(self, name: str, max_bytes: int) -> bytes:
        if name not in self.names():
            raise BundleError(f"'{name}' is missing", path=self.path)
        if self.size(name) > max_bytes:
            raise BundleError(f"'{name}' is {self.size(name)} bytes, more than {max_bytes}", path=self.path)
        return b"".join(self.chunks(name))

    def sha256(self, name: str) -> tuple[str, int]:
        h, n = hashlib.sha256(), 0
        for block in self.chunks(name):
            h.update(block)
            n += len(block)
        return h.hexdigest(), n

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FolderBundle(BundleFiles):
    def __init__(self, path: Path):
        super().__init__(path)
        self._names: dict[str, Path] = {}
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            for d in list(dirnames):
                if os.path.islink(os.path.join(dirpath, d)):
                    raise BundleError(f"'{os.path.relpath(os.path.join(dirpath, d), path)}' is a symbolic link; bundles may not contain links", path=path)
            for f in filenames:
                full = Path(dirpath) / f
                rel = full.relative_to(path).as_posix()
                mode = full.lstat().st_mode
                if stat.S_ISLNK(mode):
                    raise BundleError(f"'{rel}' is a symbolic link; bundles may not contain links", path=path)
                if not stat.S_ISREG(mode):
                    raise BundleError(f"'{rel}' is not a regular file", path=path)
                self._names[rel] = full

    def names(self) -> list[str]:
        return sorted(self._names)

    def size(self, name: str) -> int:
        return self._names[name].stat().st_size

    def chunks(self, name: str) -> Iterator[bytes]:
        with open(self._names[name], "rb") as f:
            yield from iter(lambda: f.read(1 << 20), b"")


class ZipBundle(BundleFiles):
    def __init__(self, path: Path, limits: ZipLimits = DEFAULT_LIMITS):
        super().__init__(path)
        self._zf = open_zip(path)
        try:
            self._members = checked_members(self._zf, str(path), limits)
        except BaseException:
            self._zf.close()
            raise

    def names(self) -> list[str]:
        return sorted(self._members)

    def size(self, name: str) -> int:
        return self._members[name].file_size

    def chunks(self, name: str) -> Iterator[bytes]:
        yield from read_member(self._zf, self._members[name], str(self.path))

    def close(self) -> None:
        self._zf.close()


def open_bundle_files(path: str | Path, limits: ZipLimits = DEFAULT_LIMITS) -> BundleFiles:
    path = Path(path)
    if path.is_dir():
        return FolderBundle(path)
    if not path.exists():
        raise BundleError("no such bundle (a folder or .zip)", path=path)
    if not stat.S_ISREG(path.stat().st_mode):
        # A FIFO or /dev/zero would be read forever.
        raise BundleError("is not a regular file or folder (a device, pipe or socket); refused", path=path)
    if not zipfile.is_zipfile(path):
        raise BundleError("is neither a bundle folder nor a zip", path=path)
    return ZipBundle(path, limits)
