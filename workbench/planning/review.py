"""Reviewing an extracted plan before it is saved: a person may reclassify an item (a task that
is really a flagship project or an indicator, a heading that is no item at all), retitle it, merge
it with the next item (a task broken across a page), split it in two (task 15 run into the text of
task 14), or correct a field (units, deadline, regions; an indicator's unit, baseline, targets).
Every operation returns new items; `apply` turns the reviewed items into the plan that is saved.

Pure data: no I/O, no SQL, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from workbench.errors import InputError
from workbench.planning.document import (
    Direction,
    NodeKind,
    OutlineNode,
    ParsedIndicator,
    ParsedPlan,
    ParsedProject,
    ParsedSafeguard,
    ParsedTarget,
    ParsedTask,
    Span,
)
from workbench.reference import regions
from workbench.values import ValueProblem, number

TASK, PROJECT, INDICATOR, SAFEGUARD, EXCLUDED = "task", "project", "indicator", "safeguard", "excluded"
KINDS = (TASK, PROJECT, INDICATOR, SAFEGUARD, EXCLUDED)
_NODE_KIND = {
    TASK: NodeKind.TASK,
    PROJECT: NodeKind.PROJECT,
    SAFEGUARD: NodeKind.SAFEGUARD,
    INDICATOR: NodeKind.TEXT,
    EXCLUDED: NodeKind.TEXT,
}
# The fields `edit` corrects, by the kinds that have them.
TASK_FIELDS = ("number", "title", "lead_units", "cooperating_units", "deadline", "regions")
INDICATOR_FIELDS = ("title", "unit", "baseline_value", "baseline_year", "targets", "scope_region")
_LIST_SEPARATORS = re.compile(r"[、，,；;\s]+")
_TARGET = re.compile(r"^\s*(\d{4})\s*(?:年)?\s*[:：=＝→]\s*(.+?)\s*$")
_YEAR = re.compile(r"^\d{4}$")
# A split-off part that opens with its own number: "15．推进…", "15、…", "（3）…"
_LEADING_NUMBER = re.compile(
    r"^\s*(?:(\d+)\s*[.．、]|[（(](\d+|[一二三四五六七八九十]+)[)）]|(专栏\s*\d+)\s*[:：]?)\s*"
)


@dataclass(frozen=True)
class ReviewItem:
    """One extracted item as the reviewer will have it saved. `title` is an indicator's name;
    `body` an indicator's passage of the text."""

    key: int  # its identity in this review: kept through edits, never reused
    kind: str  # what it will be saved as: one of KINDS
    extracted_as: str  # what the importer made of it (EXCLUDED for a passage added by hand)
    number: str
    title: str
    body: str
    span: Span
    group_number: str | None = None
    group_title: str | None = None
    lead_units: tuple[str, ...] = ()
    cooperating_units: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    deadline: str | None = None
    unit: str = ""
    scope_region: str | None = None  # None: the whole plan area
    direction: Direction = Direction.INCREASE
    baseline_value: float | None = None
    baseline_year: int | None = None
    targets: tuple[ParsedTarget, ...] = ()
    # What the importer made of it, so that `apply` keeps whatever it holds beyond the fields reviewed here.
    extracted: ParsedTask | ParsedProject | ParsedSafeguard | ParsedIndicator | None = field(
        default=None, compare=False, repr=False
    )

    @property
    def group(self) -> str:
        return f"{self.group_number or ''}{self.group_title or ''}"


def _lead(text: str) -> tuple[str, str]:
    """A title up to the first 。 (or the end of its line: a heading) and the rest, as the importer cuts a
    task's text."""
    first_line, _, after = text.strip().partition("\n")
    head, stop, rest = first_line.partition("。")
    rest = "\n".join(part for part in (rest.strip(), after.strip()) if part) if stop else after.strip()
    return head.strip().rstrip("：:"), rest


def _numbered(text: str) -> tuple[str, str, str]:
    """A passage's own number (15．, （3）, 专栏2：), its title and the rest."""
    label = _LEADING_NUMBER.match(text)
    title, body = _lead(text[label.end() :] if label else text)
    number = next((g for g in label.groups() if g), "") if label else ""
    return "".join(number.split()), title, body


def items(parsed: ParsedPlan) -> list[ReviewItem]:
    """Tasks, projects, indicators and safeguards of an extracted plan, in text order."""
    found: list[ReviewItem] = []

    def add(kind: str, number: str, title: str, body: str, span: Span, **fields: Any) -> None:
        found.append(ReviewItem(len(found), kind, kind, number, title, body, span, **fields))

    for t in parsed.tasks:
        add(
            TASK,
            t.number,
            t.title,
            t.body,
            t.span,
            group_number=t.group_number,
            group_title=t.group_title,
            lead_units=tuple(t.lead_units),
            cooperating_units=tuple(t.cooperating_units),
            regions=tuple(t.regions),
            deadline=t.deadline,
            extracted=t,
        )
    for p in parsed.projects:
        add(PROJECT, p.number, p.title, p.body, p.span, extracted=p)
    for s in parsed.safeguards:
        add(SAFEGUARD, s.number, s.title, s.body, s.span, extracted=s)
    for i in parsed.indicators:
        add(
            INDICATOR,
            "",
            i.name,
            parsed.source_text[i.span.start : i.span.end].strip(),
            i.span,
            unit=i.unit,
            scope_region=i.scope_region,
            direction=i.direction,
            baseline_value=i.baseline_value,
            baseline_year=i.baseline_year,
            targets=tuple(i.targets),
            extracted=i,
        )
    return in_text_order(found)


