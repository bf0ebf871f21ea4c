"""A task's status: what each province reports, and the status of the task as a whole derived from it. (On a plan
received from a higher office, read "each region": the one this workspace answers for and those under it.)

A province's status on a task is what it reported for a period (or what the office set for that province and
period): a row of task_progress. The task's own status is never stored; it is derived from each province's
latest status (of the latest period in which the province gave one), by this rule, in this order:

1. no province has reported a status → not started;
2. any province lagging → lagging;
3. every province that reported is done → done;
4. any province in progress or done → in progress;
5. any on hold (and the others not started) → on hold;
6. otherwise (all not started) → not started.

The office may set a task's status over the derived one: the override is stored on the task, shown as set by
the office next to what the reports say, and applies until it is cleared.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from db.queries import progress as q
from workbench.planning import received
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.storage.workspace import Workspace


@dataclass(frozen=True)
class Reported:
    """A province's latest status on a task and the period it was reported for."""

    region: str
    status: str
    period: str


@dataclass(frozen=True)
class TaskState:
    derived: str  # by the rule above
    override: str | None  # set by the office, or None
    reports: tuple[Reported, ...]  # what it is derived from, provinces in their usual order

    @property
    def status(self) -> str:
        """What the task's status is taken to be: the office's where it set one, else the derived one."""
        return self.override or self.derived

    def as_dict(self) -> dict:
        """As `workbench plan show --json` gives it (docs/plan-json.md)."""
        return {
            "status": self.status,
            "derived_status": self.derived,
            "status_override": self.override,
            "status_reports": [{"region": r.region, "status": r.status, "period": r.period} for r in self.reports],
        }


def derive(statuses: Collection[str]) -> TaskStatus:
    """The task's status from its provinces' latest statuses (see the module's rule)."""
    found = set(statuses)
    if not found:
        return TaskStatus.NOT_STARTED
    if TaskStatus.LAGGING in found:
        return TaskStatus.LAGGING
    if found == {TaskStatus.DONE}:
        return TaskStatus.DONE
    if found & {TaskStatus.IN_PROGRESS, TaskStatus.DONE}:
        return TaskStatus.IN_PROGRESS
    if TaskStatus.ON_HOLD in found:
        return TaskStatus.ON_HOLD
    return TaskStatus.NOT_STARTED


def of_tasks(workspace: Workspace, *, plan_id: int | None, task_ids: list[int] | None = None) -> dict[int, TaskState]:
    """The state of every task of a plan (None: of every plan), or only of *task_ids*: a few queries, whatever
    the number of tasks."""
    # Thousands of tasks share a few reports and combinations of them: each is made once.
    made: dict[tuple[str, str, str], Reported] = {}
    reports: dict[int, list[Reported]] = {}
    # A plan received from a higher office is reported by the region this workspace answers for and those under
    # it (a province's cities), not by the four provinces.
    shown = received.reporting_regions(workspace, plan_id) if plan_id is not None else list(regions.PROVINCES)
    for r in q.latest_statuses(workspace.db, plan_id=plan_id, task_ids=task_ids, regions=shown):
        key = (r["region"], r["status"], r["period"])
        reports.setdefault(r["task_id"], []).append(made.get(key) or made.setdefault(key, Reported(*key)))
    order = {code: at for at, code in enumerate(shown)}
    states = {}
    for task_id, override in q.task_overrides(workspace.db, plan_id=plan_id, task_ids=task_ids).items():
        found = tuple(sorted(reports.get(task_id, ()), key=lambda r: order[r.region]))
        states[task_id] = TaskState(_derived(tuple(r.status for r in found)), override, found)
    return states


@functools.lru_cache(maxsize=256)
def _derived(statuses: tuple[str, ...]) -> TaskStatus:
    return derive(statuses)
