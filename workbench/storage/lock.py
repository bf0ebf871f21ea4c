"""One writer per workspace: an OS lock on a file beside it, which also records who holds it.

The OS lock (flock on Linux/macOS, a locked byte range on Windows) is the single source
of truth: exactly one process can hold it, and the OS frees it when that process ends,
however it ends. The record in the file (host, program, process, since when) only tells a
second program whom to ask; whatever it says, a lock nobody holds is free.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from workbench.errors import WorkspaceError
from workbench.storage.failures import translated

if sys.platform == "win32":
    import errno
    import msvcrt

    # Windows refuses reads of a locked range: lock one byte far past the record, which stays readable.
    _LOCKED_BYTE = 0x40000000

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _close(fd: int) -> None:
        # Windows frees the locks of a closed handle only "eventually": unlock first.
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)

    def _still_at(fd: int, path: Path) -> bool:
        return True  # nobody can delete a file another handle has open, so it cannot have been replaced

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to this open file, not the process: a second open in the same program is refused too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _close(fd: int) -> None:
        os.close(fd)  # closing the last descriptor of the open file drops its flock

    def _still_at(fd: int, path: Path) -> bool:
        """Whether the locked file is still the one at *path*: its holder may have removed it meanwhile."""
        try:
            return os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            return False


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str
    program: str
    since: str
    started: str = ""  # when the process started: tells it apart from a later one given the same pid

    def describe(self) -> str:
        return f"{self.program} ({self.user}@{self.host}, pid {self.pid}, {self.since})"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _process_started() -> str:
    try:
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            times = [wintypes.FILETIME() for _ in range(4)]  # creation, exit, kernel, user
            kernel32 = ctypes.windll.kernel32
            if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *map(ctypes.byref, times)):
                return ""
            seconds = (times[0].dwHighDateTime << 32 | times[0].dwLowDateTime) / 1e7 - 11_644_473_600  # from 1601
        else:
            # Linux: field 22 of /proc/self/stat, in clock ticks after boot; macOS has no /proc and says nothing.
            ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
            boot = int(Path("/proc/stat").read_text().split("\nbtime ", 1)[1].split()[0])
            seconds = boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return ""
    return datetime.fromtimestamp(seconds).isoformat(timespec="seconds")


def user() -> str:
    """The account this program runs as: who holds a lock, who made a change."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _me(program: str) -> Holder:
    now = datetime.now().isoformat(timespec="seconds")
    return Holder(platform.node(), os.getpid(), user(), program, now, _process_started())


def read_holder(workspace: Path) -> Holder | None:
    """Who the lock file says holds the workspace; only meaningful while its OS lock is held."""
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
        self._fd: int | None = None

    def acquire(self) -> None:
        # OS failures (read-only medium, permissions, a drive that is gone) are worded for the user.
        with translated(self.workspace):
            self._fd = self._lock()
            try:
                with open(self._fd, "wb", closefd=False) as f:
                    f.seek(0)  # on Windows locking moved the position to the locked byte
                    f.truncate()
                    f.write(json.dumps(asdict(self.holder), ensure_ascii=False).encode("utf-8"))
                    f.flush()
                    os.fsync(self._fd)
            except BaseException:
                self.release()
                raise

    def _lock(self) -> int:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            try:
                locked = _try_lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if not locked:
                os.close(fd)
                other = read_holder(self.workspace)
                raise WorkspaceError(
                    "workspace.locked", path=str(self.workspace), holder=other.describe() if other else "?"
                )
            if _still_at(fd, self.path):
                return fd
            _close(fd)  # we locked a file its last holder had just removed: lock the one at the path now

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Removed only while still locked, and only if it is ours: whoever opened it meanwhile finds,
            # once they lock it, that it is no longer at the path and starts again. Windows cannot delete a
            # file open here, so there it stays. A lock file left behind blocks nobody.
            with contextlib.suppress(OSError):
                if sys.platform != "win32" and _still_at(fd, self.path):
                    self.path.unlink()
        finally:
            _close(fd)
