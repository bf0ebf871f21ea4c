"""Files written for people (templates, the summary, reports): where they may go and how they arrive.

Never over the workspace or its own files (-wal, -shm, lock, backups), never over a file being read, and never
over an existing file unless the caller says so (`force`). A file is written whole under a temporary name in its
own folder (`.~<name>.<random>.partial`: hidden, and not an .xlsx anyone would mail) and renamed into place only
when complete; what a killed run left behind is removed by the next run that writes into that folder. Failures
of the output's disk or folder are worded as the output's, never as the workspace's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from workbench.errors import InputError
from workbench.storage import backups
from workbench.storage.lock import lock_path

_PARTIAL = re.compile(r"^\.~.+\.[0-9a-f]{8}\.partial$")


def _same(a: Path, b: Path) -> bool:
    try:
        return a == b or os.path.samefile(a, b)  # samefile: hard links, case-insensitive disks
    except OSError:
        return False


def _workspace_files(workspace: Path) -> list[Path]:
    return [
        workspace,
        *(workspace.with_name(workspace.name + suffix) for suffix in ("-wal", "-shm", "-journal")),
        lock_path(workspace),
    ]


def check(
    target: str | Path, *, workspace: str | Path | None = None, inputs: Iterable[Path] = (), force: bool = False
) -> Path:
    """*target* made absolute, or an InputError saying why nothing may be written there."""
    target = Path(target).expanduser().absolute()
    real = target.resolve()
    if workspace is not None:
        home = Path(workspace).expanduser().resolve()
        if any(_same(real, p) for p in _workspace_files(home)):
            raise InputError("output.is_workspace", path=str(target))
        if real.is_relative_to(backups.folder(home)):
            raise InputError("output.in_backups", path=str(target))
    if any(_same(real, Path(p).resolve()) for p in inputs):
        raise InputError("output.is_input", path=str(target))
    if real.is_dir():
        raise InputError("output.is_folder", path=str(target))
    if not real.parent.is_dir():
        raise InputError("output.no_folder", path=str(target), folder=str(target.parent))
    if not force and (target.exists() or target.is_symlink()):
        raise InputError("output.exists", path=str(target))
    return target


def prepare(
    targets: Iterable[str | Path],
    *,
    workspace: str | Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> list[Path]:
    """Every target checked before anything is written, and its folder cleared of a killed run's partial files."""
    inputs = list(inputs)
    checked = [check(t, workspace=workspace, inputs=inputs, force=force) for t in targets]
    for folder in dict.fromkeys(t.parent for t in checked):
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if _PARTIAL.match(entry.name) and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):  # another user's, or already gone: not ours to fight over
                        os.unlink(entry.path)
    return checked


def make_folder(folder: str | Path) -> Path:
    """The folder for several outputs, made if missing."""
    folder = Path(folder).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise InputError("output.not_a_folder", path=str(folder))
    with translated(folder):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextlib.contextmanager
def staged(target: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """A new partial file beside *target*, open for writing: on leaving, its content is flushed to disk and the
    file closed; if writing fails, it is removed. Created 0o666 so that the umask gives the user's usual
    permissions (tempfile.mkstemp would leave it readable by its owner only)."""
    with translated(target):
        while True:
            partial = target.with_name(f".~{target.name}.{secrets.token_hex(4)}.partial")
            try:
                fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
                break
            except FileExistsError:
                continue
    try:
        with translated(target), os.fdopen(fd, "wb") as handle:
            yield partial, handle
            handle.flush()
            os.fsync(handle.fileno())  # complete on disk before it is renamed: a power cut leaves no empty .xlsx
    except BaseException:
        discard([partial])
        raise


def place(partial: Path, target: Path) -> Path:
    """Rename a complete partial file into place (replacing what is there: the caller checked)."""
    try:
        with translated(target):
            os.replace(partial, target)
    except BaseException:
        discard([partial])
        raise
    return target


def discard(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # a leftover partial is removed by the next run
            path.unlink(missing_ok=True)


def _worded(exc: OSError, path: Path) -> InputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return InputError("output.disk_full", path=str(path))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return InputError("output.no_folder", path=str(path), folder=str(path.parent))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InputError("output.not_writable", path=str(path))
    if exc.errno == errno.EISDIR:
        return InputError("output.is_folder", path=str(path))
    return InputError("output.failed", path=str(path), detail=exc.strerror or str(exc))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """OS failures while writing the output *path*, worded as its own."""
    try:
        yield
    except OSError as exc:
        raise _worded(exc, path) from exc
