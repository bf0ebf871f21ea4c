"""Hand-built plans for the Excel tests: small, deterministic, independent of the
plan-document importer."""

from __future__ import annotations

from workbench.planning.document import ParsedIndicator, ParsedPlan, ParsedTarget, ParsedTask, PlanMetadata, Span

TITLE = "长三角测试行动计划（2021-2023年）"
_GROUPS = ("（一）", "推进新基建"), ("（二）", "推动数字产业联动")
_LEADS = ("省经信厅", "市通信管理局", "省发展改革委")


def task(seq: int, *, regions: tuple[str, ...] = (), numbering: str = "plan") -> ParsedTask:
    """Tasks 1–3 in group （一）, the rest in （二）; numbering "group" restarts at 1 in each."""
    group = _GROUPS[0 if seq <= 3 else 1]
    number = str(seq if numbering == "plan" or seq <= 3 else seq - 3)
    return ParsedTask(
        number=number,
        title=f"第{seq}项任务：推进数字长三角建设工作{seq}",
        body="正文。",
        group_number=group[0],
        group_title=group[1],
        span=Span(0, 10),
        lead_units=[_LEADS[seq % 3]],
        regions=list(regions),
        deadline="2023年底",
    )


def plan(tasks: int = 6, *, title: str = TITLE, numbering: str = "plan") -> ParsedPlan:
    source = f"{title}\n" + "正文" * 200 + f"{tasks}{numbering}"
    task_list = [task(i, numbering=numbering) for i in range(1, tasks + 1)]
    if tasks >= 5:
        task_list[2].regions = ["JS"]  # only 江苏 reports task 3
        task_list[4].regions = ["SH", "ZJ-HZ"]  # 上海 and 浙江 (杭州) report task 5
    return ParsedPlan(
        metadata=PlanMetadata(title=title, kind="行动计划", period_start=2021, period_end=2023),
        source_text=source,
        source_name="test-plan.txt",
        tasks=task_list,
        indicators=[
            ParsedIndicator(
                "5G基站数",
                "万个",
                Span(0, 5),
                baseline_value=10.0,
                baseline_year=2020,
                targets=[ParsedTarget(2023, 30.0)],
            ),
            ParsedIndicator(
                "固定宽带家庭普及率",
                "%",
                Span(0, 5),
                baseline_value=62.5,
                baseline_year=2020,
                targets=[ParsedTarget(2022, 80.0), ParsedTarget(2025, 90.0)],
            ),
            ParsedIndicator(
                "产业规模（产值/营收）",
                "亿元",
                Span(0, 5),
                scope_region="SH-QP",
                targets=[ParsedTarget(2023, 2000.0, "α"), ParsedTarget(2025, 3000.0, "β")],
            ),
            ParsedIndicator(
                "宽带接入端口",
                "个",
                Span(0, 5),
                baseline_value=97860000.0,
                baseline_year=2015,
                targets=[ParsedTarget(2023, 120000000.0)],
            ),
        ],
    )
