"""Receiving a template a higher office issued (the cascade, README: The cascade).

The template's plan slice — its tasks, indicators, targets, period, deadline and the issuer's keys — becomes a
received plan of this workspace: read-only in its structure, updated only by a later template of the same
issuer's plan (new rows added, changed titles updated, each listed before saving), its rows keyed by the issuer's
row ids. The file itself is kept whole (bytes and sha256): the consolidated answer is written into it. The region
the template was issued to is the region this workspace answers for; its child regions are the ones it asks.

The template is untrusted input, read by the same reader and within the same limits as a returned workbook.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from db.queries import audit, reference
from db.queries import received as q
from workbench import messages
from workbench.errors import InputError
from workbench.planning import received as received_plans
from workbench.reference import periods, regions
from workbench.reporting import layout
from workbench.reporting.model import FileFacts, SubmittedWorkbook
from workbench.storage import backups
from workbench.storage.workspace import Workspace, now

_NEEDED = ("template_id", "workspace_id", "plan_id", "plan_title", "region", "period", "deadline", "checksum")
_KINDS = ("行动计划", "规划纲要", "规划")


@dataclass(frozen=True)
class SliceRow:
    """One row of a received template: the issuer's row id and its locked content."""

    kind: str
    row: int  # the issuer's row id
    code: str
    title: str  # a task's title, an indicator's name
    fields: dict = field(default_factory=dict, compare=False)


@dataclass
class ReceivedTemplate:
    """What a received template holds, and what receiving it would change in this workspace."""

    file: FileFacts
    template_id: str
    issuer_workspace_id: str
    issuer_plan_id: int
    plan_title: str
    region: str
    period: str
    deadline: str
    checksum: str
    rows: list[SliceRow]
    plan_id: int | None = None  # the received plan it updates; None: a new one
    added: list[SliceRow] = field(default_factory=list)
    retitled: list[tuple[SliceRow, str]] = field(default_factory=list)  # the row and its old title

    @property
    def region_name(self) -> str:
        return regions.BY_CODE[self.region].name

    def summary(self) -> str:
        """What the file holds, in a sentence of the current language (the command line and the window alike)."""
        return messages.text(
            "receive.summary",
            plan=self.plan_title,
            period=self.period,
            region=self.region_name,
            deadline=self.deadline,
            tasks=sum(1 for r in self.rows if r.kind == layout.TASK),
            indicators=sum(1 for r in self.rows if r.kind == layout.INDICATOR),
            file=self.file.name,
            sha=self.file.sha256[:16],
        )

    def as_dict(self) -> dict:
        return {
            "file": str(self.file.path),
            "sha256": self.file.sha256,
            "template_id": self.template_id,
            "issuer_workspace_id": self.issuer_workspace_id,
            "issuer_plan_id": self.issuer_plan_id,
            "plan_id": self.plan_id,
            "plan": self.plan_title,
            "region": self.region,
            "period": self.period,
            "deadline": self.deadline,
            "tasks": sum(1 for r in self.rows if r.kind == layout.TASK),
            "indicators": sum(1 for r in self.rows if r.kind == layout.INDICATOR),
            "added": [{"kind": r.kind, "code": r.code, "title": r.title} for r in self.added],
            "retitled": [{"kind": r.kind, "code": r.code, "old": old, "new": r.title} for r, old in self.retitled],
        }


def _refuse(code: str, book: SubmittedWorkbook, **params: object) -> InputError:
    return InputError(code, file=book.file.name, **params)


def _text(value: object) -> str:
    """A cell's text as the issuer wrote it (full-width punctuation kept): what the plan shows and relays."""
    return layout.writable(str(value)).strip() if isinstance(value, str) else layout.canonical(value)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _year(value: object) -> int | None:
    found = _number(value)
    return int(found) if found is not None else None


