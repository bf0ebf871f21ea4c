"""Judging a received workbook: which template (plan, region, period) it is, whether its
metadata and locked content are as issued, and whether every row and cell can be stored.

Identity comes from the issued template's record, never from what the file's cells claim,
so a file for 江苏省 can only ever write 江苏省's rows. A file whose metadata is missing or
does not verify is refused unless the user assigns it a region and period; then its rows
are found by their headers and its locked content is compared with what was issued.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.errors import InputError, WorkbenchError
from workbench.planning import items, plans
from workbench.reference import periods, regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting import layout, templates
from workbench.reporting.model import (
    Expectation,
    Problem,
    ReadCell,
    SubmittedRow,
    SubmittedWorkbook,
    TemplateRow,
    TemplateSpec,
    listed,
)
from workbench.storage.workspace import Workspace

METADATA, ASSIGNED = "metadata", "assigned"
# The guide's facts of one issuance, not of the file's identity: an assigned file may come from
# an issuance this workspace does not know, so only its plan, region, period, titles and rows count.
_ISSUANCE = ("guide.template_id", "guide.deadline", "guide.contact")


@dataclass
class Identity:
    plan: dict
    region: str
    period: str
    identified_by: str
    template: dict | None = None
    expected: dict[str, list[TemplateRow]] = field(default_factory=dict)


@dataclass
class Verdict:
    identity: Identity | None
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    confirm: list[Problem] = field(default_factory=list)
    matched: list[tuple[SubmittedRow, TemplateRow]] = field(default_factory=list)


def _file_problem(code: str, **params: object) -> Problem:
    return Problem(code, params=params)


def _by_metadata(workspace: Workspace, book: SubmittedWorkbook, unverified: list[Problem]) -> Identity | None:
    """The template the metadata names, verified against its record and checksum. What does not
    verify goes to *unverified*; the identity is still returned where the file can be placed, so a
    refused attempt is recorded against it."""
    meta = book.meta or {}
    try:
        version = int(meta.get("format_version") or 0)
    except ValueError:
        version = 0
    if version > layout.FORMAT_VERSION:
        raise InputError("submission.newer_format", file=book.file.name, found=version, supported=layout.FORMAT_VERSION)
    if meta.get("workspace_id") != workspace.workspace_id:
        unverified.append(_file_problem("problem.other_workspace", title=meta.get("plan_title", "")))
        return None
    template = q.template(workspace.db, meta.get("template_id", ""))
    if template is None:
        unverified.append(_file_problem("problem.unknown_template", template=meta.get("template_id", "")))
        return _placed_by_meta(workspace, meta)
    plan = plans.resolve(workspace, template["plan_id"])
    issued = {"plan_id": str(template["plan_id"]), "region": template["region"], "period": template["period"]}
    for key, expected in issued.items():
        if meta.get(key) != expected:
            unverified.append(
                Problem(
                    "problem.meta_altered",
                    layout.SHEET_META,
                    "",
                    meta.get(key, ""),
                    {"field": key, "expected": expected},
                )
            )
    identity = Identity(plan, template["region"], template["period"], METADATA, template)
    identity.expected = templates.expected_rows(workspace, plan["id"], identity.region, identity.period)
    by_id = {(r.kind, r.row_id): r for kind in identity.expected for r in identity.expected[kind]}
    rows = [by_id.get((kind, row_id), TemplateRow(kind, row_id, {})) for kind, row_id, _ in book.meta_rows]
    signed = templates.sign(workspace, meta, {kind: [r for r in rows if r.kind == kind] for kind in layout.COLUMNS})
    if not (meta.get("checksum") == template["checksum"] == signed):
        unverified.append(_file_problem("problem.checksum"))
    # Only the template's own rows count, whatever rows the file holds.
    identity.expected = {kind: [r for r in rows if r.kind == kind and r.cells] for kind in layout.COLUMNS}
    return identity


def _placed_by_meta(workspace: Workspace, meta: dict) -> Identity | None:
    """Where an unknown template says it belongs, so the refused attempt can be recorded."""
    try:
        plan = plans.resolve(workspace, meta.get("plan_id", ""))
        region = templates.reporting_region(meta.get("region", ""))
        period = periods.parse(meta.get("period", "")).code
    except WorkbenchError:
        return None
    return Identity(plan, region, period, METADATA)


def _value(cell: ReadCell | None) -> object:
    return cell.value if cell else ""


def _best_plan(workspace: Workspace, book: SubmittedWorkbook) -> dict:
    seen: Counter[int] = Counter()
    rows = [
        (
            r.kind,
            layout.canonical_code(r.cells["code"].value),
            layout.canonical(_value(r.cells.get("title") or r.cells.get("name"))),
        )
        for r in book.rows
    ]
    for plan in plans.list_all(workspace):
        tasks = plan_queries.tasks(workspace.db, plan["id"])
        codes = items.task_codes(tasks)
        known = {(layout.TASK, layout.canonical_code(codes[t["id"]]), layout.canonical(t["title"])) for t in tasks}
        known |= {
            (layout.INDICATOR, str(i["seq"]), layout.canonical(items.indicator_name(i)))
            for i in plan_queries.indicators(workspace.db, plan["id"])
        }
        seen[plan["id"]] = sum(1 for row in rows if row in known)
    ranked = seen.most_common()
    if not ranked or ranked[0][1] == 0:
        raise InputError("submission.no_plan_match", file=book.file.name)
    tied = [plan_id for plan_id, n in ranked if n == ranked[0][1]]
    if len(tied) > 1:
        raise InputError("submission.plan_ambiguous", file=book.file.name, plans="、".join(str(p) for p in tied))
    return plans.resolve(workspace, ranked[0][0])


def _by_headers(workspace: Workspace, book: SubmittedWorkbook, expect: Expectation) -> Identity:
    """A file the user assigned a region and period: its rows found by their headers, its plan by
    --plan or by its task numbers and titles, compared with the latest template issued to that
    region for that period (none issued: refused)."""
    plan = plans.resolve(workspace, expect.plan) if expect.plan else _best_plan(workspace, book)
    region = templates.reporting_region(expect.as_region or "")
    identity = Identity(plan, region, periods.parse(expect.as_period or "").code, ASSIGNED)
    identity.expected = templates.expected_rows(workspace, plan["id"], identity.region, identity.period)
    period = reference.period_by_code(workspace.db, identity.period)
    issued = q.latest_templates(workspace.db, plan["id"], period["id"]) if period else {}
    identity.template = issued.get(reference.region_ids(workspace.db)[region])
    return identity


def _no_metadata(book: SubmittedWorkbook, expect: Expectation) -> Problem:
    """Refusing a file without metadata, with the options that would place it: the region and period
    its name, its titles or the command say, else an example."""
    region = book.hints.get("region") or expect.region or "JS"
    period = book.hints.get("period") or expect.period or "2023H1"
    return _file_problem("problem.no_metadata", file=book.file.name, region=region, period=period)


def _expectations(
    workspace: Workspace, identity: Identity, book: SubmittedWorkbook, expect: Expectation, verdict: Verdict
) -> None:
    """What the office asked for (--plan/--region, an assignment) against what the file is: a file of
    another plan or region is refused; one of another period than the one being taken in (--period)
    waits for the user's confirmation. A file name naming another region or period is said."""
    if expect.plan and plans.resolve(workspace, expect.plan)["id"] != identity.plan["id"]:
        verdict.problems.append(
            _file_problem(
                "problem.wrong_plan",
                found=identity.plan["title"],
                expected=plans.resolve(workspace, expect.plan)["title"],
            )
        )
    name = regions.BY_CODE[identity.region].name
    for wanted in {templates.reporting_region(asked) for asked in (expect.region, expect.as_region) if asked}:
        if wanted != identity.region:
            verdict.problems.append(
                _file_problem("problem.wrong_region", found=name, expected=regions.BY_CODE[wanted].name)
            )
    if expect.as_period and periods.parse(expect.as_period).code != identity.period:
        verdict.problems.append(
            _file_problem("problem.wrong_period", found=identity.period, expected=periods.parse(expect.as_period).code)
        )
    if expect.period and periods.parse(expect.period).code != identity.period:
        verdict.confirm.append(
            _file_problem(
                "confirm.other_period",
                file=book.file.name,
                found=identity.period,
                expected=periods.parse(expect.period).code,
            )
        )
    stem = book.file.path.stem
    if _claims_other_region(layout.canonical(stem), identity.region):
        verdict.notices.append(_file_problem("notice.name_other_region", file=book.file.name, region=name))
    named = periods.codes_in(layout.canonical(stem))
    if named and identity.period not in named:
        verdict.notices.append(
            _file_problem(
                "notice.name_other_period",
                file=book.file.name,
                found="、".join(sorted(named)),
                period=identity.period,
            )
        )


