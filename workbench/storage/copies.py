"""Save a copy of the open workspace elsewhere ("Save a copy…" in the window).

The copy is taken with SQLite's online backup (consistent while the workspace stays
open) into a temporary file beside the target, verified, then moved into place, so a
failed copy never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import os
from pathlib import Path

from db import connection
from workbench.storage import backups, outputs
from workbench.storage.workspace import Workspace, translated


def save_copy(workspace: Workspace, target: str | Path) -> Path:
    # Never over the workspace, its journal, lock or backups; another file only as the window's dialog confirmed.
    target = outputs.check(target, workspace=workspace.path, force=True).resolve()
    staging = target.with_name(target.name + ".partial")
    with translated(target):
        try:
            connection.backup_to(workspace.db, staging)
            backups.verify(staging)
            os.replace(staging, target)
        finally:
            staging.unlink(missing_ok=True)
    return target
