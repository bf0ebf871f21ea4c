"""`workbench check`: SQLite's own integrity check plus the workspace's invariants."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import connection, migrations
from db.queries import checks
from workbench.storage.workspace import Workspace

# Beyond this many of one kind, the rest are counted, not listed: a report stays readable.
MAX_LISTED = 100


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        return {"ok": self.ok, "errors": self.errors, "warnings": self.warnings}


def run(workspace: Workspace) -> CheckReport:
    db = workspace.db
    report = CheckReport()
    report.errors += [f"integrity: {p}" for p in connection.integrity_problems(db)]
    if report.errors:
        return report  # the rest reads tables that may not be trustworthy
    version = connection.user_version(db)
    if version != migrations.LATEST:
        report.errors.append(f"schema version {version}, expected {migrations.LATEST}")
    report.errors += [
        f"{r['tbl']} {r['id']} of plan {r['plan_id']}: span outside the source text"
        for r in checks.spans_outside_source(db)
    ]
    report.errors += [
        f"plan {r['plan_id']}: task numbering has gaps ({r['n']} tasks, last {r['top']})"
        for r in checks.task_sequence_gaps(db)
    ]
    report.errors += [
        f"{r['tbl']}: {r['n']} submitted values without their submission"
        for r in checks.progress_without_submission(db)
        if r["n"]
    ]
    done_early = checks.done_but_not_full(db)
    report.warnings += [
        f"plan {r['plan_id']} task {r['number']} {r['region']} {r['period']}: done at {r['percent']:g}%"
        for r in done_early[:MAX_LISTED]
    ]
    if len(done_early) > MAX_LISTED:
        report.warnings.append(f"… and {len(done_early) - MAX_LISTED} more reports done below 100%")
    return report
