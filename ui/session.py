"""The open workspace of a window: opening and closing it (with its writer lock), its
undo stack, and the `changed` signal every view listens to.

One QUndoStack per open workspace: opening another workspace starts a new history, so
an undo never reaches into a file that is no longer open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from ui.changes import Changed
from ui.undo import ChangesCommand
from workbench.errors import WorkbenchError
from workbench.storage.workspace import Workspace
from workbench.tracking.progress import Change

PROGRAM = "workbench (window)"


class Session(QObject):
    opened = Signal(object)  # Path of the workspace, after it is open and its stack ready
    closed = Signal()
    changed = Signal(object)  # Changed
    edit_failed = Signal(str)  # an edit, undo or redo the core refused, worded for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.undo_group = QUndoGroup(self)
        self._stack: QUndoStack | None = None
        self.busy = False  # a background operation is writing: edits wait for it

    @property
    def path(self) -> Path | None:
        return self.workspace.path if self.workspace else None

    def require_workspace(self) -> Workspace:
        """The open workspace, for code that runs only while one is open (the flows, which
        open only then, and handlers of `opened`)."""
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self._stack

    def open(self, path: Path, *, create: bool = False) -> None:
        """Open *path* for writing; raises WorkbenchError (locked, newer, damaged…) and then
        leaves the current workspace open."""
        workspace = Workspace.open(path, create=create, program=PROGRAM)
        self.close()
        self.workspace = workspace
        self._stack = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self._stack)
        self.opened.emit(workspace.path)

    def close(self) -> None:
        if self.workspace is None:
            return
        if self._stack is not None:
            self.undo_group.removeStack(self._stack)
            self._stack.deleteLater()
            self._stack = None
        self.workspace.close()
        self.workspace = None
        self.closed.emit()

    def edit(self, label: str, action: Callable[[Workspace], list[Change]]) -> bool:
        """Run one edit through the core; on success it is announced and can be undone."""
        if self.workspace is None or self._stack is None:
            return False
        if self.busy:
            self.edit_failed.emit(self.tr("Another operation is still running; try again when it has finished."))
            return False
        try:
            changes = action(self.workspace)
        except WorkbenchError as exc:
            self.edit_failed.emit(exc.text())
            return False
        if changes:
            self._stack.push(
                ChangesCommand(
                    label,
                    changes,
                    self.workspace,
                    self._announce_changes,
                    lambda exc: self.edit_failed.emit(exc.text()),
                )
            )
            self._announce_changes(changes)
        return True

    def _announce_changes(self, changes: list[Change]) -> None:
        self.changed.emit(Changed.of(changes))

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)