def _claims_other_region(text: str, region: str) -> bool:
    home = templates.province_of(region)  # a city's text may name its own province
    return any(
        regions.BY_CODE[code].name in text or regions.BY_CODE[code].short_name in text
        for code in regions.PROVINCES
        if code != home
    )


def _locked(cell: ReadCell, expected: object, identity: Identity, *, may_claim: bool = False) -> Problem | None:
    """A locked cell that differs from what was issued; where a cell names the region
    (*may_claim*: the guide's facts, the sheet titles), say so if it now names another."""
    found = layout.canonical(cell.value)
    if found == layout.canonical(expected):
        return None
    if may_claim and _claims_other_region(found, identity.region):
        return Problem(
            "problem.region_claim", cell.sheet, cell.ref, found, {"region": regions.BY_CODE[identity.region].name}
        )
    return Problem("problem.locked_altered", cell.sheet, cell.ref, found, {"expected": layout.canonical(expected)})


def _fixed(book: SubmittedWorkbook, identity: Identity, verdict: Verdict, t: dict) -> None:
    """The locked texts outside the rows (guide facts, sheet titles) against the issued template *t*."""
    spec = TemplateSpec(
        t["id"],
        "",
        t["plan_id"],
        identity.plan["title"],
        identity.region,
        regions.BY_CODE[identity.region].name,
        identity.period,
        t["issued_at"],
        t["deadline"],
        t["contact"],
        t["file_name"],
        {},
    )
    for key, expected in spec.fixed().items():
        if key in book.fixed:
            verdict.problems += filter(None, [_locked(book.fixed[key], expected, identity, may_claim=True)])


