"""`workbench receive | consolidate`: the cascade — a template a higher office issued taken in, relayed to the
regions under this one (`workbench template`), and answered in one consolidated return."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench import messages
from workbench.app import services
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.errors import InputError
from workbench.reference import regions, statuses
from workbench.reporting import consolidation, layout
from workbench.reporting.received import ReceivedTemplate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("receive", parents=[common], help="take in a template a higher office issued to this one")
    p.add_argument("file", type=Path, metavar="TEMPLATE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would be stored or changed, save nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=receive)

    p = sub.add_parser(
        "consolidate", parents=[common], help="fill the received template with the regions' consolidated answer"
    )
    p.add_argument("--plan", required=True, help="the received plan: id or a unique part of its title")
    p.add_argument("--period", required=True, help="2023, 2023H1 or 2023Q2")
    p.add_argument("--out", type=Path, required=True, metavar="FILLED.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show the consolidation and its rules, write nothing")
    p.add_argument("--force", action="store_true", help="replace FILLED.xlsx if it already exists")
    p.add_argument("--status", action="append", default=[], metavar="TASK=STATUS", help="a task's status, set")
    p.add_argument(
        "--aggregate", action="append", default=[], metavar="INDICATOR=sum|mean|none", help="an indicator's rule"
    )
    p.add_argument("--text", action="append", default=[], metavar="TASK=TEXT", help="a task's 进展情况, given")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=consolidate)


def _print_received(found: ReceivedTemplate, *, updating: bool) -> None:
    say(found.summary())
    if updating:  # a later template of a plan received before: what it changes
        for row in found.added:
            say(
                "  "
                + messages.text(
                    "receive.added", kind=messages.text(f"receive.kind.{row.kind}"), number=row.code, title=row.title
                )
            )
    for row, old in found.retitled:
        kind = messages.text(f"receive.kind.{row.kind}")
        say("  " + messages.text("receive.retitled", kind=kind, number=row.code, old=old, new=row.title))


def receive(args: argparse.Namespace) -> int:
    # A province new to the workbench starts from the template it was sent, as an office starts from a plan.
    with open_workspace(
        args.workspace, write=not args.dry_run, create=not args.dry_run, program="workbench receive"
    ) as ws:
        found = services.preview_received(ws, args.file)
        existing = found.plan_id
        if not args.dry_run:
            found = services.receive(ws, args.file, previewed=found)
    if args.json:
        emit_json({"dry_run": args.dry_run, **found.as_dict(), "updated": existing is not None})
        return 0
    _print_received(found, updating=existing is not None)
    say(
        messages.text("receive.dry_run")
        if args.dry_run
        else messages.text("receive.saved", plan_id=found.plan_id, period=found.period)
    )
    return 0


def _pairs(option: str, given: list[str], example: str) -> dict[str, str]:
    found = {}
    for item in given:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError("consolidate.bad_choice", option=option, example=example)
        found[key.strip()] = value.strip()
    return found


def _shown(value: object) -> str:
    return "—" if value in (None, "") else layout.canonical(value)


def _print(answer: consolidation.Consolidation) -> None:
    for line in (*answer.statement(), answer.missing_text()):
        say(line)
    say("")
    table(
        [
            (
                t.code,
                t.title[:24],
                statuses.TaskStatus(t.status).label() if t.status else "—",
                messages.text(f"rule.{t.status_rule}"),
                _shown(t.percent),
                "、".join(regions.BY_CODE[c].short_name for c in t.reporting) or "—",
                (t.texts.get("progress") or "—")[:40],
            )
            for t in answer.tasks
        ],
        messages.text("consolidate.task_headers").split("|"),
    )
    if answer.indicators:
        say("")
        table(
            [
                (
                    i.code,
                    i.name[:24],
                    i.unit,
                    messages.text(f"aggregate.{i.aggregate}"),
                    _shown(i.value),
                    messages.text(f"rule.{i.rule}"),
                    "、".join(f"{regions.BY_CODE[c].short_name} {layout.canonical(v)}" for c, v in i.values.items())
                    or "—",
                )
                for i in answer.indicators
            ],
            messages.text("consolidate.indicator_headers").split("|"),
        )


def consolidate(args: argparse.Namespace) -> int:
    choices = consolidation.Choices(
        statuses=_pairs("--status", args.status, "--status 1=已完成"),
        aggregates=_pairs("--aggregate", args.aggregate, "--aggregate 2=mean"),
        texts={code: {"progress": text} for code, text in _pairs("--text", args.text, "--text 1=…").items()},
    )
    with open_workspace(args.workspace, write=False, program="workbench consolidate") as ws:
        answer = consolidation.consolidate(ws, args.plan, args.period, choices)
        written = None if args.dry_run else services.write_consolidation(ws, answer, args.out, force=args.force)
    if args.json:
        emit_json({"dry_run": args.dry_run, "out": str(written) if written else None, **answer.as_dict()})
        return 0
    _print(answer)
    if written:
        say("")
        say(messages.text("consolidate.written", path=written))
    return 0
