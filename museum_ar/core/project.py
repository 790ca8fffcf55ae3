"""The exhibit project on disk: a folder with exhibit.json and content-addressed assets.

    MyExhibit/
      exhibit.json          human-readable, with schema_version; written atomically
      assets/<sha256>.<ext> every file the exhibit uses, named by its content
      .autosave.json        the unsaved state, written now and then; offered back after a crash

Assets are written before the exhibit.json that names them, so a crash at any moment leaves a
project that loads, at the old or the new state.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .atomic import _UMASK, fsync_dir, remove_stale_temps, temp_prefix, write_bytes_atomic
from .lock import project_lock
from .errors import (
    CorruptProjectError,
    InvalidValueError,
    ProjectError,
    MissingAssetError,
    ProjectExistsError,
    ProjectNotFoundError,
)
from .exhibit import Exhibit
from .localized import LocalizedText
from .migrate import migrate
from .schema import SCHEMA_VERSION, exhibit_from_json, exhibit_to_json

EXHIBIT_FILE = "exhibit.json"
AUTOSAVE_FILE = ".autosave.json"
ASSETS_DIR = "assets"
MAX_EXHIBIT_JSON_BYTES = 64 * 1024 * 1024  # far above any real exhibit; bounds memory on a hostile file
_EXT_RE = re.compile(r"^[a-z0-9]{1,8}$")


@dataclass
class Project:
    """A loaded project: where it lives and the exhibit in it."""

    root: Path
    exhibit: Exhibit
    migrated_from: int | None = None  # the schema version it was read at, when older than current
    loaded_digest: str | None = None  # SHA-256 of exhibit.json as read; save refuses if it changed since

    def save(self) -> None:
        self.loaded_digest = save_exhibit(self.root, self.exhibit, expect_digest=self.loaded_digest)

    def store_asset(self, source: str | os.PathLike | bytes, ext: str) -> str:
        return store_asset(self.root, source, ext)

    def path_of(self, rel: str) -> Path:
        return self.root / rel

    def autosave(self) -> None:
        write_autosave(self.root, self.exhibit)


# ---------------------------------------------------------------- create / load / save


def create_project(root: str | os.PathLike, title: str | LocalizedText, publish_url: str = "") -> Project:
    root = Path(root)
    if (root / EXHIBIT_FILE).exists():
        raise ProjectExistsError("an exhibit project is already here", path=root)
    if root.exists() and not root.is_dir():
        raise ProjectExistsError("exists and is not a folder", path=root)
    if root.exists() and any(root.iterdir()):
        raise ProjectExistsError("folder is not empty; choose a new or empty folder", path=root)
    if isinstance(title, str):
        title = LocalizedText({"de": title, "en": title}) if title else LocalizedText()
    exhibit = Exhibit(title=title, publish_url=publish_url)
    try:
        (root / ASSETS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ProjectExistsError(f"cannot create the folder: {e.strerror}", path=root) from None
    digest = save_exhibit(root, exhibit)
    return Project(root, exhibit, loaded_digest=digest)


def load_project(root: str | os.PathLike, *, check_assets: bool = True) -> Project:
    """Read, migrate and validate a project. With check_assets, a referenced but missing asset
    raises MissingAssetError (the GUI loads without and lists them instead)."""
    root = Path(root)
    data, version, digest = _read_exhibit_json_digest(root / EXHIBIT_FILE)
    if (root / ASSETS_DIR).is_dir():
        remove_stale_temps(root / ASSETS_DIR)  # copies cut short by a crash; never a real asset
    exhibit = exhibit_from_json(data, str(root / EXHIBIT_FILE))
    if check_assets:
        check_assets_present(root, exhibit)
    return Project(root, exhibit, migrated_from=version if version < SCHEMA_VERSION else None, loaded_digest=digest)


def _read_exhibit_json(path: Path):
    data, version, _ = _read_exhibit_json_digest(path)
    return data, version


def _non_finite_field(value, where: str = "") -> str | None:
    """The first field holding NaN or ±Infinity, as `markers[0].items[1].info.x` (None: none).
    Python's json reads them, JSON has no such numbers: a file with one would load and then be
    saved as invalid JSON (and a bundle's manifest would break the tablet's JSON.parse)."""
    if isinstance(value, float):
        return None if math.isfinite(value) else where
    if isinstance(value, dict):
        children = ((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
    elif isinstance(value, list):
        children = ((f"{where}[{i}]", v) for i, v in enumerate(value))
    else:
        return None
    for child_where, child in children:
        found = _non_finite_field(child, child_where)
        if found is not None:
            return found
    return None


def _read_exhibit_json_digest(path: Path):
    if not path.parent.is_dir():
        raise ProjectNotFoundError("no such folder", path=path.parent)
    if not path.is_file():
        raise ProjectNotFoundError(f"not an exhibit project: {EXHIBIT_FILE} is missing", path=path.parent)
    size = path.stat().st_size
    if size > MAX_EXHIBIT_JSON_BYTES:
        raise CorruptProjectError(f"is {size // (1024 * 1024)} MB, far too large to be an exhibit", path=path)
    with open(path, "rb") as f:  # bounded: the file may grow after the size check
        raw = f.read(MAX_EXHIBIT_JSON_BYTES + 1)
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise CorruptProjectError("is empty", path=path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise CorruptProjectError(f"is not UTF-8 text (byte {e.start})", path=path) from None
    except json.JSONDecodeError as e:
        raise CorruptProjectError(f"is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}", path=path) from None
    except RecursionError:
        raise CorruptProjectError("is nested too deeply to be an exhibit", path=path) from None
    except ValueError as e:  # e.g. a number of thousands of digits (Python's int limit)
        raise CorruptProjectError(f"has a value that cannot be read: {e}", path=path) from None
    try:
        bad = _non_finite_field(data)
    except RecursionError:
        raise CorruptProjectError("is nested too deeply to be an exhibit", path=path) from None
    if bad is not None:
        raise InvalidValueError("is not a finite number (NaN and Infinity are not JSON)", path=path, field=bad)
    data, version = migrate(data, str(path))
    return data, version, digest


def exhibit_json_bytes(exhibit: Exhibit) -> bytes:
    return (json.dumps(exhibit_to_json(exhibit), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class ProjectConflictError(ProjectError):
    """exhibit.json was changed by someone else since it was opened; this save did not happen."""


def _digest_on_disk(path: Path) -> str | None:
    try:
        with open(path, "rb") as f:
            return _sha256_file(f)
    except FileNotFoundError:
        return None


def save_exhibit(root: str | os.PathLike, exhibit: Exhibit, expect_digest: str | None = None) -> str:
    """Atomically replace exhibit.json under the project lock; then the autosave is stale and
    goes. With expect_digest (the file as it was opened), a file changed by someone else in the
    meantime is never overwritten: ProjectConflictError, and nothing is saved. Returns the new
    file's SHA-256."""
    root = Path(root)
    data = exhibit_json_bytes(exhibit)
    with project_lock(root):
        if expect_digest is not None:
            now = _digest_on_disk(root / EXHIBIT_FILE)
            if now != expect_digest:
                raise ProjectConflictError(
                    "was changed by someone else since it was opened; your change is NOT saved. "
                    "Open the project again and redo it", path=root / EXHIBIT_FILE)
        remove_stale_temps(root)
        try:
            write_bytes_atomic(root / EXHIBIT_FILE, data)
        except OSError as e:  # disk full, folder removed, no permission: the old file is untouched
            raise ProjectError(f"cannot save: {e.strerror or e}; the last saved version is unchanged", path=root / EXHIBIT_FILE) from None
    try:
        (root / AUTOSAVE_FILE).unlink()
    except FileNotFoundError:
        pass
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- assets


