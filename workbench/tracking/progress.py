"""Recording progress: every changed value is written with an audit entry, and comes
back as a `Change` that the GUI's undo stack can reverse through `apply()`, which refuses
to write over a value that changed since.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import sqlite_utils

from db.queries import audit, reference
from db.queries import indicators as indicator_queries
from db.queries import progress as q
from workbench import messages
from workbench.errors import InputError, NotFound, WorkbenchError
from workbench.reference import periods, regions
from workbench.reference.statuses import TaskStatus
from workbench.storage.lock import user
from workbench.storage.workspace import Workspace, now
from workbench.tracking import closed
from workbench.values import display

TASK_PROGRESS = "task_progress"
INDICATOR_VALUE = "indicator_values"
TASK = "task"
INDICATOR = "indicator"  # an indicator's definition (口径, source, aggregation…)
STATUSES = tuple(s.value for s in TaskStatus)
TEXT_COLUMNS = ("progress", "problems", "next_steps", "note")
NUMBER_COLUMNS = ("percent", "value")
WORDED = ("aggregation", "attribute", "direction")  # fields holding a choice, each worded in the catalogue
SHOWN_CELLS = 5  # cells named in a refusal; the rest are counted


class Conflict(WorkbenchError):
    """Values changed since a step wrote them: writing over them would lose what they hold now."""

    exit_code = 1


@dataclass(frozen=True)
class Change:
    """One field of one row, from old to new."""

    entity: str  # task_progress / indicator_values / task
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


# The id an audit entry names its row by, besides its region and period.
ITEM_KEYS = {TASK_PROGRESS: "task_id", INDICATOR_VALUE: "indicator_id", TASK: "task_id", INDICATOR: "indicator_id"}
# Entities of one row per item, written field by field (not the progress tables of TABLES).
_ITEM_ENTITIES = (TASK, INDICATOR)


def _audit(db: sqlite_utils.Database, changes: list[Change], source: str) -> None:
    """One audit step of what is not a reported value (those are audited by `record_many`): an entry per changed
    row with, per field, its old and its new value (a field changed twice keeps its first old and its last new
    value; one that ends as it was is no change)."""
    rows: dict[tuple[str, tuple], dict[str, list]] = {}
    for c in changes:
        fields = rows.setdefault((c.entity, c.key), {})
        fields[c.field] = [fields[c.field][0] if c.field in fields else c.old, c.new]
    entries = []
    for (entity, key), fields in rows.items():
        changed = {f: pair for f, pair in fields.items() if not _same(*pair)}
        if not changed:
            continue
        ids = dict(key)
        region, period = ids.pop("region_id", None), ids.pop("period_id", None)
        [item] = ids.values()
        entries.append(
            {
                "entity": entity,
                "item_id": item,
                "region_id": region,
                "period_id": period,
                "entity_key": None,
                "changes": json.dumps(changed, ensure_ascii=False, separators=(",", ":")),
            }
        )
    audit.record(db, now(), source, entries, user=user())


def diff(entity: str, key: dict, stored: dict | None, values: dict) -> list[Change]:
    """The changes that writing *values* over the *stored* row would make: a blank staying blank or a value
    written as it is stored is none."""
    frozen = tuple(sorted(key.items()))
    return [
        Change(entity, frozen, field, (stored or {}).get(field), value)
        for field, value in values.items()
        if not _same((stored or {}).get(field), value)
    ]


def validate(entity: str, values: dict) -> None:
    status = values.get("status")
    if status is not None and status not in STATUSES:
        raise InputError("value.bad_status", value=status)
    percent = values.get("percent")
    if percent is not None and not 0 <= float(percent) <= 100:
        raise InputError("value.bad_percent", value=percent)


def record(
    workspace: Workspace,
    entity: str,
    key: dict,
    values: dict,
    *,
    origin: str,
    source: str,
    submission_id: int | None = None,
) -> list[Change]:
    """Write *values* to one progress row (task_progress or indicator_values) inside the
    caller's transaction or a new one; returns what changed."""
    return record_many(workspace, entity, [(key, values)], origin=origin, source=source, submission_id=submission_id)


def _complete(entity: str, stored: dict | None, values: dict) -> dict:
    """The whole row to write: what is stored, overwritten by *values*; texts never NULL."""
    merged = {**(stored or {}), **values}
    _, columns = q.TABLES[entity]
    return {c: "" if c in TEXT_COLUMNS and merged.get(c) is None else merged.get(c) for c in columns}


