"""One memory peak at a time within an import (issue #15).

The texture jobs (decoding, bringing down and encoding a picture: a 4096 px atlas is 64 MB
decoded, libwebp ~26 MB more for its 2048 px copy) and the mesh's simplification and normals
(meshoptimizer alone ~170 MB for a 2 M-triangle mesh) each have a peak; run side by side, the
import's peak is their sum. `PeakGate` lets either side go, not both: texture jobs share it with
each other (several maps of a PBR model are still encoded at once, as before), the mesh step
holds it alone. Whoever comes first goes first; the other waits (the light steps, reading, the
up-axis guess, writing the GLB, are not gated and still overlap the textures).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class PeakGate:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive = False
        self._waiting_exclusive = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Held by any number of texture jobs at once, never beside `exclusive`."""
        with self._cond:
            # a waiting mesh step is let in before further texture jobs (the jobs are many short
            # holds; without this the mesh could wait for all of them)
            self._cond.wait_for(lambda: not self._exclusive and not self._waiting_exclusive)
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Held alone: no texture job runs its heavy part meanwhile."""
        with self._cond:
            self._waiting_exclusive += 1
            try:
                self._cond.wait_for(lambda: not self._exclusive and not self._shared)
            finally:
                self._waiting_exclusive -= 1
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()
