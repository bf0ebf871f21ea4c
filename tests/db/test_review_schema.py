"""Schema 6 from the golden workspace of schema 5: the review's tables come empty, every earlier audit step keeps
its time and source (with no user recorded), and the first review after the upgrade is stored and audited."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import content
from workbench.planning import plans
from workbench.reporting import review
from workbench.reporting.states import ReviewState
from workbench.storage.workspace import Workspace

V5 = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v5.sqlite"


def test_a_workspace_of_schema_5_upgrades_to_the_review(tmp_path):
    path = tmp_path / "v5.sqlite"
    shutil.copyfile(V5, path)
    before = content(path)
    with Workspace.open(path) as ws:
        assert ws.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM period_locks").fetchone()[0] == 0
        steps = list(ws.db.query("SELECT id, at, source, user FROM audit_steps ORDER BY id"))
        assert [(s["id"], s["at"], s["source"]) for s in steps] == [tuple(r[:3]) for r in before["audit_steps"]]
        assert {s["user"] for s in steps} <= {""}
        plan = plans.list_all(ws)[0]
        period = "2030"  # no report stored: a lock needs none
        review.lock(ws, plan["id"], period)
        assert {r.state for r in review.review(ws, plan["id"], period).regions} == {ReviewState.LOCKED}
    after = content(path)
    for table in set(before) - {"audit_steps", "audit_log", "periods", "workspace_info"}:
        # Later steps add columns at the end of some tables (tasks, indicators): what was there stays as it was.
        width = len(before[table][0]) if before[table] else 0
        assert [row[:width] for row in after[table]] == before[table], table
