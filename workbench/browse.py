"""What the window shows, read from a workspace as plain row objects: plans, outlines,
tasks with a region's progress, indicators with values and verdicts, roll-ups for the
charts, cross-plan search, the audit log and submission records.

Read-only; every value is plain data (no Qt), so views and charts never reach into the
workspace themselves.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from db.queries import audit as audit_queries
from db.queries import browse as q
from db.queries import plans as plan_queries
from db.queries import progress as progress_queries
from db.queries import reference
from workbench.errors import NotFound
from workbench.planning.received import answering_region, reporting_regions
from workbench.reporting import templates
from workbench.reporting.states import RegionState
from workbench.storage.workspace import Workspace
from workbench.tracking import indicator_paths, status, trajectory
from workbench.tracking.indicators import revisions_of
from workbench.tracking.progress import STATUSES
from workbench.tracking.status import TaskState
from workbench.tracking.trajectory import Assessment, Point, Revision, Trajectory


@dataclass(frozen=True)
class PlanInfo:
    id: int
    title: str
    kind: str
    period_start: int | None
    period_end: int | None
    doc_number: str | None
    issue_date: str | None
    tasks: int
    projects: int
    safeguards: int
    indicators: int


@dataclass(frozen=True)
class OutlineItem:
    id: int
    parent_id: int | None
    kind: str
    number: str
    title: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Passage:
    """An extracted item's place in the plan's source text."""

    kind: str  # task / project / safeguard / indicator
    id: int
    number: str
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class TaskRow:
    id: int
    plan_id: int
    plan_title: str
    seq: int
    number: str
    group_number: str | None
    group_title: str | None
    title: str
    body: str
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    regions: tuple[str, ...]
    deadline: str | None
    state: TaskState  # the task's status as a whole: derived from the provinces' reports, or the office's
    span: tuple[int, int]
    region_status: str | None  # progress of the region and period the listing was asked for
    region_percent: float | None
    region_progress: str | None

    @property
    def status(self) -> str:
        return self.state.status


@dataclass(frozen=True)
class TaskTitle:
    id: int
    number: str
    title: str
    group_number: str | None
    group_title: str | None


@dataclass(frozen=True)
class HistoryRow:
    region: str
    period: str
    status: str | None
    percent: float | None
    progress: str
    problems: str
    next_steps: str
    origin: str
    updated_at: str


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    plan_id: int
    seq: int
    name: str
    unit: str
    direction: str
    scope_region: str
    baseline_value: float | None
    baseline_year: int | None
    targets: tuple[tuple[int, float, str | None], ...]  # year, value, stage
    values: dict[str, float | None]  # region code → value in the period asked for
    span: tuple[int, int]
    revisions: tuple[Revision, ...] = ()  # revised targets, in the order they took effect
    attribute: str | None = None  # binding (约束性) / expected (预期性), where stated


@dataclass(frozen=True)
class IndicatorChart:
    indicator: IndicatorRow
    trajectory: Trajectory  # the plan's baseline (if stated) and the targets in force today
    original: Trajectory | None  # the targets as the plan set them, where any was revised since
    series: dict[str, tuple[Point, ...]]  # region code → actual values, oldest first; the provinces in scope
    paths: dict[str, Trajectory]  # region code → the path its verdict is measured on
    assessments: dict[str, Assessment]  # region code → verdict on its value for `period`
    period: str | None  # the period judged; None: each region's latest value


@dataclass(frozen=True)
class StatusCounts:
    regions: tuple[str, ...]
    statuses: tuple[str, ...]
    counts: dict[tuple[str, str], int]  # (region, status) → tasks


@dataclass(frozen=True)
class GroupProgress:
    number: str
    title: str
    percent: float | None
    tasks: int


@dataclass(frozen=True)
class TimelineTask:
    id: int
    seq: int
    number: str
    title: str
    deadline: str | None
    end: float  # decimal year; the plan's end when no deadline
    has_deadline: bool


@dataclass(frozen=True)
class Timeline:
    start: float
    end: float
    tasks: tuple[TimelineTask, ...]
    stages: tuple[tuple[str, int, int], ...]  # label, first year, last year


@dataclass(frozen=True)
class SearchHit:
    kind: str  # task / indicator / project / safeguard / text
    id: int
    plan_id: int
    plan_title: str
    number: str
    title: str
    snippet: str
    span: tuple[int, int]


@dataclass(frozen=True)
class AuditEntry:
    """One changed field; the fields of one row changed in one step share the entry's id."""

    id: int
    at: str
    entity: str
    key: str  # the row's id, or the key of what has no id (a workspace)
    item: str  # the task ("3 加快…") or indicator the key names, if any
    region: str | None
    period: str | None
    field: str
    old: str | None
    new: str | None
    source: str
    user: str = ""  # the OS user who made it (empty before schema 6)


