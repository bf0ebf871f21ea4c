"""`workbench task set`: a region's progress on a task in a period, and `workbench task status`: the office's
status of a task as a whole — as the window's Tasks view edits them."""

from __future__ import annotations

import argparse

from workbench import messages
from workbench.app.cli.output import emit_json, open_workspace, say
from workbench.errors import InputError
from workbench.planning import items, plans
from workbench.reference import statuses
from workbench.tracking import edits
from workbench.tracking.progress import Change, shown

# option → the progress field it sets
FIELDS = {
    "status": "status",
    "percent": "percent",
    "progress": "progress",
    "problems": "problems",
    "next": "next_steps",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    task = sub.add_parser("task", parents=[common], help="edit a task's progress as the window does")
    task_sub = task.add_subparsers(dest="task_command", metavar="ACTION", required=True)
    p = task_sub.add_parser("set", parents=[common], help="set a region's progress on a task in a period")
    p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    p.add_argument("--task", required=True, help="the task's number as templates print it")
    p.add_argument("--region", required=True, help="SH, 上海, JS-NJ, 南京…")
    p.add_argument("--period", required=True, help="2023H2, 2023年下半年, 2023Q1, 2023…")
    p.add_argument("--status", help="not_started | in_progress | done | lagging | on_hold, or 未开始 进行中 已完成…")
    p.add_argument("--percent", help="0–100, e.g. 80 or 80%%")
    p.add_argument("--progress", help="进展情况")
    p.add_argument("--problems", help="存在问题")
    p.add_argument("--next", help="下步计划")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=set_task)
    p = task_sub.add_parser(
        "status", parents=[common], help="the office's status of a task as a whole, over the one the reports give"
    )
    p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    p.add_argument("--task", required=True, help="the task's number as templates print it")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--status", help="not_started | in_progress | done | lagging | on_hold, or 未开始 进行中 已完成…"
    )
    choice.add_argument("--derived", action="store_true", help="clear the office's status: the derived one applies")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=set_overall_status)


def report(changes: list[Change], as_json: bool) -> None:
    """What an edit changed, field by field (old → new)."""
    if as_json:
        emit_json({"changes": [{"field": c.field, "old": c.old, "new": c.new} for c in changes]})
    elif not changes:
        say(messages.text("edit.nothing_changed"))
    else:
        fields = "；".join(
            f"{messages.text(f'field.{c.field}')}: {shown(c.field, c.old)} → {shown(c.field, c.new)}" for c in changes
        )
        say(messages.text("edit.changed", count=len(changes), fields=fields))


def set_task(args: argparse.Namespace) -> int:
    given = {field: getattr(args, option) for option, field in FIELDS.items() if getattr(args, option) is not None}
    if not given:
        raise InputError("edit.need_field", options=" ".join(f"--{o}" for o in FIELDS))
    with open_workspace(args.workspace, write=True, program="workbench task set") as ws:
        plan_id = plans.resolve(ws, args.plan)["id"]
        task = items.task(ws, plan_id, args.task)
        changes = edits.task_report(ws, task["id"], args.region, args.period, given, source=edits.COMMAND_LINE)
    report(changes, args.json)
    return 0


def set_overall_status(args: argparse.Namespace) -> int:
    status = None
    if not args.derived:
        parsed = statuses.parse(args.status)
        if parsed is None:
            raise InputError("value.bad_status", value=args.status)
        status = parsed.value
    with open_workspace(args.workspace, write=True, program="workbench task status") as ws:
        task = items.task(ws, plans.resolve(ws, args.plan)["id"], args.task)
        changes = edits.task_status(ws, task["id"], status, source=edits.COMMAND_LINE)
    report(changes, args.json)
    return 0
