"""The office's review of a round (plan × period): each region's report submitted, returned with reasons,
approved, reopened; the period locked as a whole and unlocked. Every transition is one transaction with its
audit step (who: the OS user, when, why).

States (`ReviewState`): a region with nothing stored is not submitted; a file accepted or the window's edits make
it submitted (awaiting review); the office returns it (reasons, cells, tasks) or approves it; a returned region
whose new file is accepted is submitted again; an approved region's values change only after a reopen (reason
required). A locked period refuses every change for its plan (`tracking.closed`), review actions included, until
it is unlocked (reason required).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from db.queries import audit, reference
from db.queries import reviews as q
from db.queries import submissions as submission_queries
from workbench.errors import InputError
from workbench.planning import plans, received
from workbench.reference import periods, regions
from workbench.reporting import lateness, layout, narratives, templates
from workbench.reporting.model import Problem, TemplateSpec
from workbench.reporting.states import Outcome, ReviewState
from workbench.storage.lock import user
from workbench.storage.workspace import Workspace, now
from workbench.tracking import closed, progress
from workbench.tracking.closed import Closed

SOURCE = "review"
REVIEW = "review"  # the audit log's entities: a region's review, a period's lock
PERIOD_LOCK = "period_lock"
_CELL = re.compile(r"^(?P<sheet>[^!]+)!\$?(?P<column>[A-Za-z]{1,3})\$?(?P<row>[1-9][0-9]{0,6})$")
RETURN_SHEETS = (layout.SHEET_GUIDE, layout.SHEET_TASKS, layout.SHEET_INDICATORS)


@dataclass(frozen=True)
class RegionReview:
    region: str
    region_name: str
    state: ReviewState
    submitted_at: str = ""  # the file accepted that stands (empty for the window's edits)
    file_name: str = ""
    approved_at: str = ""
    returned_at: str = ""
    reason: str = ""  # of the latest return
    cells: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    changed_at: str = ""
    changed_by: str = ""
    deadline: str = ""  # of the template issued to it for the round (lateness.py); "" without one
    overdue: bool = False  # its file came after the deadline, or the deadline passed without one
    days_late: int = 0
    copied: list[str] = field(default_factory=list)  # tasks whose narrative is copied from the period before

    def as_dict(self, lang: str | None = None) -> dict:
        return {**asdict(self), "state": str(self.state), "state_name": self.state.label(lang)}


@dataclass(frozen=True)
class PeriodReview:
    plan_id: int
    plan_title: str
    period: str
    locked_at: str
    locked_by: str
    regions: list[RegionReview]

    @property
    def locked(self) -> bool:
        return bool(self.locked_at)

    def as_dict(self, lang: str | None = None) -> dict:
        return {
            "plan_id": self.plan_id,
            "plan": self.plan_title,
            "period": self.period,
            "locked": self.locked,
            "locked_at": self.locked_at,
            "locked_by": self.locked_by,
            "regions": [r.as_dict(lang) for r in self.regions],
        }


@dataclass(frozen=True)
class _Round:
    plan: dict
    period: str
    period_id: int


def _round(workspace: Workspace, plan_ref: str | int, period_code: str, *, create: bool = False) -> _Round:
    """The plan and period; a period never used has id 0 (nothing stored for it), or is made with *create*."""
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code)
    found = reference.period_by_code(workspace.db, period.code)
    if found is None and create:
        with workspace.write() as db:
            return _Round(plan, period.code, reference.ensure_period(db, period.as_row()))
    return _Round(plan, period.code, found["id"] if found else 0)


def _standing(workspace: Workspace, plan_id: int, period_id: int) -> dict[int, dict]:
    """The accepted file standing for each region (not withdrawn), by region id: the newest."""
    return {
        a["region_id"]: a
        for a in submission_queries.submissions_for(workspace.db, plan_id, period_id)
        if a["outcome"] == Outcome.ACCEPTED and not a["withdrawn_at"]
    }


def _region_review(
    code: str,
    row: dict | None,
    file: dict | None,
    has_values: bool,
    locked: bool,
    timely: Timeliness | None,
) -> RegionReview:
    if row is not None:
        state = ReviewState(row["state"])
    else:
        state = ReviewState.SUBMITTED if file is not None or has_values else ReviewState.NOT_SUBMITTED
    row = row or {}
    return RegionReview(
        region=code,
        region_name=regions.BY_CODE[code].name,
        state=ReviewState.LOCKED if locked else state,
        submitted_at=file["received_at"] if file else "",
        file_name=file["file_name"] if file else "",
        approved_at=row.get("approved_at") or "" if state == ReviewState.APPROVED else "",
        returned_at=row.get("returned_at") or "",
        reason=row.get("reason", ""),
        cells=json.loads(row.get("cells", "[]")),
        tasks=json.loads(row.get("tasks", "[]")),
        changed_at=row.get("changed_at", ""),
        changed_by=row.get("changed_by", ""),
        **(asdict(timely) if timely else {}),
    )


@dataclass(frozen=True)
class Timeliness:
    """What the review shows beside a region's state, read from the whole period's reports (the window fills it
    in the background): its deadline and lateness (lateness.py), the tasks whose narratives it copied
    (narratives.py)."""

    deadline: str = ""
    overdue: bool = False
    days_late: int = 0
    copied: list[str] = field(default_factory=list)


def timeliness(workspace: Workspace, plan_ref: str | int, period_code: str) -> dict[str, Timeliness]:
    """Per region code, its Timeliness for the plan and period."""
    plan = plans.resolve(workspace, plan_ref)
    copied: dict[str, list[str]] = {}
    for c in narratives.copied_narratives(workspace, plan["id"], period_code):
        copied.setdefault(c.region, []).append(c.task_code)
    found = {
        e.region: Timeliness(e.deadline, e.overdue, e.days_late, copied.get(e.region, []))
        for e in lateness.lateness(workspace, plan["id"], period_code, missing=False)
    }
    return {**{code: Timeliness(copied=tasks) for code, tasks in copied.items()}, **found}


def review(
    workspace: Workspace, plan_ref: str | int, period_code: str, *, cities: bool = False, timely: bool = True
) -> PeriodReview:
    """Each province's (with *cities*, each city's; on a received plan, each region under the one this workspace
    answers for: `received.asked_regions`) review state for the plan and period, and the period's lock; with
    *timely*, each region's Timeliness too."""
    r = _round(workspace, plan_ref, period_code)
    ids = reference.region_ids(workspace.db)
    rows = q.reviews_for(workspace.db, r.plan["id"], r.period_id)
    files = _standing(workspace, r.plan["id"], r.period_id)
    stored = q.regions_with_values(workspace.db, r.plan["id"], r.period_id)
    lock = q.lock(workspace.db, r.plan["id"], r.period_id)
    timed = timeliness(workspace, r.plan["id"], r.period) if timely else {}
    return PeriodReview(
        r.plan["id"],
        r.plan["title"],
        r.period,
        lock["locked_at"] if lock else "",
        lock["locked_by"] if lock else "",
        [
            _region_review(
                code,
                rows.get(ids[code]),
                files.get(ids[code]),
                ids[code] in stored,
                lock is not None,
                timed.get(code),
            )
            for code in received.asked_regions(workspace, r.plan["id"], cities=cities)
        ],
    )


