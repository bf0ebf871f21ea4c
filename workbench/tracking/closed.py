"""What no write may change: a period the office locked for a plan, and a region's report it approved (until it is
reopened). Every write of progress (the window's edits and undo, a file taken in, a file withdrawn) passes through
`progress.record_many`, which asks `refuse` first; a refusal changes nothing."""

from __future__ import annotations

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import reviews as q
from workbench.errors import WorkbenchError
from workbench.reference import regions
from workbench.storage.workspace import Workspace

ITEM_COLUMNS = {"task_progress": "task_id", "indicator_values": "indicator_id"}


class Closed(WorkbenchError):
    """A change refused: the plan's period is locked, or the region's report on it approved."""

    exit_code = 1


def _named(workspace: Workspace, plan_id: int, period_id: int, region_id: int | None = None) -> dict[str, str]:
    plan = plan_queries.plan(workspace.db, plan_id)
    period = reference.period_by_id(workspace.db, period_id)
    names = {"plan": plan["title"] if plan else str(plan_id), "period": period["code"] if period else str(period_id)}
    if region_id is not None:
        code = {rid: c for c, rid in reference.region_ids(workspace.db).items()}[region_id]
        names["region"] = regions.BY_CODE[code].name
    return names


def locked(workspace: Workspace, plan_id: int, period_id: int) -> Closed:
    return Closed("review.period_locked", **_named(workspace, plan_id, period_id))


def approved(workspace: Workspace, plan_id: int, region_id: int, period_id: int) -> Closed:
    return Closed("review.region_approved", **_named(workspace, plan_id, period_id, region_id))


def why(workspace: Workspace, entity: str, keys: list[dict]) -> Closed | None:
    """The refusal a write of these rows of *entity* meets, if any."""
    if entity not in ITEM_COLUMNS:
        return None
    column = ITEM_COLUMNS[entity]
    found = q.closed(workspace.db, entity, [(k[column], k["region_id"], k["period_id"]) for k in keys])
    if found is None:
        return None
    if found["locked"]:
        return locked(workspace, found["plan_id"], found["period_id"])
    return approved(workspace, found["plan_id"], found["region_id"], found["period_id"])


def refuse(workspace: Workspace, entity: str, keys: list[dict]) -> None:
    refusal = why(workspace, entity, keys)
    if refusal is not None:
        raise refusal
