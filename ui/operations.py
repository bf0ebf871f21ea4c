"""The one wrapper for long work: runs a plain function off the GUI thread with its own
workspace connection, shows progress with a Cancel button, reports errors in the user's
language, and announces what changed so the views refresh.

The function never touches a widget; it gets a `Job` (its workspace, a progress callback
and a cancel flag) and returns a result that `on_done` receives in the GUI thread.
One operation at a time: the workspace has one writer.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.changes import Changed
from ui.dialogs import Dialogs
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.text import fill
from workbench.errors import Cancelled, WorkbenchError
from workbench.storage.workspace import Workspace

PROGRESS_INTERVAL = 0.05  # seconds between progress signals: more only floods the event loop


class Job:
    """What an operation's function receives."""

    def __init__(
        self, workspace: Workspace | None, report: Callable[[int, int, str], None], cancel: threading.Event
    ) -> None:
        self._workspace = workspace
        self.cancel = cancel
        self._report = report
        self._last = 0.0

    @property
    def workspace(self) -> Workspace:
        """The worker's own connection to the window's workspace; an operation started with
        workspace=False has none."""
        if self._workspace is None:
            raise RuntimeError("this operation was started without a workspace (workspace=False)")
        return self._workspace

    def progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._report(done, total, text)

    def check(self) -> None:
        """Stop here if Cancel was pressed (the caller's transaction then rolls back)."""
        if self.cancel.is_set():
            raise Cancelled("cancelled")


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)


class _Worker(QRunnable):
    def __init__(
        self, fn: Callable[[Job], Any], source: Workspace | None, signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self._fn, self._source, self._signals, self._cancel = fn, source, signals, cancel

    def run(self) -> None:
        workspace = None
        try:
            # SQLite connections belong to one thread: the worker opens its own.
            workspace = self._source.for_thread() if self._source else None
            result = self._fn(Job(workspace, self._signals.progress.emit, self._cancel))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self._close(workspace)
            self._signals.error.emit(exc)
            return
        self._close(workspace)
        self._signals.done.emit(result)

    @staticmethod
    def _close(workspace: Workspace | None) -> None:
        if workspace is not None:
            workspace.close(release_lock=False)  # the lock belongs to the window's session


class ProgressPanel(Retranslating, QWidget):
    """Title, progress bar and Cancel, shown in the status bar while an operation runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def start(self, title: str) -> None:
        self.title.setText(title)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(True)
        self.show()

    def report(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.bar.setFormat(f"{text} (%p%)")


class Operations(QObject):
    finished = Signal(object)  # the result, after on_done ran and the change was announced
    failed = Signal(str)  # what the user was told
    busy_changed = Signal(bool)
    status = Signal(str)  # a line for the status bar

    def __init__(self, session: Session, dialogs: Dialogs, panel: ProgressPanel, window: QWidget) -> None:
        super().__init__(window)
        self._session, self._dialogs, self._panel, self._window = session, dialogs, panel, window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel: threading.Event | None = None
        self._signals: _Signals | None = None
        self._beside: set[_Signals] = set()  # kept alive until their work reports
        self._beside_pool = QThreadPool(self)  # its own: an operation never queues behind it
        self._shut = False
        panel.cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def run(
        self,
        title: str,
        fn: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], object] | None = None,
        changed: Changed | Callable[[Any], Changed] | None = None,
        workspace: bool = True,
        always: Callable[[], object] | None = None,
        ask: dict[str, Callable[[WorkbenchError], object]] | None = None,
        writes: bool = True,
    ) -> bool:
        """Start *fn* in the background; False if another operation is still running.

        on_done gets the result in the GUI thread; always runs first whether the work
        succeeded, failed or was cancelled (e.g. to reopen a workspace closed for it).
        *ask* maps the codes of refusals that need the user's decision (a file that exists,
        another workspace's backup) to what asks and, if the user agrees, runs it again. An operation that
        only reads (writes=False: a backup) leaves edits, undo and redo on while it runs."""
        if self.busy:
            self.status.emit(self.tr("Another operation is still running."))
            return False
        if workspace and self._session.workspace is None:
            return False
        self._cancel = threading.Event()
        signals = _Signals()  # kept alive by self until the operation ends
        signals.progress.connect(self._panel.report)
        signals.done.connect(lambda result: self._succeeded(title, result, on_done, changed, always))
        signals.error.connect(lambda exc: self._errored(title, exc, always, ask or {}))
        self._signals = signals
        self._panel.start(title)
        self._session.busy = writes
        self.busy_changed.emit(True)
        self._pool.start(_Worker(fn, self._session.workspace if workspace else None, signals, self._cancel))
        return True

    def alongside(self, fn: Callable[[Job], Any], on_done: Callable[[Any], object]) -> None:
        """Work that only reads and goes on beside the operations, without their progress panel or their one
        slot (the day's backup as a workspace opens): *on_done* gets its result, a refusal goes to the status
        bar, anything else to the window's last guard. The window's closing waits for it."""
        signals = _Signals()
        self._beside.add(signals)

        def finish(result: Any = None, *, error: BaseException | None = None) -> None:
            self._beside.discard(signals)
            if self._shut:
                return
            if error is None:
                on_done(result)
            elif isinstance(error, WorkbenchError):
                self.status.emit(error.text())
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        signals.done.connect(finish)
        signals.error.connect(lambda exc: finish(error=exc))
        self._beside_pool.start(_Worker(fn, self._session.workspace, signals, threading.Event()))

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._panel.cancel_button.setEnabled(False)

    def shut_down(self, msecs: int = 30000) -> None:
        """Cancel and wait for the running operation as the window closes; what it still
        reports afterwards is dropped (nothing may reopen a workspace behind a closed window)."""
        self.cancel()
        self._pool.waitForDone(msecs)
        self._beside_pool.waitForDone(msecs)
        self._shut = True

    def _end(self, always: Callable[[], object] | None) -> None:
        self._cancel = None
        self._signals = None
        self._panel.hide()
        self._session.busy = False
        self.busy_changed.emit(False)
        if always is not None:
            always()

    def _succeeded(
        self,
        title: str,
        result: Any,
        on_done: Callable[[Any], object] | None,
        changed: Changed | Callable[[Any], Changed] | None,
        always: Callable[[], object] | None,
    ) -> None:
        if self._shut:
            return
        self._end(always)
        self.status.emit(fill(self.tr("Done: %1"), title))  # first: on_done may say something more precise
        if on_done is not None:
            on_done(result)
        if changed is not None:
            self._session.announce(changed(result) if callable(changed) else changed)
        self.finished.emit(result)

    def _errored(
        self,
        title: str,
        exc: BaseException,
        always: Callable[[], object] | None,
        ask: dict[str, Callable[[WorkbenchError], object]],
    ) -> None:
        if self._shut:
            return
        self._end(always)
        if isinstance(exc, Cancelled):
            text = exc.text()
            self.status.emit(text)
        elif isinstance(exc, WorkbenchError) and exc.code in ask:
            text = exc.text()
            ask[exc.code](exc)
        elif isinstance(exc, WorkbenchError):
            text = exc.text()
            self._dialogs.error(self._window, title, text)
        else:
            # Not a failure the user can act on: the window's last guard (ui.error_dialog) logs
            # it with its traceback and says where the log is.
            text = fill(self.tr("Something went wrong: %1."), f"{type(exc).__name__}: {exc}")
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self.failed.emit(text)
