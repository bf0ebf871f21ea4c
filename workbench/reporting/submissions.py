"""Province submissions: what a received workbook would change, committing it whole or
not at all, the record of every attempt, and where each region stands for a plan and period.

A commit is one transaction: the submission record, every changed value and its audit
entry. A refused file leaves only the record of the attempt. The same file twice is a
no-op; a later file for the same region and period supersedes, with the history in the
audit log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from db.queries import progress as progress_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.errors import Cancelled, InputError
from workbench.planning import plans
from workbench.reference import periods, regions
from workbench.reporting import checks, layout
from workbench.reporting.model import (
    CHANGED,
    NEW,
    UNCHANGED,
    CellChange,
    Expectation,
    Problem,
    RegionStatus,
    SubmissionOutcome,
    SubmissionPreview,
    SubmittedWorkbook,
)
from workbench.reporting.states import Outcome, RegionState
from workbench.storage import backups
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress

ENTITIES = {
    layout.TASK: (progress.TASK_PROGRESS, "task_id"),
    layout.INDICATOR: (progress.INDICATOR_VALUE, "indicator_id"),
}


def _kind_of_change(old: object, new: object) -> str:
    if old == new or (old in (None, "") and new in (None, "")):
        return UNCHANGED
    return NEW if old in (None, "") else CHANGED


def _stored(workspace: Workspace, preview: SubmissionPreview, kind: str, ids: list[int]) -> dict[int, dict]:
    period = reference.period_by_code(workspace.db, preview.period)
    if period is None or not ids:
        return {}
    table, id_column = ENTITIES[kind]
    region_id = progress.region_id(workspace, preview.region)
    found = progress_queries.current_rows(
        workspace.db, table, [{id_column: i, "region_id": region_id, "period_id": period["id"]} for i in ids]
    )
    return {key[0]: row for key, row in found.items()}


def _diff(workspace: Workspace, preview: SubmissionPreview, verdict: checks.Verdict) -> None:
    for kind, (entity, id_column) in ENTITIES.items():
        matched = [(row, t) for row, t in verdict.matched if row.kind == kind and not row.blank]
        stored = _stored(workspace, preview, kind, [t.row_id for _, t in matched])
        label_key = "title" if kind == layout.TASK else "name"
        for row, template_row in matched:
            before = stored.get(template_row.row_id, {})
            values = {f: row.values[f] for f in layout.FIELDS[kind] if f in row.values}
            preview.writes.append((entity, {id_column: template_row.row_id}, values))
            for field, new in values.items():
                preview.changes.append(
                    CellChange(
                        kind,
                        template_row.row_id,
                        str(template_row.cells["code"]),
                        str(template_row.cells[label_key]),
                        field,
                        row.sheet,
                        row.cells[field].ref,
                        before.get(field),
                        new,
                        _kind_of_change(before.get(field), new),
                    )
                )


def preview(workspace: Workspace, book: SubmittedWorkbook, expect: Expectation | None = None) -> SubmissionPreview:
    """What the workbook would change, cell by cell, and every problem; writes nothing.
    Raises InputError when the file cannot be placed at all (exit 2)."""
    verdict = checks.judge(workspace, book, expect or Expectation())
    identity = verdict.identity
    result = SubmissionPreview(
        book.file,
        identity.identified_by if identity else checks.METADATA,
        problems=verdict.problems,
        notices=verdict.notices,
        fields=dict(book.fields),
    )
    if identity is None:
        return result
    result.plan_id, result.plan_title = identity.plan["id"], identity.plan["title"]
    result.region, result.region_name = identity.region, regions.BY_CODE[identity.region].name
    result.period = identity.period
    result.template_id = identity.template["id"] if identity.template else None
    if result.ok:
        _diff(workspace, result, verdict)
    return result


def duplicate_of(workspace: Workspace, preview: SubmissionPreview) -> dict | None:
    """The accepted submission of this very file for the same plan, region and period."""
    period = reference.period_by_code(workspace.db, preview.period)
    if preview.plan_id is None or period is None:
        return None
    return q.accepted_with_sha(
        workspace.db, preview.plan_id, progress.region_id(workspace, preview.region), period["id"], preview.file.sha256
    )


def _record(workspace: Workspace, preview: SubmissionPreview, outcome: Outcome) -> int:
    db = workspace.db
    return q.insert_submission(
        db,
        {
            "plan_id": preview.plan_id,
            "region_id": progress.region_id(workspace, preview.region),
            "period_id": reference.ensure_period(db, periods.parse(preview.period).as_row()),
            "file_name": preview.file.name,
            "file_size": preview.file.size,
            "sha256": preview.file.sha256,
            "received_at": now(),
            "outcome": outcome,
            "identified_by": preview.identified_by,
            "counts": preview.counts(),
            "template_id": preview.template_id,
            "problems": [
                {"code": p.code, "sheet": p.sheet, "cell": p.cell, "value": p.value, "params": p.params}
                for p in preview.problems
            ],
            "reporter": str(preview.fields.get("reporter") or ""),
            "phone": str(preview.fields.get("phone") or ""),
            "reported_on": preview.fields.get("reported_on"),
        },
    )


def record_rejection(workspace: Workspace, preview: SubmissionPreview) -> int | None:
    """The record of a refused attempt, where the file could be placed; nothing else changes."""
    if preview.plan_id is None:
        return None
    with workspace.write():
        return _record(workspace, preview, Outcome.REJECTED)


def commit(
    workspace: Workspace,
    preview: SubmissionPreview,
    *,
    progress_cb: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Store an accepted preview: the record, every value and its audit entry, in one
    transaction. A cancel rolls all of it back."""
    assert preview.ok and preview.plan_id is not None
    with workspace.write() as db:
        submission_id = _record(workspace, preview, Outcome.ACCEPTED)
        key = {
            "region_id": progress.region_id(workspace, preview.region),
            "period_id": reference.ensure_period(db, periods.parse(preview.period).as_row()),
        }
        source = f"submission:{submission_id}:{preview.file.name}"
        batches: dict[str, list[tuple[dict, dict]]] = {}
        for done, (entity, row_key, values) in enumerate(preview.writes, 1):
            if cancel and cancel():
                raise Cancelled("cancelled")
            batches.setdefault(entity, []).append(({**row_key, **key}, values))
            if progress_cb:
                progress_cb(done, len(preview.writes))
        # One batched write per table, not a query, an upsert and an audit insert per row
        # (README: Performance).
        for entity, rows in batches.items():
            progress.record_many(
                workspace, entity, rows, origin="submission", source=source, submission_id=submission_id
            )
    return submission_id


