"""Plan operations: save an extracted plan, find plans, and read one back whole."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from db.queries import audit, reference
from db.queries import plans as plan_queries
from workbench.errors import InputError, NotFound
from workbench.planning import preview
from workbench.planning.document import OutlineNode, ParsedPlan, ParseWarning, PlanMetadata, Span
from workbench.reference import regions
from workbench.storage import backups
from workbench.storage.lock import user
from workbench.storage.workspace import Workspace, now


@dataclass(frozen=True)
class ImportSummary:
    title: str
    kind: str
    period: str
    parts: int
    tasks: int
    task_groups: int
    projects: int
    safeguards: int
    indicators: int
    targets: int
    stages: int
    warnings: tuple[ParseWarning, ...]
    metadata: PlanMetadata | None = field(default=None, compare=False)

    def as_dict(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k not in ("warnings", "metadata")}
        return {
            **data,
            "warnings": [preview.as_data(w) for w in self.warnings],
            "metadata": asdict(self.metadata) if self.metadata else None,
        }


def summarize(parsed: ParsedPlan) -> ImportSummary:
    m = parsed.metadata
    period = f"{m.period_start}–{m.period_end}" if m.period_start else ""
    return ImportSummary(
        title=m.title,
        kind=m.kind,
        period=period,
        parts=len(parsed.outline),
        tasks=len(parsed.tasks),
        task_groups=len({t.group_number for t in parsed.tasks if t.group_number}),
        projects=len(parsed.projects),
        safeguards=len(parsed.safeguards),
        indicators=len(parsed.indicators),
        targets=sum(len(i.targets) for i in parsed.indicators),
        stages=len(parsed.stages),
        warnings=tuple(preview.warnings(parsed)),
        metadata=m,
    )


def source_sha256(parsed: ParsedPlan) -> str:
    return hashlib.sha256(parsed.source_text.encode("utf-8")).hexdigest()


def _flatten(nodes: list[OutlineNode], parent_index: int | None, depth: int, out: list[dict]) -> None:
    for node in nodes:
        out.append(
            {
                "parent_index": parent_index,
                "depth": depth,
                "kind": node.kind.value,
                "number": node.number,
                "title": node.title,
                "text": node.text,
                "span_start": node.span.start,
                "span_end": node.span.end,
            }
        )
        _flatten(node.children, len(out) - 1, depth + 1, out)


@dataclass(frozen=True)
class PlanRows:
    """A parsed plan as the rows its tables hold (db/queries/plans.py `insert_plan`)."""

    plan: dict
    outline: list[dict]
    tasks: list[dict]
    projects: list[dict]
    safeguards: list[dict]
    stages: list[dict]
    indicators: list[dict]


def _spanned(span: Span, **row: object) -> dict:
    return {**row, "span_start": span.start, "span_end": span.end}


def metadata_row(parsed: ParsedPlan) -> dict:
    """The plan's metadata as its row stores it (a re-import compares these)."""
    m = parsed.metadata
    return {
        "title": m.title,
        "kind": m.kind,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "doc_number": m.doc_number,
        "issuers": json.dumps(m.issuers, ensure_ascii=False),
        "issue_date": m.issue_date,
    }


def rows(parsed: ParsedPlan, region_ids: dict[str, int]) -> PlanRows:
    outline: list[dict] = []
    _flatten(parsed.outline, None, 0, outline)
    return PlanRows(
        plan={
            **metadata_row(parsed),
            "source_name": parsed.source_name,
            "source_sha256": source_sha256(parsed),
            "source_text": parsed.source_text,
            "imported_at": now(),
        },
        outline=outline,
        tasks=[
            _spanned(
                t.span,
                number=t.number,
                group_number=t.group_number,
                group_title=t.group_title,
                title=t.title,
                body=t.body,
                lead_units=json.dumps(t.lead_units, ensure_ascii=False),
                cooperating_units=json.dumps(t.cooperating_units, ensure_ascii=False),
                deadline=t.deadline,
                region_ids=[region_ids[c] for c in t.regions if c in region_ids],
            )
            for t in parsed.tasks
        ],
        projects=[_spanned(p.span, number=p.number, title=p.title, body=p.body) for p in parsed.projects],
        safeguards=[_spanned(s.span, number=s.number, title=s.title, body=s.body) for s in parsed.safeguards],
        stages=[_spanned(s.span, label=s.label, start_year=s.start_year, end_year=s.end_year) for s in parsed.stages],
        indicators=[
            _spanned(
                i.span,
                name=i.name,
                unit=i.unit,
                direction=i.direction.value,
                attribute=i.attribute.value if i.attribute else None,
                scope_region_id=region_ids[i.scope_region or regions.WHOLE_DELTA],
                baseline_value=i.baseline_value,
                baseline_year=i.baseline_year,
                targets=[{"year": t.year, "value": t.value, "stage": t.stage} for t in i.targets],
            )
            for i in parsed.indicators
        ],
    )


def refuse_duplicate(workspace: Workspace, parsed: ParsedPlan, *, other_than: int | None = None) -> None:
    existing = plan_queries.plan_by_sha(workspace.db, source_sha256(parsed))
    if existing and existing["id"] != other_than:
        raise InputError("plan.duplicate", plan_id=existing["id"], title=existing["title"])


def save(workspace: Workspace, parsed: ParsedPlan) -> int:
    """Store an extracted plan in one transaction, after the day's backup (`backups.take_daily`); returns its id."""
    refuse_duplicate(workspace, parsed)
    backups.take_daily(workspace, reason="before-import")
    made = rows(parsed, reference.region_ids(workspace.db))
    with workspace.write() as db:
        plan_id = plan_queries.insert_plan(
            db,
            made.plan,
            outline=made.outline,
            tasks=made.tasks,
            projects=made.projects,
            safeguards=made.safeguards,
            stages=made.stages,
            indicators=made.indicators,
        )
        audit.record(
            db,
            now(),
            f"import:{parsed.source_name}",
            [
                {
                    "entity": "plan",
                    "item_id": plan_id,
                    "region_id": None,
                    "period_id": None,
                    "entity_key": None,
                    "changes": json.dumps({"*": [None, parsed.metadata.title]}, ensure_ascii=False),
                }
            ],
            user=user(),
        )
    return plan_id


def same_title(workspace: Workspace, title: str) -> dict | None:
    """The plan already in the workspace under this title (spaces aside), the one a new version updates."""
    wanted = "".join(title.split())
    return next((p for p in list_all(workspace) if "".join(p["title"].split()) == wanted), None)


def list_all(workspace: Workspace) -> list[dict]:
    return plan_queries.list_plans(workspace.db)


def resolve(workspace: Workspace, ref: str | int) -> dict:
    """A plan by id, exact title or a unique part of its title."""
    text = str(ref).strip()
    if text.isdigit():
        found = plan_queries.plan(workspace.db, int(text))
        if found:
            return found
    matches = plan_queries.search_titles(workspace.db, text) if text else []
    exact = [m for m in matches if m["title"] == text]
    if len(exact) == 1 or len(matches) == 1:
        return resolve(workspace, (exact or matches)[0]["id"])
    if len(matches) > 1:
        raise NotFound("plan.ambiguous", plan=text, matches="、".join(f"{m['id']}《{m['title']}》" for m in matches))
    raise NotFound("plan.not_found", plan=text)
