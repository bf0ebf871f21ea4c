"""Is an indicator on track? The business rule behind the indicator chart's verdict.

The planned trajectory runs in straight lines from the baseline to each dated target in
turn (baseline → α → β → γ); after the last target the plan expects at least that target
to hold. Where the plan states no baseline (002 gives only its staged targets), each
region's first reported value stands in for it, so the region's path runs from where it
started. A region is on track when its actual value is at or beyond its path at that
moment (above it for an indicator where higher is better, below it otherwise). The value
judged is the region's value for the period asked about — a region that has none for it
is not reported, never judged on an older value — or, with no period, its latest one.

A target revised at mid-term (中期评估) is in force from its revision's date: a value is judged on the targets
in force on the day its period ends, so a value reported before a revision keeps the verdict of the plan's own
targets, and the plan's targets stay known (the chart can draw them beside the revised ones).

Time is in decimal years measured at the end of what a value describes: a baseline or
target "for 2020" is the state at the end of 2020 (2021.0), a value for 2023H1 is the
state on 30 June 2023 (2023.5). Pure logic: no I/O, no SQL, no Qt.
"""

from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from workbench.planning.document import Direction
from workbench.reference import periods


class Verdict(StrEnum):
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"  # the region has reported no value yet
    NOT_REPORTED = "not_reported"  # the region has no value for the period judged
    NO_TARGET = "no_target"  # nothing to compare with: no targets, or data older than the trajectory


@dataclass(frozen=True)
class Point:
    t: float  # decimal year, end of the period described
    value: float
    label: str = ""  # what a person calls that moment: 2023H1, 2020


def year_end(year: int) -> float:
    return float(year + 1)


def on_date(t: float) -> str:
    """The ISO date a decimal year ends at: 2023.5 → 2023-06-30, 2024.0 → 2023-12-31."""
    year, month = divmod(round(t * 12) - 1, 12)
    return f"{year:04d}-{month + 1:02d}-{calendar.monthrange(year, month + 1)[1]:02d}"


def period_end(code: str) -> float:
    period = periods.parse(code)
    return period.year + period.end_month / 12


_DEADLINE = re.compile(r"(\d{4})\s*(?:年|[-/.])?\s*(?:(\d{1,2})\s*(?:月|[-/.]|$))?")


@functools.lru_cache(maxsize=1024)  # a plan's deadlines are a few phrases, each on many tasks
def deadline_end(text: str | None) -> float | None:
    """When a deadline such as '2022年底', '2023年6月' or '2023-06-30' falls; None if it names
    no year. Of a range ('2021—2023年') the last date counts."""
    found = list(_DEADLINE.finditer(text or ""))
    if not found:
        return None
    m = found[-1]
    year, month = int(m.group(1)), m.group(2)
    if month and 1 <= int(month) <= 12:
        return year + int(month) / 12
    return year_end(year)


@dataclass(frozen=True)
class Revision:
    """A target revised: the year's target from *old* (None: the plan set none) to *new*, in force from *on*."""

    year: int
    old: float | None
    new: float
    on: str  # ISO date
    reason: str = ""
    source: str = ""  # the document that revised it


def in_force(targets: Iterable[tuple[int, float]], revisions: Iterable[Revision], on: str | None = None) -> dict:
    """Each year's target in force on the date *on* (None: after every revision): the plan's, or the latest
    revision dated on or before it (revisions of one day in the order given)."""
    found = dict(targets)
    for r in sorted(revisions, key=lambda r: r.on):
        if on is None or r.on <= on:
            found[r.year] = r.new
    return found


@dataclass(frozen=True)
class Trajectory:
    """The planned path: baseline and dated targets in time order, as the plan set them; with the revisions of
    its targets, `in_force` gives the path as it stood on a date."""

    points: tuple[Point, ...]
    direction: Direction = Direction.INCREASE
    has_baseline: bool = True
    revisions: tuple[Revision, ...] = ()

    def in_force(self, on: str | None = None) -> Trajectory:
        """The path with the targets in force on *on* (ISO date; None: after every revision)."""
        if not self.revisions:
            return self
        start = self.points[:1] if self.has_baseline else ()
        targets = in_force(((int(p.label), p.value) for p in self.points[len(start) :]), self.revisions, on)
        return _path(start, targets.items(), self.direction, self.has_baseline)

    def for_region(self, actual: list[Point]) -> Trajectory:
        """The path a region is measured against: without a stated baseline, from the
        region's first value (when it comes before the first target)."""
        if self.has_baseline or not actual or not self.points:
            return self
        first = min(actual, key=lambda p: p.t)
        if first.t >= self.points[0].t:
            return self
        return Trajectory((first, *self.points), self.direction, has_baseline=True)

    def expected(self, t: float) -> float | None:
        """The planned value at time t: interpolated between the points, held after the
        last one, undefined (None) before the first."""
        if not self.points or t < self.points[0].t:
            return None
        i = bisect_right([p.t for p in self.points], t)
        if i >= len(self.points):
            return self.points[-1].value
        a, b = self.points[i - 1], self.points[i]
        return a.value + (b.value - a.value) * (t - a.t) / (b.t - a.t)

    def meets(self, actual: float, expected: float) -> bool:
        return actual >= expected if self.direction == Direction.INCREASE else actual <= expected


def build(
    baseline_value: float | None,
    baseline_year: int | None,
    targets: list[tuple[int, float]],
    direction: Direction | str = Direction.INCREASE,
    revisions: Iterable[Revision] = (),
) -> Trajectory:
    """The trajectory of one indicator as the plan set it, with the revisions of its targets. Targets dated at
    or before the baseline are ignored: a line cannot run backwards in time."""
    has_baseline = baseline_value is not None and baseline_year is not None
    start: tuple[Point, ...] = ()
    if baseline_value is not None and baseline_year is not None:
        start = (Point(year_end(baseline_year), float(baseline_value), str(baseline_year)),)
    return _path(start, targets, Direction(direction), has_baseline, tuple(revisions))


def _path(
    start: tuple[Point, ...],
    targets: Iterable[tuple[int, float]],
    direction: Direction,
    has_baseline: bool,
    revisions: tuple[Revision, ...] = (),
) -> Trajectory:
    points = list(start)
    for year, value in sorted(targets):
        t = year_end(year)
        if not points or t > points[-1].t:
            points.append(Point(t, float(value), str(year)))
    return Trajectory(tuple(points), direction, has_baseline, revisions)


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    judged: Point | None = None  # the value judged; its label names its period
    expected: float | None = None

    @property
    def gap(self) -> float | None:
        """Actual minus planned at the value judged (negative is behind for a rising indicator)."""
        if self.judged is None or self.expected is None:
            return None
        return self.judged.value - self.expected


def assess(trajectory: Trajectory, actual: list[Point], period: str | None = None) -> Assessment:
    """The verdict for one region's actual values (any order, each labelled with its period): on its value for
    *period*, or without one on its latest value, against the targets in force when that value's period ended."""
    if period is not None:
        judged = next((p for p in actual if p.label == period), None)
        if judged is None:
            return Assessment(Verdict.NOT_REPORTED)
    elif actual:
        judged = max(actual, key=lambda p: p.t)
    else:
        return Assessment(Verdict.NO_DATA)
    expected = trajectory.in_force(on_date(judged.t)).for_region(actual).expected(judged.t)
    if expected is None:
        return Assessment(Verdict.NO_TARGET, judged)
    verdict = Verdict.ON_TRACK if trajectory.meets(judged.value, expected) else Verdict.OFF_TRACK
    return Assessment(verdict, judged, expected)
