"""Schema step 6 (plans received from a higher office's template) on a workspace of schema 5: everything kept, its
own plans stay its own, and the upgraded workspace receives a template."""

from __future__ import annotations

import shutil
from pathlib import Path

from db import connection, migrations
from tests.workbench.reporting import plans as test_plans
from workbench.app import services
from workbench.planning import plans, received
from workbench.storage.workspace import Workspace

GOLDEN_V8 = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v8.sqlite"


def test_a_schema_8_workspace_upgrades_and_receives_a_template(tmp_path):
    path = tmp_path / "v5.sqlite"
    shutil.copyfile(GOLDEN_V8, path)
    old = connection.connect(path, read_only=True)
    before = [dict(r) for r in old.query("SELECT id, title, source_sha256 FROM plans ORDER BY id")]
    old.close()
    assert before, "the golden workspace holds plans"
    office = Workspace.open(tmp_path / "office.sqlite", create=True, program="pytest")
    office_plan = plans.save(office, test_plans.plan(6))
    [template] = services.issue_templates(office, office_plan, ["AH"], "2023", tmp_path)
    office.close()
    with Workspace.open(path, program="pytest") as ws:
        assert connection.user_version(ws.db) == migrations.LATEST
        assert [dict(r) for r in ws.db.query("SELECT id, title, source_sha256 FROM plans ORDER BY id")] == before
        assert ws.db.execute("SELECT count(*) FROM plans WHERE issuer_workspace_id IS NOT NULL").fetchone()[0] == 0
        assert all(received.answering_region(ws, p["id"]) is None for p in before)  # its own plans stay editable
        found = services.receive(ws, template)
        assert received.answering_region(ws, found.plan_id) == "AH"
        stored = ws.db.execute("SELECT file, file_sha256 FROM received_templates").fetchone()
        assert stored[0] == template.read_bytes() and stored[1] == found.file.sha256
        assert ws.db.execute("SELECT count(*) FROM plans").fetchone()[0] == len(before) + 1
