"""Arrays set aside in a temporary file while one memory-heavy step runs, and read back after it.

meshoptimizer's simplifier needs ~170 MB of its own for a 2 M-triangle mesh, beside its float32
positions and uint32 indices; the float64 positions and the texture coordinates that the steps
after it need (40 MB for 1 M vertices) have no use while it runs. Written with `np.save` and read
with `np.load`, they come back as the same bytes (same dtype and shape). The file is a
`tempfile.TemporaryFile` (nameless where the system allows it, gone when closed): on a system
whose temporary folder is in memory (tmpfs) this moves the arrays, it does not free them.
If writing fails (a full disk), the arrays simply stay in memory.
"""

from __future__ import annotations

import tempfile
from typing import IO

import numpy as np


class Parked:
    """`arrays` (None entries allowed) written to a temporary file; `take()` gives them back, in
    order, and closes the file. Drop your own references after parking, or nothing is freed."""

    def __init__(self, arrays: list[np.ndarray | None]) -> None:
        self._kept: list[np.ndarray | None] | None = None
        self._file: IO[bytes] | None = None
        self._present = [a is not None for a in arrays]
        try:
            f = tempfile.TemporaryFile(prefix="museum-ar-park-")  # noqa: SIM115 (open until take(): it holds the arrays)
        except OSError:
            self._kept = list(arrays)
            return
        try:
            for a in arrays:
                if a is not None:
                    np.save(f, a, allow_pickle=False)
            f.flush()
        except OSError:
            f.close()
            self._kept = list(arrays)
            return
        self._file = f

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    def take(self) -> list[np.ndarray | None]:
        if self._kept is not None:
            kept, self._kept = self._kept, None
            return kept
        f = self._file
        if f is None:
            raise RuntimeError("already taken")
        self._file = None
        try:
            f.seek(0)
            return [np.load(f, allow_pickle=False) if present else None for present in self._present]
        finally:
            f.close()

    def close(self) -> None:
        """Drop what is parked without reading it (an error while the heavy step ran)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._kept = None
