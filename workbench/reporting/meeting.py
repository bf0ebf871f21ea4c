"""The joint meeting's report (联席会议汇报材料): what it says, assembled as plain data that the exporter lays out
as an official document (exporters/official_docx.py).

Figures come from the summary's data (workbench/reporting/summary.py: each province's report on each task for
the period), the verdicts from the same trajectory rule and reading as the window's indicator chart
(workbench/tracking/indicator_paths.py), late returns from `lateness`, copies from `narratives`. Whose figures
count is decided in one place, `report_basis`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from db.queries import plans as plan_queries
from workbench import messages
from workbench.planning import plans, received
from workbench.reference import periods, regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting import review, templates
from workbench.reporting.lateness import Lateness, lateness
from workbench.reporting.narratives import CopiedNarrative, copied_narratives
from workbench.reporting.states import ReviewState
from workbench.reporting.summary import NOT_REPORTED, summary_data
from workbench.storage.workspace import Workspace
from workbench.tracking import indicator_paths
from workbench.tracking.trajectory import Verdict

STATUS_ORDER: tuple[str, ...] = (*(s.value for s in TaskStatus), NOT_REPORTED)
ACCEPTED, APPROVED = "accepted", "approved"


@dataclass(frozen=True)
class Basis:
    """Whose figures the report counts and what it says they are."""

    kind: str  # ACCEPTED or APPROVED
    regions: tuple[str, ...]


def report_basis(workspace: Workspace, plan_id: int, period_code: str) -> Basis:
    """The figures the report is built from: once the office has approved any region's report for the period, the
    approved regions' only (the others are still under review); before, what was accepted into the workspace (files
    accepted, the office's own entries) for the regions the plan is reported by — the four provinces, or on a plan
    received from a higher office the region this workspace answers for and those under it."""
    shown = tuple(received.reporting_regions(workspace, plan_id))
    approved = tuple(
        code for code in shown if review.state_of(workspace, plan_id, code, period_code) == ReviewState.APPROVED
    )
    return Basis(APPROVED, approved) if approved else Basis(ACCEPTED, shown)


def reporters(workspace: Workspace, plan_id: int) -> str:
    """Who reported, as the report's opening sentence names them: 三省一市, or 江苏省及其下辖地区."""
    answering = received.answering_region(workspace, plan_id)
    if answering is None:
        return messages.text("meeting.reporters.provinces")
    return messages.text("meeting.reporters.received", region=regions.BY_CODE[answering].name)


@dataclass(frozen=True)
class LaggingTask:
    code: str
    title: str
    region: str
    region_name: str
    percent: float | None
    words: str  # the region's own: what it wrote under 存在问题, else under 进展情况


@dataclass
class GroupSection:
    title: str
    tasks: int
    counts: Counter  # status (or NOT_REPORTED) → region reports
    lagging: list[LaggingTask] = field(default_factory=list)


@dataclass(frozen=True)
class RegionVerdict:
    region: str
    region_name: str
    verdict: Verdict
    value: float | None
    expected: float | None


@dataclass
class IndicatorSection:
    code: str
    name: str
    unit: str
    target: float | None
    target_year: int | None
    verdicts: list[RegionVerdict]


@dataclass(frozen=True)
class RegionRow:
    region: str
    region_name: str
    counts: Counter
    mean_percent: float | None
    on_track: int
    off_track: int
    lateness: Lateness | None
    copied: int


@dataclass
class MeetingReport:
    plan_title: str
    period: str
    period_label: str
    date: str  # ISO date the report was written
    basis: Basis
    reported: list[str]  # names of the regions with any task report for the period
    status_totals: Counter
    groups: list[GroupSection]
    indicators: list[IndicatorSection]
    regions: list[RegionRow]
    copied: list[CopiedNarrative]
    late: list[Lateness]  # overdue regions: late returns and those still without a file
    reporters: str = ""  # who reported, as the opening sentence names them

    def verdict_totals(self) -> Counter:
        return Counter(v.verdict for ind in self.indicators for v in ind.verdicts)

    @property
    def lagging(self) -> list[LaggingTask]:
        return [item for g in self.groups for item in g.lagging]


def _indicators(workspace: Workspace, plan_id: int, period: periods.Period, basis: Basis) -> list[IndicatorSection]:
    result = []
    for ind in plan_queries.indicators(workspace.db, plan_id):
        scoped = [r for r in basis.regions if templates.reports_indicator(ind, r)]
        if not scoped:
            continue
        path = indicator_paths.path_of(ind)
        judged = indicator_paths.assessments(path, indicator_paths.series(workspace, ind["id"], scoped), period.code)
        target, year = templates.target_for(json.loads(ind["targets"]), period.year)
        result.append(
            IndicatorSection(
                str(ind["seq"]),
                templates.indicator_name(ind),
                ind["unit"],
                target,
                year,
                [
                    RegionVerdict(
                        r, regions.BY_CODE[r].name, a.verdict, a.judged.value if a.judged else None, a.expected
                    )
                    for r, a in judged.items()
                ],
            )
        )
    return result


def meeting_report(
    workspace: Workspace, plan_ref: str | int, period_code: str, *, today: str | None = None
) -> MeetingReport:
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code)
    today = today or date.today().isoformat()
    basis = report_basis(workspace, plan["id"], period.code)
    data = summary_data(workspace, plan["id"], period.code)
    groups: dict[str, GroupSection] = {}
    per_region: dict[str, Counter] = {r: Counter() for r in basis.regions}
    for task in data.tasks:
        group = groups.setdefault(task.group, GroupSection(task.group, 0, Counter()))
        group.tasks += 1
        for region, cell in task.cells.items():
            if region not in per_region:
                continue
            status = cell.get("status") or NOT_REPORTED
            group.counts[status] += 1
            per_region[region][status] += 1
            if status == TaskStatus.LAGGING.value:
                words = (cell.get("problems") or cell.get("progress") or "").strip()
                group.lagging.append(
                    LaggingTask(task.code, task.title, region, regions.BY_CODE[region].name, cell.get("percent"), words)
                )
    indicators = _indicators(workspace, plan["id"], period, basis)
    copied = [c for c in copied_narratives(workspace, plan["id"], period.code) if c.region in basis.regions]
    late = lateness(workspace, plan["id"], period.code, today=today)
    by_region = {item.region: item for item in late}
    region_rows = []
    for r in basis.regions:
        verdicts = Counter(v.verdict for ind in indicators for v in ind.verdicts if v.region == r)
        region_rows.append(
            RegionRow(
                r,
                regions.BY_CODE[r].name,
                per_region[r],
                data.mean_percent(r),
                verdicts[Verdict.ON_TRACK],
                verdicts[Verdict.OFF_TRACK],
                by_region.get(r),
                sum(1 for c in copied if c.region == r),
            )
        )
    return MeetingReport(
        plan["title"],
        period.code,
        period.chinese,
        today,
        basis,
        [row.region_name for row in region_rows if sum(row.counts.values()) > row.counts[NOT_REPORTED]],
        sum(per_region.values(), Counter()),
        list(groups.values()),
        indicators,
        region_rows,
        copied,
        [item for item in late if item.overdue],
        reporters(workspace, plan["id"]),
    )
