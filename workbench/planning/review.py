"""Reviewing an extracted plan before it is saved: a person may reclassify an item (a
task that is really a flagship project, a heading that is no task at all) or correct its
title. The reviewed items are applied to the ParsedPlan, which is then saved as usual.

Pure data: no I/O, no SQL, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from workbench.planning.document import (
    NodeKind,
    OutlineNode,
    ParsedPlan,
    ParsedProject,
    ParsedSafeguard,
    ParsedTask,
    Span,
)

TASK, PROJECT, SAFEGUARD, EXCLUDED = "task", "project", "safeguard", "excluded"
_NODE_KIND = {TASK: NodeKind.TASK, PROJECT: NodeKind.PROJECT, SAFEGUARD: NodeKind.SAFEGUARD, EXCLUDED: NodeKind.TEXT}


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # what it will be saved as: TASK, PROJECT, SAFEGUARD or EXCLUDED
    extracted_as: str  # what the importer made of it
    position: int  # its place in the importer's list of that kind
    number: str
    group: str
    title: str
    body: str
    span: Span


def items(parsed: ParsedPlan) -> list[ReviewItem]:
    """Tasks, projects and safeguards of an extracted plan, in text order."""
    found = [
        ReviewItem(TASK, TASK, i, t.number, f"{t.group_number or ''}{t.group_title or ''}", t.title, t.body, t.span)
        for i, t in enumerate(parsed.tasks)
    ]
    found += [
        ReviewItem(PROJECT, PROJECT, i, p.number, "", p.title, p.body, p.span) for i, p in enumerate(parsed.projects)
    ]
    found += [
        ReviewItem(SAFEGUARD, SAFEGUARD, i, s.number, "", s.title, s.body, s.span)
        for i, s in enumerate(parsed.safeguards)
    ]
    return sorted(found, key=lambda item: item.span.start)


def _task(parsed: ParsedPlan, item: ReviewItem) -> ParsedTask:
    if item.extracted_as == TASK:
        return replace(parsed.tasks[item.position], title=item.title)
    return ParsedTask(item.number, item.title, item.body, None, None, item.span)


def _other(item: ReviewItem, kind: type[ParsedProject] | type[ParsedSafeguard]):
    return kind(item.number, item.title, item.body, item.span)


def _relabel(nodes: list[OutlineNode], kinds: dict[tuple[int, int], NodeKind]) -> list[OutlineNode]:
    return [
        replace(n, kind=kinds.get((n.span.start, n.span.end), n.kind), children=_relabel(n.children, kinds))
        for n in nodes
    ]


def apply(parsed: ParsedPlan, reviewed: list[ReviewItem]) -> ParsedPlan:
    """The plan with each item saved as the reviewer classified and titled it."""
    ordered = sorted(reviewed, key=lambda item: item.span.start)
    changed_kinds = {(i.span.start, i.span.end): _NODE_KIND[i.kind] for i in ordered if i.kind != i.extracted_as}
    return replace(
        parsed,
        tasks=[_task(parsed, i) for i in ordered if i.kind == TASK],
        projects=[_other(i, ParsedProject) for i in ordered if i.kind == PROJECT],
        safeguards=[_other(i, ParsedSafeguard) for i in ordered if i.kind == SAFEGUARD],
        outline=_relabel(parsed.outline, changed_kinds) if changed_kinds else parsed.outline,
    )
