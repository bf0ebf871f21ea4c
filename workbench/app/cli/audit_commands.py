"""`workbench audit`: the audit log: who changed what, when, from which file or source, old → new."""

from __future__ import annotations

import argparse
import itertools

from workbench import messages
from workbench.app.cli.output import emit_json, table
from workbench.browse import AuditEntry, audit_of
from workbench.planning import plans
from workbench.reference import regions
from workbench.storage.workspace import Workspace
from workbench.tracking.indicators import TARGET, day
from workbench.tracking.progress import shown


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="the audit log, oldest first")
    p.add_argument("--plan", help="only the changes of this plan (id or a unique part of its title)")
    p.add_argument("--since", metavar="DATE", help="only changes made on or after this date (2024-06-30)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=audit)


def _region(code: str | None) -> str:
    return regions.BY_CODE[code].name if code in regions.BY_CODE else code or ""


def _change(lines: list[AuditEntry]) -> str:
    """An entry's change in words: a field's old → new each, a revised target in one phrase."""
    fields = {e.field: (e.old, e.new) for e in lines}
    if lines[0].entity == TARGET:
        return messages.text(
            "audit.target_revised",
            year=fields["year"][1],
            old=shown("target", fields["target"][0]),
            new=shown("target", fields["target"][1]),
            on=fields["revised_on"][1],
            reason=fields["reason"][1],
        )
    return "；".join(f"{_field(f)}: {shown(f, old)} → {shown(f, new)}" for f, (old, new) in fields.items())


def _field(name: str) -> str:
    code = f"field.{name}"
    return messages.text(code) if code in messages.CATALOGUE else name


def audit(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        plan_id = plans.resolve(ws, args.plan)["id"] if args.plan else None
        lines = audit_of(ws, plan_id=plan_id, since=day(args.since) if args.since is not None else None)
    entries = [list(group) for _, group in itertools.groupby(lines, key=lambda e: e.id)]
    if args.json:
        emit_json(
            [
                {
                    "id": e[0].id,
                    "at": e[0].at,
                    "who": e[0].user,
                    "source": e[0].source,
                    "entity": e[0].entity,
                    "key": e[0].key,
                    "item": e[0].item,
                    "region": e[0].region,
                    "region_name": _region(e[0].region) or None,
                    "period": e[0].period,
                    "changes": {x.field: [x.old, x.new] for x in e},
                }
                for e in entries
            ]
        )
        return 0
    table(
        [(e[0].at, e[0].user, e[0].source, e[0].item, _region(e[0].region), e[0].period, _change(e)) for e in entries],
        messages.text("audit.headers").split("|"),
    )
    return 0