def plans(workspace: Workspace) -> list[PlanInfo]:
    fields = PlanInfo.__dataclass_fields__
    return [PlanInfo(**{k: v for k, v in r.items() if k in fields}) for r in plan_queries.list_plans(workspace.db)]


def sample_data(workspace: Workspace) -> bool:
    """The demo workspace's progress is made up (workbench/demo.py): charts and exports say so."""
    return reference.get_info(workspace.db, "demo") == "1"


def plan_header(workspace: Workspace, plan_id: int) -> dict:
    """Metadata of one plan (title, kind, period, document number, issuers, date, source)."""
    row = plan_queries.plan(workspace.db, plan_id)
    if row is None:
        raise NotFound("plan.not_found", plan=plan_id)
    return {k: (json.loads(v) if k == "issuers" else v) for k, v in row.items() if k != "source_text"}


def passages(workspace: Workspace, plan_id: int) -> list[Passage]:
    """Every extracted item of a plan (tasks, projects, safeguards, indicators) in text order."""
    return [
        Passage(s["kind"], s["id"], s["number"], s["title"], s["span_start"], s["span_end"])
        for s in q.spans(workspace.db, plan_id)
    ]


def source(workspace: Workspace, plan_id: int) -> tuple[str, list[Passage]]:
    """The plan's source text and where each extracted item sits in it."""
    row = plan_queries.plan(workspace.db, plan_id)
    if row is None:
        raise NotFound("plan.not_found", plan=plan_id)
    return row["source_text"], passages(workspace, plan_id)


def outline(workspace: Workspace, plan_id: int) -> list[OutlineItem]:
    return [
        OutlineItem(r["id"], r["parent_id"], r["kind"], r["number"], r["title"], (r["span_start"], r["span_end"]))
        for r in plan_queries.outline(workspace.db, plan_id)
    ]


def _ids(workspace: Workspace, region: str | None, period: str | None) -> tuple[int | None, int | None]:
    region_id = reference.region_ids(workspace.db).get(region) if region else None
    found = reference.period_by_code(workspace.db, period) if period else None
    return region_id, found["id"] if found else None


@functools.lru_cache(maxsize=4096)
def _names(text: str) -> tuple[str, ...]:
    """A JSON list of names (units, regions): the same few lists recur on thousands of tasks."""
    return tuple(json.loads(text))


def _task(r: dict, state: TaskState) -> TaskRow:
    return TaskRow(
        r["id"],
        r["plan_id"],
        r["plan_title"],
        r["seq"],
        r["number"],
        r["group_number"],
        r["group_title"],
        r["title"],
        r["body"],
        _names(r["lead_units"]),
        _names(r["cooperating_units"]),
        _names(r["regions"]),
        r["deadline"],
        state,
        (r["span_start"], r["span_end"]),
        r["region_status"],
        r["region_percent"],
        r["region_progress"],
    )


def tasks(
    workspace: Workspace,
    plan_id: int | None,
    *,
    region: str | None = None,
    period: str | None = None,
    task_ids: list[int] | None = None,
) -> list[TaskRow]:
    """Tasks of a plan (None: every plan) with their status as a whole and their progress in one region and
    period."""
    region_id, period_id = _ids(workspace, region, period)
    states = status.of_tasks(workspace, plan_id=plan_id, task_ids=task_ids)
    return [
        _task(r, states[r["id"]])
        for r in q.tasks(workspace.db, plan_id=plan_id, region_id=region_id, period_id=period_id, task_ids=task_ids)
    ]


def task_titles(workspace: Workspace, plan_id: int) -> list[TaskTitle]:
    """A plan's tasks in order, by number, title and group: what a list of them shows."""
    return [
        TaskTitle(t["id"], t["number"], t["title"], t["group_number"], t["group_title"])
        for t in plan_queries.tasks(workspace.db, plan_id)
    ]