def store_asset(root: str | os.PathLike, source: str | os.PathLike | bytes, ext: str) -> str:
    """Copy a file (or bytes) into assets/ under its SHA-256; returns the project-relative path.
    Storing the same content twice is free."""
    root = Path(root)
    ext = ext.lower().lstrip(".")
    if not _EXT_RE.match(ext):
        raise ValueError(f"bad asset extension {ext!r}")
    try:
        return _store_asset(root, source, ext)
    except OSError as e:
        raise ProjectError(f"cannot store a copy of the file in the project: {e.strerror or e}", path=root / ASSETS_DIR) from None


def _store_asset(root: Path, source: str | os.PathLike | bytes, ext: str) -> str:
    assets = root / ASSETS_DIR
    assets.mkdir(exist_ok=True)
    if isinstance(source, (bytes, bytearray)):
        digest = hashlib.sha256(source).hexdigest()
        rel = f"{ASSETS_DIR}/{digest}.{ext}"
        if not (root / rel).exists():
            write_bytes_atomic(root / rel, bytes(source))
        return rel
    with open(source, "rb") as f:
        digest = _sha256_file(f)
    rel = f"{ASSETS_DIR}/{digest}.{ext}"
    if not (root / rel).exists():
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(f"{digest}.{ext}"), suffix=".tmp", dir=assets)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o666 & ~_UMASK)
            os.replace(tmp, root / rel)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_dir(assets)
    return rel


