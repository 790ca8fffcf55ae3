"""A text progress bar for long work, fed by the same callback the GUI uses."""

from __future__ import annotations

import sys
import time


class TextProgress:
    """Callable as progress(fraction: float, message: str) -> None. Draws a bar on stderr when that
    is a terminal; otherwise logs a line per tenth on stdout, so stderr holds only the one-line
    error a script checks for."""

    def __init__(self, stream=None, width: int = 30):
        self.tty = stream is None and sys.stderr.isatty()
        self.stream = stream or (sys.stderr if self.tty else sys.stdout)
        self.width = width
        self._last_msg: str | None = None
        self._last_draw = 0.0
        self._last_logged = -1.0

    def __call__(self, fraction: float, message: str = "") -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.05 and fraction < 1.0:
                return
            self._last_draw = now
            filled = int(round(self.width * fraction))
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r[{bar}] {fraction * 100:5.1f}% {message[:60]:<60}")
            if fraction >= 1.0:
                self.stream.write("\n")
            self.stream.flush()
        elif message and message != self._last_msg and (fraction >= 1.0 or fraction - self._last_logged >= 0.1):
            # In a log (not a terminal) a line per tenth is enough; per file would drown it.
            self._last_msg = message
            self._last_logged = fraction
            self.stream.write(f"{fraction * 100:5.1f}% {message}\n")
