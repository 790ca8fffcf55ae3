"""Outputs of one import, held back until the import succeeded.

Nothing enters the project while work is under way: converters write into a private temporary
folder, and `commit()` stores everything at the very end. If storing fails half-way, the files
this import added are removed again (files that were already there, from another item with the
same content, are left alone), so a failed or cancelled import never half-adds anything.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..core.project import ASSETS_DIR, store_asset


class Staging:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="museum-ar-import-"))
        self._pending: dict[str, tuple[bytes | Path, str]] = {}

    def path(self, name: str) -> Path:
        """A scratch file path inside the staging folder (for ffmpeg outputs and the like)."""
        return self.dir / name

    def add(self, role: str, data: bytes | Path, ext: str) -> None:
        """Remember an output under a role ('asset', 'thumbnail', 'poster')."""
        self._pending[role] = (data, ext)

    def commit(self, project_root: str | Path) -> dict[str, str]:
        """Store every pending output in the project; returns role -> project-relative path."""
        root = Path(project_root)
        folder = root / ASSETS_DIR
        before = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
        stored: dict[str, str] = {}
        try:
            for role, (data, ext) in self._pending.items():
                stored[role] = store_asset(root, data, ext)
        except BaseException:
            for rel in stored.values():
                if Path(rel).name not in before:
                    (root / rel).unlink(missing_ok=True)
            raise
        return stored

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

