"""The development index (发展指数): how each indicator is scored and the scores weighed into one figure per region.

Method (README: The development index), for one plan and one reporting period:

- *target* — an indicator is scored against its target in force for the period's year: the first target dated
  that year or later (after the last target, the last). With a baseline b: score = 100 × (v − b) / (T − b);
  a falling target (T < b) makes a value below the baseline progress. Without one: 100 × v / T where higher is
  better, 100 × T / v where lower is. An indicator with no target, or with T = b, is not scored.
- *range* — an indicator is scored against the regions' range in that period (min-max): 100 × (v − min) /
  (max − min) where higher is better, 100 × (max − v) / (max − min) where lower is; where every region has the
  same value (or one region alone reports it) each scores 100.

Either way a score is capped to 0–100. A region's index is the weighted mean of its indicators' scores:
index = Σ wᵢ sᵢ / Σ wᵢ over the indicators the region has a score for. Missing values: an indicator the
region has no value for in that period is left out and its weight spread over the region's others (that is the
division by the weights present); coverage = the weights present / all weights, shown beside the index. A
region with no score at all has no index. Pure logic: no I/O, no SQL, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.planning.document import Direction


class Method(StrEnum):
    TARGET = "target"
    RANGE = "range"


@dataclass(frozen=True)
class Indicator:
    id: int
    name: str
    unit: str
    direction: Direction
    weight: float
    baseline: tuple[int, float] | None  # (year, value)
    targets: tuple[tuple[int, float], ...]  # (year, value), by year


@dataclass(frozen=True)
class Part:
    """One indicator in one region's index."""

    indicator_id: int
    value: float | None  # None: not reported for the period
    score: float | None  # None: not scored (no value, or nothing to score against)
    weight: float
    contribution: float | None  # weight × score / the region's weights present: its share of the index


@dataclass(frozen=True)
class RegionIndex:
    region: str
    index: float | None
    coverage: float  # share of the weights present, 0–1
    parts: tuple[Part, ...]


def target_in_force(targets: tuple[tuple[int, float], ...], year: int) -> tuple[int, float] | None:
    """The first target dated *year* or later; after the last, the last."""
    if not targets:
        return None
    return next((t for t in targets if t[0] >= year), targets[-1])


def _capped(share: float) -> float:
    return 100.0 * min(1.0, max(0.0, share))


def target_score(value: float, indicator: Indicator, year: int) -> float | None:
    target = target_in_force(indicator.targets, year)
    if target is None:
        return None
    goal = target[1]
    if indicator.baseline is not None:
        base = indicator.baseline[1]
        return None if goal == base else _capped((value - base) / (goal - base))
    if indicator.direction == Direction.INCREASE:
        return _capped(value / goal) if goal > 0 else None
    return _capped(goal / value) if value > 0 else 100.0


def range_score(value: float, low: float, high: float, direction: Direction) -> float:
    if high == low:
        return 100.0
    share = (value - low) / (high - low)
    return _capped(share if direction == Direction.INCREASE else 1 - share)


def scores(
    indicators: list[Indicator], values: dict[tuple[int, str], float], regions: list[str], year: int, method: Method
) -> dict[tuple[int, str], float]:
    """Each (indicator, region) with a value and something to score it against, scored 0–100."""
    found: dict[tuple[int, str], float] = {}
    for ind in indicators:
        present = {r: values[ind.id, r] for r in regions if (ind.id, r) in values}
        if not present:
            continue
        low, high = min(present.values()), max(present.values())
        for region, value in present.items():
            if method == Method.TARGET:
                score = target_score(value, ind, year)
            else:
                score = range_score(value, low, high, ind.direction)
            if score is not None:
                found[ind.id, region] = score
    return found


def compute(
    indicators: list[Indicator], values: dict[tuple[int, str], float], regions: list[str], year: int, method: Method
) -> list[RegionIndex]:
    """Every region's index, highest first (regions without one last, in their given order)."""
    scored = scores(indicators, values, regions, year, method)
    total = sum(i.weight for i in indicators)
    result = []
    for region in regions:
        present = sum(i.weight for i in indicators if (i.id, region) in scored)
        parts = tuple(
            Part(
                i.id,
                values.get((i.id, region)),
                scored.get((i.id, region)),
                i.weight,
                i.weight * scored[i.id, region] / present if (i.id, region) in scored and present else None,
            )
            for i in indicators
        )
        index = sum(p.contribution or 0.0 for p in parts) if present else None
        result.append(RegionIndex(region, index, present / total if total else 0.0, parts))
    return sorted(result, key=lambda r: (r.index is None, -(r.index or 0.0)))
