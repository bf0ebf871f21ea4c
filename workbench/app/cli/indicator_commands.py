"""`workbench indicator set | revise | define | list | show`: an indicator's values, revised targets and
definition, as the window's Indicators view edits them."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from workbench import messages
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.app.cli.task_commands import report
from workbench.errors import InputError
from workbench.planning import plans
from workbench.planning.document import Direction, IndicatorAttribute
from workbench.reference import regions
from workbench.storage.workspace import Workspace
from workbench.tracking import edits, indicators
from workbench.tracking.indicators import IndicatorDetail
from workbench.values import display

# option → the definition field it sets
DEFINITION = {
    "definition": "definition",
    "source": "data_source",
    "aggregation": "aggregation",
    "formula": "formula",
    "weight_by": "weight_by",
    "direction": "direction",
    "attribute": "attribute",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ind = sub.add_parser("indicator", parents=[common], help="an indicator's values, targets and definition")
    ind_sub = ind.add_subparsers(dest="indicator_command", metavar="ACTION", required=True)
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--plan", required=True, help="plan id or a unique part of its title")
    which.add_argument("--indicator", required=True, help="its number, or its name (a unique beginning is enough)")

    p = ind_sub.add_parser("set", parents=[common, which], help="a region's value in a period, in the indicator's unit")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--value", required=True, help="e.g. 5200, 5200亿 in an 亿元 indicator; '' clears it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=set_value)

    p = ind_sub.add_parser("revise", parents=[common, which], help="revise a year's target (the plan's stays known)")
    p.add_argument("--year", required=True)
    p.add_argument("--target", required=True, help="the new target, in the indicator's unit")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", help="the date it takes effect (default: today)")
    p.add_argument("--source", default="", help="the document that revised it (中期评估报告…)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=revise)

    p = ind_sub.add_parser("define", parents=[common, which], help="state the indicator's definition (口径)")
    p.add_argument("--definition", help="口径: what is counted ('' clears)")
    p.add_argument("--source", help="where the figures come from")
    p.add_argument("--aggregation", choices=("sum", "mean", "none"), help="how regions' values combine")
    p.add_argument("--formula", help="its formula or components")
    p.add_argument("--weight-by", metavar="INDICATOR", help="a mean weighted by this indicator ('' clears)")
    p.add_argument("--direction", choices=[d.value for d in Direction])
    p.add_argument(
        "--attribute", choices=[a.value for a in IndicatorAttribute], help="binding (约束性) or expected (预期性)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=define)

    p = ind_sub.add_parser("list", parents=[common], help="a plan's indicators with their definitions")
    p.add_argument("--plan", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_indicators)

    p = ind_sub.add_parser("show", parents=[common, which], help="one indicator: definition, targets, revisions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)


def _find(ws: Workspace, args: argparse.Namespace) -> IndicatorDetail:
    return indicators.detail(ws, plans.resolve(ws, args.plan)["id"], args.indicator)


def set_value(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench indicator set") as ws:
        ind = _find(ws, args)
        changes = edits.indicator_value(ws, ind.id, args.region, args.period, args.value, source=edits.COMMAND_LINE)
    report(changes, args.json)
    return 0


def revise(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench indicator revise") as ws:
        ind = _find(ws, args)
        revision = edits.revise_target(
            ws,
            ind.id,
            args.year,
            args.target,
            args.reason,
            on=args.date,
            document=args.source,
            source=edits.COMMAND_LINE,
        )
    if args.json:
        emit_json(asdict(revision))
        return 0
    old = "—" if revision.old is None else display(revision.old)
    say(
        messages.text(
            "indicator.revised",
            indicator=ind.name,
            year=revision.year,
            old=old,
            new=display(revision.new),
            on=revision.on,
        )
    )
    return 0


def define(args: argparse.Namespace) -> int:
    given = {field: getattr(args, option) for option, field in DEFINITION.items() if getattr(args, option) is not None}
    if not given:
        raise InputError("edit.need_field", options=" ".join(f"--{o.replace('_', '-')}" for o in DEFINITION))
    with open_workspace(args.workspace, write=True, program="workbench indicator define") as ws:
        ind = _find(ws, args)
        changes = edits.indicator_definition(ws, ind.id, given, source=edits.COMMAND_LINE)
    report(changes, args.json)
    return 0


def as_json(ind: IndicatorDetail) -> dict:
    return {
        **{k: v for k, v in asdict(ind).items() if k not in ("targets", "revisions")},
        "targets": [{"year": y, "value": v, "stage": s} for y, v, s in ind.targets],
        "in_force": [{"year": y, "value": v} for y, v in sorted(ind.in_force().items())],
        "revisions": [asdict(r) for r in ind.revisions],
    }


def _targets(found: dict[int, float]) -> str:
    return ", ".join(f"{y}: {display(v)}" for y, v in sorted(found.items())) or "—"


def list_indicators(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        plan_id = plans.resolve(ws, args.plan)["id"]
        found = indicators.of_plan(ws, plan_id)
    if args.json:
        emit_json([as_json(i) for i in found])
        return 0
    table(
        [
            (
                i.seq,
                i.name,
                i.unit,
                regions.BY_CODE[i.scope_region].short_name,
                i.attribute_text() if i.attribute else "",
                i.aggregation_text() if i.aggregation else "",
                _targets(i.in_force()),
            )
            for i in found
        ],
        messages.text("indicator.list_headers").split("|"),
    )
    return 0


def show(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        ind = _find(ws, args)
    if args.json:
        emit_json(as_json(ind))
        return 0
    say(f"{ind.seq}. {ind.name}（{ind.unit}）")
    say(ind.definition_text())
    say(messages.text("indicator.targets_in_force", targets=_targets(ind.in_force())))
    if ind.revisions:
        say(messages.text("indicator.original_targets", targets=_targets({y: v for y, v, _ in ind.targets})))
        for r in ind.revisions:
            source = messages.text("indicator.revision_source", source=r.source) if r.source else ""
            old = "—" if r.old is None else display(r.old)
            say(
                messages.text(
                    "indicator.revision_line",
                    on=r.on,
                    year=r.year,
                    old=old,
                    new=display(r.new),
                    reason=r.reason,
                    source=source,
                )
            )
    return 0
