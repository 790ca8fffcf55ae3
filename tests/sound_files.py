"""Sound files the tests import: one WAV writer shared by the content and export tests (each area's
helpers import it; tests/conftest.py puts this folder on the path)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np


def write_wav(path: Path, seconds: float = 2.0, rate: int = 22050) -> Path:
    """A mono 16-bit WAV: a 220 Hz tone that swells and fades over `seconds` (so a waveform
    thumbnail has a shape to draw)."""
    t = np.arange(int(rate * seconds)) / rate
    x = (np.sin(2 * np.pi * 220 * t) * np.sin(np.pi * t / seconds) * 12000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(x.tobytes())
    return path
