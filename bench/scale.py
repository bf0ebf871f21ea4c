"""The scale workspace: what a coordinating office holds after years of work.

10 plans, 3,000 tasks, 300 indicators, the 4 provinces and the 41 cities, 20 quarters
(2021Q1–2025Q4): every task reported by each province each quarter (240,000 rows) and
every indicator by each province and city each quarter (270,000 rows).

Plans go through the ordinary save path (workbench.planning.plans.save); the reported values
through the documented bulk path (workbench.tracking.progress.bulk_load), the one the demo uses.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.planning import plans
from workbench.planning.document import (
    NodeKind,
    OutlineNode,
    ParsedIndicator,
    ParsedPlan,
    ParsedTarget,
    ParsedTask,
    PlanMetadata,
    Span,
)
from workbench.reference import regions
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress

STATUSES = progress.STATUSES
QUARTERS = tuple(f"{y}Q{q}" for y in range(2021, 2026) for q in range(1, 5))


@dataclass(frozen=True)
class Scale:
    plans: int = 10
    tasks_per_plan: int = 300
    indicators_per_plan: int = 30
    groups_per_plan: int = 6
    quarters: tuple[str, ...] = QUARTERS


def synthetic_plan(number: int, scale: Scale, rng: random.Random) -> ParsedPlan:
    """A plan shaped like the seeds: parts, task groups, numbered tasks, indicators."""
    lines: list[str] = [f"长三角信息化合作第{number}号规划（2021-2025年）", "二、主要任务"]
    tasks: list[ParsedTask] = []
    groups: list[OutlineNode] = []
    per_group = scale.tasks_per_plan // scale.groups_per_plan
    offset = sum(len(line) + 1 for line in lines)
    for g in range(scale.groups_per_plan):
        label, title = f"（{g + 1}）", f"第{g + 1}组重点任务"
        heading = f"{label}{title}"
        group = OutlineNode(label, title, heading, NodeKind.TASK_GROUP, Span(offset, offset + len(heading)))
        lines.append(heading)
        offset += len(heading) + 1
        for t in range(per_group):
            n = g * per_group + t + 1
            task_title = f"推进第{n}项区域协同信息化工作"
            text = f"{n}.{task_title}。" + "加强三省一市协同，完善共建共享机制。" * rng.randint(1, 4)
            span = Span(offset, offset + len(text))
            tasks.append(
                ParsedTask(
                    str(n),
                    task_title,
                    text.split("。", 1)[1],
                    label,
                    title,
                    span,
                    lead_units=[f"{rng.choice(['上海市', '江苏省', '浙江省', '安徽省'])}经信委"],
                )
            )
            group.children.append(OutlineNode(f"{n}.", task_title, text, NodeKind.TASK, span))
            lines.append(text)
            offset += len(text) + 1
        groups.append(group)
    indicators = []
    for i in range(scale.indicators_per_plan):
        sentence = f"到2025年，指标{i + 1}达到{80 + i}%。"
        indicators.append(
            ParsedIndicator(
                f"第{number}号规划指标{i + 1}",
                "%",
                Span(offset, offset + len(sentence)),
                baseline_value=40.0 + i,
                baseline_year=2020,
                targets=[ParsedTarget(2023, 60.0 + i), ParsedTarget(2025, 80.0 + i)],
            )
        )
        lines.append(sentence)
        offset += len(sentence) + 1
    source = "\n".join(lines)
    part = OutlineNode("二、", "主要任务", "二、主要任务", NodeKind.PART, Span(0, len(source)), groups)
    return ParsedPlan(
        PlanMetadata(f"长三角信息化合作第{number}号规划（2021-2025年）", "规划", 2021, 2025),
        source,
        f"scale-{number}.txt",
        outline=[part],
        tasks=tasks,
        indicators=indicators,
    )


def build(path: Path, scale: Scale = Scale(), *, seed: int = 7) -> dict[str, float]:
    """Create the scale workspace at *path*; returns row counts and seconds taken."""
    started = time.perf_counter()
    rng = random.Random(seed)
    with Workspace.open(path, create=True, program="bench scale") as ws:
        for number in range(1, scale.plans + 1):
            plans.save(ws, synthetic_plan(number, scale, rng))
        region_ids = {code: progress.region_id(ws, code) for code in (*regions.PROVINCES, *regions.CITIES)}
        period_ids = [progress.period_id(ws, code) for code in scale.quarters]
        task_ids = [t for (t,) in ws.db.execute("SELECT id FROM tasks ORDER BY id")]
        indicator_ids = [i for (i,) in ws.db.execute("SELECT id FROM indicators ORDER BY id")]
        stamp = now()
        task_rows = [
            {
                "task_id": t,
                "region_id": region_ids[r],
                "period_id": p,
                "status": rng.choice(STATUSES),
                "percent": float(rng.randrange(0, 101, 5)),
                "progress": "按计划推进",
                "problems": "",
                "next_steps": "",
                "origin": "sample",
                "submission_id": None,
                "updated_at": stamp,
            }
            for t in task_ids
            for r in regions.PROVINCES
            for p in period_ids
        ]
        value_rows = [
            {
                "indicator_id": i,
                "region_id": rid,
                "period_id": p,
                "value": round(rng.uniform(40, 100), 2),
                "note": "",
                "origin": "sample",
                "submission_id": None,
                "updated_at": stamp,
            }
            for i in indicator_ids
            for rid in region_ids.values()
            for p in period_ids
        ]
        progress.bulk_load(ws, progress.TASK_PROGRESS, task_rows)
        progress.bulk_load(ws, progress.INDICATOR_VALUE, value_rows)
    return {
        "plans": scale.plans,
        "tasks": len(task_ids),
        "indicators": len(indicator_ids),
        "regions": len(region_ids),
        "periods": len(period_ids),
        "task_progress": len(task_rows),
        "indicator_values": len(value_rows),
        "seconds": time.perf_counter() - started,
    }


if __name__ == "__main__":
    import sys
    import tempfile

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "scale.sqlite"
    print(target, build(target))
