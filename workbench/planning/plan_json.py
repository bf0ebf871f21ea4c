"""The plan JSON format (`workbench plan show PLAN --json`), documented in docs/plan-json.md.

FORMAT_VERSION changes only when a field is removed or changes meaning; added fields
keep the version.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from db.queries import plans as plan_queries
from workbench.planning import plans
from workbench.storage.workspace import Workspace

FORMAT = "yrd-workbench/plan"
FORMAT_VERSION = 1


def _span(row: dict) -> list[int]:
    return [row["span_start"], row["span_end"]]


def _outline_tree(rows: list[dict]) -> list[dict]:
    by_id: dict[int, dict] = {}
    roots: list[dict] = []
    for r in rows:
        node = {
            "number": r["number"],
            "title": r["title"],
            "kind": r["kind"],
            "text": r["text"],
            "span": _span(r),
            "children": [],
        }
        by_id[r["id"]] = node
        (by_id[r["parent_id"]]["children"] if r["parent_id"] else roots).append(node)
    return roots


def document(workspace: Workspace, plan_id: int, statuses: Mapping[int, dict]) -> dict:
    """The plan whole; *statuses*, by task id, are the tasks' status fields (`tracking.status.TaskState.as_dict`,
    a layer above planning: derived from the provinces' reports, or set by the office)."""
    db = workspace.db
    p = plans.resolve(workspace, plan_id)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "plan": {
            "id": p["id"],
            "title": p["title"],
            "kind": p["kind"],
            "period": {"start": p["period_start"], "end": p["period_end"]},
            "doc_number": p["doc_number"],
            "issuers": json.loads(p["issuers"]),
            "issue_date": p["issue_date"],
            "source_name": p["source_name"],
            "source_sha256": p["source_sha256"],
            "imported_at": p["imported_at"],
        },
        "outline": _outline_tree(plan_queries.outline(db, plan_id)),
        "tasks": [
            {
                "id": t["id"],
                "seq": t["seq"],
                "number": t["number"],
                "group": {"number": t["group_number"], "title": t["group_title"]} if t["group_number"] else None,
                "title": t["title"],
                "body": t["body"],
                **statuses[t["id"]],
                "lead_units": json.loads(t["lead_units"]),
                "cooperating_units": json.loads(t["cooperating_units"]),
                "regions": json.loads(t["regions"]),
                "deadline": t["deadline"],
                "span": _span(t),
            }
            for t in plan_queries.tasks(db, plan_id)
        ],
        "projects": [
            {"number": r["number"], "title": r["title"], "body": r["body"], "span": _span(r)}
            for r in plan_queries.projects(db, plan_id)
        ],
        "safeguards": [
            {"number": r["number"], "title": r["title"], "body": r["body"], "span": _span(r)}
            for r in plan_queries.safeguards(db, plan_id)
        ],
        "stages": [
            {"label": s["label"], "start_year": s["start_year"], "end_year": s["end_year"], "span": _span(s)}
            for s in plan_queries.stages(db, plan_id)
        ],
        "indicators": [
            {
                "id": i["id"],
                "name": i["name"],
                "unit": i["unit"],
                "direction": i["direction"],
                "scope_region": i["scope_region"],
                "baseline": (
                    {"value": i["baseline_value"], "year": i["baseline_year"]}
                    if i["baseline_value"] is not None
                    else None
                ),
                "targets": json.loads(i["targets"]),
                "span": _span(i),
            }
            for i in plan_queries.indicators(db, plan_id)
        ],
    }
