"""Copied narratives: a region's 进展情况 / 存在问题 / 下步计划 on a task unchanged or nearly unchanged from its
previous period.

The rule: each text is normalised (NFKC, whitespace and punctuation dropped, Latin letters lower-cased) and
compared with the same field the region reported on the same task for the period of the same kind just before
(2023H1 → 2022H2, 2023 → 2022). Two texts are near-identical when the Jaccard similarity of their sets of
character bigrams is at least THRESHOLD (0.9): one changed character in a 40-character text keeps it above,
a new sentence or a changed figure in a short text takes it below. A text of one character is compared whole.
A blank text, or one with nothing to compare with, is never copied. The provinces' reports are compared.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.planning import plans, received
from workbench.reference import periods, regions
from workbench.reporting import templates
from workbench.storage.workspace import Workspace

THRESHOLD = 0.9
FIELDS = ("progress", "problems", "next_steps")


def normalised(text: str | None) -> str:
    kept = (
        ch
        for ch in unicodedata.normalize("NFKC", text or "").lower()
        if unicodedata.category(ch)[0] not in "PZSC"  # punctuation, separators, symbols, controls
    )
    return "".join(kept)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def similarity(a: str | None, b: str | None) -> float:
    """Character-bigram Jaccard similarity of two normalised texts: 1.0 identical, 0.0 nothing shared or blank."""
    x, y = normalised(a), normalised(b)
    if not x or not y:
        return 0.0
    gx, gy = _bigrams(x), _bigrams(y)
    return len(gx & gy) / len(gx | gy)


def copied(current: str | None, previous: str | None) -> bool:
    return similarity(current, previous) >= THRESHOLD


@dataclass(frozen=True)
class CopiedNarrative:
    task_id: int
    task_code: str
    task_title: str
    region: str
    region_name: str
    period: str
    previous_period: str
    fields: tuple[str, ...]  # of FIELDS, those copied
    similarity: float  # the lowest of the copied fields', rounded to 3 places

    def as_dict(self) -> dict:
        return {**self.__dict__, "fields": list(self.fields)}


def copied_narratives(workspace: Workspace, plan_ref: str | int, period_code: str) -> list[CopiedNarrative]:
    """Per task and region asked (the provinces; on a received plan the regions under the one this workspace
    answers for), the narrative fields of *period_code* copied from the period before, in task order then the
    regions' order."""
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code)
    previous = period.previous()
    now, before = (reference.period_by_code(workspace.db, p.code) for p in (period, previous))
    if now is None or before is None:
        return []
    asked = received.asked_regions(workspace, plan["id"])
    current = {
        (r["task_id"], r["region"]): r for r in q.task_progress_of_period(workspace.db, plan["id"], now["id"], asked)
    }
    earlier = {
        (r["task_id"], r["region"]): r for r in q.task_progress_of_period(workspace.db, plan["id"], before["id"], asked)
    }
    tasks = plan_queries.tasks(workspace.db, plan["id"])
    codes = templates.task_codes(tasks)
    found = []
    for task in tasks:
        for region in asked:
            row, old = current.get((task["id"], region)), earlier.get((task["id"], region))
            if row is None or old is None:
                continue
            scores = {f: similarity(row[f], old[f]) for f in FIELDS}
            same = tuple(f for f in FIELDS if scores[f] >= THRESHOLD)
            if same:
                found.append(
                    CopiedNarrative(
                        task["id"],
                        codes[task["id"]],
                        task["title"],
                        region,
                        regions.BY_CODE[region].name,
                        period.code,
                        previous.code,
                        same,
                        round(min(scores[f] for f in same), 3),
                    )
                )
    return found