def task_history(workspace: Workspace, task_id: int) -> list[HistoryRow]:
    return [
        HistoryRow(
            r["region"],
            r["period"],
            r["status"],
            r["percent"],
            r["progress"],
            r["problems"],
            r["next_steps"],
            r["origin"],
            r["updated_at"],
        )
        for r in progress_queries.task_history(workspace.db, task_id)
    ]


def _indicator(r: dict, values: dict[str, float | None]) -> IndicatorRow:
    return IndicatorRow(
        r["id"],
        r["plan_id"],
        r["seq"],
        r["name"],
        r["unit"],
        r["direction"],
        r["scope_region"],
        r["baseline_value"],
        r["baseline_year"],
        tuple((t["year"], t["value"], t["stage"]) for t in json.loads(r["targets"])),
        values,
        (r["span_start"], r["span_end"]),
        revisions_of(r),
        r["attribute"],
    )


def indicators(workspace: Workspace, plan_id: int, *, period: str | None = None) -> list[IndicatorRow]:
    """A plan's indicators, each with the values its regions (`reporting_regions`) reported for *period*."""
    _, period_id = _ids(workspace, None, period)
    values: dict[int, dict[str, float | None]] = defaultdict(dict)
    if period_id is not None:
        for v in q.indicator_values(workspace.db, plan_id, period_id, reporting_regions(workspace, plan_id)):
            values[v["indicator_id"]][v["region"]] = v["value"]
    return [_indicator(r, dict(values[r["id"]])) for r in plan_queries.indicators(workspace.db, plan_id)]


def indicator_chart(
    workspace: Workspace, indicator_id: int, *, period: str | None = None, also: Collection[str] = ()
) -> IndicatorChart:
    """An indicator's actual values over time for its plan's regions (`reporting_regions`: the provinces, or a
    received plan's region and those under it; those in its scope even without values) and
    the regions in *also* (a city or district chosen to compare), its trajectory and each region's verdict on
    its value for *period* (a region without one is not reported, never judged on an older value), or without
    a period on its latest value. Only these regions' rows are read: a district-level indicator has hundreds."""
    row = q.indicator(workspace.db, indicator_id)
    if row is None:
        raise NotFound("browse.indicator_not_found", indicator=indicator_id)
    indicator = _indicator(row, {})
    path = indicator_paths.path_of(row)
    # The plan's regions that report it (数字三体: not 安徽省), and any other shown that has a value anyway.
    scoped = [code for code in reporting_regions(workspace, row["plan_id"]) if templates.reports_indicator(row, code)]
    series = indicator_paths.series(workspace, indicator_id, scoped, also)
    today = path.in_force()
    return IndicatorChart(
        indicator,
        today,
        path if indicator.revisions else None,
        {k: tuple(v) for k, v in series.items()},
        {k: today.for_region(v) for k, v in series.items()},
        indicator_paths.assessments(path, series, period),
        period,
    )


def indicator_regions(workspace: Workspace, indicator_id: int) -> list[str]:
    """The regions with a value for an indicator other than those its plan always shows (`reporting_regions`):
    cities, districts… to compare, by code."""
    row = q.indicator(workspace.db, indicator_id)
    shown = set(reporting_regions(workspace, row["plan_id"])) if row else set()
    return [code for code in progress_queries.regions_with_values(workspace.db, indicator_id) if code not in shown]


def periods(workspace: Workspace, plan_id: int | None = None) -> list[str]:
    """Period codes, oldest first: those with data for the plan, else every known period."""
    rows = progress_queries.periods_with_data(workspace.db, plan_id) if plan_id is not None else []
    return [p["code"] for p in rows or reference.periods(workspace.db)]


def status_counts(workspace: Workspace, plan_id: int, period: str) -> StatusCounts:
    """Tasks per status for each of the plan's regions (`reporting_regions`), only theirs read. On a received
    plan, of the regions under the one it answers for only those with a status are shown: 13 empty bars beside
    three say nothing."""
    _, period_id = _ids(workspace, None, period)
    shown = reporting_regions(workspace, plan_id)
    rows = progress_queries.status_counts(workspace.db, plan_id, period_id, shown) if period_id else []
    counts = {(r["region"], r["status"]): r["n"] for r in rows if r["status"]}
    if answering_region(workspace, plan_id):
        with_data = {region for region, _ in counts}
        shown = [shown[0], *(code for code in shown[1:] if code in with_data)]
    return StatusCounts(tuple(shown), STATUSES, counts)