def state_of(workspace: Workspace, plan_id: int, region: str, period_code: str) -> ReviewState:
    """One region's state (the period's lock aside)."""
    period = reference.period_by_code(workspace.db, periods.parse(period_code).code)
    if period is None:
        return ReviewState.NOT_SUBMITTED
    region_id = progress.region_id(workspace, region)
    row = q.review(workspace.db, plan_id, region_id, period["id"])
    if row is not None:
        return ReviewState(row["state"])
    if region_id in _standing(workspace, plan_id, period["id"]) or q.has_values(
        workspace.db, plan_id, region_id, period["id"]
    ):
        return ReviewState.SUBMITTED
    return ReviewState.NOT_SUBMITTED


def refusal(workspace: Workspace, plan_id: int, region: str, period_code: str) -> Closed | None:
    """Why a file for this plan, region and period may not be taken in: the period locked, the region approved."""
    period = reference.period_by_code(workspace.db, periods.parse(period_code).code)
    if period is None:
        return None
    if q.lock(workspace.db, plan_id, period["id"]):
        return closed.locked(workspace, plan_id, period["id"])
    region_id = progress.region_id(workspace, region)
    row = q.review(workspace.db, plan_id, region_id, period["id"])
    if row is not None and row["state"] == ReviewState.APPROVED:
        return closed.approved(workspace, plan_id, region_id, period["id"])
    return None


