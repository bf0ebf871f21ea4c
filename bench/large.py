"""The large workspace the benchmarks run on: the scale workspace (bench/scale.py, at `--scale`, 1× by
default) plus one plan of 980 tasks and 20 indicators, whose template is a 1,000-row submission.

Built once per `python -m bench` process (or once in a `--keep` folder) and copied for every run that
writes to it.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import openpyxl

from bench import scale
from workbench.planning import plans
from workbench.planning.document import ParsedIndicator, ParsedPlan, ParsedTarget, ParsedTask, PlanMetadata, Span
from workbench.reporting import layout
from workbench.storage import backups
from workbench.storage.workspace import Workspace

T = TypeVar("T")

PERIOD = scale.QUARTERS[-1]  # the latest quarter: a submission updates what is stored
STATUSES = list(layout.STATUS_LABELS.values())


def big_plan(tasks: int, indicators: int) -> ParsedPlan:
    source = f"基准测试规划（{tasks}项任务）\n" + "正文。" * 1000
    return ParsedPlan(
        metadata=PlanMetadata(title=f"基准测试规划（{tasks}项任务）", kind="规划", period_start=2021, period_end=2025),
        source_text=source,
        source_name=f"bench-{tasks}.txt",
        tasks=[
            ParsedTask(
                str(i),
                f"推进第{i}项长三角数字化协同重点工作任务",
                "正文。",
                f"（{i // 50 + 1}）",
                f"第{i // 50 + 1}组",
                Span(0, 10),
                lead_units=["省经信厅", "省通信管理局"],
                deadline="2025年底",
            )
            for i in range(1, tasks + 1)
        ],
        indicators=[
            ParsedIndicator(
                f"指标{i}",
                "万个",
                Span(0, 5),
                baseline_value=10.0 + i,
                baseline_year=2020,
                targets=[ParsedTarget(2023, 30.0 + i), ParsedTarget(2025, 50.0 + i)],
            )
            for i in range(1, indicators + 1)
        ],
    )


FACTOR = 1.0  # `python -m bench --scale`: the size of the scale workspace (bench/scale.py)
KEEP: Path | None = None  # `--keep FOLDER`: built once there, reused by later runs
BIG_PLAN = big_plan(980, 20)


@functools.cache
def built() -> tuple[Path, int]:
    """(path, id of the 1,000-row plan), built at FACTOR; the scale plans come first."""
    if KEEP is not None:
        folder = KEEP / f"large-{FACTOR:g}x"
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="bench-large-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "large.sqlite"
    if not (folder / "complete").exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        figures = scale.build(path, scale.Scale.times(FACTOR))
        with Workspace.open(path, program="bench") as ws:
            plans.save(ws, BIG_PLAN)
        shutil.rmtree(backups.folder(path))
        (folder / "complete").write_text(f"{figures}\n", encoding="utf-8")
    print(f"large workspace at {FACTOR:g}×: {(folder / 'complete').read_text(encoding='utf-8').strip()}", flush=True)
    with Workspace.open(path, write=False) as ws:
        return path, plans.resolve(ws, BIG_PLAN.metadata.title)["id"]


def with_todays_backup(source: Path, target: Path) -> Path:
    """copy_of(source, target) with a backup of today beside it (a hard link to one made once), as after the
    day's first batch: what every later batch of the day finds."""
    made = backups.folder(source)
    if not backups.taken_today(source):
        shutil.rmtree(made, ignore_errors=True)
        with Workspace.open(source, write=False) as ws:
            backups.take(ws, reason="before-submission")
    copy_of(source, target)
    backups.folder(target).mkdir()
    for found in made.iterdir():
        os.link(found, backups.folder(target) / found.name.replace(source.stem, target.stem, 1))
    return target


def closing(operation: Callable[[Workspace], T]) -> Callable[[Workspace], T]:
    """A run that does *operation* on the workspace its setup opened, then closes it (the
    close, which checkpoints what was written, is part of what is timed)."""

    def run(ws: Workspace) -> T:
        try:
            return operation(ws)
        finally:
            ws.close()

    return run


def copy_of(source: Path, target: Path) -> Path:
    """A copy of a (closed) workspace at *target*, with nothing of an earlier run beside it."""
    shutil.rmtree(backups.folder(target), ignore_errors=True)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def filled(template: Path, out: Path, seed: int) -> Path:
    """Every row reported, the way a diligent region does."""
    wb = openpyxl.load_workbook(template)
    ws = wb[layout.SHEET_TASKS]
    for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1):
        ws.cell(r, 5).value = STATUSES[(r + seed) % len(STATUSES)]
        ws.cell(r, 6).value = (r * 7 + seed) % 101
        ws.cell(r, 7).value = f"第{r}行：已完成阶段性目标，正在推进下一阶段工作（{seed}）"
        ws.cell(r, 8).value = "跨区域协调机制有待完善" if r % 5 == 0 else None
    ws = wb[layout.SHEET_INDICATORS]
    for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1):
        ws.cell(r, 8).value = 20 + r + seed
    wb.save(out)
    return out
