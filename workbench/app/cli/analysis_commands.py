"""`workbench index` (the development index and its weights) and `workbench themes | theme` (themes across plans)."""

from __future__ import annotations

import argparse

from workbench import messages
from workbench.analysis import development_index, similarity, themes
from workbench.analysis.index_method import Method
from workbench.app.cli.output import emit_json, open_workspace, say, table
from workbench.planning import plans
from workbench.reference import regions
from workbench.storage.workspace import Workspace
from workbench.values import display


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("index", parents=[common], help="the development index of a plan per province for a period")
    # Not required here: `index weights` takes its own --plan, and argparse would ask the parent for --period.
    p.add_argument("--plan")
    p.add_argument("--period")
    p.add_argument("--method", choices=[m.value for m in Method], default=Method.TARGET.value)
    p.add_argument("--json", action="store_true", help="method, weights, every value and score")
    p.set_defaults(handler=show_index, index_parser=p)
    index_sub = p.add_subparsers(dest="index_command", metavar="ACTION")
    w = index_sub.add_parser("weights", parents=[common], help="set an indicator's weight in the plan's index")
    w.add_argument("--plan", required=True)
    w.add_argument("--indicator", required=True, help="the indicator's id or name")
    w.add_argument("--weight", required=True, type=float)
    w.set_defaults(handler=set_weight)

    p = sub.add_parser("themes", parents=[common], help="confirmed themes across plans and pending proposals")
    p.add_argument("--search", help="only themes whose name or a task's title holds this text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_themes)

    theme = sub.add_parser("theme", parents=[common], help="show a theme; confirm, reject or name links and themes")
    theme_sub = theme.add_subparsers(dest="theme_command", metavar="ACTION", required=True)
    p = theme_sub.add_parser("show", parents=[common], help="a theme's tasks plan by plan with their last status")
    p.add_argument("name", help="the theme's name (or a unique part of it) or id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show_theme)
    for action, handler in (("confirm", confirm_link), ("reject", reject_link)):
        p = theme_sub.add_parser(action, parents=[common], help=f"{action} a proposed link (TASK-TASK)")
        p.add_argument("link", help="the link's id as `workbench themes` prints it, e.g. 25-35")
        p.set_defaults(handler=handler)
    p = theme_sub.add_parser("name", parents=[common], help="name a theme")
    p.add_argument("theme", help="the theme's id or name")
    p.add_argument("new_name")
    p.set_defaults(handler=name_theme)


def show_index(args: argparse.Namespace) -> int:
    if not args.plan or not args.period:
        args.index_parser.error("the following arguments are required: --plan, --period")
    with Workspace.open(args.workspace, write=False) as ws:
        plan = plans.resolve(ws, args.plan)
        report = development_index.compute(ws, plan, args.period, args.method)
    if args.json:
        emit_json(development_index.as_dict(report))
        return 0
    say(f"《{plan['title']}》 {report.period}")
    say(development_index.method_text(report.method))
    names = {i.id: f"{i.name}（{_scope(report.scopes.get(i.id))}）" for i in report.indicators}
    table(
        [
            (
                n if r.index is not None else "—",
                regions.BY_CODE[r.region].name,
                "—" if r.index is None else f"{r.index:.2f}",
                f"{r.coverage:.0%}",
            )
            for n, r in enumerate(report.regions, 1)
        ],
        messages.text("index.headers").split("|"),
    )
    say("")

    def shown(x: float | None) -> str:
        return "—" if x is None else f"{x:.2f}"

    table(
        [
            (
                regions.BY_CODE[r.region].name,
                names[p.indicator_id],
                "—" if p.value is None else display(p.value),
                shown(p.score),
                display(p.weight),
                shown(p.contribution),
            )
            for r in report.regions
            for p in r.parts
        ],
        messages.text("index.part_headers").split("|"),
    )
    return 0


def set_weight(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench index weights") as ws:
        plan = plans.resolve(ws, args.plan)
        indicator = development_index.resolve_indicator(ws, plan["id"], args.indicator)
        old = development_index.set_weight(ws, plan["id"], args.indicator, args.weight, source="cli")
    say(
        messages.text(
            "index.weight_set",
            indicator=f"{indicator['id']} {indicator['name']}",
            old=display(old),
            new=display(args.weight),
        )
    )
    return 0


def list_themes(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        confirmed = themes.listing(ws, args.search)
        proposals = [themes.candidate_dict(ws, c) for c in themes.candidates(ws)] if not args.search else []
    if args.json:
        emit_json({"threshold": similarity.THRESHOLD, "themes": confirmed, "proposals": proposals})
        return 0
    say(messages.text("theme.confirmed_heading"))
    for t in confirmed:
        say(f"  {t['id']}  {t['name']}  " + messages.text("theme.counts", tasks=t["tasks"], plans=t["plans"]))
    if not confirmed:
        say("  " + messages.text("theme.none"))
    if args.search:
        return 0
    say(messages.text("theme.proposals_heading", threshold=similarity.THRESHOLD))
    for c in proposals:
        say(f"  【{c['proposed_name']}】")
        for t in c["tasks"]:
            say(f"    {t['id']:>5}  《{t['plan']}》 {t['number']}. {t['title']}")
        say("    " + "  ".join(f"{link['id']} ({link['similarity']:.2f})" for link in c["links"]))
    if not proposals:
        say("  " + messages.text("theme.none"))
    return 0


def show_theme(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, write=False) as ws:
        doc = themes.show(ws, args.name)
    if args.json:
        emit_json(doc)
        return 0
    say(f"{doc['id']}  {doc['name']}")
    for plan in doc["plans"]:
        say(f"  《{plan['title']}》 {plan['period'][0] or ''}–{plan['period'][1] or ''}")
        for t in plan["tasks"]:
            state = messages.text("status." + t["status"]) if t.get("status") else ""
            say(f"    {t['number']}. {t['title']}  [{state}]")
    return 0


def confirm_link(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench theme confirm") as ws:
        theme = themes.confirm(ws, args.link, source="cli")
        name = themes.resolve(ws, theme)["name"]
    say(messages.text("theme.confirmed", link=args.link, theme=f"{theme} {name}"))
    return 0


def reject_link(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench theme reject") as ws:
        themes.reject(ws, args.link, source="cli")
    say(messages.text("theme.rejected", link=args.link))
    return 0


def name_theme(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace, write=True, program="workbench theme name") as ws:
        theme = themes.resolve(ws, args.theme)
        themes.rename(ws, theme["id"], args.new_name, source="cli")
    say(messages.text("theme.renamed", theme=theme["id"], name=args.new_name.strip()))
    return 0


def _scope(code: str | None) -> str:
    """An indicator's scope by its region's name (数字三体, 青浦区), as the window names it."""
    region = regions.BY_CODE.get(code or "")
    return region.name if region else (code or "")
