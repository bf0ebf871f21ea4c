"""The overview and chart queries (issue 5) on the large workspace, as the window asks them
(workbench/browse.py): target under 100 ms each. Each run opens the workspace afresh,
before the clock starts, so SQLite's page cache is cold as after opening a file (the
operating system's is warm, as it is for a file in use).
"""

from __future__ import annotations

from pathlib import Path

from bench import Case, large
from workbench import browse
from workbench.analysis import development_index, themes
from workbench.storage.workspace import Workspace

PLAN, REGION = 1, "JS"
TARGET = 0.100
TASK, INDICATOR = 150, 15  # one task and one indicator of PLAN

QUERIES = {
    "status counts per province (overview bars)": lambda ws: browse.status_counts(ws, PLAN, large.PERIOD),
    "progress by task group (overview)": lambda ws: browse.group_progress(ws, PLAN, large.PERIOD),
    "task timeline (overview)": lambda ws: browse.timeline(ws, PLAN),
    "periods with data (period chooser)": lambda ws: browse.periods(ws, PLAN),
    "a plan's tasks with a province's progress": lambda ws: browse.tasks(ws, PLAN, region=REGION, period=large.PERIOD),
    "every plan's tasks with a province's progress": lambda ws: browse.tasks(
        ws, None, region=REGION, period=large.PERIOD
    ),
    "a plan's indicators with a period's values": lambda ws: browse.indicators(ws, PLAN, period=large.PERIOD),
    "indicator series with trajectory and verdicts (chart)": lambda ws: browse.indicator_chart(ws, INDICATOR),
    "task history (all regions, all periods)": lambda ws: browse.task_history(ws, TASK),
    "cross-plan search (10 plans: tasks, indicators, text)": lambda ws: browse.search(ws, "协同机制"),
    "audit log, newest 200": lambda ws: browse.audit(ws),
    "a plan's development index for a period": lambda ws: development_index.compute(
        ws, {"id": PLAN, "title": ""}, large.PERIOD
    ),
    # Off the GUI thread in the window: its time is measured, the target is not its.
    "themes proposed across every plan's tasks": lambda ws: themes.candidates(ws),
}


def cases(folder: Path) -> list[Case]:
    path, _ = large.built()
    return [
        Case(name, large.closing(ask), lambda: Workspace.open(path, write=False), target=TARGET)
        for name, ask in QUERIES.items()
    ]
