"""Planning submission templates: which tasks and indicators a region (a province or one of
its cities) reports for a plan and period, their locked content, the last accepted values
pre-filled, and the record of every template issued (so a returned file can be traced and
verified).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import submissions as q
from workbench import messages
from workbench.errors import Cancelled, InputError
from workbench.planning import plans, received
from workbench.planning.items import indicator_name, task_codes
from workbench.reference import periods, regions
from workbench.reporting import layout
from workbench.reporting.model import TemplateRow, TemplateSpec
from workbench.storage import outputs
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress
from workbench.tracking.indicators import of_plan, targets_on

GRACE_DAYS = 15  # default deadline: this many days after the period ends


def province_of(code: str | None) -> str | None:
    """The province a region lies in; None for the whole delta and cross-province areas."""
    region = regions.BY_CODE.get(code or "")
    while region is not None and region.level != regions.RegionLevel.PROVINCE:
        region = regions.BY_CODE.get(region.parent or "")
    return region.code if region else None


def reporting_region(code: str, answering: str | None = None) -> str:
    """The region code for what a user typed (JS, 江苏, 苏州, JS-SZ…): templates go to the
    four provinces and their 41 cities. On a plan received from a higher office, *answering* is the region this
    workspace answers for: templates go to the regions directly under it (a province's cities, a city's
    districts) and to no region outside it."""
    resolved = regions.lookup(code or "")
    if answering is not None:
        if resolved not in regions.children(answering):
            raise InputError(
                "template.not_a_child",
                region=code,
                answering=regions.BY_CODE[answering].name,
                children="、".join(regions.BY_CODE[c].short_name for c in regions.children(answering)) or "—",
            )
        return resolved
    if resolved not in (*regions.PROVINCES, *regions.CITIES):
        raise InputError("template.not_a_region", region=code)
    return resolved


def reports_task(task: dict, region: str) -> bool:
    """A task is reported by the provinces it names, or by all four when it names none; a
    city reports the tasks its province reports."""
    named = {province_of(code) for code in json.loads(task["regions"] or "[]")} - {None}
    return not named or province_of(region) in named


def reports_indicator(indicator: dict, region: str) -> bool:
    """A province or city reports the indicators whose scope shares ground with it: the
    whole delta, its province, itself, places inside it (青浦 for 上海市), and areas across
    provinces that have a member inside it (数字三体 for 江苏省 and 苏州市, not 安徽省)."""
    return regions.overlaps(region, indicator["scope_region"] or regions.WHOLE_DELTA)


def target_for(targets: list[dict], year: int) -> tuple[float | None, int | None]:
    """The target of *year*, else the next staged one after it."""
    later = sorted((t for t in targets if t["year"] >= year), key=lambda t: t["year"])
    return (later[0]["value"], later[0]["year"]) if later else (None, None)


def _task_rows(tasks: list[dict], region: str, prefill: dict[int, dict]) -> list[TemplateRow]:
    codes = task_codes(tasks)
    rows = []
    for t in tasks:
        if not reports_task(t, region):
            continue
        last = prefill.get(t["id"], {})
        rows.append(
            TemplateRow(
                layout.TASK,
                t["id"],
                {
                    "code": codes[t["id"]],
                    "title": t["title"],
                    "lead": "、".join(json.loads(t["lead_units"])),
                    "deadline": t["deadline"] or "",
                    "status": layout.STATUS_LABELS.get(last.get("status") or ""),
                    "percent": last.get("percent"),
                    "progress": last.get("progress"),
                    "problems": last.get("problems"),
                    "next_steps": last.get("next_steps"),
                },
            )
        )
    return rows


def _indicator_rows(indicators: list[dict], region: str, year: int, prefill: dict[int, dict]) -> list[TemplateRow]:
    rows = []
    for ind in indicators:
        if not reports_indicator(ind, region):
            continue
        target, target_year = target_for(targets_on(ind), year)  # as in force when issued
        last = prefill.get(ind["id"], {})
        rows.append(
            TemplateRow(
                layout.INDICATOR,
                ind["id"],
                {
                    "code": str(ind["seq"]),
                    "name": indicator_name(ind),
                    "unit": ind["unit"],
                    "baseline": ind["baseline_value"],
                    "baseline_year": ind["baseline_year"],
                    "target": target,
                    "target_year": target_year,
                    "value": last.get("value"),
                    "note": last.get("note"),
                },
            )
        )
    return rows


def expected_rows(
    workspace: Workspace, plan_id: int, region: str, period_code: str, *, prefill: bool = False
) -> dict[str, list[TemplateRow]]:
    """The rows a template for this plan, region and period holds (with the last reported
    values when *prefill*)."""
    db = workspace.db
    period = periods.parse(period_code)
    last: dict[str, dict[int, dict]] = {"task_progress": {}, "indicator_values": {}}
    if prefill:
        region_id = progress.region_id(workspace, region)
        last = {
            table: q.latest_values(db, table, plan_id=plan_id, region_id=region_id, end_date=period.end_date)
            for table in last
        }
    return {
        layout.TASK: _task_rows(plan_queries.tasks(db, plan_id), region, last["task_progress"]),
        layout.INDICATOR: _indicator_rows(
            plan_queries.indicators(db, plan_id), region, period.year, last["indicator_values"]
        ),
    }


def issued_periods(workspace: Workspace, plan_id: int) -> list[str]:
    """The periods this plan's templates went out for, oldest first: a round just issued is one to look at
    before anything comes back."""
    return sorted(q.issued_periods(workspace.db, plan_id), key=lambda code: periods.parse(code).order)


def sign(workspace: Workspace, fields: Mapping[str, object], rows: dict[str, list[TemplateRow]]) -> str:
    key = reference.get_info(workspace.db, "template_key") or ""
    return layout.checksum(
        key, fields, [(r.kind, r.row_id, r.locked()) for kind in layout.COLUMNS for r in rows.get(kind, [])]
    )


def default_deadline(period_code: str) -> str:
    end = date.fromisoformat(periods.parse(period_code).end_date)
    return (end + timedelta(days=GRACE_DAYS)).isoformat()


_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
_TRAILING_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")


def _plan_label(plan: Mapping) -> str:
    title = _UNSAFE.sub("", plan["title"])
    start, end = plan["period_start"], plan["period_end"]
    years = (f"{start}-{end}" if start != end else str(start)) if start and end else ""
    bracket = _TRAILING_BRACKET.search(title)
    # The plan's years replace a trailing （2021-2023年）; a long title drops its bracket rather than cut it in half.
    if bracket and (len(title) > 30 or (years and re.search(r"\d{4}", bracket.group()))):
        title = title[: bracket.start()]
    return title[:30] + (f"({years})" if years else "")


def file_name(plan: Mapping, every_plan: list[dict], region_name: str, period_code: str) -> str:
    """Tells the files apart in a mail's attachment list, also two plans' that differ only in their years (the
    plan's id is added where two would still look the same); safe on every file system."""
    label = _plan_label(plan)
    if any(p["id"] != plan["id"] and _plan_label(p) == label for p in every_plan):
        label = f"{label}_规划{plan['id']}"
    return f"{label}_{region_name}_{period_code}_进展报送.xlsx"


def plan_template(
    workspace: Workspace,
    plan_ref: str | int,
    region_code: str,
    period_code: str,
    *,
    deadline: str | None = None,
    contact: str = "",
) -> TemplateSpec:
    plan = plans.resolve(workspace, plan_ref)
    region = reporting_region(region_code, received.answering_region(workspace, plan["id"]))
    period = periods.parse(period_code).code
    if deadline:
        try:
            deadline = date.fromisoformat(deadline).isoformat()
        except ValueError:
            raise InputError("template.bad_deadline", deadline=deadline) from None
    region_name = regions.BY_CODE[region].name
    spec = TemplateSpec(
        template_id=uuid.uuid4().hex,
        workspace_id=workspace.workspace_id,
        plan_id=plan["id"],
        plan_title=plan["title"],
        region=region,
        region_name=region_name,
        period=period,
        issued_at=now(),
        deadline=deadline or default_deadline(period),
        contact=contact,
        file_name=file_name(plan, plan_queries.list_plans(workspace.db), region_name, period),
        rows=expected_rows(workspace, plan["id"], region, period, prefill=True),
    )
    defined = {i.id: i for i in of_plan(workspace, plan["id"])}
    spec.definitions = tuple(
        (f"{row.cells['code']}. {row.cells['name']}", defined[row.row_id].definition_text(messages.ZH))
        for row in spec.rows[layout.INDICATOR]
    )
    spec.checksum = sign(workspace, spec.meta(), spec.rows)
    return spec


def issue(
    workspace: Workspace,
    batch: list[tuple[TemplateSpec, Path]],
    stage: Callable[[TemplateSpec, Path], Path],
    *,
    progress_cb: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Path]:
    """Issue each template of *batch* at its path. *stage* writes it whole under a temporary name; all are then
    recorded in one transaction and only after the commit renamed into place, so a file that looks finished is
    always recorded. A failure or a cancel leaves none of the batch's files and no records. A kill before the
    commit leaves only partial files (the next run into that folder removes them); a kill after it can leave a
    record whose file was not yet renamed, never a file without a record."""
    staged: list[Path] = []
    placed: list[Path] = []
    recorded = False
    try:
        for done, (spec, target) in enumerate(batch):
            if cancel and cancel():
                raise Cancelled("cancelled")
            staged.append(stage(spec, target))
            if progress_cb:
                progress_cb(done + 1, len(batch))
        with workspace.write() as db:
            for spec, target in batch:
                q.insert_template(
                    db,
                    {
                        "id": spec.template_id,
                        "plan_id": spec.plan_id,
                        "region_id": progress.region_id(workspace, spec.region),
                        "period_id": reference.ensure_period(db, periods.parse(spec.period).as_row()),
                        "issued_at": spec.issued_at,
                        "deadline": spec.deadline,
                        "contact": spec.contact,
                        "file_name": target.name,
                        "format_version": layout.FORMAT_VERSION,
                        "checksum": spec.checksum,
                        "task_count": len(spec.rows[layout.TASK]),
                        "indicator_count": len(spec.rows[layout.INDICATOR]),
                    },
                )
        recorded = True
        for partial, (_, target) in zip(staged, batch):
            placed.append(outputs.place(partial, target))
    except BaseException:
        outputs.discard([*staged, *placed])
        if recorded:
            with workspace.write() as db:
                q.delete_templates(db, [spec.template_id for spec, _ in batch])
        raise
    return placed
