"""Undo and redo of the office's own steps: an edit's QUndoCommand holds the core's `Change`
list (old and new value of each field) and asks the core to put the old or new values back,
audited; the core refuses where a value changed since. Files taken in are a step too, undone
by withdrawing them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.errors import WorkbenchError
from workbench.storage.workspace import Workspace
from workbench.tracking import edits
from workbench.tracking.progress import Change


class ChangesCommand(QUndoCommand):
    """An edit already applied by the core when pushed; redo() re-applies it only after an undo."""

    def __init__(
        self,
        label: str,
        changes: list[Change],
        workspace: Workspace,
        applied: Callable[[list[Change]], None],
        failed: Callable[[WorkbenchError], None],
    ) -> None:
        super().__init__(label)
        self.changes = list(changes)
        self._workspace = workspace
        self._applied = applied
        self._failed = failed
        self._done = True

    def redo(self) -> None:
        if self._done:
            return  # QUndoStack.push() calls redo(); the core has already written the change
        self._run(edits.redo)
        self._done = True

    def undo(self) -> None:
        self._run(edits.undo)
        self._done = False

    def _run(self, action: Callable[[Workspace, list[Change]], list[Change]]) -> None:
        try:
            self._applied(action(self._workspace, self.changes))
        except WorkbenchError as exc:
            self.setObsolete(True)  # the row moved on under us; the stack drops this step
            self._failed(exc)


class WithdrawCommand(QUndoCommand):
    """Files taken in, already committed when pushed, undone by withdrawing them all or none (*withdraw*, the
    session's: in the background, as thousands of values go back). No redo: undone or refused, the step leaves
    the stack; taking the files in again redoes it."""

    def __init__(self, label: str, submission_ids: list[int], withdraw: Callable[[list[int]], None]) -> None:
        super().__init__(label)
        self.submission_ids = list(submission_ids)
        self._withdraw = withdraw

    def redo(self) -> None:
        pass  # QUndoStack.push() calls it; the files are already in

    def undo(self) -> None:
        self.setObsolete(True)
        if self.submission_ids:  # empty: its files were withdrawn elsewhere, the step only leaves the stack
            self._withdraw(self.submission_ids)

    def keep(self, standing: list[int]) -> bool:
        """Forget the files withdrawn elsewhere (the Submissions tab, the command line); False when none is left."""
        self.submission_ids = [i for i in self.submission_ids if i in standing]
        return bool(self.submission_ids)
