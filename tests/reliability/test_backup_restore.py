"""Backup and restore round-trip to identical content, table by table (plus the audit entry of the restore)."""

from __future__ import annotations

import json

from db import connection
from tests.conftest import content
from workbench.app import services
from workbench.storage import backups
from workbench.storage.workspace import Workspace


def test_restore_brings_back_exactly_what_was_backed_up(demo_path, tmp_path):
    with Workspace.open(demo_path) as ws:
        saved = backups.take(ws)
    at_backup = content(demo_path)
    assert content(saved) == at_backup
    with Workspace.open(demo_path) as ws:  # work goes on after the backup
        services.issue_templates(ws, "数字干线", ["JS"], "2023H2", tmp_path / "issued")
    assert content(demo_path) != at_backup
    ws = Workspace.open(demo_path)
    identity = ws.workspace_id
    safety = backups.restore(ws, saved)
    ws.close()  # releases the lock held through the swap
    restored = content(demo_path)
    # the restore itself is recorded in the restored log: a step and its entry
    step, restore_entry = restored["audit_steps"].pop(), restored["audit_log"].pop()
    assert restored == at_backup
    assert step[2] == "restore" and restore_entry[1] == step[0]
    assert restore_entry[2:7] == ("workspace", None, None, None, identity)
    assert json.loads(restore_entry[7]) == {"restore": [safety.name, saved.name]}
    assert "templates" in content(safety) and content(safety)["templates"]  # the work is kept aside
    with Workspace.open(demo_path) as reopened:
        assert connection.integrity_problems(reopened.db) == []