def _rows(book: SubmittedWorkbook) -> list[SliceRow]:
    """The template's rows, each by the issuer's row id its metadata gives the row's code."""
    found = {(r.kind, layout.canonical_code(r.cells["code"].value)): r for r in book.rows}
    rows = []
    for kind, row_id, code in book.meta_rows:
        read = found.get((kind, code))
        if read is None:
            raise _refuse("receive.row_missing", book, number=code)
        cell = {key: c.value for key, c in read.cells.items()}
        fields: dict[str, object]
        if kind == layout.TASK:
            lead = [u for u in _text(cell.get("lead")).split("、") if u]
            fields = {
                "lead_units": json.dumps(lead, ensure_ascii=False),
                "deadline": _text(cell.get("deadline")) or None,
            }
            rows.append(SliceRow(kind, row_id, code, _text(cell.get("title")), fields))
        else:
            fields = {
                "unit": _text(cell.get("unit")),
                "baseline_value": _number(cell.get("baseline")),
                "baseline_year": _year(cell.get("baseline_year")),
                "target": _number(cell.get("target")),
                "target_year": _year(cell.get("target_year")),
                "seq": int(code) if code.isdigit() else len(rows) + 1,
            }
            rows.append(SliceRow(kind, row_id, code, _text(cell.get("name")), fields))
    return rows


def slice_of(book: SubmittedWorkbook) -> ReceivedTemplate:
    """The plan slice a template read by the submission reader holds; refused unless it is a template of this
    program whose metadata names its issuer, region and period."""
    meta = book.meta or {}
    if not meta or any(not meta.get(key) for key in _NEEDED):
        raise _refuse("receive.not_a_template", book)
    try:
        version = int(meta.get("format_version") or 0)
        issuer_plan_id = int(meta["plan_id"])
    except ValueError:
        raise _refuse("receive.not_a_template", book) from None
    if version > layout.FORMAT_VERSION:
        raise InputError("submission.newer_format", file=book.file.name, found=version, supported=layout.FORMAT_VERSION)
    region = meta["region"]
    if region not in regions.BY_CODE or regions.BY_CODE[region].level == regions.RegionLevel.DELTA:
        raise _refuse("receive.bad_region", book, region=region)
    try:
        period = periods.parse(meta["period"]).code
    except InputError:
        raise _refuse("receive.not_a_template", book) from None
    return ReceivedTemplate(
        file=book.file,
        template_id=meta["template_id"],
        issuer_workspace_id=meta["workspace_id"],
        issuer_plan_id=issuer_plan_id,
        # The guide's cell as written; the metadata's value is read normalised (full-width brackets made half).
        plan_title=_text(book.fixed["guide.plan"].value) if "guide.plan" in book.fixed else meta["plan_title"],
        region=region,
        period=period,
        deadline=meta["deadline"],
        checksum=meta["checksum"],
        rows=_rows(book),
    )


def issued_elsewhere(workspace: Workspace, meta: dict[str, str] | None) -> bool:
    """Whether a workbook's template metadata says another workspace issued it: a template to receive (or a
    return misdirected here, which receiving then shows for what it is)."""
    return bool(meta and meta.get("workspace_id") and meta["workspace_id"] != workspace.workspace_id)


def preview(workspace: Workspace, book: SubmittedWorkbook) -> ReceivedTemplate:
    """What receiving the template would do; writes nothing."""
    received = slice_of(book)
    if received.issuer_workspace_id == workspace.workspace_id:
        raise _refuse("receive.own_template", book)
    if q.received_template(workspace.db, received.template_id):
        raise _refuse("receive.duplicate", book, period=received.period)
    plan = q.plan_of_issuer(workspace.db, received.issuer_workspace_id, received.issuer_plan_id)
    if plan is None:
        received.added = list(received.rows)
        return received
    received.plan_id = plan["id"]
    answering = received_plans.answering_region(workspace, plan["id"])
    if answering and answering != received.region:
        raise _refuse(
            "receive.other_region",
            book,
            region=received.region_name,
            answering=regions.BY_CODE[answering].name,
        )
    known = {
        layout.TASK: q.items_by_issuer_row(workspace.db, "tasks", plan["id"]),
        layout.INDICATOR: q.items_by_issuer_row(workspace.db, "indicators", plan["id"]),
    }
    for row in received.rows:
        stored = known[row.kind].get(row.row)
        if stored is None:
            received.added.append(row)
        elif (stored["title"] if row.kind == layout.TASK else stored["name"]) != row.title:
            received.retitled.append((row, stored["title"] if row.kind == layout.TASK else stored["name"]))
    return received