def in_text_order(found: Sequence[ReviewItem]) -> list[ReviewItem]:
    return sorted(found, key=lambda item: (item.span.start, item.key))


def _find(reviewed: Sequence[ReviewItem], key: int) -> int:
    found = next((i for i, item in enumerate(reviewed) if item.key == key), None)
    if found is None:
        raise KeyError(f"no item {key} in this review")
    return found


def reclassify(item: ReviewItem, kind: str) -> ReviewItem:
    """*item* to be saved as *kind*. A task (or project, safeguard) made an indicator keeps its
    title as the indicator's name; an indicator made anything else takes its passage of the text
    as title (to the first 。) and body."""
    if kind not in KINDS:
        raise InputError("review.unknown_kind", kind=kind)
    if item.kind == INDICATOR and kind not in (INDICATOR, EXCLUDED):
        title, body = _lead(item.body)
        return replace(item, kind=kind, title=title or item.title, body=body)
    return replace(item, kind=kind)


def _units(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u for u in _LIST_SEPARATORS.split(text.strip()) if u))


def _region(text: str, item: ReviewItem) -> str:
    code = regions.lookup(text)
    if code is None:
        raise InputError("review.bad_region", item=item.title, region=text.strip())
    return code


def _number(text: str, item: ReviewItem, field: str) -> float:
    try:
        value = number(text, unit=item.unit)
    except ValueProblem:
        value = None
    if value is None:
        raise InputError("review.bad_number", item=item.title, field=field, value=text.strip())
    return value


def _year(text: str, item: ReviewItem) -> int:
    if not _YEAR.fullmatch(text.strip()) or not 1949 <= int(text) <= 2100:
        raise InputError("review.bad_year", item=item.title, value=text.strip())
    return int(text)


def targets_text(item: ReviewItem) -> str:
    """Targets as `edit` reads them back: "2020: 80；2025: 90"."""
    return "；".join(f"{t.year}: {t.value:g}" for t in item.targets)


def _targets(text: str, item: ReviewItem) -> tuple[ParsedTarget, ...]:
    stages = {t.year: t.stage for t in item.targets}
    found: dict[int, ParsedTarget] = {}
    for part in filter(str.strip, re.split(r"[；;\n]", text)):
        m = _TARGET.match(part)
        if m is None:
            raise InputError("review.bad_target", item=item.title, value=part.strip())
        year = _year(m[1], item)
        found[year] = ParsedTarget(year, _number(m[2], item, "targets"), stages.get(year))
    return tuple(found[y] for y in sorted(found))


def edit(item: ReviewItem, field: str, text: str) -> ReviewItem:
    """*item* with one field corrected from what the reviewer typed. Lists (units, regions) are
    separated by 、 or commas; targets are written "2020: 80；2025: 90"; a blank deadline, scope
    (the whole plan area), baseline or target list clears it. Raises InputError naming the item."""
    text = text.strip()
    if field in ("number", "title", "unit"):
        if field == "title" and not text:
            raise InputError("review.empty_title", number=item.number)
        changed: dict[str, Any] = {field: text}
        return replace(item, **changed)
    if field in ("lead_units", "cooperating_units"):
        changed = {field: _units(text)}
        return replace(item, **changed)
    if field == "deadline":
        return replace(item, deadline=text or None)
    if field == "regions":
        return replace(item, regions=tuple(dict.fromkeys(_region(r, item) for r in _units(text))))
    if field == "scope_region":
        return replace(item, scope_region=_region(text, item) if text else None)
    if field == "baseline_value":
        return replace(item, baseline_value=_number(text, item, field) if text else None)
    if field == "baseline_year":
        return replace(item, baseline_year=_year(text, item) if text else None)
    if field == "targets":
        return replace(item, targets=_targets(text, item))
    raise InputError("review.unknown_field", field=field)


