"""The consolidated answer of a workspace to a template it received (the cascade, README: The cascade): from what
the regions under the one it answers for reported, by these rules, stated before anything is written:

- who reported: a child region holding any value of the plan for the period; not yet reported: those a template
  went to for the period (all of them where none went) that hold none;
- a task's status: by the rule of a task's status as a whole (workbench/tracking/status.py) over the reporting
  regions' statuses — any 滞后 → 滞后, all 已完成 → 已完成, any 推进中 or 已完成 → 推进中, any 暂停 → 暂停, else
  未启动 — unless set per task (`--status TASK=STATUS`);
- a task's percent: the mean of the reporting regions' percents, to one decimal;
- an indicator's value: the sum of the reporting regions' values for counts and amounts; the mean for rates, whose
  unit says so (%, 率, 占比); set per indicator (`--aggregate INDICATOR=sum|mean|none`, none: not consolidated);
- texts (进展情况, 存在问题, 下步计划): each region's text after its name, "南京市：…；苏州市：…", unless given;
- the workspace's own values for the region it answers for, where it entered some for the period, take
  precedence, field by field, over all of the above;
- a cell none of this gives a value stays as the issuer wrote it (its pre-filled last period, or blank).

What the consolidation is written into — the received template itself — is the exporter's work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean

from db.queries import plans as plan_queries
from db.queries import received as q
from db.queries import reference
from db.queries import submissions as submission_queries
from workbench import messages
from workbench.errors import InputError
from workbench.planning import plans
from workbench.planning import received as received_plans
from workbench.reference import periods, regions, statuses
from workbench.reference.statuses import TaskStatus
from workbench.reporting import layout, received, review
from workbench.reporting.states import ReviewState
from workbench.storage.workspace import Workspace
from workbench.tracking import status as task_status

SUM, MEAN, NONE = "sum", "mean", "none"
AGGREGATES = (SUM, MEAN, NONE)
RATE_MARKS = ("%", "％", "率", "占比")
TEXT_FIELDS = ("progress", "problems", "next_steps")
# Why a value is what it is, worded by the catalogue (`rule.<code>`).
DERIVED, SET, OWN, NOBODY = "derived", "set", "own", "nobody"


def aggregate_for(unit: str) -> str:
    """Rates are averaged, counts and amounts summed: decided from the unit."""
    return MEAN if any(mark in (unit or "") for mark in RATE_MARKS) else SUM


@dataclass
class Choices:
    """What a person decided over the rules: a status per task code, an aggregation per indicator code or name,
    texts per task code and field."""

    statuses: dict[str, str] = field(default_factory=dict)
    aggregates: dict[str, str] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class TaskAnswer:
    task_id: int
    row: int  # the issuer's row id
    code: str
    title: str
    status: str | None
    status_rule: str
    percent: float | None
    percent_rule: str
    texts: dict[str, str]
    reporting: list[str]  # region codes that reported on it

    def as_dict(self) -> dict:
        return {**self.__dict__}


@dataclass
class IndicatorAnswer:
    indicator_id: int
    row: int
    code: str
    name: str
    unit: str
    aggregate: str
    value: float | None
    rule: str
    note: str
    values: dict[str, float]  # region → its value

    def as_dict(self) -> dict:
        return {**self.__dict__}


@dataclass
class Consolidation:
    plan_id: int
    plan_title: str
    period: str
    region: str  # the region this workspace answers for
    template_id: str  # the received template it is written into
    file_name: str
    asked: list[str]
    reported: list[str]
    tasks: list[TaskAnswer]
    indicators: list[IndicatorAnswer]
    # "approved": only the regions whose reports this workspace approved are counted (once any is); else
    # "accepted": every region's accepted values.
    basis: str = "accepted"

    @property
    def not_reported(self) -> list[str]:
        return [code for code in self.asked if code not in self.reported]

    def statement(self) -> list[str]:
        """What it is and by which rules, in the current language: the command line and the window alike."""
        region = regions.BY_CODE[self.region].name
        return [
            messages.text(
                "consolidate.header",
                plan=self.plan_title,
                period=self.period,
                region=region,
                file=self.file_name,
                reported=len([c for c in self.asked if c in self.reported]),
                asked=len(self.asked),
            ),
            messages.text("consolidate.rules", region=region),
            messages.text(f"consolidate.basis.{self.basis}"),
        ]

    def missing_text(self) -> str:
        """Who has not reported yet, or that everyone asked has."""
        names = "、".join(regions.BY_CODE[c].name for c in self.not_reported)
        return (
            messages.text("consolidate.not_reported", regions=names)
            if names
            else messages.text("consolidate.all_reported")
        )

    def cells(self) -> dict[tuple[str, int], dict[str, object]]:
        """What goes into the template's input cells, by (kind, issuer row id) and column key. A cell the
        consolidation has nothing for is left out: it stays as the issuer wrote it (the last period's values it
        pre-filled, or blank), as a person filling the template by hand leaves what did not change."""
        found: dict[tuple[str, int], dict[str, object]] = {}
        for t in self.tasks:
            values = {
                "status": TaskStatus(t.status).template_label if t.status else None,
                "percent": t.percent,
                **{key: t.texts.get(key) for key in TEXT_FIELDS},
            }
            found[(layout.TASK, t.row)] = {k: v for k, v in values.items() if v not in (None, "")}
        for i in self.indicators:
            values = {"value": i.value, "note": i.note}
            found[(layout.INDICATOR, i.row)] = {k: v for k, v in values.items() if v not in (None, "")}
        return found

    def as_dict(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "plan": self.plan_title,
            "period": self.period,
            "region": self.region,
            "template_id": self.template_id,
            "template_file": self.file_name,
            "asked": self.asked,
            "reported": self.reported,
            "not_reported": self.not_reported,
            "basis": self.basis,
            "tasks": [t.as_dict() for t in self.tasks],
            "indicators": [i.as_dict() for i in self.indicators],
        }


def _name(code: str) -> str:
    return regions.BY_CODE[code].name


def _composed(rows: list[dict], key: str) -> str:
    return "；".join(f"{_name(r['region'])}：{r[key].strip()}" for r in rows if (r.get(key) or "").strip())


def _rounded(value: float, places: int) -> float:
    return round(value, places) + 0.0  # -0.0 reads as 0


def _task(t: dict, row: int, code: str, rows: list[dict], own: dict, choices: Choices) -> TaskAnswer:
    given = [r for r in rows if r["status"]]
    status, status_rule = (task_status.derive([r["status"] for r in given]).value, DERIVED) if given else (None, NOBODY)
    percents = [r["percent"] for r in rows if r["percent"] is not None]
    percent, percent_rule = (_rounded(fmean(percents), 1), DERIVED) if percents else (None, NOBODY)
    texts = {key: _composed(rows, key) for key in TEXT_FIELDS}
    if own.get("status"):
        status, status_rule = own["status"], OWN
    if own.get("percent") is not None:
        percent, percent_rule = own["percent"], OWN
    texts.update({key: own[key] for key in TEXT_FIELDS if (own.get(key) or "").strip()})
    if code in choices.statuses:
        status, status_rule = choices.statuses[code], SET
    texts.update(choices.texts.get(code, {}))
    reporting = sorted({r["region"] for r in rows}, key=_order)
    return TaskAnswer(t["id"], row, code, t["title"], status, status_rule, percent, percent_rule, texts, reporting)


def _indicator(ind: dict, row: int, rows: list[dict], own: dict, choices: Choices) -> IndicatorAnswer:
    code = str(ind["seq"])
    aggregate = choices.aggregates.get(code) or choices.aggregates.get(ind["name"]) or aggregate_for(ind["unit"])
    values = {
        r["region"]: r["value"] for r in sorted(rows, key=lambda r: _order(r["region"])) if r["value"] is not None
    }
    value: float | None = None
    rule = NOBODY
    if values and aggregate != NONE:
        value = _rounded(sum(values.values()) if aggregate == SUM else fmean(values.values()), 6)
        rule = DERIVED
    note = "、".join(_name(c) for c in values) if value is not None else ""
    if own.get("value") is not None:
        value, rule = own["value"], OWN
    if (own.get("note") or "").strip():
        note = own["note"]
    return IndicatorAnswer(ind["id"], row, code, ind["name"], ind["unit"], aggregate, value, rule, note, values)


_ORDER = {r.code: at for at, r in enumerate(regions.ALL)}


def _order(code: str) -> int:
    return _ORDER[code]


def _check_choices(choices: Choices, tasks: set[str], indicators: list[dict]) -> None:
    for code, value in choices.statuses.items():
        if code not in tasks:
            raise InputError("consolidate.unknown_task", task=code)
        if statuses.parse(value) is None:
            raise InputError("consolidate.bad_status", task=code, status=value)
    for code in choices.texts:
        if code not in tasks:
            raise InputError("consolidate.unknown_task", task=code)
    names = {str(i["seq"]) for i in indicators} | {i["name"] for i in indicators}
    for key, how in choices.aggregates.items():
        if key not in names:
            raise InputError("consolidate.unknown_indicator", indicator=key)
        if how not in AGGREGATES:
            raise InputError("consolidate.bad_aggregate", indicator=key, how=how)


def consolidate(
    workspace: Workspace, plan_ref: str | int, period_code: str, choices: Choices | None = None
) -> Consolidation:
    """The consolidated answer for a received plan and period; writes nothing."""
    choices = choices or Choices()
    choices.statuses = {k: getattr(statuses.parse(v), "value", v) for k, v in choices.statuses.items()}
    plan = plans.resolve(workspace, plan_ref)
    region = received_plans.answering_region(workspace, plan["id"])
    if region is None:
        raise InputError("consolidate.not_received_plan", plan=plan["title"])
    period = periods.parse(period_code).code
    template = received.template_for(workspace, plan["id"], period)
    db = workspace.db
    ids = reference.region_ids(db)
    children = regions.children(region)
    period_row = reference.period_by_code(db, period)
    period_id = period_row["id"] if period_row else -1
    issued = submission_queries.latest_templates(db, plan["id"], period_id)
    asked = [c for c in children if ids[c] in issued] or children
    # Once the province approves any region's return for the period, only approved returns are counted.
    approved = [c for c in children if review.state_of(workspace, plan["id"], c, period) == ReviewState.APPROVED]
    counted = approved or children
    found = {
        table: q.period_values(db, table, plan["id"], period_id, [ids[c] for c in (*counted, region)])
        for table in ("task_progress", "indicator_values")
    }
    reported = sorted({r["region"] for rows in found.values() for r in rows if r["region"] != region}, key=_order)

    def by_item(table: str, own: bool) -> dict[int, list[dict]]:
        grouped: dict[int, list[dict]] = {}
        for r in found[table]:
            if (r["region"] == region) == own:
                grouped.setdefault(r["item_id"], []).append(r)
        return grouped

    tasks = [t for t in plan_queries.tasks(db, plan["id"]) if t["issuer_row_id"] is not None]
    indicators = [i for i in plan_queries.indicators(db, plan["id"]) if i["issuer_row_id"] is not None]
    _check_choices(choices, {t["number"] for t in tasks}, indicators)
    city_tasks, own_tasks = by_item("task_progress", False), by_item("task_progress", True)
    city_values, own_values = by_item("indicator_values", False), by_item("indicator_values", True)
    return Consolidation(
        plan_id=plan["id"],
        plan_title=plan["title"],
        period=period,
        region=region,
        template_id=template["id"],
        file_name=template["file_name"],
        asked=asked,
        reported=reported,
        tasks=[
            _task(
                t,
                t["issuer_row_id"],
                t["number"],
                city_tasks.get(t["id"], []),
                (own_tasks.get(t["id"]) or [{}])[0],
                choices,
            )
            for t in tasks
        ],
        indicators=[
            _indicator(
                i, i["issuer_row_id"], city_values.get(i["id"], []), (own_values.get(i["id"]) or [{}])[0], choices
            )
            for i in indicators
        ],
        basis="approved" if approved else "accepted",
    )