def _audit(workspace: Workspace, entity: str, r: _Round, region_id: int | None, changes: dict) -> None:
    entry = {
        "entity": entity,
        "item_id": r.plan["id"],
        "region_id": region_id,
        "period_id": r.period_id,
        "entity_key": None,
        "changes": json.dumps(changes, ensure_ascii=False, separators=(",", ":")),
    }
    audit.record(workspace.db, now(), SOURCE, [entry], user=user())


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise InputError("review.reason_needed")
    return text


def _unlocked(workspace: Workspace, r: _Round) -> None:
    if q.lock(workspace.db, r.plan["id"], r.period_id):
        raise closed.locked(workspace, r.plan["id"], r.period_id)


def _names(r: _Round, region: str) -> dict[str, str]:
    return {"plan": r.plan["title"], "period": r.period, "region": regions.BY_CODE[region].name}


def _move(
    workspace: Workspace, r: _Round, region: str, to: ReviewState, *, reason: str = "", **details: object
) -> ReviewState:
    """Store the region's new state and audit the move, in the caller's transaction; returns the state before."""
    region_id = progress.region_id(workspace, region)
    before = state_of(workspace, r.plan["id"], region, r.period)
    row = q.review(workspace.db, r.plan["id"], region_id, r.period_id) or {}
    at = now()
    saved = {
        "plan_id": r.plan["id"],
        "region_id": region_id,
        "period_id": r.period_id,
        "state": str(to),
        "changed_at": at,
        "changed_by": user(),
        "approved_at": at if to == ReviewState.APPROVED else None,
        "returned_at": at if to == ReviewState.RETURNED else row.get("returned_at"),
        "reason": reason if to == ReviewState.RETURNED else row.get("reason", ""),
        "cells": json.dumps(details.get("cells", []), ensure_ascii=False)
        if to == ReviewState.RETURNED
        else row.get("cells", "[]"),
        "tasks": json.dumps(details.get("tasks", []), ensure_ascii=False)
        if to == ReviewState.RETURNED
        else row.get("tasks", "[]"),
    }
    q.save_review(workspace.db, saved)
    changes: dict[str, list] = {"state": [str(before), str(to)]}
    if reason:
        changes["reason"] = [None, reason]
    for key, value in details.items():
        if value:
            changes[key] = [None, value]
    _audit(workspace, REVIEW, r, region_id, changes)
    return before


def approve(workspace: Workspace, plan_ref: str | int, period_code: str, region: str) -> ReviewState:
    """Approve the region's report; refused (exit 1) with nothing submitted, approved already, or the period
    locked. Returns the state before."""
    code = templates.reporting_region(region)
    r = _round(workspace, plan_ref, period_code)
    with workspace.write():
        _unlocked(workspace, r)
        state = state_of(workspace, r.plan["id"], code, r.period)
        if state == ReviewState.NOT_SUBMITTED:
            raise Closed("review.nothing_submitted", **_names(r, code))
        if state == ReviewState.APPROVED:
            raise Closed("review.already_approved", **_names(r, code))
        return _move(workspace, r, code, ReviewState.APPROVED)


def reopen(workspace: Workspace, plan_ref: str | int, period_code: str, region: str, reason: str) -> ReviewState:
    """An approved region's report back to submitted, so its values may change again; the reason is audited."""
    code = templates.reporting_region(region)
    text = _reason(reason)
    r = _round(workspace, plan_ref, period_code)
    with workspace.write():
        _unlocked(workspace, r)
        if state_of(workspace, r.plan["id"], code, r.period) != ReviewState.APPROVED:
            raise Closed("review.not_approved", **_names(r, code))
        return _move(workspace, r, code, ReviewState.SUBMITTED, reason=text)


def resubmitted(workspace: Workspace, plan_id: int, region: str, period_code: str) -> None:
    """A file accepted for a returned region makes it submitted again (audited); in the caller's transaction."""
    if state_of(workspace, plan_id, region, period_code) != ReviewState.RETURNED:
        return
    r = _round(workspace, plan_id, period_code)
    _move(workspace, r, region, ReviewState.SUBMITTED)


def lock(workspace: Workspace, plan_ref: str | int, period_code: str) -> None:
    """Lock the plan's period: every change to it is refused until it is unlocked."""
    r = _round(workspace, plan_ref, period_code, create=True)
    with workspace.write() as db:
        _unlocked(workspace, r)
        q.insert_lock(db, r.plan["id"], r.period_id, now(), user())
        _audit(workspace, PERIOD_LOCK, r, None, {"locked": [False, True]})


