"""Recording progress: every changed value is written with an audit entry, and comes
back as a `Change` that the GUI's undo stack can reverse through `apply()`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace

from db.queries import audit
from db.queries import progress as q
from db.queries import reference
from workbench import periods, regions
from workbench.domain import TaskStatus
from workbench.errors import InputError, NotFound
from workbench.workspace import Workspace, now

TASK_PROGRESS = "task_progress"
INDICATOR_VALUE = "indicator_values"
TASK = "task"
STATUSES = tuple(s.value for s in TaskStatus)


@dataclass(frozen=True)
class Change:
    """One field of one row, from old to new."""
    entity: str                 # task_progress / indicator_values / task
    key: tuple[tuple[str, int], ...]
    field: str
    old: object
    new: object

    def reversed(self) -> Change:
        return replace(self, old=self.new, new=self.old)

    @property
    def key_dict(self) -> dict[str, int]:
        return dict(self.key)


def region_id(workspace: Workspace, code: str) -> int:
    resolved = regions.lookup(code)
    ids = reference.region_ids(workspace.db)
    if resolved not in ids:
        raise NotFound("region.not_found", region=code)
    return ids[resolved]


def period_id(workspace: Workspace, code: str) -> int:
    """Id of a period, created on first use (periods are reference data, not user content)."""
    period = periods.parse(code)
    found = reference.period_by_code(workspace.db, period.code)
    if found:
        return found["id"]
    with workspace.write() as db:
        return reference.ensure_period(db, period.as_row())


def _audit_rows(changes: list[Change], source: str) -> list[dict]:
    at = now()
    return [{"at": at, "entity": c.entity, "entity_key": json.dumps(dict(c.key), sort_keys=True),
             "field": c.field, "old_value": None if c.old is None else str(c.old),
             "new_value": None if c.new is None else str(c.new), "source": source} for c in changes]


def diff(entity: str, key: dict, stored: dict | None, values: dict) -> list[Change]:
    """The changes that writing *values* over the *stored* row would make."""
    frozen = tuple(sorted(key.items()))
    return [Change(entity, frozen, field, (stored or {}).get(field), value)
            for field, value in values.items() if (stored or {}).get(field) != value]


def validate(entity: str, values: dict) -> None:
    status = values.get("status")
    if status is not None and status not in STATUSES:
        raise InputError("value.bad_status", value=status)
    percent = values.get("percent")
    if percent is not None and not 0 <= float(percent) <= 100:
        raise InputError("value.bad_percent", value=percent)


def record(workspace: Workspace, entity: str, key: dict, values: dict, *, origin: str, source: str,
           submission_id: int | None = None) -> list[Change]:
    """Write *values* to one progress row (task_progress or indicator_values) inside the
    caller's transaction or a new one; returns what changed."""
    validate(entity, values)
    with workspace.write() as db:
        stored = q.current(db, entity, key)
        changes = diff(entity, key, stored, values)
        if changes:
            merged = {**(stored or {}), **values}
            _, columns = q.TABLES[entity]
            full = {c: merged.get(c) for c in columns}
            for text_column in ("progress", "problems", "next_steps", "note"):
                if text_column in full and full[text_column] is None:
                    full[text_column] = ""
            q.upsert(db, entity, key, full, origin=origin, submission_id=submission_id, updated_at=now())
            audit.record(db, _audit_rows(changes, source))
    return changes


def bulk_load(workspace: Workspace, entity: str, rows: list[dict]) -> None:
    """Complete rows written as they are, without audit: for generated data only (the demo's
    samples, the benchmark's scale workspace), which is marked by its origin."""
    with workspace.write() as db:
        q.insert_many(db, entity, rows)


def set_task_status(workspace: Workspace, task_id: int, status: str, *, source: str) -> list[Change]:
    validate(TASK, {"status": status})
    with workspace.write() as db:
        old = q.task_status(db, task_id)
        if old == status:
            return []
        q.set_task_status(db, task_id, status)
        changes = [Change(TASK, (("task_id", task_id),), "status", old, status)]
        audit.record(db, _audit_rows(changes, source))
    return changes


def apply(workspace: Workspace, changes: list[Change], *, source: str) -> list[Change]:
    """Apply changes as given (new values), e.g. an undo of reversed changes; one transaction."""
    applied: list[Change] = []
    with workspace.write():
        for c in changes:
            if c.entity == TASK:
                applied += set_task_status(workspace, c.key_dict["task_id"], str(c.new), source=source)
            else:
                applied += record(workspace, c.entity, c.key_dict, {c.field: c.new}, origin="manual",
                                  source=source)
    return applied
