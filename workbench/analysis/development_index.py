"""The development index of a plan for a reporting period, its weights (stored, audited) and its course over periods.

The method is `index_method`'s; this module reads the plan's indicators, the provinces' values and the weights,
and gives a report that states everything needed to recompute it by hand (`as_dict`: `workbench index --json`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from db.queries import analysis as q
from db.queries import audit, reference
from db.queries import plans as plan_queries
from workbench import messages
from workbench.analysis import index_method
from workbench.analysis.index_method import Indicator, Method, RegionIndex
from workbench.errors import InputError, NotFound
from workbench.planning.document import Direction
from workbench.reference import periods, regions
from workbench.storage.workspace import Workspace, now
from workbench.tracking import indicators, trajectory

DEFAULT_WEIGHT = 1.0  # an indicator whose weight nobody set: equal weights
SOURCE = "gui"


@dataclass(frozen=True)
class IndexReport:
    plan: dict  # id, title
    period: str
    method: Method
    indicators: tuple[Indicator, ...]
    scopes: dict[int, str]  # indicator id → the code of the region its figure covers
    regions: tuple[RegionIndex, ...]  # ranked, highest first

    def indicator(self, indicator_id: int) -> Indicator:
        return next(i for i in self.indicators if i.id == indicator_id)

    def used(self, indicator: Indicator) -> dict:
        """What an indicator's scores were measured against: its target in force, or the regions' range."""
        year = periods.parse(self.period).year
        if self.method == Method.TARGET:
            target = index_method.target_in_force(indicator.targets, year)
            return {"target": {"year": target[0], "value": target[1]} if target else None}
        present = [
            p.value for r in self.regions for p in r.parts if p.indicator_id == indicator.id and p.value is not None
        ]
        return {"range": {"min": min(present), "max": max(present)} if present else None}


def _indicators(workspace: Workspace, plan_id: int, on: str) -> tuple[list[Indicator], dict[int, str]]:
    """The plan's indicators with their weights and the targets in force on the date *on* (a target revised at
    mid-term counts from its revision's date, as in the verdicts)."""
    stored = q.index_weights(workspace.db, plan_id)
    rows = plan_queries.indicators(workspace.db, plan_id)
    found = [
        Indicator(
            r["id"],
            r["name"],
            r["unit"],
            Direction(r["direction"]),
            stored.get(r["id"], DEFAULT_WEIGHT),
            (r["baseline_year"], r["baseline_value"]) if r["baseline_value"] is not None else None,
            tuple((t["year"], t["value"]) for t in indicators.targets_on(r, on)),
        )
        for r in rows
    ]
    return found, {r["id"]: r["scope_region"] for r in rows}


def compute(workspace: Workspace, plan: dict, period: str, method: Method | str = Method.TARGET) -> IndexReport:
    """The index of each province for *period* (a value of that period only; an older one is not carried on)."""
    code = periods.parse(period).code
    found = reference.period_by_code(workspace.db, code)
    rows = q.province_values(workspace.db, plan["id"], found["id"]) if found else []
    # Judged on the targets in force when the period ended, as the verdicts are.
    in_force, scopes = _indicators(workspace, plan["id"], trajectory.on_date(trajectory.period_end(code)))
    values = {(r["indicator_id"], r["region"]): r["value"] for r in rows}
    ranked = index_method.compute(in_force, values, list(regions.PROVINCES), periods.parse(code).year, Method(method))
    return IndexReport(
        {"id": plan["id"], "title": plan["title"]}, code, Method(method), tuple(in_force), scopes, tuple(ranked)
    )


def course(
    workspace: Workspace, plan: dict, method: Method | str = Method.TARGET
) -> dict[str, list[tuple[str, float]]]:
    """Each province's index in every period with values, oldest first: (period, index)."""
    by_period: dict[str, dict[tuple[int, str], float]] = {}
    for row in q.province_values(workspace.db, plan["id"]):
        by_period.setdefault(row["period"], {})[row["indicator_id"], row["region"]] = row["value"]
    result: dict[str, list[tuple[str, float]]] = {code: [] for code in regions.PROVINCES}
    for period, values in by_period.items():
        year = periods.parse(period).year
        in_force, _ = _indicators(workspace, plan["id"], trajectory.on_date(trajectory.period_end(period)))
        for r in index_method.compute(in_force, values, list(regions.PROVINCES), year, Method(method)):
            if r.index is not None:
                result[r.region].append((period, r.index))
    return result


def resolve_indicator(workspace: Workspace, plan_id: int, ref: str) -> dict:
    """One of a plan's indicators by id or by name (exact, or a unique part of it)."""
    rows = plan_queries.indicators(workspace.db, plan_id)
    text = str(ref).strip()
    matches = [r for r in rows if str(r["id"]) == text] or [r for r in rows if r["name"] == text]
    matches = matches or [r for r in rows if text and text in r["name"]]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = "、".join(f"{r['id']} {r['name']}（{r['scope_region']}）" for r in matches)
        raise NotFound("index.indicator_ambiguous", indicator=text, matches=listed)
    raise NotFound("index.indicator_not_found", indicator=text)


def set_weight(workspace: Workspace, plan_id: int, indicator_ref: str, weight: float, *, source: str = SOURCE) -> float:
    """Store an indicator's weight in the plan's index, audited; returns the weight it had."""
    if not math.isfinite(weight) or weight < 0:
        raise InputError("index.bad_weight", weight=weight)
    indicator = resolve_indicator(workspace, plan_id, indicator_ref)
    old = q.index_weights(workspace.db, plan_id).get(indicator["id"], DEFAULT_WEIGHT)
    with workspace.write() as db:
        q.set_index_weight(db, indicator["id"], weight)
        if old != weight:
            change = {"entity": "index_weight", "item_id": indicator["id"], "region_id": None, "period_id": None}
            audit.record(
                db, now(), source, [{**change, "entity_key": None, "changes": json.dumps({"weight": [old, weight]})}]
            )
    return old


def method_text(method: Method | str, lang: str | None = None) -> str:
    """The method in words, with the rule for missing values: what every export prints."""
    return (
        messages.text(f"index.method.{Method(method).value}", lang) + " " + messages.text("index.method.missing", lang)
    )


def as_dict(report: IndexReport, lang: str | None = None) -> dict:
    """Everything needed to recompute the index by hand: method, weights, every value and score."""
    return {
        "plan": report.plan,
        "period": report.period,
        "method": {"name": report.method.value, "description": method_text(report.method, lang)},
        "indicators": [
            {
                "id": i.id,
                "name": i.name,
                "unit": i.unit,
                "scope": report.scopes.get(i.id),
                "direction": i.direction.value,
                "weight": i.weight,
                "baseline": {"year": i.baseline[0], "value": i.baseline[1]} if i.baseline else None,
                "targets": [{"year": y, "value": v} for y, v in i.targets],
                **report.used(i),
            }
            for i in report.indicators
        ],
        "regions": [
            {
                "rank": n if r.index is not None else None,
                "region": r.region,
                "index": r.index,
                "coverage": r.coverage,
                "indicators": [
                    {
                        "id": p.indicator_id,
                        "value": p.value,
                        "score": p.score,
                        "weight": p.weight,
                        "contribution": p.contribution,
                    }
                    for p in r.parts
                ],
            }
            for n, r in enumerate(report.regions, 1)
        ],
    }
