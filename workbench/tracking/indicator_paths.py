"""An indicator's planned path and its regions' actual values as the verdict reads them, in one place for the
window's indicator chart (workbench/browse.py) and the joint meeting's report (workbench/reporting/meeting.py),
so both judge an indicator the same way."""

from __future__ import annotations

import json
from collections.abc import Iterable

from db.queries import progress as progress_queries
from db.queries import reference
from workbench.storage.workspace import Workspace
from workbench.tracking import trajectory
from workbench.tracking.indicators import revisions_of
from workbench.tracking.trajectory import Assessment, Point, Trajectory


def path_of(indicator: dict) -> Trajectory:
    """The plan's trajectory of an indicator row (its targets and their revisions as the JSON lists the plan
    queries return): a value is judged on the targets in force when its period ended."""
    return trajectory.build(
        indicator["baseline_value"],
        indicator["baseline_year"],
        [(t["year"], t["value"]) for t in json.loads(indicator["targets"])],
        indicator["direction"],
        revisions_of(indicator),
    )


def series(workspace: Workspace, indicator_id: int, scoped: Iterable[str], also: Iterable[str] = ()) -> dict:
    """Region code → its actual values, oldest first: every region in *scoped* (even without values), and those
    of *also* that have values. Only these regions' rows are read."""
    found: dict[str, list[Point]] = {code: [] for code in scoped}
    ids = reference.region_ids(workspace.db)
    shown = [ids[code] for code in dict.fromkeys([*found, *also]) if code in ids]
    for v in progress_queries.indicator_series(workspace.db, indicator_id, shown):
        found.setdefault(v["region"], []).append(Point(trajectory.period_end(v["period"]), v["value"], v["period"]))
    return found


def assessments(path: Trajectory, by_region: dict[str, list[Point]], period: str | None) -> dict[str, Assessment]:
    return {code: trajectory.assess(path, values, period) for code, values in by_region.items()}