def _row_values(row: SubmittedRow) -> list[Problem]:
    if row.blank:
        return []
    found = []
    status_cell = row.cells.get("status")
    if row.kind == layout.TASK and status_cell and row.values.get("status") is None and "status" in row.values:
        found.append(Problem("problem.missing_status", row.sheet, status_cell.ref, ""))
    percent = row.values.get("percent")
    if isinstance(percent, float | int) and not 0 <= percent <= 100:
        found.append(Problem("problem.bad_percent", row.sheet, row.cells["percent"].ref, layout.canonical(percent)))
    return found


def _status_against_percent(row: SubmittedRow) -> list[Problem]:
    """已完成 below 100% or 未启动 above 0%: taken as written, but worth a second look."""
    status, percent = row.values.get("status"), row.values.get("percent")
    if not isinstance(percent, float) or not (
        (status == TaskStatus.DONE and percent < 100) or (status == TaskStatus.NOT_STARTED and percent > 0)
    ):
        return []
    cell = row.cells["status"]
    code = layout.canonical_code(row.cells["code"].value)
    label = TaskStatus(str(status)).template_label
    params = {"task": code, "percent": layout.canonical(percent)}
    return [Problem("notice.status_percent", row.sheet, cell.ref, label, params)]


def _rows(book: SubmittedWorkbook, identity: Identity, verdict: Verdict) -> None:
    for kind in layout.COLUMNS:
        by_code = {layout.canonical_code(r.cells["code"]): r for r in identity.expected.get(kind, [])}
        seen: dict[str, str] = {}
        for row in (r for r in book.rows if r.kind == kind):
            code_cell = row.cells["code"]
            code = layout.canonical_code(code_cell.value)
            template_row = by_code.get(code)
            if template_row is None:
                verdict.problems.append(Problem("problem.unknown_row", row.sheet, code_cell.ref, code))
                continue
            if code in seen:
                verdict.problems.append(
                    Problem("problem.duplicate_row", row.sheet, code_cell.ref, code, {"other": seen[code]})
                )
                continue
            seen[code] = code_cell.ref
            for column in layout.COLUMNS[kind]:
                if column.locked and column.key != "code" and column.key in row.cells:
                    verdict.problems += filter(
                        None, [_locked(row.cells[column.key], template_row.cells.get(column.key), identity)]
                    )
            verdict.problems += _row_values(row)
            verdict.notices += _status_against_percent(row)
            verdict.matched.append((row, template_row))
        # Rows left blank or deleted: nothing is written for them, so the summary shows them unreported.
        blank = {layout.canonical_code(r.cells["code"].value) for r, _ in verdict.matched if r.kind == kind and r.blank}
        unreported = [c for c in by_code if c not in seen or c in blank]
        if unreported:
            sheet = book.sheets.get(kind, layout.SHEETS[kind])
            verdict.notices.append(
                _file_problem("notice.not_reported", sheet=sheet, count=len(unreported), codes=listed(unreported))
            )


