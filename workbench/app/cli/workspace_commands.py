"""`workbench demo | check | backup | restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench import demo, messages
from workbench.app import services
from workbench.app.cli.output import emit_json, open_workspace, say
from workbench.planning import plans
from workbench.storage import backups, check
from workbench.storage.workspace import Workspace


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="make the workspace a demo: the four seed plans and sample progress"
        " (an existing demo workspace is reset; any other workspace is left alone)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=make_demo)

    p = sub.add_parser("check", parents=[common], help="integrity check and the workspace's invariants")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_check)

    p = sub.add_parser("backup", parents=[common], help="take a verified backup copy, or list them")
    p.add_argument("--list", action="store_true", help="list the backups, newest first, with their checksums checked")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", parents=[common], help="restore a backup (the current state is backed up first)")
    p.add_argument("backup_file", type=Path)
    p.add_argument(
        "--other-workspace",
        action="store_true",
        help="confirm restoring a backup of another workspace (templates sent out from this one are then refused)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=restore)


def make_demo(args: argparse.Namespace) -> int:
    path = demo.build(args.workspace, lambda ws, f: services.import_plan(ws, f), reset=True)
    with Workspace.open(path, write=False) as ws:
        rows = plans.list_all(ws)
    if args.json:
        emit_json({"workspace": str(path), "plans": rows})
    else:
        say(messages.text("demo.ready", path=path, plans=len(rows)))
    return 0


def run_check(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        report = check.run(ws)
    if args.json:
        emit_json(report.as_dict())
    else:
        for e in report.errors:
            say(f"✗ {e}")
        for w in report.warnings:
            say(f"! {w}")
        say(
            messages.text(
                "check.ok" if report.ok else "check.failed", errors=len(report.errors), warnings=len(report.warnings)
            )
        )
    return 0 if report.ok else 1


def backup(args: argparse.Namespace) -> int:
    if args.list:
        found = [(p, backups.checksum_state(p)) for p in backups.listing(Path(args.workspace).resolve())]
        if args.json:
            emit_json([{"path": str(p), "size": p.stat().st_size, "checksum": state} for p, state in found])
        else:
            for p, state in found:
                say(f"{p}  {messages.text(f'backup.checksum.{state}')}")
        return 0
    # A backup only reads: it runs while the window (or any writer) holds the workspace.
    with open_workspace(args.workspace, write=False, program="workbench backup") as ws:
        target = backups.take(ws)
    if args.json:
        emit_json({"backup": str(target)})
    else:
        say(messages.text("backup.done", path=target))
    return 0


def restore(args: argparse.Namespace) -> int:
    ws = open_workspace(args.workspace, write=True, program="workbench restore")
    try:
        safety = backups.restore(ws, args.backup_file, other_workspace=args.other_workspace)
    finally:
        ws.close()
    checksum = backups.Checksum.OK
    if backups.recorded_checksum(args.backup_file) is None:  # restored on the integrity check alone
        checksum = backups.Checksum.MISSING
        print("! " + messages.text("backup.no_checksum", path=args.backup_file), file=sys.stderr)
    if args.json:
        emit_json({"restored": str(args.backup_file), "previous_state": str(safety), "checksum": checksum})
    else:
        say(messages.text("restore.done", path=args.backup_file, safety=safety))
    return 0
