"""An indicator as an office analyses it: its definition (口径: what is counted, the source, the formula or
components, how regions' values combine, direction, 约束性/预期性) and its targets revised at mid-term
(中期评估), kept as history: a revision records the old and the new value, the year, the date it takes effect,
the reason and the document, and the plan's own target is never overwritten. Both are audited; a definition
edited in the window comes back as `Change`s its undo stack can reverse."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from db.queries import audit
from db.queries import browse as browse_queries
from db.queries import indicators as q
from db.queries import plans as plan_queries
from workbench import messages, values
from workbench.errors import InputError, NotFound
from workbench.planning import items, received
from workbench.planning.document import Direction, IndicatorAttribute
from workbench.reference import periods
from workbench.storage.lock import user
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress
from workbench.tracking.progress import Change
from workbench.tracking.trajectory import Revision, in_force

AGGREGATIONS = ("sum", "mean", "none")  # across regions; a mean with a weight indicator is a weighted mean
TEXTS = ("definition", "data_source", "formula")
TARGET = "indicator_target"  # the audit's entity of a revised target


@dataclass(frozen=True)
class IndicatorDetail:
    id: int
    plan_id: int
    seq: int
    name: str
    unit: str
    scope_region: str
    baseline_value: float | None
    baseline_year: int | None
    definition: str
    data_source: str
    formula: str
    aggregation: str | None  # sum / mean / none; None: not stated
    weight_by: str | None  # the name of the indicator a mean is weighted by
    direction: str
    attribute: str | None  # binding / expected; None: not stated
    targets: tuple[tuple[int, float, str | None], ...]  # as the plan set them: year, value, stage
    revisions: tuple[Revision, ...]  # in the order they took effect

    def in_force(self, on: str | None = None) -> dict[int, float]:
        """Each year's target in force on *on* (ISO date; None: after every revision)."""
        return in_force(((y, v) for y, v, _ in self.targets), self.revisions, on)

    def aggregation_text(self, lang: str | None = None) -> str:
        """How its regions' values combine, in words: 求和, 按“常住人口”加权平均, 未说明…"""
        if self.aggregation is None:
            return messages.text("not_stated", lang)
        if self.aggregation == "mean" and self.weight_by:
            return messages.text("aggregation.weighted", lang, by=self.weight_by)
        return messages.text(f"aggregation.{self.aggregation}", lang)

    def attribute_text(self, lang: str | None = None) -> str:
        return messages.text(f"attribute.{self.attribute}" if self.attribute else "not_stated", lang)

    def definition_text(self, lang: str | None = None, *, separator: str = "\n") -> str:
        """The whole definition in words, a line per part (口径, source, formula, aggregation, direction,
        attribute), 未说明 where nothing is stated."""
        unstated = messages.text("not_stated", lang)
        text = messages.text(
            "indicator.show",
            lang,
            definition=self.definition or unstated,
            source=self.data_source or unstated,
            formula=self.formula or unstated,
            aggregation=self.aggregation_text(lang),
            direction=messages.text(f"direction.{self.direction}", lang),
            attribute=self.attribute_text(lang),
        )
        return text.replace("\n", separator)


def revisions_of(row: dict) -> tuple[Revision, ...]:
    """The revisions of an indicator row as `plans.indicators` lists it."""
    return tuple(
        Revision(r["year"], r["old"], r["new"], r["on"], r["reason"], r["source"]) for r in json.loads(row["revisions"])
    )


def targets_on(row: dict, on: str | None = None) -> list[dict]:
    """An indicator row's targets (year, value, stage) as in force on *on* (None: after every revision)."""
    stages = {t["year"]: t["stage"] for t in json.loads(row["targets"])}
    found = in_force(((t["year"], t["value"]) for t in json.loads(row["targets"])), revisions_of(row), on)
    return [{"year": y, "value": v, "stage": stages.get(y)} for y, v in sorted(found.items())]


def detail(workspace: Workspace, plan_id: int, ref: str) -> IndicatorDetail:
    """An indicator of a plan by number or name (see `items.indicator`), with its definition and targets."""
    return _detail(items.indicator(workspace, plan_id, ref))


def of_plan(workspace: Workspace, plan_id: int) -> list[IndicatorDetail]:
    return [_detail(r) for r in plan_queries.indicators(workspace.db, plan_id)]


def of(workspace: Workspace, indicator_id: int) -> IndicatorDetail:
    row = browse_queries.indicator(workspace.db, indicator_id)
    if row is None:
        raise NotFound("browse.indicator_not_found", indicator=indicator_id)
    return _detail(row)


def _detail(row: dict) -> IndicatorDetail:
    return IndicatorDetail(
        row["id"],
        row["plan_id"],
        row["seq"],
        row["name"],
        row["unit"],
        row["scope_region"],
        row["baseline_value"],
        row["baseline_year"],
        row["definition"],
        row["data_source"],
        row["formula"],
        row["aggregation"],
        row["weight_by"],
        row["direction"],
        row["attribute"],
        tuple((t["year"], t["value"], t["stage"]) for t in json.loads(row["targets"])),
        revisions_of(row),
    )


