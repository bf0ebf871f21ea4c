"""The open workspace of a window: opening and closing it (with its writer lock), its
undo stack, and the `changed` signal every view listens to.

One QUndoStack per open workspace: opening another workspace starts a new history, so
an undo never reaches into a file that is no longer open. The stack holds the office's own
steps in the order they were taken: its edits, and files taken in, one step per batch,
undone by withdrawing them. So Ctrl+Z after taking in files takes those files back, never
an older edit past them, and an edit is undone only once what came after it is; the core
refuses any undo whose values changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from ui.changes import Changed
from ui.text import fill
from ui.undo import ChangesCommand, WithdrawCommand
from workbench import browse
from workbench.errors import WorkbenchError
from workbench.reporting import withdrawal
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
        self._seen_submission = 0  # the newest submission the stack has accounted for
        self._busy = False
        # Runs (title, work on a workspace, what to do with its result) off the GUI thread: the window's
        # operations, which report a refusal themselves.
        self.background: Callable[[str, Callable[[Workspace], object], Callable[[Any], None]], object] | None = None

    @property
    def busy(self) -> bool:
        """A background operation is writing: edits wait for it, and undo and redo are off (files being taken
        in are not yet a step to undo)."""
        return self._busy

    @busy.setter
    def busy(self, busy: bool) -> None:
        self._busy = busy
        if self._stack is not None:
            self._stack.setActive(not busy)  # inactive, the group's undo and redo actions are disabled

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
    def sample_data(self) -> bool:
        """The open workspace is the demo, its progress made up: charts say so."""
        return self.workspace is not None and browse.sample_data(self.workspace)

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
        self._seen_submission = withdrawal.newest_id(workspace)
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
        self._push_taken_in()  # files whose announcement never came (a batch cancelled half-way) go first
        try:
            changes = action(self.workspace)
        except WorkbenchError as exc:
            self._refused(exc)
            return False
        if changes:
            self._stack.push(ChangesCommand(label, changes, self.workspace, self._announce_changes, self._refused))
            self._announce_changes(changes)
        return True

    def record(self, action: Callable[[Workspace], object], changed: Changed) -> bool:
        """Run a write that is no step to undo (a revised target: history, corrected by the next revision)
        through the core; on success *changed* is announced."""
        if self.workspace is None:
            return False
        if self.busy:
            self.edit_failed.emit(self.tr("Another operation is still running; try again when it has finished."))
            return False
        try:
            action(self.workspace)
        except WorkbenchError as exc:
            self._refused(exc)
            return False
        self.changed.emit(changed)
        return True

    def _refused(self, exc: WorkbenchError) -> None:
        self.edit_failed.emit(exc.text())

    def _announce_changes(self, changes: list[Change]) -> None:
        self.changed.emit(Changed.of(changes))

    def _announce_withdrawn(self, changes: list[Change]) -> None:
        self.changed.emit(replace(Changed.of(changes), submissions=True))

    def _push_taken_in(self) -> None:
        """Files accepted since the stack last looked become one step, undone by withdrawing them."""
        if self.workspace is None or self._stack is None:
            return
        taken = withdrawal.accepted_since(self.workspace, self._seen_submission)
        self._seen_submission = withdrawal.newest_id(self.workspace)
        if not taken:
            return
        if len(taken) == 1:
            label = fill(self.tr("Take in %1"), taken[0][1])
        else:
            label = fill(self.tr("Take in %1 files"), len(taken))
        ids = [submission_id for submission_id, _ in taken]
        self._stack.push(WithdrawCommand(label, ids, lambda chosen: self._withdraw(label, chosen)))

    def _withdraw(self, label: str, ids: list[int]) -> None:
        """Take files back (an undo) in the background, announcing the values put back."""

        def done(withdrawn: list[withdrawal.Withdrawal]) -> None:
            self._announce_withdrawn([c for w in withdrawn for c in w.changes])

        assert self.background is not None, "the window gives its session its operations"
        self.background(fill(self.tr("Undoing: %1"), label), lambda ws: withdrawal.withdraw_all(ws, ids), done)

    def announce(self, changed: Changed) -> None:
        if changed.submissions:
            self._forget_withdrawn()
            self._push_taken_in()
        self.changed.emit(changed)

    def _forget_withdrawn(self) -> None:
        """A file withdrawn outside the stack leaves its take-in step; the newest step, left with no file, leaves
        the stack, so that Ctrl+Z undoes the step before it instead of a refused nothing."""
        stack = self._stack
        if self.workspace is None or stack is None:
            return
        steps = [(i, c) for i in range(stack.index()) if isinstance(c := stack.command(i), WithdrawCommand)]
        if not steps:
            return
        standing = withdrawal.standing(self.workspace, [s for _, c in steps for s in c.submission_ids])
        for i, command in steps:
            if not command.keep(standing) and i == stack.index() - 1:
                stack.undo()  # obsolete and empty: it withdraws nothing and leaves the stack
