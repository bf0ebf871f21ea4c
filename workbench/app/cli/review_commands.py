"""`workbench review | approve | reopen | return | lock | unlock`: the office's review of a round."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench import messages
from workbench.app import services
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.planning import plans
from workbench.reference import periods, regions
from workbench.reporting import review
from workbench.reporting.templates import reporting_region
from workbench.storage.workspace import Workspace


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def round_parser(name: str, help_text: str, *, region: bool = False, reason: bool = False):
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
        p.add_argument("--period", required=True, help="2023, 2023H1 or 2023Q2")
        if region:
            p.add_argument("--region", required=True, help="SH, JS, ZJ or AH, or a city such as 南京")
        if reason:
            p.add_argument("--reason", required=True, metavar="TEXT", help="why (recorded in the audit log)")
        p.add_argument("--json", action="store_true")
        return p

    p = round_parser("review", "each region's review state for a plan and period")
    p.add_argument("--cities", action="store_true", help="the 41 cities instead of the four provinces")
    p.set_defaults(handler=show)
    round_parser("approve", "approve a region's report", region=True).set_defaults(handler=approve)
    round_parser("reopen", "reopen an approved report so its values may change", region=True, reason=True).set_defaults(
        handler=reopen
    )
    p = round_parser("return", "send a region's report back for revision, with a return workbook", region=True)
    p.add_argument("--reason", required=True, metavar="TEXT", help="what must be revised")
    p.add_argument("--cell", action="append", default=[], metavar="SHEET!A1", help="a cell to revise (may repeat)")
    p.add_argument("--task", action="append", default=[], metavar="N", help="a task to revise, by its number")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="replace FILE.xlsx if it already exists")
    p.set_defaults(handler=send_back)
    round_parser("lock", "lock a plan's period: no change is taken until it is unlocked").set_defaults(handler=lock)
    round_parser("unlock", "unlock a plan's period", reason=True).set_defaults(handler=unlock)


def _names(ws: Workspace, args: argparse.Namespace) -> dict[str, str]:
    names = {"plan": plans.resolve(ws, args.plan)["title"], "period": periods.parse(args.period).code}
    if getattr(args, "region", None):
        names["region"] = regions.BY_CODE[reporting_region(args.region)].name
    return names


def _done(args: argparse.Namespace, code: str, names: dict[str, str]) -> int:
    if args.json:
        emit_json({"done": code.removeprefix("review."), **names})
    else:
        say(messages.text(code, None, **names))
    return 0


def show(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        found = review.review(ws, args.plan, args.period, cities=args.cities)
    if args.json:
        emit_json(found.as_dict())
        return 0
    if found.locked:
        say(
            messages.text(
                "review.locked_note",
                plan=found.plan_title,
                period=found.period,
                when=found.locked_at.replace("T", " "),
                who=found.locked_by,
            )
        )
    table(
        [
            (
                r.region_name,
                r.state.label(),
                r.submitted_at.replace("T", " "),
                r.file_name,
                r.approved_at.replace("T", " "),
                r.deadline + (messages.text("review.days_late", days=r.days_late) if r.overdue else ""),
                "、".join(r.copied),
                r.reason,
            )
            for r in found.regions
        ],
        messages.text("review.headers").split("|"),
    )
    return 0


def approve(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench approve") as ws:
        review.approve(ws, args.plan, args.period, args.region)
        names = _names(ws, args)
    return _done(args, "review.approved", names)


def reopen(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench reopen") as ws:
        review.reopen(ws, args.plan, args.period, args.region, args.reason)
        names = _names(ws, args)
    return _done(args, "review.reopened", names)


def send_back(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench return") as ws:
        returned = services.send_back(
            ws,
            args.plan,
            args.period,
            args.region,
            args.reason,
            args.out,
            cells=args.cell,
            tasks=args.task,
            force=args.force,
        )
        names = _names(ws, args)
    which = "review.returned_own" if returned.own_file else "review.returned_reissued"
    if args.json:
        emit_json({"done": "returned", **names, "path": str(returned.path), "own_file": returned.own_file})
    else:
        say(messages.text("review.returned", **names, path=str(returned.path)))
        say(messages.text(which, **names, file=returned.own_file))
    return 0


def lock(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench lock") as ws:
        review.lock(ws, args.plan, args.period)
        names = _names(ws, args)
    return _done(args, "review.locked", names)


def unlock(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench unlock") as ws:
        review.unlock(ws, args.plan, args.period, args.reason)
        names = _names(ws, args)
    return _done(args, "review.unlocked", names)