def _joined(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def merge(reviewed: Sequence[ReviewItem], key: int, source_text: str) -> list[ReviewItem]:
    """The item *key* and the one after it in text order made one: the first's kind, number and
    title, its body followed by the second's passage of the text as written, a span over both;
    units, regions and targets of both (the first's where they differ)."""
    ordered = in_text_order(reviewed)
    at = _find(ordered, key)
    if at + 1 >= len(ordered):
        raise InputError("review.nothing_to_merge", item=ordered[at].title)
    first, second = ordered[at], ordered[at + 1]
    passage = source_text[second.span.start : second.span.end].strip() or f"{second.title}。{second.body}"
    years = {t.year for t in first.targets}
    merged = replace(
        first,
        body="\n".join(part for part in (first.body, passage) if part),
        span=Span(min(first.span.start, second.span.start), max(first.span.end, second.span.end)),
        lead_units=_joined(first.lead_units, second.lead_units),
        cooperating_units=_joined(first.cooperating_units, second.cooperating_units),
        regions=_joined(first.regions, second.regions),
        deadline=first.deadline or second.deadline,
        unit=first.unit or second.unit,
        scope_region=first.scope_region or second.scope_region,
        baseline_value=first.baseline_value if first.baseline_value is not None else second.baseline_value,
        baseline_year=first.baseline_year or second.baseline_year,
        targets=tuple(
            sorted((*first.targets, *(t for t in second.targets if t.year not in years)), key=lambda t: t.year)
        ),
    )
    return [merged if item.key == key else item for item in ordered if item.key != second.key]


def split(reviewed: Sequence[ReviewItem], key: int, at: int, source_text: str) -> list[ReviewItem]:
    """The item *key* cut in two at offset *at* of its body: the first part keeps everything but the
    text after *at*; the second, of the same kind, takes that text, its title up to the first 。 and
    a number it opens with ("15．…"). Spans are cut where the second part's text is found in the
    source (else both keep the whole span)."""
    ordered = in_text_order(reviewed)
    item = ordered[_find(ordered, key)]
    head, tail = item.body[:at].rstrip(), item.body[at:].strip()
    if not 0 < at < len(item.body) or not tail:
        raise InputError("review.bad_split", item=item.title)
    number, title, body = _numbered(tail)
    cut = source_text.find(tail[:12], item.span.start, item.span.end)
    first_span = Span(item.span.start, cut) if cut > item.span.start else item.span
    second_span = Span(cut, item.span.end) if cut > item.span.start else item.span
    second = ReviewItem(
        max(i.key for i in ordered) + 1,
        item.kind,
        item.extracted_as,
        number,
        title,
        body,
        second_span,
        group_number=item.group_number,
        group_title=item.group_title,
    )
    first = replace(item, body=head, span=first_span)
    return in_text_order([first if i.key == key else i for i in ordered] + [second])


def add_passage(reviewed: Sequence[ReviewItem], span: Span, kind: str, source_text: str) -> list[ReviewItem]:
    """A passage the importer did not take as an item, added as *kind*: its title up to the first 。"""
    text = source_text[span.start : span.end].strip()
    if not text:
        raise InputError("review.empty_passage")
    number, title, body = _numbered(text)
    item = ReviewItem(max((i.key for i in reviewed), default=-1) + 1, EXCLUDED, EXCLUDED, number, title, body, span)
    return in_text_order([*reviewed, reclassify(item, kind)])


def _relabel(nodes: list[OutlineNode], kinds: dict[tuple[int, int], NodeKind]) -> list[OutlineNode]:
    return [
        replace(n, kind=kinds.get((n.span.start, n.span.end), n.kind), children=_relabel(n.children, kinds))
        for n in nodes
    ]


def _task(i: ReviewItem) -> ParsedTask:
    fields: dict[str, Any] = {
        "number": i.number,
        "title": i.title,
        "body": i.body,
        "group_number": i.group_number,
        "group_title": i.group_title,
        "span": i.span,
        "lead_units": list(i.lead_units),
        "cooperating_units": list(i.cooperating_units),
        "regions": list(i.regions),
        "deadline": i.deadline,
    }
    return replace(i.extracted, **fields) if isinstance(i.extracted, ParsedTask) else ParsedTask(**fields)


def _indicator(i: ReviewItem) -> ParsedIndicator:
    fields: dict[str, Any] = {
        "name": i.title,
        "unit": i.unit,
        "span": i.span,
        "scope_region": i.scope_region,
        "direction": i.direction,
        "baseline_value": i.baseline_value,
        "baseline_year": i.baseline_year,
        "targets": list(i.targets),
    }
    return replace(i.extracted, **fields) if isinstance(i.extracted, ParsedIndicator) else ParsedIndicator(**fields)


_Content = TypeVar("_Content", ParsedProject, ParsedSafeguard)


def _content(i: ReviewItem, kind: type[_Content]) -> _Content:
    fields: dict[str, Any] = {"number": i.number, "title": i.title, "body": i.body, "span": i.span}
    return replace(i.extracted, **fields) if isinstance(i.extracted, kind) else kind(**fields)


def apply(parsed: ParsedPlan, reviewed: Sequence[ReviewItem]) -> ParsedPlan:
    """The plan with each item saved as the reviewer classified, cut and corrected it."""
    ordered = in_text_order(reviewed)
    changed_kinds = {(i.span.start, i.span.end): _NODE_KIND[i.kind] for i in ordered if i.kind != i.extracted_as}
    return replace(
        parsed,
        tasks=[_task(i) for i in ordered if i.kind == TASK],
        projects=[_content(i, ParsedProject) for i in ordered if i.kind == PROJECT],
        safeguards=[_content(i, ParsedSafeguard) for i in ordered if i.kind == SAFEGUARD],
        indicators=[_indicator(i) for i in ordered if i.kind == INDICATOR],
        outline=_relabel(parsed.outline, changed_kinds) if changed_kinds else parsed.outline,
    )