def _kind(title: str) -> str:
    return next((kind for kind in _KINDS if kind in title), _KINDS[-1])


def _entry(entity: str, item_id: int, changes: dict) -> dict:
    return {
        "entity": entity,
        "item_id": item_id,
        "region_id": None,
        "period_id": None,
        "entity_key": None,
        "changes": json.dumps(changes, ensure_ascii=False),
    }


def save(workspace: Workspace, received: ReceivedTemplate, data: bytes) -> int:
    """Store a previewed template (its file's *data*, which must still be what was previewed) in one transaction,
    after the day's backup; returns the plan's id."""
    if hashlib.sha256(data).hexdigest() != received.file.sha256:
        raise InputError("receive.changed", file=received.file.name)
    backups.take_daily(workspace, reason="before-receive")
    year = periods.parse(received.period).year
    region_ids = reference.region_ids(workspace.db)
    entries = []
    with workspace.write() as db:
        plan_id = received.plan_id
        if plan_id is None:
            key = f"received:{received.issuer_workspace_id}:{received.issuer_plan_id}"
            plan_id = q.insert_received_plan(
                db,
                {
                    "title": received.plan_title,
                    "kind": _kind(received.plan_title),
                    "period_start": None,
                    "period_end": None,
                    "source_name": received.file.name,
                    "source_sha256": hashlib.sha256(key.encode()).hexdigest(),
                    "imported_at": now(),
                    "issuer_workspace_id": received.issuer_workspace_id,
                    "issuer_plan_id": received.issuer_plan_id,
                },
            )
            entries.append(_entry("plan", plan_id, {"*": [None, received.plan_title]}))
        tasks = q.items_by_issuer_row(db, "tasks", plan_id)
        indicators = q.items_by_issuer_row(db, "indicators", plan_id)
        for row in received.rows:
            values = {"row": row.row, "number": row.code, "title": row.title, "name": row.title, **row.fields}
            if row.kind == layout.TASK:
                if row.row in tasks:
                    q.update_task(db, tasks[row.row]["id"], values)
                else:
                    item = q.insert_task(db, plan_id, values)
                    entries.append(_entry("task", item, {"*": [None, row.title]}))
                continue
            if row.row in indicators:
                item = indicators[row.row]["id"]
                q.update_indicator(db, item, values)
            else:
                # The whole delta as its scope: every region under the one answered for reports it, under the
                # name the issuer gave it (which names its own scope).
                item = q.insert_indicator(db, plan_id, region_ids[regions.WHOLE_DELTA], values)
            if values["target"] is not None and values["target_year"] is not None:
                q.set_target(db, item, values["target_year"], values["target"])
            elif values["target"] is not None:
                q.set_target(db, item, year, values["target"])
        entries += [
            _entry(r.kind, (tasks if r.kind == layout.TASK else indicators)[r.row]["id"], {"title": [old, r.title]})
            for r, old in received.retitled
        ]
        q.insert_received_template(
            db,
            {
                "id": received.template_id,
                "plan_id": plan_id,
                "region_id": region_ids[received.region],
                "period_id": reference.ensure_period(db, periods.parse(received.period).as_row()),
                "deadline": received.deadline,
                "checksum": received.checksum,
                "file_name": received.file.name,
                "file_sha256": received.file.sha256,
                "file": data,
                "received_at": now(),
            },
        )
        audit.record(db, now(), f"receive:{received.file.name}", entries)
    return plan_id


def template_for(workspace: Workspace, plan_id: int, period_code: str) -> dict:
    """The template received for a plan and period (its record; `received_file` gives its bytes)."""
    period = periods.parse(period_code).code
    found = [t for t in q.received_templates(workspace.db, plan_id) if t["period"] == period]
    if not found:
        raise InputError("consolidate.not_received", plan=plan_id, period=period)
    return found[-1]


def received_file(workspace: Workspace, template_id: str) -> bytes:
    return q.received_file(workspace.db, template_id)