_SHEET_ORDER = (layout.SHEET_META, layout.SHEET_GUIDE, layout.SHEET_TASKS, layout.SHEET_INDICATORS)


def reading_order(problem: Problem) -> tuple:
    """File-wide problems first, then sheet by sheet, row by row, column by column."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", problem.cell)
    sheet = _SHEET_ORDER.index(problem.sheet) if problem.sheet in _SHEET_ORDER else len(_SHEET_ORDER)
    return (
        bool(problem.sheet),
        sheet,
        problem.sheet,
        int(m.group(2)) if m else 0,
        (len(m.group(1)), m.group(1)) if m else (0, ""),
    )


def _judge_rows(book: SubmittedWorkbook, identity: Identity, verdict: Verdict) -> None:
    if identity.identified_by == METADATA and identity.template is None:
        return  # an unknown template: its rows cannot be judged against anything
    if identity.template:
        if identity.identified_by == ASSIGNED:
            book = replace(book, fixed={k: c for k, c in book.fixed.items() if k not in _ISSUANCE})
        _fixed(book, identity, verdict, identity.template)
    verdict.notices += book.notices
    _rows(book, identity, verdict)
    if book.extra_sheets:
        verdict.notices.append(_file_problem("notice.extra_sheets", sheets="、".join(book.extra_sheets)))


def judge(workspace: Workspace, book: SubmittedWorkbook, expect: Expectation) -> Verdict:
    """Every problem of a received workbook, in reading order; raises InputError when it
    cannot be placed at all."""
    verdict = Verdict(None, problems=list(book.problems))
    unverified: list[Problem] = []
    if book.meta is not None:
        verdict.identity = _by_metadata(workspace, book, unverified)
    elif not book.sheets:
        raise InputError("submission.unidentified", file=book.file.name)
    else:
        unverified.append(_no_metadata(book, expect))
    if unverified and expect.assigned:
        identity = verdict.identity = _by_headers(workspace, book, expect)
        where = {
            "plan": identity.plan["title"],
            "region": regions.BY_CODE[identity.region].name,
            "period": identity.period,
        }
        code = "notice.assigned_no_meta" if book.meta is None else "notice.assigned_unverified"
        verdict.notices.append(_file_problem(code, file=book.file.name, **where))
        if identity.template is None:
            verdict.problems.append(_file_problem("problem.not_issued", **where))
    else:
        verdict.problems += unverified
    if verdict.identity is not None:
        _expectations(workspace, verdict.identity, book, expect, verdict)
        _judge_rows(book, verdict.identity, verdict)
    verdict.problems.sort(key=reading_order)
    return verdict