def _choice(value: object, allowed: tuple[str, ...], field: str) -> str | None:
    text = None if value is None else str(value).strip()
    if not text:
        return None
    if text not in allowed:
        raise InputError("indicator.bad_choice", field=field, value=text, allowed="|".join(allowed))
    return text


def define(workspace: Workspace, indicator: IndicatorDetail, given: dict, *, source: str) -> list[Change]:
    """Change fields of a definition: the texts of TEXTS ('' clears), `aggregation` (AGGREGATIONS, '' clears),
    `weight_by` (an indicator of the same plan by number or name, '' clears; a mean is then weighted by it),
    `direction` (increase / decrease), `attribute` (binding / expected, '' clears). Fields not given stay.
    Refused on a received plan: its indicators are defined by the office that issued it."""
    received.require_structure_editable(workspace, indicator.plan_id)
    written: dict[str, object] = {k: str(given[k]).strip() for k in TEXTS if given.get(k) is not None}
    aggregation = indicator.aggregation
    if given.get("aggregation") is not None:
        aggregation = written["aggregation"] = _choice(given["aggregation"], AGGREGATIONS, "aggregation")
    weighted = indicator.weight_by is not None
    if given.get("weight_by") is not None:
        ref = str(given["weight_by"]).strip()
        weight = items.indicator(workspace, indicator.plan_id, ref) if ref else None
        if weight is not None and weight["id"] == indicator.id:
            raise InputError("indicator.weight_by_itself", indicator=indicator.name)
        written["weight_by_id"] = weight["id"] if weight else None
        weighted = weight is not None
        if weighted and aggregation is None:
            aggregation = written["aggregation"] = "mean"
    if weighted and aggregation != "mean":
        raise InputError("indicator.weight_needs_mean", indicator=indicator.name, aggregation=aggregation or "—")
    if given.get("direction") is not None:
        direction = _choice(given["direction"], tuple(Direction), "direction")
        written["direction"] = direction or indicator.direction
    if given.get("attribute") is not None:
        written["attribute"] = _choice(given["attribute"], tuple(IndicatorAttribute), "attribute")
    return progress.set_definition(workspace, indicator.id, written, source=source)


def day(text: str) -> str:
    """A date as typed (2024-06-30, 2024/6/30, 2024年6月30日) as ISO text; refused when it is no whole date."""
    try:
        found = values.day(text)
    except values.ValueProblem:
        found = None
    if found is None or len(found) != len("2024-06-30"):
        raise InputError("value.bad_date", value=text)
    return found


def revise(
    workspace: Workspace,
    indicator: IndicatorDetail,
    year: int | str,
    target: object,
    reason: str,
    *,
    on: str | None = None,
    document: str = "",
    source: str,
) -> Revision:
    """Revise the target of *year* (read in the indicator's unit, as values are) from the date *on* (default
    today) for *reason*, citing *document*: recorded beside the plan's target, audited. Refused on a received
    plan: its targets are the issuing office's."""
    received.require_structure_editable(workspace, indicator.plan_id)
    try:
        year = int(str(year).strip())
    except ValueError:
        raise InputError("indicator.bad_year", value=year) from None
    if not periods.FIRST_YEAR <= year <= periods.LAST_YEAR:
        raise InputError("indicator.bad_year", value=year)
    try:
        value = values.number(target, unit=indicator.unit)
    except values.ValueProblem:
        value = None
    if value is None:
        raise InputError("edit.not_a_number", value=target)
    if not reason or not reason.strip():
        raise InputError("indicator.need_reason", indicator=indicator.name)
    day_on = day(on) if on and on.strip() else date.today().isoformat()
    old = indicator.in_force(day_on).get(year)
    if old is not None and old == value:
        raise InputError("indicator.same_target", indicator=indicator.name, year=year, value=values.display(value))
    revision = Revision(year, old, value, day_on, reason.strip(), document.strip())
    changes = {
        "target": [old, value],
        "year": [None, year],
        "revised_on": [None, day_on],
        "reason": [None, revision.reason],
        **({"source": [None, revision.source]} if revision.source else {}),
    }
    with workspace.write() as db:
        q.add_revision(
            db,
            {
                "indicator_id": indicator.id,
                "year": year,
                "old_value": old,
                "new_value": value,
                "revised_on": day_on,
                "reason": revision.reason,
                "source": revision.source,
                "recorded_at": now(),
            },
        )
        entry = {"entity": TARGET, "item_id": indicator.id, "region_id": None, "period_id": None, "entity_key": None}
        audit.record(db, now(), source, [{**entry, "changes": json.dumps(changes, ensure_ascii=False)}], user=user())
    return revision
