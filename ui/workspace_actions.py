"""Workspace handling the way desktop users expect: New, Open, Recent, Save a copy,
backup and restore, and the demo workspace one click away (and reset for trainers).

Work that replaces the workspace file (restore, demo reset) closes it first, runs in the
background through the operations wrapper, and reopens it whatever the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.dialogs import Dialogs
from ui.operations import Job, Operations
from ui.session import Session
from ui.settings import Settings
from ui.text import fill
from workbench import browse, demo, messages
from workbench.errors import WorkbenchError
from workbench.storage import backups, copies
from workbench.storage.paths import default_workspace
from workbench.storage.workspace import Workspace, needs_upgrade

WORKSPACE_FILTER = "*.sqlite"
WORKSPACES = "workspaces"  # the purpose whose last folder the file dialogs start in
PROGRAM = "workbench (window)"


def default_demo_path() -> Path:
    return default_workspace().with_name("demo.sqlite")


def build_demo(job: Job, path: Path, *, reset: bool) -> Path:
    """Build (or reset) the demo workspace, with progress per seed plan and Cancel
    between them; a cancelled build leaves the previous file as it was."""
    from workbench.app import services

    total = len(demo.seed_files())
    done = 0

    def import_plan(workspace: Workspace, seed: Path) -> object:
        nonlocal done
        job.check()
        job.progress(done, total + 1, seed.name)
        result = services.import_plan(workspace, seed)
        done += 1
        return result

    built = demo.build(path, import_plan, reset=reset)
    job.progress(total + 1, total + 1)
    return built


def upgrade(path: Path) -> Path:
    """Bring an older workspace to this version (after a verified backup), then let it go."""
    Workspace.open(path, program=PROGRAM).close()
    return path


def restore_backup(path: Path, backup: Path, *, other_workspace: bool = False) -> Path:
    """Restore *backup* over the (closed) workspace at *path*; returns the safety copy."""
    workspace = Workspace.open(path, program=PROGRAM)
    try:
        return backups.restore(workspace, backup, other_workspace=other_workspace)
    finally:
        if workspace.lock is not None:
            workspace.lock.release()  # restore() closed the connection but kept the lock


class WorkspaceActions(QObject):
    message = Signal(str)

    def __init__(
        self, window: QWidget, session: Session, settings: Settings, dialogs: Dialogs, operations: Operations
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.settings = window, session, settings
        self.dialogs, self.operations = dialogs, operations
        session.opened.connect(lambda _: self.daily_backup())

    def daily_backup(self) -> None:
        """The day's backup as a workspace with plans opens, in the background: the day's first file taken in
        or plan imported then finds it taken instead of copying the whole file first (README: Performance)."""
        workspace = self.session.workspace
        if workspace is None or backups.taken_today(workspace.path) or not browse.plans(workspace):
            return
        self.operations.alongside(
            lambda job: backups.take_daily(job.workspace, reason=backups.DAILY),
            on_done=self._daily_taken,
        )

    def _daily_taken(self, saved: Path | None) -> None:
        if saved is not None:  # None: a file taken in meanwhile took it
            self.message.emit(fill(self.tr("Today's backup: %1"), saved.name))

    @property
    def demo_path(self) -> Path:
        return self.settings.demo_path(default_demo_path())

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open a workspace, telling the user why not (held by another program, newer, damaged…). One of an
        older version is upgraded first in the background, the window answering meanwhile: compacting a large
        audit log takes a while. False when it is not open (yet)."""
        try:
            if needs_upgrade(Path(path)):
                self.operations.run(
                    fill(self.tr("Upgrading %1 to this version (a backup is kept)"), Path(path).name),
                    lambda job: upgrade(Path(path)),
                    workspace=False,
                    on_done=self.open_path,
                )
                return False
            self.session.open(Path(path), create=create)
        except WorkbenchError as exc:
            self.dialogs.error(self.window, self.tr("Cannot open the workspace"), exc.text())
            return False
        workspace = self.session.require_workspace()
        self.settings.add_recent(workspace.path)
        self.message.emit(fill(self.tr("Opened %1"), workspace.path))
        risk = workspace.risk
        if risk is not None:  # a warning, never a refusal: the office decides where its files live
            self.dialogs.info(
                self.window,
                self.tr("Where this workspace lives"),
                messages.text("workspace.risky_location", kind=messages.text(f"risk.{risk.kind}"), path=risk.detail),
            )
        return True

    def new(self) -> None:
        path = self.dialogs.save_file(
            self.window, self.tr("New workspace"), WORKSPACE_FILTER, self.settings.start_in(WORKSPACES)
        )
        self.settings.remember_folder(WORKSPACES, path)
        if path is None:
            return
        path = path if path.suffix else path.with_suffix(".sqlite")
        if path.exists():
            self.dialogs.error(
                self.window, self.tr("New workspace"), fill(self.tr("%1 already exists; use Open to work in it."), path)
            )
            return
        self.open_path(path, create=True)

    def open(self) -> None:
        path = self.dialogs.open_file(
            self.window, self.tr("Open workspace"), WORKSPACE_FILTER, self.settings.start_in(WORKSPACES)
        )
        self.settings.remember_folder(WORKSPACES, path)
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        path = self.dialogs.save_file(
            self.window, self.tr("Save a copy of the workspace"), WORKSPACE_FILTER, self.settings.start_in(WORKSPACES)
        )
        self.settings.remember_folder(WORKSPACES, path)
        if path is None:
            return
        self.operations.run(
            self.tr("Saving a copy"),
            lambda job: copies.save_copy(job.workspace, path),
            on_done=lambda saved: self.message.emit(fill(self.tr("Copy saved as %1"), saved)),
        )

    def backup(self) -> None:
        self.operations.run(
            self.tr("Backing up"),
            lambda job: backups.take(job.workspace),
            on_done=lambda saved: self.message.emit(fill(self.tr("Backed up and verified: %1"), saved)),
            writes=False,  # a copy of one snapshot: edits go on meanwhile
        )

    def restore(self) -> None:
        path = self.session.path
        if path is None:
            return
        found = backups.listing(path)
        if not found:
            self.dialogs.info(self.window, self.tr("Restore a backup"), self.tr("This workspace has no backups yet."))
            return
        at = self.dialogs.choose(
            self.window,
            self.tr("Restore a backup"),
            self.tr("Backup to restore (the current state is backed up first):"),
            [p.name for p in found],
        )
        if at is not None:
            self._restore(path, found[at])

    def _restore(self, path: Path, backup: Path, *, other_workspace: bool = False) -> None:
        self.session.close()
        self.operations.run(
            self.tr("Restoring a backup"),
            lambda job: restore_backup(path, backup, other_workspace=other_workspace),
            workspace=False,
            always=lambda: self.open_path(path),
            on_done=lambda safety: self.message.emit(
                fill(self.tr("Restored %1; the state before is kept as %2"), backup.name, safety.name)
            ),
            ask={"restore.other_workspace": lambda refusal: self._ask_other(path, backup, refusal)},
        )

    def _ask_other(self, path: Path, backup: Path, refusal: WorkbenchError) -> None:
        question = self.tr(
            "This backup is of another workspace. Templates sent from this one will no longer be "
            "recognised when they come back. Restore it all the same?"
        )
        if self.dialogs.confirm(self.window, self.tr("Restore another workspace?"), f"{refusal.text()}\n\n{question}"):
            self._restore(path, backup, other_workspace=True)

    def open_demo(self) -> None:
        path = self.demo_path
        if self.session.path == path.resolve():
            return
        if path.exists():
            self.open_path(path)
            return
        self.operations.run(
            self.tr("Building the demo workspace"),
            lambda job: build_demo(job, path, reset=False),
            workspace=False,
            on_done=self.open_path,
        )

    def reset_demo(self) -> None:
        path = self.demo_path
        if not self.dialogs.confirm(
            self.window,
            self.tr("Reset the demo workspace"),
            self.tr(
                "Rebuild the demo workspace from the seed plans? Every change made in "
                "it is discarded (a backup is kept)."
            ),
        ):
            return
        was_open = self.session.path == path.resolve()
        if was_open:
            self.session.close()  # the demo file is replaced while nobody holds it
        self.operations.run(
            self.tr("Resetting the demo workspace"),
            lambda job: build_demo(job, path, reset=True),
            workspace=False,
            always=(lambda: self.open_path(path)) if was_open else None,
            on_done=None if was_open else lambda _: self.open_path(path),
        )