def record_many(
    workspace: Workspace,
    entity: str,
    rows: list[tuple[dict, dict]],
    *,
    origin: str,
    source: str,
    submission_id: int | None = None,
) -> list[Change]:
    """Write many (key, values) pairs of one entity in one transaction: one read of what is
    stored, one batched upsert naming the step that writes, one batched audit insert (the rows it replaced).
    A key given twice takes its values in order. Returns what changed, in order. Refused (`closed.Closed`, nothing
    written) where the plan's period is locked or the region's report approved."""
    key_columns, _ = q.TABLES[entity]
    pending: dict[tuple, tuple[dict, dict]] = {}
    for key, values in rows:
        validate(entity, values)
        frozen = tuple(key[c] for c in key_columns)
        pending[frozen] = (key, {**pending.get(frozen, (key, {}))[1], **values})
    at = now()
    with workspace.write() as db:
        closed.refuse(workspace, entity, [key for key, _ in pending.values()])
        stored = q.current_rows(db, entity, [key for key, _ in pending.values()])
        changes, writes, written = [], [], []
        for frozen, (key, values) in pending.items():
            found = diff(entity, key, stored.get(frozen), values)
            if found:
                changes += found
                written.append((key, stored.get(frozen)))
                writes.append(
                    {
                        **key,
                        **_complete(entity, stored.get(frozen), values),
                        "origin": origin,
                        "submission_id": submission_id,
                        "updated_at": at,
                    }
                )
        if writes:
            step = audit.begin(db, at, source, user=user())
            q.upsert_many(db, entity, [{**w, "step_id": step} for w in writes])
            audit.record_values(db, step, entity, written)
    return changes


def audit_changes(workspace: Workspace, changes: list[Change], *, source: str) -> None:
    """Audit changes made outside the progress tables (a submission withdrawn)."""
    with workspace.write() as db:
        _audit(db, changes, source)


def bulk_load(
    workspace: Workspace, entity: str, rows: list[dict], *, audit_as: Callable[[dict], str] | None = None
) -> None:
    """Complete rows written as they are: for generated data only (the demo's samples, the benchmark's scale
    workspace), which is marked by its origin. With *audit_as*, each row is audited as taking it in would be,
    under the source audit_as names for it (consecutive rows of one source are one step that made them)."""
    with workspace.write() as db:
        if audit_as is None:
            q.insert_many(db, entity, rows)
            return
        at = now()
        for source, group in itertools.groupby(rows, audit_as):
            made = list(group)
            step = audit.begin(db, at, source, user=user())
            q.insert_many(db, entity, [{**r, "step_id": step} for r in made])
            audit.record_values(db, step, entity, [(r, None) for r in made])


def set_task_status(workspace: Workspace, task_id: int, status: str | None, *, source: str) -> list[Change]:
    """Set the office's status of a task over the derived one (see `status`); None clears it."""
    validate(TASK, {"status": status})
    with workspace.write() as db:
        old = q.task_status(db, task_id)
        if old == status:
            return []
        q.set_task_status(db, task_id, status)
        changes = [Change(TASK, (("task_id", task_id),), "status", old, status)]
        _audit(db, changes, source)
    return changes


def set_definition(workspace: Workspace, indicator_id: int, values: dict, *, source: str) -> list[Change]:
    """Write fields of an indicator's definition (db.queries.indicators.DEFINITION_COLUMNS), audited; the caller
    has checked them (`workbench.tracking.indicators.define`)."""
    with workspace.write() as db:
        stored = indicator_queries.definition(db, indicator_id)
        if stored is None:
            raise NotFound("browse.indicator_not_found", indicator=indicator_id)
        changes = diff(INDICATOR, {"indicator_id": indicator_id}, stored, values)
        indicator_queries.update_definition(db, indicator_id, {c.field: c.new for c in changes})
        _audit(db, changes, source)
    return changes


def apply(workspace: Workspace, changes: list[Change], *, source: str) -> list[Change]:
    """Apply changes as given (new values), e.g. an undo of reversed changes; one transaction. Refused with a
    `Conflict` naming the cells where a cell no longer holds the change's old value: someone changed it since."""
    applied: list[Change] = []
    with workspace.write():
        for entity in {c.entity for c in changes} - {TASK}:  # a closed report is the reason, before any conflict
            closed.refuse(workspace, entity, [c.key_dict for c in changes if c.entity == entity])
        moved = moved_on(workspace, changes)
        if moved:
            raise Conflict("edit.changed_since", count=len(moved), cells=describe(workspace, moved))
        # One batched write per table (a withdrawn file's thousands of values), later values over earlier ones.
        batches: dict[str, list[tuple[dict, dict]]] = {}
        for c in changes:
            if c.entity == TASK:
                status = None if c.new is None else str(c.new)
                applied += set_task_status(workspace, c.key_dict["task_id"], status, source=source)
            elif c.entity == INDICATOR:
                applied += set_definition(workspace, c.key_dict["indicator_id"], {c.field: c.new}, source=source)
            else:
                batches.setdefault(c.entity, []).append((c.key_dict, {c.field: c.new}))
        for entity, rows in batches.items():
            applied += record_many(workspace, entity, rows, origin="manual", source=source)
    return applied


