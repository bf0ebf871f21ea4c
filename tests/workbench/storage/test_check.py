"""`workbench check`: a broken span is found, and a long list of warnings stays readable."""

from __future__ import annotations

from workbench.storage import check
from workbench.storage.workspace import Workspace


def test_a_span_outside_its_plans_text_is_an_error(demo_path):
    with Workspace.open(demo_path) as ws:
        assert check.run(ws).ok
        with ws.write() as db:
            db.execute("UPDATE tasks SET span_end = span_end + 10000000 WHERE id = (SELECT min(id) FROM tasks)")
        report = check.run(ws)
    assert not report.ok and any("span outside the source text" in e for e in report.errors)


def test_warnings_beyond_a_hundred_are_counted_not_listed(demo_path):
    with Workspace.open(demo_path) as ws:
        with ws.write() as db:
            db.execute("UPDATE task_progress SET status = 'done', percent = 50")
            n = db.execute("SELECT count(*) FROM task_progress").fetchone()[0]
        report = check.run(ws)
    assert n > check.MAX_LISTED + 1
    assert len(report.warnings) == check.MAX_LISTED + 1
    assert report.warnings[-1].endswith(f"{n - check.MAX_LISTED} more reports done below 100%")
