"""Quantities as people read them in messages and summaries."""

from __future__ import annotations


def human_size(n: float) -> str:
    """1536 -> '1.5 KB', 12 -> '12 bytes' (binary multiples, as file managers on the houses'
    Windows machines show them)."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
