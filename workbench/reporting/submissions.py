"""Province submissions: what a received workbook would change, committing it whole or
not at all, the record of every attempt, and where each region stands for a plan and period.

A commit is one transaction: the submission record, every changed value and its audit
entry. A refused file leaves only the record of the attempt (none where the period is locked or the
region's report approved: `review`). The same file twice is a
no-op; a later file for the same region and period replaces the accepted one only when the
user confirms it, with the history in the audit log. Files given together are all checked
before anything is written, and of several for the same plan, region and period only the
newest is taken.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from functools import cmp_to_key
from pathlib import Path
from typing import Any

from db.queries import progress as progress_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.errors import Cancelled, InputError
from workbench.planning import plans, received
from workbench.reference import periods, regions
from workbench.reporting import checks, layout, review, templates
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
from workbench.reporting.states import Outcome, RegionState, ReviewState
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


def _earlier(workspace: Workspace, preview: SubmissionPreview, kind: str) -> dict[int, dict]:
    """Per row, the region's values in its latest period that ended before this one began."""
    if preview.plan_id is None:
        return {}
    start = date.fromisoformat(periods.parse(preview.period).start_date)
    return q.latest_values(
        workspace.db,
        ENTITIES[kind][0],
        plan_id=preview.plan_id,
        region_id=progress.region_id(workspace, preview.region),
        end_date=(start - timedelta(days=1)).isoformat(),
    )


def _diff(workspace: Workspace, preview: SubmissionPreview, verdict: checks.Verdict) -> None:
    for kind, (entity, id_column) in ENTITIES.items():
        matched = [(row, t) for row, t in verdict.matched if row.kind == kind and not row.blank]
        stored = _stored(workspace, preview, kind, [t.row_id for _, t in matched])
        earlier = _earlier(workspace, preview, kind) if len(stored) < len(matched) else {}
        label_key = "title" if kind == layout.TASK else "name"
        for row, template_row in matched:
            before = stored.get(template_row.row_id, {})
            last = earlier.get(template_row.row_id, {})
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
                        last.get(field) if before.get(field) is None else None,
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
        confirm=verdict.confirm,
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
        result.unfilled = _unfilled(workspace, book, verdict, identity)
        result.confirm += _replaces(workspace, result)
    return result


def _as_issued(field: str, value: object) -> str:
    return layout.canonical(layout.status_for(value) if field == "status" and value else value)


def _unfilled(
    workspace: Workspace, book: SubmittedWorkbook, verdict: checks.Verdict, identity: checks.Identity
) -> bool:
    """Whether the file is its template as issued: no reporter, phone or date, and every editable
    cell still holding the last accepted values the template was pre-filled with. Taking it would
    store last period's values as this period's."""
    if any(book.fields.get(key) not in (None, "") for key, _ in layout.GUIDE_FIELDS):
        return False
    issued = templates.expected_rows(workspace, identity.plan["id"], identity.region, identity.period, prefill=True)
    prefilled = {(r.kind, r.row_id): r.cells for rows in issued.values() for r in rows}
    return all(
        _as_issued(f, v) == _as_issued(f, prefilled.get((row.kind, t.row_id), {}).get(f))
        for row, t in verdict.matched
        for f, v in row.values.items()
    )


def _standing(attempt: dict) -> bool:
    """Accepted and not withdrawn since: its values are the region's."""
    return attempt["outcome"] == Outcome.ACCEPTED and not attempt["withdrawn_at"]


def _latest_accepted(workspace: Workspace, preview: SubmissionPreview) -> dict | None:
    period = reference.period_by_code(workspace.db, preview.period)
    if preview.plan_id is None or period is None:
        return None
    accepted = [
        a
        for a in q.submissions_for(workspace.db, preview.plan_id, period["id"])
        if a["region"] == preview.region and _standing(a)
    ]
    return accepted[-1] if accepted else None


