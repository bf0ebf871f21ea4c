"""One writer per workspace: a lock file beside it that records who holds it.

A second program is told who holds the workspace (host, program, process, since when)
instead of writing alongside. A lock left by a process that no longer runs on this
host is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from workbench.errors import WorkspaceError
from workbench.storage.failures import translate_error


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str
    program: str
    since: str

    def describe(self) -> str:
        return f"{self.program} ({self.user}@{self.host}, pid {self.pid}, {self.since})"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _me(program: str) -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return Holder(platform.node(), os.getpid(), user, program, datetime.now().isoformat(timespec="seconds"))


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(workspace: Path) -> Holder | None:
    try:
        return Holder(**json.loads(lock_path(workspace).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


class WorkspaceLock:
    """Held while a program may write the workspace; release() or process exit frees it."""

    def __init__(self, workspace: Path, program: str) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.holder = _me(program)
        self._held = False

    def acquire(self) -> None:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._stale():
                    self.path.unlink(missing_ok=True)
                    continue
                other = read_holder(self.workspace)
                raise WorkspaceError(
                    "workspace.locked", path=str(self.workspace), holder=other.describe() if other else "?"
                ) from None
            except OSError as exc:  # read-only medium, permissions, a drive that is gone
                worded = translate_error(exc, self.workspace)
                if worded is None:
                    raise
                raise worded from exc
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(asdict(self.holder), f, ensure_ascii=False)
            self._held = True
            return

    def _stale(self) -> bool:
        other = read_holder(self.workspace)
        if other is None:
            # An unreadable lock is one whose writer died mid-write: nobody can hold it.
            return True
        if other.host != self.holder.host:
            return False  # cannot see processes on another machine: trust the lock
        return other.pid != os.getpid() and not _alive(other.pid)

    def release(self) -> None:
        if self._held:
            current = read_holder(self.workspace)
            if current and current.pid == self.holder.pid and current.host == self.holder.host:
                self.path.unlink(missing_ok=True)
            self._held = False