def group_progress(workspace: Workspace, plan_id: int, period: str) -> list[GroupProgress]:
    _, period_id = _ids(workspace, None, period)
    return [
        GroupProgress(r["group_number"], r["group_title"], r["percent"], r["tasks"])
        for r in progress_queries.group_progress(workspace.db, plan_id, period_id or -1)
    ]


def timeline(workspace: Workspace, plan_id: int) -> Timeline:
    header = plan_header(workspace, plan_id)
    stages = plan_queries.stages(workspace.db, plan_id)
    first_years = [y for y in [header["period_start"], *(s["start_year"] for s in stages)] if y]
    last_years = [y for y in [header["period_end"], *(s["end_year"] for s in stages)] if y]
    start = float(min(first_years)) if first_years else 0.0
    end = trajectory.year_end(max(last_years)) if last_years else start + 1
    rows = []
    for t in plan_queries.tasks(workspace.db, plan_id):
        due = trajectory.deadline_end(t["deadline"])
        rows.append(
            TimelineTask(
                t["id"],
                t["seq"],
                t["number"],
                t["title"],
                t["deadline"],
                due if due is not None else end,
                due is not None,
            )
        )
    return Timeline(start, end, tuple(rows), tuple((s["label"], s["start_year"], s["end_year"]) for s in stages))


def search(workspace: Workspace, text: str, *, limit: int = 200) -> list[SearchHit]:
    """Tasks, indicators, projects, safeguards and outline text of every plan containing *text*."""
    text = text.strip()
    if not text:
        return []
    hits = []
    for r in q.search(workspace.db, text, limit):
        at = r["position"] - 1
        before = r["haystack"][max(0, at - 12) : at]
        after = r["haystack"][at : at + len(text) + 30]
        hits.append(
            SearchHit(
                r["kind"],
                r["id"],
                r["plan_id"],
                r["plan_title"],
                r["number"],
                r["title"],
                ("…" if at > 12 else "") + (before + after).replace("\n", " "),
                (r["span_start"], r["span_end"]),
            )
        )
    return hits


def audit(workspace: Workspace, *, limit: int = 200) -> list[AuditEntry]:
    """The newest changes, a line per field (at most *limit*), newest first."""
    return _audit_lines(audit_queries.newest(workspace.db, limit))[:limit]


def audit_of(workspace: Workspace, *, plan_id: int | None = None, since: str | None = None) -> list[AuditEntry]:
    """Every change of one plan and/or since a date (ISO), a line per field, oldest first."""
    return _audit_lines(audit_queries.entries(workspace.db, plan_id=plan_id, since=since))


def _audit_lines(rows: list[dict]) -> list[AuditEntry]:
    def item(r: dict) -> str:
        if r["task_number"] is not None:
            return f"{r['task_number']} {r['task_title']}"
        if r["plan_title"] is not None:
            return f"《{r['plan_title']}》"
        return r["indicator_name"] or ""

    def text(value: object) -> str | None:
        if isinstance(value, list):  # the cells or tasks a return names
            return "、".join(map(str, value))
        return None if value is None else str(value)

    return [
        AuditEntry(
            r["id"],
            r["at"],
            r["entity"],
            r["entity_key"] or str(r["item_id"]),
            item(r),
            r["region"],
            r["period"],
            field,
            text(old),
            text(new),
            r["source"],
            r["user"],
        )
        for r in rows
        for field, (old, new) in json.loads(r["changes"]).items()
    ]


@dataclass(frozen=True)
class SubmissionRecord:
    id: int
    region: str
    period: str
    file_name: str
    received_at: str
    outcome: str  # accepted / rejected / withdrawn (a RegionState)
    counts: str  # JSON, as the submission recorded it
    withdrawn_at: str | None


def submissions(workspace: Workspace, plan_id: int) -> list[SubmissionRecord]:
    """Every file received for a plan, newest first; one accepted and taken back since is withdrawn."""
    fields = SubmissionRecord.__dataclass_fields__
    return [
        SubmissionRecord(
            **{k: v for k, v in r.items() if k in fields}
            | ({"outcome": RegionState.WITHDRAWN} if r["withdrawn_at"] else {})
        )
        for r in q.submissions(workspace.db, plan_id)
    ]