def unlock(workspace: Workspace, plan_ref: str | int, period_code: str, reason: str) -> None:
    """Unlock the plan's period; the reason is audited."""
    text = _reason(reason)
    r = _round(workspace, plan_ref, period_code)
    with workspace.write() as db:
        if not q.lock(db, r.plan["id"], r.period_id):
            raise Closed("review.not_locked", plan=r.plan["title"], period=r.period)
        q.delete_lock(db, r.plan["id"], r.period_id)
        _audit(workspace, PERIOD_LOCK, r, None, {"locked": [True, False], "reason": [None, text]})


@dataclass
class SendBack:
    """What a return names and the workbook that carries it: the province's own file (the newest accepted, where
    its bytes were kept), else its template reissued with its values as stored; the cells and the named tasks'
    rows marked, and the reasons for the instruction sheet."""

    plan_id: int
    region: str
    period: str
    reason: str
    cells: list[str]
    tasks: list[str]
    spec: TemplateSpec
    marks: dict[str, list[Problem]]  # sheet → the cells to mark, each with what to say there
    own: bytes | None = None  # the province's own file, where one was kept
    own_name: str = ""


def _cells(given: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in given:
        m = _CELL.match(text.strip())
        if m is None or m["sheet"] not in RETURN_SHEETS:
            raise InputError("review.bad_cell", cell=text, sheets="、".join(RETURN_SHEETS))
        found.append((m["sheet"], f"{m['column'].upper()}{m['row']}"))
    return found


def plan_return(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    region: str,
    reason: str,
    *,
    cells: Sequence[str] = (),
    tasks: Sequence[str] = (),
) -> SendBack:
    """Check a return and plan its workbook; writes nothing. Refused (exit 1) for a region with nothing submitted
    or approved (reopen it first), or in a locked period; a bad cell or an unknown task is unusable input."""
    code = templates.reporting_region(region)
    text = _reason(reason)
    located = _cells(list(cells))
    r = _round(workspace, plan_ref, period_code)
    _unlocked(workspace, r)
    state = state_of(workspace, r.plan["id"], code, r.period)
    if state == ReviewState.NOT_SUBMITTED:
        raise Closed("review.nothing_submitted", **_names(r, code))
    if state == ReviewState.APPROVED:
        raise Closed("review.return_approved", **_names(r, code))
    # Reissued under the deadline and contact of the region's template for the round, if one went out.
    issued = submission_queries.latest_templates(workspace.db, r.plan["id"], r.period_id).get(
        progress.region_id(workspace, code), {}
    )
    spec = templates.plan_template(
        workspace, r.plan["id"], code, r.period, deadline=issued.get("deadline"), contact=issued.get("contact", "")
    )
    rows = spec.rows[layout.TASK]
    by_code = {str(row.cells["code"]): n for n, row in enumerate(rows)}
    marks: dict[str, list[Problem]] = {}
    for sheet, cell in located:
        marks.setdefault(sheet, []).append(Problem("review.mark", sheet, cell, params={"reason": text}))
    task_codes = [str(t).strip() for t in tasks]
    editable = [n for n, c in enumerate(layout.COLUMNS[layout.TASK], 1) if not c.locked]
    for task in task_codes:
        if task not in by_code:
            raise InputError("review.unknown_task", task=task, region=regions.BY_CODE[code].name)
        row = layout.FIRST_DATA_ROW + by_code[task]
        for column in [1, *editable]:
            cell = f"{layout.column_letter(column)}{row}"
            marks.setdefault(layout.SHEET_TASKS, []).append(
                Problem("review.mark", layout.SHEET_TASKS, cell, params={"reason": text})
            )
    standing = submission_queries.standing_file(
        workspace.db, r.plan["id"], progress.region_id(workspace, code), r.period_id
    )
    own = standing or {"file": None, "file_name": ""}
    return SendBack(
        r.plan["id"],
        code,
        r.period,
        text,
        [f"{s}!{c}" for s, c in located],
        task_codes,
        spec,
        marks,
        own["file"],
        own["file_name"] if own["file"] else "",
    )


def record_return(workspace: Workspace, back: SendBack) -> None:
    """The region's report returned: its state, the reasons, cells and tasks, audited; in the caller's transaction
    or its own. Refused in a locked period."""
    r = _round(workspace, back.plan_id, back.period)
    with workspace.write():
        _unlocked(workspace, r)
        _move(workspace, r, back.region, ReviewState.RETURNED, reason=back.reason, cells=back.cells, tasks=back.tasks)
