"""The data of the summary workbook (汇总表) for the joint meeting: tasks × regions with
status and progress, lagging work, indicators' target against actual per region, each
indicator's actual values against its targets over the periods, and where each region's
submission stands. Plain data: the exporter lays it out.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.planning import items, plans, received
from workbench.reference import periods
from workbench.reference.statuses import TaskStatus
from workbench.reporting import layout, submissions, templates
from workbench.reporting.model import RegionStatus
from workbench.storage.workspace import Workspace, now
from workbench.tracking import indicators

NOT_REPORTED = "not_reported"
LAGGING = TaskStatus.LAGGING.value


@dataclass
class SummaryTask:
    code: str
    title: str
    group: str
    lead: str
    cells: dict[str, dict]  # region → reported values ({} if none yet); only regions that report it

    @property
    def lagging(self) -> list[str]:
        return [r for r, c in self.cells.items() if c.get("status") == LAGGING]


@dataclass
class SeriesPoint:
    period: str
    target: float | None
    values: dict[str, float | None]


@dataclass
class SummaryIndicator:
    code: str
    name: str
    unit: str
    direction: str
    target: float | None
    target_year: int | None
    regions: list[str]  # the regions shown that it is scoped to
    actual: dict[str, float | None]
    series: list[SeriesPoint] = field(default_factory=list)

    def gap(self, region: str) -> float | None:
        """How far the actual value is from the target, positive when ahead of it."""
        value = self.actual.get(region)
        if value is None or self.target is None:
            return None
        return round((value - self.target) * (1 if self.direction == "increase" else -1), 6)


@dataclass
class SummaryData:
    plan_title: str
    period: str
    period_label: str
    generated_at: str
    regions: list[str]
    tasks: list[SummaryTask]
    indicators: list[SummaryIndicator]
    region_status: list[RegionStatus]

    def status_counts(self) -> dict[str, Counter]:
        """Per region: how many of the tasks it reports are in each status (or not reported)."""
        counts: dict[str, Counter] = {r: Counter() for r in self.regions}
        for task in self.tasks:
            for region, cell in task.cells.items():
                counts[region][cell.get("status") or NOT_REPORTED] += 1
        return counts

    def mean_percent(self, region: str) -> float | None:
        found = [c["percent"] for t in self.tasks if (c := t.cells.get(region)) and c.get("percent") is not None]
        return round(sum(found) / len(found), 1) if found else None


def _tasks(workspace: Workspace, plan_id: int, period_id: int | None, shown: list[str]) -> list[SummaryTask]:
    tasks = plan_queries.tasks(workspace.db, plan_id)
    codes = items.task_codes(tasks)
    reported: dict[tuple[int, str], dict] = {}
    if period_id is not None:
        reported = {
            (r["task_id"], r["region"]): r for r in q.task_progress_of_period(workspace.db, plan_id, period_id, shown)
        }
    result = []
    for t in tasks:
        cells = {region: reported.get((t["id"], region), {}) for region in shown if templates.reports_task(t, region)}
        result.append(
            SummaryTask(
                codes[t["id"]], t["title"], t["group_title"] or "", "、".join(json.loads(t["lead_units"])), cells
            )
        )
    return result


def _target_in(ind: dict, period: periods.Period) -> float | None:
    return templates.target_for(indicators.targets_on(ind, period.end_date), period.year)[0]


def _indicators(workspace: Workspace, plan_id: int, period: periods.Period, shown: list[str]) -> list[SummaryIndicator]:
    values = q.indicator_values_until(workspace.db, plan_id, period.end_date, period.kind, shown)
    order = list(dict.fromkeys([*(v["period"] for v in values), period.code]))
    reported: dict[int, dict[tuple[str, str], float | None]] = defaultdict(dict)
    for v in values:
        reported[v["indicator_id"]][(v["period"], v["region"])] = v["value"]
    result = []
    for ind in plan_queries.indicators(workspace.db, plan_id):
        scoped = [r for r in shown if templates.reports_indicator(ind, r)]
        by_period = reported[ind["id"]]
        # Each period against the targets in force when it ended (a target revised later leaves it as it was).
        target, target_year = templates.target_for(indicators.targets_on(ind, period.end_date), period.year)
        series = [
            SeriesPoint(
                code,
                _target_in(ind, periods.parse(code)),
                {r: by_period.get((code, r)) for r in scoped},
            )
            for code in order
        ]
        result.append(
            SummaryIndicator(
                str(ind["seq"]),
                items.indicator_name(ind),
                ind["unit"],
                ind["direction"],
                target,
                target_year,
                scoped,
                {r: by_period.get((period.code, r)) for r in scoped},
                series,
            )
        )
    return result


def summary_data(workspace: Workspace, plan_ref: str | int, period_code: str) -> SummaryData:
    """The summary over the regions the plan is reported by in this workspace (`received.reporting_regions`: the
    provinces; on a received plan the region it answers for and its cities or districts), only theirs read."""
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code)
    found = reference.period_by_code(workspace.db, period.code)
    shown = received.reporting_regions(workspace, plan["id"])
    return SummaryData(
        plan["title"],
        period.code,
        layout.period_label(period.code),
        now(),
        shown,
        _tasks(workspace, plan["id"], found["id"] if found else None, shown),
        _indicators(workspace, plan["id"], period, shown),
        submissions.status(workspace, plan["id"], period.code),
    )
