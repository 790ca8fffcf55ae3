"""Long work off the GUI thread, with a progress dialog that can cancel.

A Job runs a function `fn(progress) -> result` on a QThread. The core Progress object carries
cancellation across threads; its reports arrive in the GUI thread through a queued signal.
"""

from __future__ import annotations

import atexit
import threading
import traceback
import weakref
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import CancelledError, MuseumArError
from ..core.progress import Progress
from .i18n import tr
from .messages import error_text, progress_text


class _Runner(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, was cancelled

    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.fn = fn
        self.progress = Progress(lambda f, msg: self.progressed.emit(f, progress_text(msg)))

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except CancelledError:
            self.failed.emit(tr("Cancelled; nothing was changed."), True)
        except (MuseumArError, MemoryError, OSError) as e:
            self.failed.emit(error_text(e), False)  # in the UI language, whichever package raised it
        except Exception as e:  # a bug, not a user mistake: still never lose the window
            traceback.print_exc()
            self.failed.emit(error_text(e), False)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """Run `fn` on a thread; `finished(ok, result_or_message)` fires in the GUI thread."""

    finished = Signal(bool, object)

    def __init__(self, fn: Callable[[Progress], Any], title: str, parent: QWidget | None = None, show_dialog: bool = True):
        super().__init__(parent)
        self.worker_thread = QThread()  # not `thread`: that is QObject.thread()
        self.runner = _Runner(fn)
        self.runner.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.runner.run)
        self.runner.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.runner.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.title = title
            self.dialog = QProgressDialog(title, tr("Cancel"), 0, 1000, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
            self.dialog.setMinimumWidth(420)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.runner.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.cancelled = False

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.runner.progress.cancel()

    def _progressed(self, fraction: float, message: str) -> None:
        if self.dialog is not None and not self.cancelled:
            self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:  # the step, under what the job is
                self.dialog.setLabelText(f"{self.title}\n{message}")

    def _finish(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result) -> None:
        self._finish()
        self.finished.emit(True, result)

    def _failed(self, message: str, cancelled: bool) -> None:
        self._finish()
        self.cancelled = self.cancelled or cancelled
        self.finished.emit(False, message)


class _Delivery(QObject):
    done = Signal(int, bool, object)  # generation, ok, result or the exception


_LIVE: weakref.WeakSet[LatestOnly] = weakref.WeakSet()


@atexit.register
def _stop_latest_only_threads() -> None:
    """A LatestOnly thread still waiting (its dialog never closed: a test, a crash path) is ended
    before the interpreter shuts down: a thread the interpreter kills inside Qt's signal code
    aborts the process ("FATAL: exception not rethrown")."""
    for worker in list(_LIVE):
        worker.close()
        worker.join(2.0)


class LatestOnly(QObject):
    """Recomputes something for the view off the GUI thread, newest request first.

    For previews that follow every change of a field (the print dialog's page): `submit(fn)`
    replaces whatever request is still waiting, a request that finishes after a newer one was
    submitted is dropped, and `ready(ok, result_or_exception)` fires in the GUI thread for the
    newest only. `fn` must not touch Qt widgets or the live exhibit: give it a copy.
    """

    ready = Signal(bool, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._cond = threading.Condition()
        self._pending: tuple[int, Callable[[], Any]] | None = None
        self._generation = 0
        self._busy = False
        self._closed = False
        self._delivery = _Delivery()
        self._delivery.done.connect(self._delivered, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name=f"museum-ar-{name}", daemon=True)
        self._thread.start()
        _LIVE.add(self)

    def submit(self, fn: Callable[[], Any]) -> None:
        with self._cond:
            self._generation += 1
            self._pending = (self._generation, fn)
            self._cond.notify()

    def idle(self) -> bool:
        """Nothing waiting or running, and the newest result delivered (for tests and screenshots)."""
        with self._cond:
            return self._pending is None and not self._busy

    def close(self) -> None:
        with self._cond:
            self._closed, self._pending = True, None
            self._cond.notify()

    def join(self, timeout: float | None = None) -> None:
        """Wait for the thread to end after close() (a request running now finishes first)."""
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                assert self._pending is not None
                generation, fn = self._pending
                self._pending, self._busy = None, True
            try:
                result, ok = fn(), True
            except Exception as e:  # delivered to the GUI thread, which says it in words
                result, ok = e, False
            self._delivery.done.emit(generation, ok, result)

    def _delivered(self, generation: int, ok: bool, result: object) -> None:
        with self._cond:
            newest = generation == self._generation
            if newest and self._pending is None:
                self._busy = False
        if newest and not self._closed:
            self.ready.emit(ok, result)