def problems_of(row: dict) -> list[Problem]:
    return [Problem(p["code"], p["sheet"], p["cell"], p["value"], p["params"]) for p in json.loads(row["problems"])]


def _region_status(code: str, attempts: list[dict], template: dict | None, today: str) -> RegionStatus:
    accepted = [a for a in attempts if a["outcome"] == Outcome.ACCEPTED]
    last = attempts[-1] if attempts else None
    deadline = template["deadline"] if template else ""
    base: dict[str, Any] = {
        "region": code,
        "region_name": regions.BY_CODE[code].name,
        "deadline": deadline,
        "issued_at": template["issued_at"] if template else "",
    }
    if accepted and last:
        a = accepted[-1]
        return RegionStatus(
            state=RegionState.ACCEPTED,
            when=a["received_at"],
            file_name=a["file_name"],
            later_rejected=last["outcome"] == Outcome.REJECTED,
            **base,
        )
    overdue = bool(deadline) and today > deadline
    if last:
        found = problems_of(last)
        why = found[0].text() if found else ""
        if len(found) > 1:
            why += f" (+{len(found) - 1})"
        return RegionStatus(
            state=RegionState.REJECTED,
            when=last["received_at"],
            file_name=last["file_name"],
            why=why,
            overdue=overdue,
            **base,
        )
    return RegionStatus(state=RegionState.NOT_SUBMITTED, overdue=overdue, **base)


def status(
    workspace: Workspace, plan_ref: str | int, period_code: str, *, today: str | None = None, cities: bool = False
) -> list[RegionStatus]:
    """Each province (or with *cities*, each of the 41 cities): not yet submitted, accepted
    (when, which file) or rejected (why), and whether it is overdue against the deadline of
    its latest template."""
    plan = plans.resolve(workspace, plan_ref)
    period = reference.period_by_code(workspace.db, periods.parse(period_code).code)
    attempts = q.submissions_for(workspace.db, plan["id"], period["id"]) if period else []
    issued = q.latest_templates(workspace.db, plan["id"], period["id"]) if period else {}
    ids = reference.region_ids(workspace.db)
    today = today or date.today().isoformat()
    return [
        _region_status(code, [a for a in attempts if a["region"] == code], issued.get(ids[code]), today)
        for code in (regions.CITIES if cities else regions.PROVINCES)
    ]


Reader = Callable[[Path], SubmittedWorkbook]
Progress = Callable[[int, int], None]


def submit(
    workspace: Workspace,
    path: Path,
    read: Reader,
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    progress_cb: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    backup: bool = True,
) -> SubmissionOutcome:
    """One file, whole or not at all: accepted, a duplicate (no-op), rejected (only the
    attempt is recorded; nothing with --dry-run) or unusable (nothing recorded).
    With *backup*, a verified backup is taken before an accepted file is written."""
    path = Path(path)
    try:
        result = preview(workspace, read(path), expect)
    except InputError as exc:
        return SubmissionOutcome(path, Outcome.UNUSABLE, error=exc)
    earlier = duplicate_of(workspace, result)
    if earlier:
        return SubmissionOutcome(path, Outcome.DUPLICATE, result, earlier["id"], earlier=earlier)
    if not result.ok:
        return SubmissionOutcome(
            path, Outcome.REJECTED, result, None if dry_run else record_rejection(workspace, result)
        )
    if dry_run:
        return SubmissionOutcome(path, Outcome.VALID, result)
    if backup:
        backups.take(workspace, reason="before-submission")
    return SubmissionOutcome(
        path, Outcome.ACCEPTED, result, commit(workspace, result, progress_cb=progress_cb, cancel=cancel)
    )


def files_in(paths: Iterable[str | Path]) -> list[Path]:
    """The files given, a folder standing for every .xlsx in it (not Excel's ~$ lock files)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(
            p
            for p in path.iterdir()
            if p.is_file() and p.suffix.lower() == ".xlsx" and not p.name.startswith(("~$", "."))
        )
        if not inside:
            raise InputError("submission.no_files", path=str(path))
        found += inside
    return found


def submit_all(
    workspace: Workspace,
    paths: Iterable[str | Path],
    read: Reader,
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    progress_cb: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[SubmissionOutcome]:
    """Every file on its own: one refused file does not stop the others. A cancel stops
    before the next file and rolls back the one in progress. One backup is taken for the
    batch, before its first write."""
    files = files_in(paths)
    outcomes: list[SubmissionOutcome] = []
    for done, path in enumerate(files):
        if cancel and cancel():
            raise Cancelled("cancelled")
        backed_up = any(o.status == Outcome.ACCEPTED for o in outcomes)
        outcomes.append(
            submit(workspace, path, read, dry_run=dry_run, expect=expect, cancel=cancel, backup=not backed_up)
        )
        if progress_cb:
            progress_cb(done + 1, len(files))
    return outcomes
