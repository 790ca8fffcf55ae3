"""The open exhibit as the window sees it: the project on disk, its undo history, and signals.

Wraps core's Qt-free UndoStack. Every edit goes through `push`; a command that refuses (bad id,
out-of-range size) becomes an `error` signal with a plain message and leaves the exhibit as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.commands import Command, UndoStack
from ..core.errors import MuseumArError
from ..core.exhibit import Exhibit
from ..core.lock import SessionLock
from ..core.project import Project, discard_recovery, save_exhibit, write_autosave


class Document(QObject):
    changed = Signal()  # the exhibit changed (edit, undo, redo)
    dirty_changed = Signal(bool)
    error = Signal(str)
    notice = Signal(str)  # something the curator should know about an accepted edit

    def __init__(self, project: Project, recovered: bool = False, parent: QObject | None = None, lock: SessionLock | None = None):
        super().__init__(parent)
        self.project = project
        self.lock = lock  # held while the exhibit is open here; release() lets others edit again
        self.stack = UndoStack(project.exhibit)
        # Recovered from an autosave: unsaved although no command was pushed yet.
        self._recovered = recovered
        self._was_dirty = self.is_dirty()

    def stop_telling(self, *slots) -> None:
        """Disconnect `slots` from `changed` where connected: a view handing over to another
        document; a slot never connected, or whose object Qt already deleted, is passed over."""
        for slot in slots:
            try:
                self.changed.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    @property
    def exhibit(self) -> Exhibit:
        return self.project.exhibit

    @property
    def root(self) -> Path:
        return self.project.root

    def is_dirty(self) -> bool:
        return self._recovered or not self.stack.is_clean()

    def push(self, cmd: Command) -> bool:
        try:
            self.stack.push(cmd)
        except MuseumArError as e:
            from .messages import error_detail

            text = error_detail(e)  # the field is the one being edited: no need to name it
            self.error.emit(text[:1].upper() + text[1:])
            return False
        self._after_change()
        return True

    def end_merge(self) -> None:
        """The current drag or typing gesture is over: the next edit is a new undo step."""
        self.stack.end_merge()

    def undo(self) -> None:
        if self.stack.undo():
            self._after_change()

    def redo(self) -> None:
        if self.stack.redo():
            self._after_change()

    def save(self) -> None:
        save_exhibit(self.root, self.exhibit)  # raises OSError / MuseumArError: caller shows it
        self.stack.set_clean()
        self._recovered = False
        self._notify_dirty()

    def autosave(self) -> bool:
        """Write the unsaved state beside exhibit.json; True when something was written."""
        if not self.is_dirty():
            return False
        write_autosave(self.root, self.exhibit)
        return True

    def release(self) -> None:
        """Closed: other editors (another app, the command line) may change the project now."""
        if self.lock is not None:
            self.lock.release()

    def discard_autosave(self) -> None:
        discard_recovery(self.root)

    def _after_change(self) -> None:
        self.changed.emit()
        self._notify_dirty()

    def _notify_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