def _replaces(workspace: Workspace, preview: SubmissionPreview) -> list[Problem]:
    """Taking a file in place of the one accepted for the same plan, region and period needs the
    user's word: an old round's file sent back must not silently overwrite it."""
    earlier = _latest_accepted(workspace, preview)
    if earlier is None or earlier["sha256"] == preview.file.sha256:
        return []
    assert preview.plan_id is not None
    if review.state_of(workspace, preview.plan_id, preview.region, preview.period) == ReviewState.RETURNED:
        return []  # the office sent it back for this very file
    return [
        Problem(
            "confirm.replace",
            params={
                "file": preview.file.name,
                "region": preview.region_name,
                "period": preview.period,
                "earlier": earlier["file_name"],
                "when": earlier["received_at"].replace("T", " "),
            },
        )
    ]


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


def source_of(submission_id: int, file_name: str) -> str:
    """What the audit log names as the source of a submission's values (a withdrawal reverts exactly these)."""
    return f"submission:{submission_id}:{file_name}"


def commit(
    workspace: Workspace,
    preview: SubmissionPreview,
    *,
    progress_cb: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Store an accepted preview: the record, the file's bytes (those of the file it replaces dropped), every
    value and its audit entry, in one transaction. A cancel rolls all of it back."""
    assert preview.ok and preview.plan_id is not None
    with workspace.write() as db:
        submission_id = _record(workspace, preview, Outcome.ACCEPTED)
        if preview.file.data:  # a return is written into the newest accepted file (README: Review)
            q.keep_file(db, submission_id, preview.file.data)
        key = {
            "region_id": progress.region_id(workspace, preview.region),
            "period_id": reference.ensure_period(db, periods.parse(preview.period).as_row()),
        }
        source = source_of(submission_id, preview.file.name)
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
        review.resubmitted(workspace, preview.plan_id, preview.region, preview.period)
    return submission_id


def problems_of(row: dict) -> list[Problem]:
    return [Problem(p["code"], p["sheet"], p["cell"], p["value"], p["params"]) for p in json.loads(row["problems"])]


def _region_status(code: str, attempts: list[dict], template: dict | None, today: str) -> RegionStatus:
    accepted = [a for a in attempts if _standing(a)]
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
    if last and last["withdrawn_at"]:
        return RegionStatus(
            state=RegionState.WITHDRAWN,
            when=last["withdrawn_at"],
            file_name=last["file_name"],
            overdue=overdue,
            **base,
        )
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
    """Each province (or with *cities*, each of the 41 cities; on a received plan, each region under the one
    this workspace answers for): not yet submitted, accepted
    (when, which file), rejected (why) or its file withdrawn, and whether it is overdue against the deadline of
    its latest template."""
    plan = plans.resolve(workspace, plan_ref)
    period = reference.period_by_code(workspace.db, periods.parse(period_code).code)
    attempts = q.submissions_for(workspace.db, plan["id"], period["id"]) if period else []
    issued = q.latest_templates(workspace.db, plan["id"], period["id"]) if period else {}
    ids = reference.region_ids(workspace.db)
    today = today or date.today().isoformat()
    return [
        _region_status(code, [a for a in attempts if a["region"] == code], issued.get(ids[code]), today)
        for code in received.asked_regions(workspace, plan["id"], cities=cities)
    ]


Reader = Callable[[Path], SubmittedWorkbook]
Progress = Callable[[int, int], None]


# Read as workbooks: .xlsm for its values (macros never run), .xls and .ods to say how to save
# them as .xlsx. Any other file given is listed as no workbook, unread.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def check(workspace: Workspace, path: Path, read: Reader, expect: Expectation | None = None) -> SubmissionOutcome:
    """One file read and judged, writing nothing: unusable, a duplicate, rejected, unfilled or valid
    (its preview's `confirm` lists what the user must confirm before it is taken)."""
    path = Path(path)
    if path.is_file() and path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return SubmissionOutcome(path, Outcome.UNUSABLE, error=InputError("submission.not_a_workbook", file=path.name))
    try:
        result = preview(workspace, read(path), expect)
    except InputError as exc:
        return SubmissionOutcome(path, Outcome.UNUSABLE, error=exc)
    earlier = duplicate_of(workspace, result)
    if earlier:
        return SubmissionOutcome(path, Outcome.DUPLICATE, result, earlier["id"], earlier=earlier)
    refused = review.refusal(workspace, result.plan_id, result.region, result.period) if result.plan_id else None
    if refused is not None:
        reason = Problem(refused.code, params=refused.params)
        return SubmissionOutcome(path, Outcome.REJECTED, result, reasons=[reason], closed=True)
    if not result.ok:
        return SubmissionOutcome(path, Outcome.REJECTED, result)
    if result.unfilled:
        return SubmissionOutcome(
            path, Outcome.UNFILLED, result, reasons=[Problem("submission.unfilled", params={"file": path.name})]
        )
    return SubmissionOutcome(path, Outcome.VALID, result)


def _decide(
    workspace: Workspace,
    outcome: SubmissionOutcome,
    *,
    dry_run: bool,
    replace: bool,
    other_period: bool,
    progress_cb: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SubmissionOutcome:
    """A checked file's fate: a refused one is recorded (not in a dry run); a valid one waits for
    what the user has not confirmed, else is committed, after the day's verified backup if none was taken
    today (`backups.take_daily`)."""
    result = outcome.preview
    if outcome.status == Outcome.REJECTED and result is not None and not dry_run and not outcome.closed:
        outcome.submission_id = record_rejection(workspace, result)
    if outcome.status != Outcome.VALID or result is None:
        return outcome
    confirmed = {"confirm.replace": replace, "confirm.other_period": other_period}
    waiting = [c for c in result.confirm if not confirmed.get(c.code)]
    if waiting:
        outcome.status, outcome.reasons = Outcome.NEEDS_CONFIRMATION, outcome.reasons + waiting
    elif not dry_run:
        backups.take_daily(workspace, reason="before-submission")
        outcome.submission_id = commit(workspace, result, progress_cb=progress_cb, cancel=cancel)
        outcome.status = Outcome.ACCEPTED
    return outcome


def submit(
    workspace: Workspace,
    path: Path,
    read: Reader,
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    replace: bool = False,
    other_period: bool = False,
    previewed: SubmissionPreview | None = None,
    progress_cb: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SubmissionOutcome:
    """One file, whole or not at all: accepted, a duplicate (no-op), rejected (only the
    attempt is recorded; nothing with --dry-run), unusable (nothing recorded), unfilled, or
    waiting for the user to confirm another period (*other_period*) or replacing an accepted
    file (*replace*). With *previewed*, the preview the user decided on, what is taken is that
    content: a file changed since (another sha256) is checked again and waits, its new preview
    attached, to be reviewed. The day's verified backup, if none was taken today, comes before an accepted
    file is written."""
    outcome = check(workspace, path, read, expect)
    if previewed is not None and outcome.preview is not None and outcome.preview.file.sha256 != previewed.file.sha256:
        outcome.status = Outcome.NEEDS_CONFIRMATION
        outcome.reasons.append(Problem("confirm.file_changed", params={"file": outcome.path.name}))
        return outcome
    return _decide(
        workspace,
        outcome,
        dry_run=dry_run,
        replace=replace,
        other_period=other_period,
        progress_cb=progress_cb,
        cancel=cancel,
    )


def files_in(paths: Iterable[str | Path]) -> list[Path]:
    """The files given, a folder standing for every file in it but Excel's ~$ lock files and
    hidden ones: each is accounted for, one that is no workbook as such."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(("~$", ".")))
        if not inside:
            raise InputError("submission.no_files", path=str(path))
        found += inside
    return found


def _group(outcome: SubmissionOutcome) -> tuple | None:
    """The plan, region and period a checked file is for, where that is certain: its template
    verified or the user's assignment (a file refused for its own problems included)."""
    p = outcome.preview
    if p is None or p.plan_id is None or outcome.status not in (Outcome.VALID, Outcome.REJECTED, Outcome.DUPLICATE):
        return None
    if p.template_id is None and p.identified_by != checks.ASSIGNED:
        return None
    return (p.plan_id, p.region, p.period)


def _recency(outcome: SubmissionOutcome) -> tuple[str, int, int]:
    """The guide's 填报日期, the file's modification time and how many cells it fills."""
    assert outcome.preview is not None
    try:
        mtime = outcome.path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    filled = sum(v not in (None, "") for _, _, values in outcome.preview.writes for v in values.values())
    return str(outcome.preview.fields.get("reported_on") or ""), mtime, filled


def _newer(a: tuple[str, int, int], b: tuple[str, int, int]) -> int:
    """Positive when *a* is newer: by reporting date where both have one, then modification time,
    then cells filled; never by name."""
    if a[0] and b[0] and a[0] != b[0]:
        return 1 if a[0] > b[0] else -1
    return (a[1:] > b[1:]) - (a[1:] < b[1:])


def _recency_params(prefix: str, recency: tuple[str, int, int]) -> dict[str, object]:
    when = datetime.fromtimestamp(recency[1] / 1e9).strftime("%Y-%m-%d %H:%M:%S") if recency[1] else "—"
    return {f"{prefix}date": recency[0] or "—", f"{prefix}time": when, f"{prefix}filled": recency[2]}


def _supersede(members: list[SubmissionOutcome]) -> list[SubmissionOutcome]:
    """Several files for one plan, region and period: the newest is proposed and the others
    superseded by it. Where two differ but neither is newer, none is taken."""
    recency = {id(o): _recency(o) for o in members}
    ranked = sorted(members, key=cmp_to_key(lambda a, b: _newer(recency[id(b)], recency[id(a)])))
    newest = ranked[0]
    assert newest.preview is not None
    where = {"region": newest.preview.region_name, "period": newest.preview.period}
    tied = [o for o in ranked if _newer(recency[id(o)], recency[id(newest)]) == 0]
    if len({o.preview.file.sha256 for o in tied if o.preview}) > 1:
        for o in ranked:
            others = "、".join(x.path.name for x in ranked if x is not o)
            o.status = Outcome.NEEDS_CONFIRMATION
            o.reasons.append(Problem("confirm.which_newer", params={"file": o.path.name, "others": others, **where}))
        return ranked
    newest.preview.notices.append(
        Problem("notice.newest_of", params={"others": "、".join(o.path.name for o in ranked[1:]), **where})
    )
    for o in ranked[1:]:
        o.status, o.superseded_by = Outcome.SUPERSEDED, newest.path
        params: dict[str, object] = {"file": o.path.name, "newer": newest.path.name, **where}
        params |= _recency_params("newer_", recency[id(newest)]) | _recency_params("", recency[id(o)])
        o.reasons.append(Problem("submission.superseded", params=params))
    return ranked


def _side_by_side(checked: list[SubmissionOutcome]) -> list[SubmissionOutcome]:
    """The files of one plan, region and period together, where the first of them was given,
    the newest first and the others superseded."""
    groups: dict[object, list[SubmissionOutcome]] = {}
    for n, outcome in enumerate(checked):
        groups.setdefault(_group(outcome) or n, []).append(outcome)
    return [o for members in groups.values() for o in (_supersede(members) if len(members) > 1 else members)]


def submit_all(
    workspace: Workspace,
    paths: Iterable[str | Path],
    read: Reader,
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    replace: bool = False,
    other_period: bool = False,
    progress_cb: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[SubmissionOutcome]:
    """Every file read and checked before anything is written (progress is file by file), then
    grouped by plan, region and period: of several, only the newest is taken. One refused file
    does not stop the others. A cancel stops before the next file and rolls back the one in
    progress. The day's backup, if none was taken today, comes before the batch's first write."""
    files = files_in(paths)
    checked: list[SubmissionOutcome] = []
    for done, path in enumerate(files, 1):
        if cancel and cancel():
            raise Cancelled("cancelled")
        checked.append(check(workspace, path, read, expect))
        if progress_cb:
            progress_cb(done, len(files))
    outcomes: list[SubmissionOutcome] = []
    for outcome in _side_by_side(checked):
        if cancel and cancel():
            raise Cancelled("cancelled")
        outcomes.append(
            _decide(workspace, outcome, dry_run=dry_run, replace=replace, other_period=other_period, cancel=cancel)
        )
    return outcomes
