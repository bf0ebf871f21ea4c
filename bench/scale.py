"""The scale workspace: what a coordinating office holds after years of work, at a chosen size.

At 1× (`Scale()`): 10 plans, 3,000 tasks, 300 indicators, the 4 provinces and the 41 cities, 20 quarters
(2021Q1–2025Q4): every task reported by each province each quarter (240,000 rows) and every indicator by each
province and city each quarter (270,000 rows), each row with the audit step taking it in would have written
(one step per plan, region and quarter, as a submission makes).

`Scale.times(f)` has about f times the rows: plans grow by √f, quarters by f^(log 3 / log 16) (back from
2025Q4), and synthetic districts (300 at 16×, made in the generated workspace only, under the cities) report
the indicators of the first four plans. 16×: 40 plans, 12,000 tasks, 345 reporting regions, 60 quarters
(2011Q1–2025Q4), 8.3 million progress and indicator rows.

Plans go through the ordinary save path (workbench.planning.plans.save); the reported values through the
documented bulk path (workbench.tracking.progress.bulk_load), the one the demo uses, a plan at a time.
"""

from __future__ import annotations

import functools
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

from db.queries import reference
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
from workbench.reference.regions import RegionLevel
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress

STATUSES = progress.STATUSES
LAST_YEAR = 2025
DISTRICT_PLANS = 4  # the plans whose indicators the districts report


def quarters(count: int) -> tuple[str, ...]:
    """The *count* quarters ending with the last of LAST_YEAR, oldest first."""
    every = [f"{y}Q{q}" for y in range(LAST_YEAR - (count + 3) // 4 + 1, LAST_YEAR + 1) for q in range(1, 5)]
    return tuple(every[-count:])


QUARTERS = quarters(20)


@dataclass(frozen=True)
class Scale:
    plans: int = 10
    tasks_per_plan: int = 300
    indicators_per_plan: int = 30
    groups_per_plan: int = 6
    quarters: tuple[str, ...] = QUARTERS
    districts: int = 0
    audited: bool = True  # each value with its audit entry, as taking it in writes

    @classmethod
    def times(cls, factor: float) -> Scale:
        return cls(
            plans=round(10 * math.sqrt(factor)),
            quarters=quarters(round(20 * factor ** math.log(3, 16))),
            districts=round(300 * (factor - 1) / 15),
        )


def districts(count: int) -> list[dict]:
    """Synthetic districts spread over the 41 cities, as reference rows (code, name, level, parent)."""
    found = []
    for n in range(count):
        city = regions.BY_CODE[regions.CITIES[n % len(regions.CITIES)]]
        number = n // len(regions.CITIES) + 1
        name = f"{city.short_name}第{number}区"
        found.append(
            {
                "code": f"{city.code}-D{number:02d}",
                "name": name,
                "short_name": name,
                "level": RegionLevel.DISTRICT,
                "parent": city.code,
                "aliases": (),
            }
        )
    return found


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


class _Sources:
    """The audit source of each plan, region and period: the file a submission of it would have been."""

    def __init__(self, names: dict[int, str], periods: dict[int, str]) -> None:
        self.names, self.periods = names, periods
        self.known: dict[tuple[int, int, int], str] = {}

    def of_row(self, plan: int, row: dict) -> str:
        key = (plan, row["region_id"], row["period_id"])
        if key not in self.known:
            file = f"长三角信息化合作第{plan}号规划_{self.names[key[1]]}_{self.periods[key[2]]}_进展报送.xlsx"
            self.known[key] = f"submission:{len(self.known) + 1}:{file}"
        return self.known[key]


def build(path: Path, scale: Scale = Scale(), *, seed: int = 7) -> dict[str, float]:
    """Create the scale workspace at *path*; returns row counts and seconds taken."""
    started = time.perf_counter()
    rng = random.Random(seed)
    counts = {"task_progress": 0, "indicator_values": 0}
    with Workspace.open(path, create=True, program="bench scale") as ws:
        with ws.write() as db:
            reference.upsert_regions(db, districts(scale.districts))
        codes = [*regions.PROVINCES, *regions.CITIES]
        ids = reference.region_ids(ws.db)
        district_ids = [ids[d["code"]] for d in districts(scale.districts)]
        period_ids = [progress.period_id(ws, code) for code in scale.quarters]
        names = {ids[c]: regions.BY_CODE[c].name for c in codes} | {i: f"区{i}" for i in district_ids}
        sources = _Sources(names, dict(zip(period_ids, scale.quarters)))
        stamp = now()
        for number in range(1, scale.plans + 1):
            plan_id = plans.save(ws, synthetic_plan(number, scale, rng))
            task_ids = [t for (t,) in ws.db.execute("SELECT id FROM tasks WHERE plan_id = ? ORDER BY id", [plan_id])]
            indicator_ids = [
                i for (i,) in ws.db.execute("SELECT id FROM indicators WHERE plan_id = ? ORDER BY id", [plan_id])
            ]
            # Rows of one plan, region and period together: the audit makes one step of them, as a file would.
            task_rows = [
                {
                    "task_id": t,
                    "region_id": ids[r],
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
                for r in regions.PROVINCES
                for p in period_ids
                for t in task_ids
            ]
            reporting = [ids[c] for c in codes] + (district_ids if number <= DISTRICT_PLANS else [])
            value_rows = [
                {
                    "indicator_id": i,
                    "region_id": r,
                    "period_id": p,
                    "value": round(rng.uniform(40, 100), 2),
                    "note": "",
                    "origin": "sample",
                    "submission_id": None,
                    "updated_at": stamp,
                }
                for r in reporting
                for p in period_ids
                for i in indicator_ids
            ]
            source = functools.partial(sources.of_row, plan_id) if scale.audited else None
            progress.bulk_load(ws, progress.TASK_PROGRESS, task_rows, audit_as=source)
            progress.bulk_load(ws, progress.INDICATOR_VALUE, value_rows, audit_as=source)
            counts["task_progress"] += len(task_rows)
            counts["indicator_values"] += len(value_rows)
    return {
        "plans": scale.plans,
        "tasks": scale.plans * scale.tasks_per_plan,
        "indicators": scale.plans * scale.indicators_per_plan,
        "regions": len(codes) + len(district_ids),
        "periods": len(period_ids),
        **counts,
        "megabytes": round(path.stat().st_size / 2**20),
        "seconds": round(time.perf_counter() - started, 1),
    }


if __name__ == "__main__":
    import sys
    import tempfile

    factor = float(sys.argv[1]) if len(sys.argv) > 1 else 1
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "scale.sqlite"
    print(target, build(target, Scale.times(factor)))
