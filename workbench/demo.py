"""The demo workspace: the four seed plans, imported by the ordinary import path, plus
sample progress for 2021–2023 marked origin='sample' so nobody mistakes it for reports.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

from db.queries import plans as plan_queries
from db.queries import reference
from workbench.errors import WorkspaceError
from workbench.reference import periods, regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting import templates
from workbench.storage import backups
from workbench.storage.lock import WorkspaceLock
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress

SEEDS = Path(__file__).with_name("demo_seeds")
SAMPLE_PERIODS = ("2021H1", "2021H2", "2022H1", "2022H2", "2023H1")
SAMPLE_YEARS = range(2021, 2024)


def seed_files() -> list[Path]:
    """The four seed plans shipped with the package; an install without them is broken,
    and a demo of nothing would only mislead a trainer."""
    found = sorted(SEEDS.glob("*.txt"))
    if not found:
        raise RuntimeError(f"the demo's seed plans are missing from {SEEDS}: the installation is incomplete")
    return found


def _task_rows(
    task_ids: list[int], region_ids: dict[str, int], period_ids: list[int], rng: random.Random
) -> list[dict]:
    rows = []
    stamp = now()
    for task_id in task_ids:
        for code in regions.PROVINCES:
            percent = 0.0
            for step, period_id in enumerate(period_ids):
                percent = min(100.0, percent + rng.choice((0, 10, 15, 20, 25, 30)))
                if percent >= 100:
                    status = TaskStatus.DONE
                elif rng.random() < 0.12:
                    status = TaskStatus.LAGGING
                elif percent == 0:
                    status = TaskStatus.NOT_STARTED
                else:
                    status = TaskStatus.IN_PROGRESS
                rows.append(
                    {
                        "task_id": task_id,
                        "region_id": region_ids[code],
                        "period_id": period_id,
                        "status": status.value,
                        "percent": percent,
                        "progress": f"【示例数据】第{step + 1}期推进情况",
                        "problems": "",
                        "next_steps": "",
                        "origin": "sample",
                        "submission_id": None,
                        "updated_at": stamp,
                    }
                )
    return rows


def _indicator_rows(
    indicators: list[dict], region_ids: dict[str, int], period_ids: list[int], rng: random.Random
) -> list[dict]:
    """Each reporting province heads for the plan's first target at its own pace, from the
    baseline (or from 60% of the target where the plan states none): some on track, some
    not, as a demonstration needs."""
    rows = []
    stamp = now()
    for ind in indicators:
        targets = json.loads(ind["targets"])
        goal = targets[0]["value"] if targets else (ind["baseline_value"] or 100.0)
        start = ind["baseline_value"] if ind["baseline_value"] is not None else goal * 0.6
        for code in regions.PROVINCES:
            if not templates.reports_indicator(ind, code):
                continue
            pace = rng.uniform(0.75, 1.1)
            for step, period_id in enumerate(period_ids, 1):
                value = start + (goal - start) * pace * step / len(period_ids) * rng.uniform(0.95, 1.05)
                rows.append(
                    {
                        "indicator_id": ind["id"],
                        "region_id": region_ids[code],
                        "period_id": period_id,
                        "value": round(value, 2),
                        "note": "【示例数据】",
                        "origin": "sample",
                        "submission_id": None,
                        "updated_at": stamp,
                    }
                )
    return rows


def add_sample_progress(workspace: Workspace) -> int:
    """Sample progress for every plan active in 2021–2023; returns rows written."""
    rng = random.Random(20210101)  # the same demo every time, for trainers and screenshots
    region_ids = reference.region_ids(workspace.db)
    with workspace.write() as db:
        period_ids = [reference.ensure_period(db, periods.parse(c).as_row()) for c in SAMPLE_PERIODS]
        written = 0
        for plan in plan_queries.list_plans(db):
            start, end = plan["period_start"] or 0, plan["period_end"] or 0
            if end < SAMPLE_YEARS.start or start >= SAMPLE_YEARS.stop:
                continue
            task_ids = [t["id"] for t in plan_queries.tasks(db, plan["id"])]
            task_rows = _task_rows(task_ids, region_ids, period_ids, rng)
            value_rows = _indicator_rows(plan_queries.indicators(db, plan["id"]), region_ids, period_ids, rng)
            progress.bulk_load(workspace, progress.TASK_PROGRESS, task_rows)
            progress.bulk_load(workspace, progress.INDICATOR_VALUE, value_rows)
            written += len(task_rows) + len(value_rows)
    return written


def is_demo(path: Path) -> bool:
    workspace = Workspace.open(path, write=False)
    try:
        return reference.get_info(workspace.db, "demo") == "1"
    finally:
        workspace.close()


def _remove(path: Path) -> None:
    for suffix in ("-wal", "-shm", ""):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build(path: Path, import_plan: Callable[[Workspace, Path], object], *, reset: bool = False) -> Path:
    """Create the demo workspace at *path*; with reset, replace an existing demo workspace.

    It is built beside the target and moved into place, so a failed build leaves the old
    file as it was; a workspace that is not a demo is never replaced.
    """
    path = Path(path).expanduser().resolve()
    if path.exists():
        if not reset or not is_demo(path):
            raise WorkspaceError("demo.exists", path=str(path))
        with Workspace.open(path, program="workbench demo") as old:
            backups.take(old, reason="before-demo-reset")
    staging = path.with_name(path.name + ".building")
    _remove(staging)
    workspace = Workspace.open(staging, create=True, program="workbench demo")
    try:
        for seed in seed_files():
            import_plan(workspace, seed)
        add_sample_progress(workspace)
        with workspace.write() as db:
            reference.set_info(db, "demo", "1")
    except BaseException:
        workspace.close()
        _remove(staging)
        raise
    workspace.close()
    shutil.rmtree(backups.folder(staging), ignore_errors=True)  # backups of a half-built demo
    lock = WorkspaceLock(path, "workbench demo")
    lock.acquire()  # nobody may have the old demo open while it is replaced
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(staging, path)
    finally:
        lock.release()
    return path