def _same(a: object, b: object) -> bool:
    """Equal as stored: a text column holds '' for nothing, and numbers compare as numbers."""
    a, b = "" if a is None else a, "" if b is None else b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return a == b


def moved_on(workspace: Workspace, changes: list[Change]) -> list[tuple[Change, object]]:
    """The changes whose cell no longer holds their old value, each with the value it holds now (a cell
    changed twice in the list is judged by its first change)."""
    firsts, seen = [], set()
    for c in changes:
        if (c.entity, c.key, c.field) not in seen:
            seen.add((c.entity, c.key, c.field))
            firsts.append(c)
    stored: dict[str, dict[tuple, dict]] = {}
    for entity in {c.entity for c in firsts} - set(_ITEM_ENTITIES):
        stored[entity] = q.current_rows(workspace.db, entity, [c.key_dict for c in firsts if c.entity == entity])
    moved: list[tuple[Change, object]] = []
    for c in firsts:
        if c.entity == TASK:
            now_value = q.task_status(workspace.db, c.key_dict["task_id"])
        elif c.entity == INDICATOR:
            now_value = (indicator_queries.definition(workspace.db, c.key_dict["indicator_id"]) or {}).get(c.field)
        else:
            key_columns, _ = q.TABLES[c.entity]
            now_value = stored[c.entity].get(tuple(c.key_dict[k] for k in key_columns), {}).get(c.field)
        if not _same(now_value, c.old):
            moved.append((c, now_value))
    return moved


def shown(field: str, value: object) -> str:
    """A stored value as a message shows it: a status or a choice by its name, a number as figures, nothing as —
    (the audit log keeps values as text: a number there is shown as figures too)."""
    if value in (None, ""):
        return "—"
    if field == "status":
        return TaskStatus(str(value)).label()
    if field in WORDED:
        return messages.text(f"{field}.{value}")
    if field in (*NUMBER_COLUMNS, "target") and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value)
    return display(value) if isinstance(value, int | float) else str(value)


def describe(workspace: Workspace, moved: list[tuple[Change, object]]) -> str:
    """The cells of `moved_on` for a message: where each is, what it holds now and what was expected."""
    names = q.cell_names(workspace.db, [c.key_dict for c, _ in moved[:SHOWN_CELLS]])
    cells = [
        messages.text(
            "edit.cell_now",
            where=" · ".join(
                x for x in (n["item"], regions.BY_CODE[n["region"]].name if n["region"] else "", n["period"]) if x
            ),
            field=messages.text("field.task_status" if c.entity == TASK else f"field.{c.field}"),
            now=shown(c.field, now_value),
            expected=shown(c.field, c.old),
        )
        for (c, now_value), n in zip(moved, names)
    ]
    return "；".join(cells) + ("…" if len(moved) > SHOWN_CELLS else "")


def from_audit(entries: list[dict]) -> list[Change]:
    """The changes audit entries record (entity, item_id, region_id, period_id, changes), in order, values back
    in their columns' types."""

    def typed(field: str, value: Any) -> object:
        return float(value) if value is not None and field in NUMBER_COLUMNS else value

    found = []
    for e in entries:
        key = {ITEM_KEYS[e["entity"]]: e["item_id"], "region_id": e["region_id"], "period_id": e["period_id"]}
        frozen = tuple(sorted((k, v) for k, v in key.items() if v is not None))
        found += [
            Change(e["entity"], frozen, field, typed(field, old), typed(field, new))
            for field, (old, new) in json.loads(e["changes"]).items()
        ]
    return found


def remove_empty(workspace: Workspace, changes: list[Change]) -> None:
    """Remove the rows these changes touched that are left holding no value (a withdrawn file's new rows)."""
    with workspace.write() as db:
        for entity in {c.entity for c in changes} - set(_ITEM_ENTITIES):
            q.delete_empty(db, entity, [c.key_dict for c in changes if c.entity == entity])
