"""A plan's task or indicator as a person names it: a task by the number its templates print, an indicator by
its number or its name (a unique beginning of it is enough)."""

from __future__ import annotations

from collections import Counter

from db.queries import plans as plan_queries
from workbench.errors import NotFound
from workbench.reference import regions
from workbench.storage.workspace import Workspace

SHOWN_CANDIDATES = 10  # named in a refusal; the rest are counted


def task_codes(tasks: list[dict]) -> dict[int, str]:
    """What the 编号 column shows: the printed number, prefixed by its group's label where
    a plan restarts numbering in every group (003 does)."""
    seen = Counter(t["number"] for t in tasks)
    return {
        t["id"]: t["number"] if seen[t["number"]] == 1 else f"{t['group_number'] or ''}{t['number']}" for t in tasks
    }


def indicator_name(ind: dict) -> str:
    """An indicator's name as templates and the summary print it: with its scope where that is not the whole
    plan area, since plans give one name to several scopes (002: 产业规模 of 数字三体 and of 青浦)."""
    if ind["scope_region"] in (regions.WHOLE_DELTA, None):
        return ind["name"]
    return f"{ind['name']}（{regions.BY_CODE[ind['scope_region']].short_name}）"


def _listed(names: list[str]) -> str:
    more = len(names) - SHOWN_CANDIDATES
    return "、".join(names[:SHOWN_CANDIDATES]) + (f"… (+{more})" if more > 0 else "")


def task(workspace: Workspace, plan_id: int, ref: str) -> dict:
    """A task of a plan by its code (`task_codes`: "15", or "（一）1" where numbers restart in each group); a bare
    number that several groups share is refused, naming their codes."""
    text = ref.strip()
    tasks = plan_queries.tasks(workspace.db, plan_id)
    codes = task_codes(tasks)
    found = [t for t in tasks if codes[t["id"]] == text] or [t for t in tasks if t["number"] == text]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound("task.ambiguous", task=text, matches=_listed([codes[t["id"]] for t in found]))
    raise NotFound("task.not_found", task=text)


def indicator(workspace: Workspace, plan_id: int, ref: str) -> dict:
    """An indicator of a plan (as `plans.indicators` lists it) by its number, its name or its name as templates
    print it (`indicator_name`, with its scope), or a beginning of that only it has."""
    text = ref.strip()
    indicators = plan_queries.indicators(workspace.db, plan_id)
    found = (
        [i for i in indicators if str(i["seq"]) == text]
        or [i for i in indicators if text in (i["name"], indicator_name(i))]
        or [i for i in indicators if text and indicator_name(i).startswith(text)]
    )
    if len(found) == 1:
        return found[0]
    if found:
        names = [f"{i['seq']} {indicator_name(i)}" for i in found]
        raise NotFound("indicator.ambiguous", indicator=text, matches=_listed(names))
    raise NotFound("indicator.not_found", indicator=text)
