"""Edits a person makes in the window or with a command (`workbench task set`, `indicator set | define |
revise`), through `progress.record` / `set_task_status` / `indicators` so each lands in the audit log under
its source (the window's or the command line's) and comes back as undoable `Change`s. An undo or redo writes
only over the values the step left: one changed since is refused, named.

Values arrive as typed by a person and are read by `workbench.values`, as a returned
template's cells are: an indicator's value in the indicator's own unit ("5200亿" in an
亿元 row is 5200); anything unreadable is refused with a message, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable

from db.queries import browse as browse_queries
from workbench import values
from workbench.errors import InputError, NotFound
from workbench.planning import received
from workbench.reference import statuses
from workbench.storage.workspace import Workspace
from workbench.tracking import indicators, progress
from workbench.tracking.progress import INDICATOR_VALUE, TASK_PROGRESS, Change
from workbench.tracking.trajectory import Revision

SOURCE = "gui"
COMMAND_LINE = "cli"
TASK_FIELDS = ("status", "percent", "progress", "problems", "next_steps")


def _read(parse: Callable[..., float | None], value: object, **options: object) -> float | None:
    try:
        return parse(value, **options)
    except values.ValueProblem:
        raise InputError("edit.not_a_number", value=value) from None


def task_status(workspace: Workspace, task_id: int, status: str | None, *, source: str = SOURCE) -> list[Change]:
    """The office's status of a task as a whole, over the one derived from the reports (`status`); None or ''
    clears it, and the derived status applies again. Refused on a received plan, whose tasks are the issuer's."""
    received.require_structure_editable(workspace, received.plan_of(workspace, "tasks", task_id) or 0)
    return progress.set_task_status(workspace, task_id, status or None, source=source)


def task_progress(
    workspace: Workspace, task_id: int, region: str, period: str, field: str, value: object
) -> list[Change]:
    """One field of a region's progress on a task in a period (status, percent, texts)."""
    return task_report(workspace, task_id, region, period, {field: value})


def task_report(
    workspace: Workspace, task_id: int, region: str, period: str, fields: dict, *, source: str = SOURCE
) -> list[Change]:
    """Fields of a region's progress on a task in a period, one step: a status by its code or its name in
    either language (进行中), a percent as typed, texts."""
    unknown = set(fields) - set(TASK_FIELDS)
    if unknown:
        raise ValueError(f"not an editable progress field: {sorted(unknown)}")
    received.require_own_region(workspace, received.plan_of(workspace, "tasks", task_id) or 0, region)
    fields = dict(fields)
    if "percent" in fields:
        fields["percent"] = _read(values.percent, fields["percent"])
    if fields.get("status"):
        status = statuses.parse(fields["status"])
        if status is None:
            raise InputError("value.bad_status", value=fields["status"])
        fields["status"] = status.value
    key = {
        "task_id": task_id,
        "region_id": progress.region_id(workspace, region),
        "period_id": progress.period_id(workspace, period),
    }
    return progress.record(workspace, TASK_PROGRESS, key, fields, origin="manual", source=source)


def indicator_value(
    workspace: Workspace,
    indicator_id: int,
    region: str,
    period: str,
    value: str | float | None,
    *,
    source: str = SOURCE,
) -> list[Change]:
    """A region's actual value of an indicator in a period, in the indicator's unit; '' clears it."""
    indicator = browse_queries.indicator(workspace.db, indicator_id)
    if indicator is None:
        raise NotFound("browse.indicator_not_found", indicator=indicator_id)
    received.require_own_region(workspace, indicator["plan_id"], region)
    parsed = _read(values.number, value, unit=indicator["unit"])
    key = {
        "indicator_id": indicator_id,
        "region_id": progress.region_id(workspace, region),
        "period_id": progress.period_id(workspace, period),
    }
    return progress.record(workspace, INDICATOR_VALUE, key, {"value": parsed}, origin="manual", source=source)


def indicator_definition(
    workspace: Workspace, indicator_id: int, fields: dict, *, source: str = SOURCE
) -> list[Change]:
    """Fields of an indicator's definition (see `indicators.define`); those not given stay."""
    return indicators.define(workspace, indicators.of(workspace, indicator_id), fields, source=source)


def revise_target(
    workspace: Workspace,
    indicator_id: int,
    year: int | str,
    target: object,
    reason: str,
    *,
    on: str | None = None,
    document: str = "",
    source: str = SOURCE,
) -> Revision:
    """A target revised from a date, kept beside the plan's (see `indicators.revise`). Not a step to undo: the
    history keeps every revision, and a mistaken one is corrected by the next."""
    indicator = indicators.of(workspace, indicator_id)
    return indicators.revise(workspace, indicator, year, target, reason, on=on, document=document, source=source)


def undo(workspace: Workspace, changes: list[Change]) -> list[Change]:
    """Put back the old values of *changes* (newest first), audited as an undo; refused (`progress.Conflict`)
    where a value is no longer what the edit wrote."""
    return progress.apply(workspace, [c.reversed() for c in reversed(changes)], source=f"{SOURCE}:undo")


def redo(workspace: Workspace, changes: list[Change]) -> list[Change]:
    return progress.apply(workspace, list(changes), source=f"{SOURCE}:redo")
