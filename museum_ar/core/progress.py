"""Progress and cancellation for long work (mesh import, export, calibration), shared by the GUI
(a progress dialog with Cancel, on another thread) and the CLI (a text bar, Ctrl+C)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import CancelledError

ProgressCallback = Callable[[float, str], None]


class Progress:
    """Workers call `report(fraction, message)` between steps; it raises CancelledError once
    `cancel()` was called (from any thread), so work stops at the next step and cleans up."""

    def __init__(self, callback: ProgressCallback | None = None):
        self._callback = callback
        self._cancelled = threading.Event()

    def report(self, fraction: float, message: str = "") -> None:
        self.check()
        if self._callback is not None:
            self._callback(fraction, message)

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError("cancelled; nothing was changed")

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def scaled(self, start: float, end: float) -> Progress:
        """A child that maps its 0..1 onto start..end of this one (for a step of a longer job)."""
        parent = self

        class _Child(Progress):
            def report(self, fraction: float, message: str = "") -> None:
                parent.report(start + (end - start) * min(max(fraction, 0.0), 1.0), message)

            def check(self) -> None:
                parent.check()

            def cancel(self) -> None:
                parent.cancel()

            @property
            def cancelled(self) -> bool:
                return parent.cancelled

        return _Child()


NO_PROGRESS = Progress()
