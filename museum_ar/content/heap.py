"""Give the C heap's free memory back to the system between the steps of an import.

numpy's large arrays come from glibc malloc. Once one is freed, glibc raises its mmap threshold
to that size (up to 32 MB), so later arrays of up to that size are carved out of the heap, and
the texture threads get arenas of their own: memory an import step has freed stays in the
process, and the next step's arrays are added on top of it (the resident set grows although
what is alive does not). `malloc_trim(0)` returns the free parts of every arena. glibc only
(looked up once through ctypes); elsewhere `trim` does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        fn = libc.malloc_trim  # absent in musl
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn


_TRIM = _malloc_trim()


def trim() -> bool:
    """Return freed heap memory to the system; True if there was a way to (glibc)."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True
