"""One writer at a time per project folder, for folders shared by several people.

The lock is a POSIX record lock (fcntl.lockf) on `.museum-ar.lock` in the project folder, which
exists only while someone edits. The
operating system (and NFS's lock manager, and Linux's SMB client) release it when the holding
process ends, however it ends — so a lock can never be left stale by a crash on this machine; a
lock held by a process that is gone can always be taken. The file also says who holds it
("opened by X on HOST since T") for the message a second editor sees.

Locks are re-entrant within one process (a record lock would otherwise be released when any
descriptor of the file is closed), so a command can hold the lock across load -> edit -> save and
save can take it again on its own."""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import ProjectError, ProjectNotFoundError

LOCK_FILE = ".museum-ar.lock"

try:
    import fcntl
except ImportError:  # Windows: no record locks here; saves still refuse to overwrite others' edits
    fcntl = None  # type: ignore[assignment]


class ProjectLockedError(ProjectError):
    """Someone else is editing the project now."""


_held: dict[str, list] = {}  # resolved lock path -> [fd, depth]
_guard = threading.Lock()


def holder_text(info: dict) -> str:
    since = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("since", 0)))
    return f"opened by {info.get('user', '?')} on {info.get('host', '?')} (process {info.get('pid', '?')}) since {since}"


def read_holder(root: str | os.PathLike) -> dict | None:
    try:
        raw = (Path(root) / LOCK_FILE).read_bytes()[:4096]
        info = json.loads(raw.decode("utf-8"))
        return info if isinstance(info, dict) else None
    except (OSError, ValueError):
        return None


def _me() -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or passwd (containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return {"user": user, "host": socket.gethostname(), "pid": os.getpid(), "since": time.time()}


@contextmanager
def project_lock(root: str | os.PathLike, wait_s: float = 30.0):
    """Hold the project's lock; wait up to wait_s for another editor to finish, then raise
    ProjectLockedError naming who holds it."""
    path = Path(root) / LOCK_FILE
    key = str(path.resolve())
    with _guard:
        if key in _held:
            _held[key][1] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[key][1] -= 1
        return
    if fcntl is None:
        yield
        return
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except OSError as e:
            raise ProjectError(f"cannot save or edit: the project's lock file cannot be opened ({e.strerror})", path=path) from None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # The holder before us removes the file as it lets go; a lock on that removed file
            # is worth nothing: only a lock on the file that is there now counts.
            try:
                same = os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
            continue
        except OSError:
            os.close(fd)
            if time.monotonic() >= deadline:
                info = read_holder(root) or {}
                raise ProjectLockedError(f"is being edited: {holder_text(info)}; try again when they are done", path=Path(root)) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(_me()).encode("utf-8"), 0)
    except OSError:
        pass  # the lock holds even when the note about it cannot be written
    with _guard:
        _held[key] = [fd, 1]
    try:
        yield
    finally:
        with _guard:
            _held[key][1] -= 1
            done = _held[key][1] == 0
            if done:
                del _held[key]
        if done:
            try:
                os.unlink(path)  # while still locked: the folder holds no lock file when nobody edits
            except OSError:
                pass
            os.close(fd)  # releases the record lock


class SessionLock:
    """The project's lock held for as long as an editor has the project open (the app), not only
    while one save runs. Another process's edit then waits and is refused naming who has the
    project open, instead of this editor's next save quietly overwriting it (or being refused
    after an afternoon of work). Saves in this process still take the lock again (re-entrant)."""

    def __init__(self, root: str | os.PathLike, wait_s: float = 0.5):
        self.root = Path(root)
        if not self.root.is_dir():  # opening a folder that is not there: say that, not "lock file"
            raise ProjectNotFoundError("no such folder", path=self.root)
        self._cm = project_lock(self.root, wait_s)
        self._cm.__enter__()  # raises ProjectLockedError naming the holder
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self._cm.__exit__(None, None, None)
