"""`workbench remind | report`: reminders to the late and the joint meeting's report, both in Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench import messages
from workbench.app import services
from workbench.app.cli.output import emit_json, say
from workbench.planning import plans
from workbench.reference import periods
from workbench.storage.workspace import Workspace
from workbench.tracking.trajectory import Verdict


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("remind", parents=[common], help="write reminder notices (.docx + mail text) to late regions")
    p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    p.add_argument("--period", required=True, help="2023, 2023H1 or 2023Q2")
    p.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    p.add_argument("--force", action="store_true", help="replace notices already in FOLDER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=remind)

    p = sub.add_parser("report", parents=[common], help="write the joint meeting's report (.docx, official style)")
    p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    p.add_argument("--period", required=True, help="2023, 2023H1 or 2023Q2")
    p.add_argument("--out", type=Path, required=True, metavar="REPORT.docx")
    p.add_argument("--force", action="store_true", help="replace REPORT.docx if it already exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report)


def remind(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        title = plans.resolve(ws, args.plan)["title"]
        written = services.write_reminders(ws, args.plan, args.period, args.out, force=args.force)
    if args.json:
        emit_json(
            [
                {**notice.lateness.as_dict(), "docx": str(docx), "txt": str(txt), "text": notice.mail_text()}
                for notice, docx, txt in written
            ]
        )
        return 0
    if not written:
        say(messages.text("remind.none", plan=title, period=periods.parse(args.period).code))
    for notice, docx, txt in written:
        say(messages.text("remind.written", region=notice.region_name, docx=docx, txt=txt))
        say(notice.mail_text())
    return 0


def report(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        path, found = services.write_meeting_report(ws, args.plan, args.period, args.out, force=args.force)
    if args.json:
        verdicts = found.verdict_totals()
        emit_json(
            {
                "report": str(path),
                "plan": found.plan_title,
                "period": found.period,
                "basis": found.basis.kind,
                "regions_reported": found.reported,
                "task_reports": dict(found.status_totals),
                "indicators": {v.value: verdicts[v] for v in Verdict if verdicts[v]},
                "lagging": len(found.lagging),
                "late": [item.region for item in found.late],
                "copied": [c.as_dict() for c in found.copied],
            }
        )
    else:
        say(messages.text("meeting.written", path=path))
    return 0
