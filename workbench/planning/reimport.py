"""Re-importing a corrected version of a plan already in the workspace: the plan is updated in place,
so its tasks and indicators keep their ids and with them their progress, values, submissions, templates
and audit trail.

Matching (README: "Re-importing a corrected plan"), in passes, each item taken once, in text order:
- tasks, flagship projects, safeguards: the same number (with its group) and title; else the same
  title (renumbered); else the same number with a similar text (retitled: title and body together at
  least `SIMILAR` alike);
- indicators: the same name and scope; else the same name.
Whatever is left of the old version is removed and of the new one added. Removing a task or an
indicator that holds progress (reports, values, a status the office set) is refused: nothing is
written, and the message names them.

No I/O but the workspace's; the SQL is in db/queries/plans.py.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import Any

from db.queries import audit, reference
from db.queries import plans as plan_queries
from workbench.errors import InputError
from workbench.planning import plans
from workbench.planning.changes import ADDED, CHANGED, REMOVED, FieldChange, ItemChange, PlanUpdate
from workbench.planning.document import ParsedIndicator, ParsedPlan, ParsedProject, ParsedSafeguard, ParsedTask
from workbench.reference import regions
from workbench.storage import backups
from workbench.storage.workspace import Workspace, now

SIMILAR = 0.6  # difflib ratio of the texts (title and body) above which a retitled task is the same task
_PLAN_FIELDS = ("title", "kind", "period_start", "period_end", "doc_number", "issuers", "issue_date")
_TASK_FIELDS = ("number", "group", "title", "body", "lead_units", "cooperating_units", "deadline", "regions")
_CONTENT_FIELDS = ("number", "title", "body")
_INDICATOR_FIELDS = (
    "name",
    "unit",
    "direction",
    "scope_region",
    "baseline_value",
    "baseline_year",
    "targets",
)


# -- comparable views of the old rows and the new items ---------------------------------------------------


def _loaded(value: str | None) -> list:
    return json.loads(value) if value else []


def _old_task(r: dict) -> dict:
    return {
        "number": r["number"],
        "group": f"{r['group_number'] or ''}{r['group_title'] or ''}",
        "group_number": r["group_number"],
        "title": r["title"],
        "body": r["body"],
        "lead_units": _loaded(r["lead_units"]),
        "cooperating_units": _loaded(r["cooperating_units"]),
        "deadline": r["deadline"],
        "regions": sorted(c for c in _loaded(r["regions"]) if c),
    }


def _new_task(t: ParsedTask) -> dict:
    return {
        "number": t.number,
        "group": f"{t.group_number or ''}{t.group_title or ''}",
        "group_number": t.group_number,
        "title": t.title,
        "body": t.body,
        "lead_units": list(t.lead_units),
        "cooperating_units": list(t.cooperating_units),
        "deadline": t.deadline,
        "regions": sorted({c for c in t.regions if c in regions.BY_CODE}),
    }


def _content(x: dict | ParsedProject | ParsedSafeguard) -> dict:
    get: Callable[[str], Any] = x.get if isinstance(x, dict) else lambda k: getattr(x, k)
    return {"number": get("number"), "group_number": None, "title": get("title"), "body": get("body")}


def _old_indicator(r: dict) -> dict:
    return {
        "name": r["name"],
        "unit": r["unit"],
        "direction": r["direction"],
        "scope_region": r["scope_region"],
        "baseline_value": r["baseline_value"],
        "baseline_year": r["baseline_year"],
        "targets": [[t["year"], t["value"]] for t in _loaded(r["targets"])],
    }


def _new_indicator(i: ParsedIndicator) -> dict:
    return {
        "name": i.name,
        "unit": i.unit,
        "direction": i.direction.value,
        "scope_region": i.scope_region or regions.WHOLE_DELTA,
        "baseline_value": i.baseline_value,
        "baseline_year": i.baseline_year,
        "targets": [[t.year, t.value] for t in sorted(i.targets, key=lambda t: t.year)],
    }


def _plan_view(m: dict) -> dict:
    return {**{k: m[k] for k in _PLAN_FIELDS}, "issuers": _loaded(m["issuers"])}


# -- matching ---------------------------------------------------------------------------------------------

Key = Callable[[dict], Hashable]


def _similar(old: dict, new: dict) -> bool:
    a, b = f"{old['title']}\n{old['body']}", f"{new['title']}\n{new['body']}"
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _match(
    olds: list[tuple[int, dict]], news: list[dict], passes: Sequence[tuple[Key, Callable[[dict, dict], bool] | None]]
) -> list[int | None]:
    """For each new item the id of the old one it is, found by the first pass whose key both share (and,
    where a pass has a check, that passes it); each old item is taken once."""
    found: list[int | None] = [None] * len(news)
    taken: set[int] = set()
    for key, check in passes:
        by_key: dict[Hashable, list[tuple[int, dict]]] = defaultdict(list)
        for old_id, old in olds:
            if old_id not in taken:
                by_key[key(old)].append((old_id, old))
        for n, new in enumerate(news):
            if found[n] is not None:
                continue
            candidates = by_key.get(key(new), [])
            hit = next((c for c in candidates if c[0] not in taken and (check is None or check(c[1], new))), None)
            if hit is not None:
                found[n] = hit[0]
                taken.add(hit[0])
    return found


def _numbered(v: dict) -> Hashable:
    return (v["group_number"] or "", v["number"])


_BY_NUMBER_AND_TITLE: tuple[tuple[Key, Callable[[dict, dict], bool] | None], ...] = (
    (lambda v: (_numbered(v), v["title"]), None),
    (lambda v: v["title"], None),
    (_numbered, _similar),
)
_BY_NAME: tuple[tuple[Key, Callable[[dict, dict], bool] | None], ...] = (
    (lambda v: (v["name"], v["scope_region"]), None),
    (lambda v: v["name"], None),
)


def _compare(
    kind: str,
    olds: list[tuple[int, dict]],
    news: list[dict],
    passes: Sequence[tuple[Key, Callable[[dict, dict], bool] | None]],
    fields: Sequence[str],
    held: dict[tuple[str, int], int],
) -> tuple[list[ItemChange], tuple[int | None, ...]]:
    matched = _match(olds, news, passes)
    by_id = dict(olds)
    name = "name" if kind == "indicator" else "title"
    changes: list[ItemChange] = []
    for new, old_id in zip(news, matched):
        if old_id is None:
            changes.append(ItemChange(kind, ADDED, None, new.get("number", ""), new[name]))
            continue
        old = by_id[old_id]
        diff = tuple(FieldChange(f, old[f], new[f]) for f in fields if old[f] != new[f])
        if diff:
            changes.append(ItemChange(kind, CHANGED, old_id, new.get("number", ""), new[name], diff))
    kept = set(matched)
    changes += [
        ItemChange(kind, REMOVED, old_id, old.get("number", ""), old[name], held=held.get((kind, old_id), 0))
        for old_id, old in olds
        if old_id not in kept
    ]
    return changes, tuple(matched)


def compare(workspace: Workspace, plan_ref: str | int, parsed: ParsedPlan) -> PlanUpdate:
    """What updating the plan with *parsed*, a new version of its document, would change; writes nothing."""
    plan = plans.resolve(workspace, plan_ref)
    db, plan_id = workspace.db, plan["id"]
    held = plan_queries.held(db, plan_id)
    old_plan, new_plan = _plan_view(plan), _plan_view(plans.metadata_row(parsed))
    changes: list[ItemChange] = []
    plan_diff = tuple(FieldChange(f, old_plan[f], new_plan[f]) for f in _PLAN_FIELDS if old_plan[f] != new_plan[f])
    if plan_diff:
        changes.append(ItemChange("plan", CHANGED, plan_id, "", parsed.metadata.title, plan_diff))
    matched: dict[str, tuple[int | None, ...]] = {}
    for kind, olds, news, passes, fields in (
        (
            "task",
            [(r["id"], _old_task(r)) for r in plan_queries.tasks(db, plan_id)],
            [_new_task(t) for t in parsed.tasks],
            _BY_NUMBER_AND_TITLE,
            _TASK_FIELDS,
        ),
        (
            "indicator",
            [(r["id"], _old_indicator(r)) for r in plan_queries.indicators(db, plan_id)],
            [_new_indicator(i) for i in parsed.indicators],
            _BY_NAME,
            _INDICATOR_FIELDS,
        ),
        (
            "project",
            [(r["id"], _content(r)) for r in plan_queries.projects(db, plan_id)],
            [_content(p) for p in parsed.projects],
            _BY_NUMBER_AND_TITLE,
            _CONTENT_FIELDS,
        ),
        (
            "safeguard",
            [(r["id"], _content(r)) for r in plan_queries.safeguards(db, plan_id)],
            [_content(s) for s in parsed.safeguards],
            _BY_NUMBER_AND_TITLE,
            _CONTENT_FIELDS,
        ),
    ):
        found, matched[kind] = _compare(kind, olds, news, passes, fields, held)
        changes += found
    return PlanUpdate(plan_id, plan["title"], tuple(changes), matched)


def _entry(change: ItemChange, item_id: int) -> dict:
    if change.change == CHANGED:
        values = {f.field: [f.old, f.new] for f in change.fields}
    else:
        values = {"*": [None, change.label] if change.change == ADDED else [change.label, None]}
    return {
        "entity": change.kind,
        "item_id": item_id,
        "region_id": None,
        "period_id": None,
        "entity_key": None,
        "changes": json.dumps(values, ensure_ascii=False),
    }


def update(
    workspace: Workspace, plan_ref: str | int, parsed: ParsedPlan, *, previewed: PlanUpdate | None = None
) -> PlanUpdate:
    """Update the plan in place with *parsed*, in one transaction after the day's backup, audited under
    `import:<file>`. *previewed*: the changes the user saw; if the workspace no longer gives exactly these,
    nothing is written (InputError "reimport.changed_since"). Refused (`changes.Refused`) when the new version
    drops items that hold progress."""
    found = compare(workspace, plan_ref, parsed)
    plans.refuse_duplicate(workspace, parsed, other_than=found.plan_id)
    if previewed is not None and (previewed.plan_id, previewed.changes) != (found.plan_id, found.changes):
        raise InputError("reimport.changed_since", title=found.title)
    if found.refused:
        raise found.refusal()
    backups.take_daily(workspace, reason="before-import")
    made = plans.rows(parsed, reference.region_ids(workspace.db))
    plan_id = found.plan_id
    added_ids: dict[tuple[str, int], int] = {}  # (kind, position in the new version) → id given
    with workspace.write() as db:
        plan_queries.update_plan(db, plan_id, made.plan)
        plan_queries.replace_outline(db, plan_id, made.outline)
        plan_queries.replace_stages(db, plan_id, made.stages)
        plan_queries.park_task_seqs(db, plan_id)
        for kind, new_rows, insert, change in (
            ("task", made.tasks, plan_queries.insert_task, plan_queries.update_task),
            ("indicator", made.indicators, plan_queries.insert_indicator, plan_queries.update_indicator),
        ):
            for seq, (row, old_id) in enumerate(zip(new_rows, found.matched[kind]), 1):
                if old_id is None:
                    added_ids[(kind, seq - 1)] = insert(db, plan_id, seq, row)
                else:
                    change(db, old_id, seq, row)
        for kind, table, new_rows in (
            ("project", "projects", made.projects),
            ("safeguard", "safeguards", made.safeguards),
        ):
            for seq, (row, old_id) in enumerate(zip(new_rows, found.matched[kind]), 1):
                if old_id is None:
                    added_ids[(kind, seq - 1)] = plan_queries.insert_content(db, table, plan_id, seq, row)
                else:
                    plan_queries.update_content(db, table, old_id, seq, row)
        for kind, table in (
            ("task", "tasks"),
            ("indicator", "indicators"),
            ("project", "projects"),
            ("safeguard", "safeguards"),
        ):
            plan_queries.delete_items(
                db, table, [c.item_id for c in found.changes if c.kind == kind and c.change == REMOVED and c.item_id]
            )
        # The n-th item added of a kind is the n-th of the new version that matched nothing.
        unmatched = {k: iter(sorted(i for (kind, i) in added_ids if kind == k)) for k in found.matched}
        entries = [
            _entry(c, c.item_id if c.item_id is not None else added_ids[(c.kind, next(unmatched[c.kind]))])
            for c in found.changes
        ]
        audit.record(db, now(), f"import:{parsed.source_name}", entries)
    return found
