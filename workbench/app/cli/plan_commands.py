"""`workbench plan import | list | show`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench import messages
from workbench.app import services
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.planning import changes, plan_json, plans, preview, reimport, table_fields
from workbench.planning.document import ParsedPlan, TableMapping
from workbench.storage.workspace import Workspace
from workbench.tracking import status
from workbench.values import display


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = sub.add_parser("plan", parents=[common], help="import, list and show plans")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    p = plan_sub.add_parser(
        "import", parents=[common], help="import a plan document (.txt, .docx) or task-allocation sheet (.xlsx, .csv)"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would be imported, save nothing")
    p.add_argument(
        "--update",
        metavar="PLAN",
        help="update this plan (id or part of its title) in place with a corrected version of its document:"
        " progress, submissions and templates are kept; the changes are listed first",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=import_plan)

    p = plan_sub.add_parser("list", parents=[common], help="list the plans in the workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_plans)

    p = plan_sub.add_parser("show", parents=[common], help="show one plan (id or part of its title)")
    p.add_argument("plan")
    p.add_argument("--json", action="store_true", help="the whole structured plan, see docs/plan-json.md")
    p.set_defaults(handler=show_plan)


def _print_summary(summary: plans.ImportSummary) -> None:
    say(messages.text("plan.summary", **summary.as_dict()))
    for warning in summary.warnings:
        say(f"  ! {preview.text(warning)}")


_COUNTS = ("parts", "task_groups", "tasks", "projects", "safeguards", "indicators", "targets", "stages")


def _preview(summary: plans.ImportSummary) -> dict:
    """The preview as data: metadata, counts per kind and warnings (and the summary as before)."""
    data = summary.as_dict()
    return {
        "summary": data,
        "metadata": data["metadata"],
        "counts": {k: data[k] for k in _COUNTS},
        "warnings": data["warnings"],
    }


def _items(parsed: ParsedPlan) -> dict:
    return {
        "tasks": [
            {
                "number": t.number,
                "group": t.group_number,
                "title": t.title,
                "lead_units": t.lead_units,
                "cooperating_units": t.cooperating_units,
                "regions": t.regions,
                "deadline": t.deadline,
            }
            for t in parsed.tasks
        ],
        "indicators": [
            {
                "name": i.name,
                "unit": i.unit,
                "scope_region": i.scope_region,
                "baseline": {"year": i.baseline_year, "value": i.baseline_value}
                if i.baseline_value is not None
                else None,
                "targets": [{"year": t.year, "value": t.value, "stage": t.stage} for t in i.targets],
            }
            for i in parsed.indicators
        ],
    }


def _print_table_mappings(mappings: list[TableMapping]) -> None:
    """How each table's columns were read, for the user to confirm before importing."""
    for m in mappings:
        columns = "，".join(f"{c.header} → {table_fields.describe(c)}" for c in m.columns)
        kind = messages.text(f"plan.table_kind.{m.kind}")
        say("  " + messages.text("plan.table_mapping", location=m.location, kind=kind, columns=columns))


def import_plan(args: argparse.Namespace) -> int:
    if args.update:
        return update_plan(args)
    if args.dry_run:
        parsed, summary = services.extract_plan(args.file)
        if args.json:
            emit_json({"dry_run": True, **_preview(summary), **_items(parsed)})
        else:
            _print_summary(summary)
            for t in parsed.tasks:
                say(f"  {t.group_number or ''} {t.number}. {t.title}")
            _print_table_mappings(parsed.table_mappings)
            say(messages.text("dry_run.nothing_saved"))
        return 0
    with open_workspace(args.workspace, write=True, create=True, program="workbench plan import") as ws:
        parsed, summary = services.extract_plan(args.file)
        plans.refuse_duplicate(ws, parsed)
        same = plans.same_title(ws, parsed.metadata.title)
        if same is not None:  # a corrected version updates its plan (--update), never becomes a second one
            raise changes.Refused("reimport.same_title", plan_id=same["id"], title=same["title"])
        plan_id = plans.save(ws, parsed)
    if args.json:
        emit_json({"dry_run": False, "plan_id": plan_id, **_preview(summary)})
    else:
        _print_summary(summary)
        say(messages.text("plan.imported", plan_id=plan_id))
    return 0


def update_plan(args: argparse.Namespace) -> int:
    """`plan import FILE --update PLAN [--dry-run] [--json]`: the changes first, then the update (exit 1 if
    it is refused: nothing is written)."""
    if args.dry_run:
        with Workspace.open(args.workspace, write=False) as ws:
            parsed, summary, found = services.preview_update(ws, args.file, args.update)
            plans.refuse_duplicate(ws, parsed, other_than=found.plan_id)
        return _report_update(args, summary, found, updated=False)
    with open_workspace(args.workspace, write=True, program="workbench plan import") as ws:
        parsed, summary, found = services.preview_update(ws, args.file, args.update)
        plans.refuse_duplicate(ws, parsed, other_than=found.plan_id)
        if found.refused:
            return _report_update(args, summary, found, updated=False)
        reimport.update(ws, found.plan_id, parsed, previewed=found)
    return _report_update(args, summary, found, updated=True)


def _report_update(
    args: argparse.Namespace, summary: plans.ImportSummary, found: changes.PlanUpdate, *, updated: bool
) -> int:
    if args.json:
        emit_json(
            {"dry_run": args.dry_run, "updated": updated, "summary": summary.as_dict(), "update": found.as_dict()}
        )
    else:
        _print_summary(summary)
        say(found.header())
        for change in found.changes:
            say(f"  {change.text()}")
        if updated:
            say(messages.text("reimport.updated", plan_id=found.plan_id))
        elif not found.refused:
            say(messages.text("dry_run.nothing_saved"))
    if found.refused:
        print(found.refusal().text(), file=sys.stderr)
        return found.refusal().exit_code
    return 0


def list_plans(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        rows = plans.list_all(ws)
    if args.json:
        emit_json(rows)
        return 0
    table(
        [
            (
                r["id"],
                r["title"],
                f"{r['period_start'] or ''}–{r['period_end'] or ''}",
                r["tasks"],
                r["projects"],
                r["indicators"],
            )
            for r in rows
        ],
        messages.text("plan.list_headers").split("|"),
    )
    return 0


def show_plan(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        plan_id = plans.resolve(ws, args.plan)["id"]
        statuses = {task_id: s.as_dict() for task_id, s in status.of_tasks(ws, plan_id=plan_id).items()}
        doc = plan_json.document(ws, plan_id, statuses)
    if args.json:
        emit_json(doc)
        return 0
    p = doc["plan"]
    say(f"{p['title']}  ({p['kind']}, {p['period']['start']}–{p['period']['end']})")
    if p["doc_number"]:
        say(f"{p['doc_number']}  {p['issue_date'] or ''}  {'、'.join(p['issuers'])}")
    for t in doc["tasks"]:
        group = t["group"]["number"] if t["group"] else ""
        say(f"  {group}{t['number']}. {t['title']}")
    for x in doc["projects"]:
        say(f"  [{x['number'] or messages.text('plan.project')}] {x['title']}")
    for i in doc["indicators"]:
        targets = ", ".join(f"{t['year']}: {display(t['value'])}" for t in i["targets"])
        base = f"{i['baseline']['year']}: {display(i['baseline']['value'])}" if i["baseline"] else ""
        say(f"  # {i['name']} [{i['unit']}] {i['scope_region']} {base} → {targets}")
    return 0
