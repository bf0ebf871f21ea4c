"""The large workspace the benchmarks of issue 5 run on: the scale workspace (bench/scale.py)
plus one plan of 980 tasks and 20 indicators, whose template is a 1,000-row submission.

Built once per `python -m bench` process and copied for every run that writes to it.
"""

from __future__ import annotations

import atexit
import functools
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


@functools.cache
def built() -> tuple[Path, int]:
    """(path, id of the 1,000-row plan); the scale plans are 1–10."""
    folder = Path(tempfile.mkdtemp(prefix="bench-large-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "large.sqlite"
    scale.build(path)
    with Workspace.open(path, program="bench") as ws:
        plan_id = plans.save(ws, big_plan(980, 20))
    shutil.rmtree(backups.folder(path))
    return path, plan_id


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
