"""SQLite and OS failures worded for the user: disk full, read-only, damaged, gone."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workbench.errors import WorkspaceError


def translate_error(exc: BaseException, path: Path) -> WorkspaceError | None:
    """The user-facing error for an SQLite or OS failure, or None if it is not one we know."""
    message = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in message:
        return WorkspaceError("workspace.disk_full", path=str(path))
    if (
        "readonly" in message
        or "read-only" in message
        or isinstance(exc, PermissionError)
        or (isinstance(exc, OSError) and exc.errno == errno.EROFS)
    ):
        return WorkspaceError("workspace.read_only", path=str(path))
    if "not a database" in message:
        return WorkspaceError("workspace.not_sqlite", path=str(path))
    if "malformed" in message:
        return WorkspaceError("workspace.damaged", path=str(path), detail=str(exc))
    if "disk i/o error" in message or "unable to open" in message or isinstance(exc, OSError):
        return WorkspaceError("workspace.io_error", path=str(path), detail=str(exc))
    return None


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = translate_error(exc, path)
        if error is None:
            raise
        raise error from exc
