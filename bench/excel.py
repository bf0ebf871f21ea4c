"""Province submissions by Excel (issue 3): templates for the four regions of a 500-task
plan, the submission of a 1,000-row file, and the summary of 4 regions × 500 tasks."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from bench import Case
from workbench import plans, regions, services, template_layout as layout
from workbench.domain import ParsedIndicator, ParsedPlan, ParsedTarget, ParsedTask, PlanMetadata, Span
from workbench.workspace import Workspace

PERIOD = "2023H1"
STATUSES = list(layout.STATUS_LABELS.values())


def big_plan(tasks: int, indicators: int = 20) -> ParsedPlan:
    source = f"基准测试规划（{tasks}项任务）\n" + "正文。" * 1000
    return ParsedPlan(
        metadata=PlanMetadata(title=f"基准测试规划（{tasks}项任务）", kind="规划", period_start=2021, period_end=2025),
        source_text=source, source_name=f"bench-{tasks}.txt",
        tasks=[ParsedTask(str(i), f"推进第{i}项长三角数字化协同重点工作任务", "正文。", f"（{i // 50 + 1}）",
                          f"第{i // 50 + 1}组", Span(0, 10), lead_units=["省经信厅", "省通信管理局"],
                          deadline="2025年底") for i in range(1, tasks + 1)],
        indicators=[ParsedIndicator(f"指标{i}", "万个", Span(0, 5), baseline_value=10.0 + i, baseline_year=2020,
                                    targets=[ParsedTarget(2023, 30.0 + i), ParsedTarget(2025, 50.0 + i)])
                    for i in range(1, indicators + 1)])


def workspace_with(folder: Path, name: str, parsed: ParsedPlan) -> tuple[Path, int]:
    path = folder / f"{name}.sqlite"
    with Workspace.open(path, create=True, program="bench") as ws:
        return path, plans.save(ws, parsed)


def filled(template: Path, out: Path, seed: int) -> Path:
    """Every row reported, the way a diligent province does."""
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


def _templates(folder: Path) -> Case:
    path, plan_id = workspace_with(folder, "templates", big_plan(500))
    runs = iter(range(10_000))

    def run(_):
        with Workspace.open(path, program="bench") as ws:
            services.issue_templates(ws, plan_id, list(regions.PROVINCES), PERIOD, folder / f"templates{next(runs)}")
    return Case("templates for 4 regions of a 500-task plan", run)


def _submit(folder: Path) -> Case:
    path, plan_id = workspace_with(folder, "submit", big_plan(980, indicators=20))   # 1,000 rows in all
    with Workspace.open(path, program="bench") as ws:
        [template] = services.issue_templates(ws, plan_id, ["JS"], PERIOD, folder / "issued")
    received = filled(template, folder / "received.xlsx", seed=1)
    pristine = folder / "before-submit.sqlite"
    shutil.copyfile(path, pristine)

    def setup():
        shutil.copyfile(pristine, path)    # every run submits into the same state
        return Workspace.open(path, program="bench")

    def run(ws):
        try:
            assert services.submit(ws, received).status == "accepted"
        finally:
            ws.close()
    return Case("submit of a 1,000-row file", run, setup)


def _summary(folder: Path) -> Case:
    path, plan_id = workspace_with(folder, "summary", big_plan(500))
    with Workspace.open(path, program="bench") as ws:
        issued = services.issue_templates(ws, plan_id, list(regions.PROVINCES), PERIOD, folder / "issued")
        for seed, template in enumerate(issued):
            services.submit(ws, filled(template, folder / f"back{seed}.xlsx", seed))

    def run(_):
        with Workspace.open(path, write=False) as ws:
            services.write_summary(ws, plan_id, PERIOD, folder / "summary.xlsx")
    return Case("summary of 4 regions × 500 tasks", run)


def cases(folder: Path) -> list[Case]:
    return [_templates(folder), _submit(folder), _summary(folder)]