def _sha256_file(f: BinaryIO) -> str:
    h = hashlib.sha256()
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
    return h.hexdigest()


def regular_file_in_project(root: str | os.PathLike, rel: str) -> Path:
    """The asset file `rel` if it is a regular file inside the project reached without any
    symbolic link, and not one of the project's own files (exhibit.json, autosave, lock); else
    ProjectError. Export and serve publish only what this returns: never what a link points to."""
    root = Path(root)
    parts = rel.split("/")
    if rel in (EXHIBIT_FILE, AUTOSAVE_FILE) or any(p.startswith(".") or p == "" for p in parts):
        raise ProjectError(f"'{rel}' is a project file, not an asset; it is never published", path=root)
    here = root
    for part in parts:
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except OSError:
            raise MissingAssetError(f"'{rel}' is not in the project", path=root) from None
        if stat.S_ISLNK(mode):
            raise ProjectError(f"'{rel}' is (or lies under) a symbolic link; only files inside the project are published", path=here)
    if not stat.S_ISREG(mode):
        raise ProjectError(f"'{rel}' is not a regular file (a folder, device or pipe)", path=here)
    return here


def missing_assets(root: Path, exhibit: Exhibit) -> list[tuple[str, str]]:
    """(where, path) for every referenced asset file that is not there."""
    out = []
    for m in exhibit.markers:
        for it in m.items:
            for rel in it.asset_paths():
                if not (root / rel).is_file():
                    out.append((f"item '{it.id}' on marker '{m.id}'", rel))
    return out


def check_assets_present(root: str | os.PathLike, exhibit: Exhibit) -> None:
    """MissingAssetError naming the first file `exhibit` refers to that is not in the project
    folder `root` (loading with check_assets, export and its check)."""
    missing = missing_assets(Path(root), exhibit)
    if missing:
        where, rel = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise MissingAssetError(f"{where} refers to '{rel}', which is not in the project{more}", path=Path(root))


def unused_assets(root: Path, exhibit: Exhibit) -> list[str]:
    used = exhibit.asset_paths()
    folder = root / ASSETS_DIR
    if not folder.is_dir():
        return []
    return sorted(f"{ASSETS_DIR}/{p.name}" for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and f"{ASSETS_DIR}/{p.name}" not in used)


# ---------------------------------------------------------------- autosave and recovery


def write_autosave(root: str | os.PathLike, exhibit: Exhibit) -> None:
    write_bytes_atomic(Path(root) / AUTOSAVE_FILE, exhibit_json_bytes(exhibit))


def has_recovery(root: str | os.PathLike) -> bool:
    """True when an autosave holds changes that were never saved (e.g. after a crash)."""
    root = Path(root)
    auto = root / AUTOSAVE_FILE
    if not auto.is_file():
        return False
    try:
        return auto.read_bytes() != (root / EXHIBIT_FILE).read_bytes()
    except OSError:
        return True


def load_recovery(root: str | os.PathLike) -> Exhibit:
    root = Path(root)
    data, _ = _read_exhibit_json(root / AUTOSAVE_FILE)
    return exhibit_from_json(data, str(root / AUTOSAVE_FILE))


def discard_recovery(root: str | os.PathLike) -> None:
    try:
        (Path(root) / AUTOSAVE_FILE).unlink()
    except FileNotFoundError:
        pass
