"""`workbench template | submit | status | summary`: province submissions by Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench import messages
from workbench.app import services
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.errors import InputError
from workbench.planning import plans
from workbench.reference import periods, regions, statuses
from workbench.reporting import layout, submissions, withdrawal
from workbench.reporting.model import UNCHANGED, Expectation, SubmissionOutcome
from workbench.reporting.states import Outcome, RegionState
from workbench.reporting.templates import reporting_region
from workbench.storage import outputs
from workbench.storage.workspace import Workspace


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("template", parents=[common], help="write submission templates (.xlsx) for regions")
    p.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    p.add_argument(
        "--region",
        action="append",
        default=[],
        help="SH, JS, ZJ or AH, or a city such as 南京 or JS-NJ (may be repeated)",
    )
    p.add_argument("--all-regions", action="store_true", help="one template for each of the four")
    p.add_argument("--all-cities", action="store_true", help="one template for each of the 41 cities")
    p.add_argument("--period", required=True, help="2023, 2023H1 or 2023Q2")
    p.add_argument("--out", type=Path, default=Path("."), help="folder, or the .xlsx file for one region")
    p.add_argument("--deadline", help="YYYY-MM-DD (default: 15 days after the period ends)")
    p.add_argument("--contact", default="", help="who to contact, shown in the template")
    p.add_argument("--force", action="store_true", help="replace template files that already exist")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=template)

    p = sub.add_parser("submit", parents=[common], help="take filled templates in (files or folders)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change, save nothing")
    p.add_argument("--report", type=Path, metavar="OUT.xlsx", help="write the problems and marked copies here")
    p.add_argument("--force", action="store_true", help="replace the --report file if it already exists")
    p.add_argument("--plan", help="refuse files of another plan; with --as-region, the plan of a file without metadata")
    p.add_argument("--region", help="refuse files of another region")
    p.add_argument("--period", help="the period being taken in: a file of another period waits for --other-period")
    p.add_argument(
        "--as-region", metavar="REGION", help="take FILE, whose template metadata is missing or fails, as this region's"
    )
    p.add_argument(
        "--as-period", metavar="PERIOD", help="... and as this period's (give both; its locked cells are still checked)"
    )
    p.add_argument("--replace", action="store_true", help="take a file in place of the one accepted for its period")
    p.add_argument("--other-period", action="store_true", help="with --period: take files of other periods too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=submit)

    p = sub.add_parser(
        "withdraw", parents=[common], help="take back a submission accepted: its values go back to what they were"
    )
    p.add_argument("submission", type=int, metavar="SUBMISSION_ID", help="as `submit` printed it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=withdraw)

    p = sub.add_parser("status", parents=[common], help="where each region's submission stands")
    p.add_argument("--plan", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--cities", action="store_true", help="the 41 cities instead of the four provinces")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=status)

    p = sub.add_parser("summary", parents=[common], help="write the summary workbook for the joint meeting")
    p.add_argument("--plan", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=summary)


def template(args: argparse.Namespace) -> int:
    # Checked against the plan by services.issue_templates: a received plan's templates go to its own child regions.
    codes = list(regions.PROVINCES) if args.all_regions else [regions.lookup(r) or r for r in args.region]
    if args.all_cities:
        codes += [c for c in regions.CITIES if c not in codes]
    if not codes:
        raise InputError("template.need_region")
    codes = list(dict.fromkeys(codes))  # 江苏 and JS named twice: one file, not the second over the first
    with open_workspace(args.workspace, write=True, program="workbench template") as ws:
        written = services.issue_templates(
            ws, args.plan, codes, args.period, args.out, deadline=args.deadline, contact=args.contact, force=args.force
        )
    if args.json:
        emit_json([{"region": code, "path": str(path)} for code, path in zip(codes, written)])
        return 0
    for code, path in zip(codes, written):
        say(messages.text("template.written", region=regions.BY_CODE[code].name, path=path))
    return 0


def _shown(field: str, value: object) -> str:
    if value in (None, ""):
        return "—"
    if field == "status":
        found = statuses.parse(value)
        return found.label() if found else str(value)
    return layout.canonical(value)


def _outcome_json(o: SubmissionOutcome) -> dict:
    p = o.preview
    return {
        "file": str(o.path),
        "status": o.status,
        "exit_code": o.exit_code,
        "submission_id": o.submission_id,
        "plan_id": p.plan_id if p else None,
        "plan": p.plan_title if p else None,
        "region": p.region if p else None,
        "period": p.period if p else None,
        "identified_by": p.identified_by if p else None,
        "counts": p.counts() if p else None,
        "changes": [
            {
                "sheet": c.sheet,
                "cell": c.cell,
                "kind": c.kind,
                "code": c.code,
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "change": c.change,
            }
            for c in (p.changes if p else [])
        ],
        "problems": [x.as_dict() for x in o.problems],
        "notices": [x.as_dict() for x in (p.notices if p else [])],
        "superseded_by": str(o.superseded_by) if o.superseded_by else None,
    }


def _print_outcome(o: SubmissionOutcome, dry_run: bool) -> None:
    p = o.preview
    name = o.path.name
    if o.status == Outcome.UNUSABLE or p is None:
        say(messages.text("submit.unusable", file=name, reason=o.problems[0].reason()))
        return
    if o.closed:
        say(messages.text("submit.closed", file=name, reason=o.reasons[0].text()))
        return
    if o.status in (Outcome.SUPERSEDED, Outcome.UNFILLED):  # the reason names the file and what to do
        for reason in o.reasons:
            say(reason.text())
        return
    for notice in p.notices:
        say(f"  ! {notice.text()}")
    for c in p.changes:
        if c.change != UNCHANGED:
            say(
                f"  {c.sheet}!{c.cell}  {c.code}  {messages.text('field.' + c.field)}: "
                f"{_shown(c.field, c.old)} → {_shown(c.field, c.new)}  [{messages.text('change.' + c.change)}]"
            )
    for problem in p.problems:
        say(f"  ✗ {problem.text()}")
    for reason in o.reasons:
        say(f"  ? {reason.text()}")
    counts = {**p.counts(), "file": name, "region": p.region_name, "period": p.period, "count": len(p.problems)}
    if o.status == Outcome.DUPLICATE and o.earlier is not None:
        say(
            messages.text(
                "submit.duplicate", file=name, when=o.earlier["received_at"].replace("T", " "), id=o.submission_id
            )
        )
    elif o.status == Outcome.REJECTED:
        say(messages.text("submit.rejected_dry" if dry_run else "submit.rejected", None, **counts))
    elif o.status == Outcome.NEEDS_CONFIRMATION:
        say(messages.text("submit.needs_confirmation", file=name, region=p.region_name, period=p.period))
    else:
        say(messages.text("submit.valid" if dry_run else "submit.accepted", None, id=o.submission_id, **counts))


def _expectation(ws: Workspace, args: argparse.Namespace) -> Expectation:
    """Checked once, before any file: a wrong option is the user's mistake, not the file's. An
    assignment names one file, region and period together."""
    if (args.as_region or args.as_period) and (
        not (args.as_region and args.as_period) or len(args.files) != 1 or args.files[0].is_dir()
    ):
        raise InputError("submission.assign_one_file")
    plan = str(plans.resolve(ws, args.plan)["id"]) if args.plan else None
    return Expectation(
        plan,
        reporting_region(args.region) if args.region else None,
        periods.parse(args.period).code if args.period else None,
        reporting_region(args.as_region) if args.as_region else None,
        periods.parse(args.as_period).code if args.as_period else None,
    )


def submit(args: argparse.Namespace) -> int:
    if args.report:  # refused before any file is taken in
        outputs.check(args.report, workspace=args.workspace, inputs=submissions.files_in(args.files), force=args.force)
    with open_workspace(args.workspace, write=not args.dry_run, program="workbench submit") as ws:
        outcomes = services.submit_many(
            ws,
            args.files,
            dry_run=args.dry_run,
            expect=_expectation(ws, args),
            replace=args.replace,
            other_period=args.other_period,
        )
    if args.report:
        written = services.write_report(outcomes, args.report, workspace=ws.path, force=args.force)
    if args.json:
        emit_json(
            {
                "dry_run": args.dry_run,
                "files": [_outcome_json(o) for o in outcomes],
                "report": str(args.report) if args.report else None,
            }
        )
    else:
        for o in outcomes:
            _print_outcome(o, args.dry_run)
        if args.report:
            say(messages.text("submit.report_written", path=written))
    return max(o.exit_code for o in outcomes)


def withdraw(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench withdraw") as ws:
        done = withdrawal.withdraw(ws, args.submission)
    if args.json:
        emit_json(
            {
                "submission_id": done.id,
                "plan_id": done.plan_id,
                "region": done.region,
                "period": done.period,
                "file": done.file_name,
                "reverted": [
                    {"entity": c.entity, "key": c.key_dict, "field": c.field, "old": c.old, "new": c.new}
                    for c in done.changes
                ],
            }
        )
    else:
        say(done.text())
    return 0


def _note(s) -> str:
    notes = [s.why] if s.why else []
    if s.later_rejected:
        notes.append(messages.text("state.later_rejected"))
    if s.overdue:
        notes.append(messages.text("state.overdue", deadline=s.deadline))
    elif s.state == RegionState.NOT_SUBMITTED and s.issued_at:
        notes.append(messages.text("state.issued", when=s.issued_at[:10], deadline=s.deadline))
    return "；".join(notes)


def status(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        found = submissions.status(ws, args.plan, args.period, cities=args.cities)
    if args.json:
        emit_json([s.as_dict() for s in found])
        return 0
    table(
        [(s.region_name, s.state.label(), s.when.replace("T", " "), s.file_name, _note(s)) for s in found],
        messages.text("status.headers").split("|"),
    )
    return 0


def summary(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        path = services.write_summary(ws, args.plan, args.period, args.out, force=args.force)
    if args.json:
        emit_json({"summary": str(path)})
    else:
        say(messages.text("summary.written", path=path))
    return 0
