"""Crash-safe file writes: write a sibling temp file, fsync it, rename over the target, fsync the
folder. A reader (or a crash at any instant) sees either the old file or the new one, whole."""

from __future__ import annotations

import os
import re
import socket
import tempfile
import time
from pathlib import Path


# The process umask, read once (os.umask can only be read by setting it).
_UMASK = os.umask(0)
os.umask(_UMASK)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file owner-only (0600); a saved exhibit or a printed sheet on a shared
        # museum drive must stay readable by colleagues: keep the old file's mode, else the default.
        if hasattr(os, "fchmod"):
            try:
                mode = path.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = 0o666 & ~_UMASK
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: str | os.PathLike) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40] or "host"


def temp_prefix(name: str) -> str:
    """Temp files carry host and process id: on a shared folder each process removes only the
    temp files of processes that are gone, never another editor's file in the middle of a save."""
    return f".{name}.~{_HOST}~{os.getpid()}~"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temps(folder: str | os.PathLike, max_age_s: float = 3600.0) -> None:
    """Temp files left by a write that was killed halfway: ours, those of dead processes on this
    host, and (other hosts, or no owner in the name) those untouched for an hour. Never the real
    files, never a live process's temp file."""
    now = time.time()
    for p in Path(folder).glob(".*.tmp"):
        m = re.search(r"~([A-Za-z0-9-]+)~(\d+)~", p.name)
        try:
            if m and m.group(1) == _HOST:
                pid = int(m.group(2))
                if pid != os.getpid() and _pid_alive(pid):
                    continue
            elif now - p.stat().st_mtime < max_age_s:
                continue
            p.unlink()
        except OSError:
            pass
