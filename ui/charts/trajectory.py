"""An indicator over time: each province's actual values, the baseline, every dated
target (as in force; where one was revised, the plan's own as a lighter dashed line too),
the straight trajectory between them, and each province's verdict, which names
the period of the value it judges (or says the province has not reported for it)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui import labels, palette
from ui.charts.base import ChartWidget
from ui.charts.fitting import CategoryAxis
from ui.text import fill
from workbench.browse import IndicatorChart
from workbench.values import display

PLAN_COLOR = "#333333"
ORIGINAL_COLOR = "#999999"  # the plan's targets before a revision: lighter than the line in force


def year_ticks(start: float, end: float) -> list[list[tuple[float, str]]]:
    """A label in the middle of each year, tick lines at the year boundaries."""
    years = range(math.floor(start), math.ceil(end) + 1)
    return [[(y + 0.5, str(y)) for y in years], [(float(y), "") for y in years]]


class TrajectoryChart(ChartWidget):
    data: IndicatorChart | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The baseline's and the targets' labels, beside the plot at their height: never over a line or cut.
        self.targets = CategoryAxis("right", share=0.3)
        self.plot.setAxisItems({"right": self.targets})
        self.plot.showGrid(y=True, alpha=0.25)

    def verdict_text(self, region: str) -> str:
        """'Shanghai: off track (2023H1: actual 4,800 vs planned 5,100)', 'Zhejiang: not reported (2023H2)' for
        the caption and tests: every figure with the period it is for."""
        if self.data is None:
            return labels.region(region)
        assessment = self.data.assessments[region]
        text = f"{labels.region(region)}: {labels.verdict(assessment.verdict.value)}"
        judged = assessment.judged
        if judged is not None and assessment.expected is not None:
            details = fill(
                self.tr("(%1: actual %2 vs planned %3)"),
                judged.label,
                display(judged.value),
                display(assessment.expected),
            )
        elif judged is not None:
            details = fill(self.tr("(%1: actual %2)"), judged.label, display(judged.value))
        elif self.data.period is not None:
            details = fill(self.tr("(for %1)"), self.data.period)
        else:
            return text
        return f"{text} {details}"

    def draw(self) -> None:
        chart = self.data
        if chart is None:
            return
        indicator = chart.indicator
        self.set_title(f"{indicator.name}（{indicator.unit}）" if indicator.unit else indicator.name)
        self.set_axis_label("left", indicator.unit)
        self.add_legend()
        size = self.theme.symbol_size
        times = [p.t for points in chart.series.values() for p in points]
        for region, points in chart.series.items():
            if not points:
                continue
            # The legend names the line and its verdict; the figures and their periods are in the caption below.
            self.plot.plot(
                [p.t for p in points],
                [p.value for p in points],
                name=f"{labels.region(region)}: {labels.verdict(chart.assessments[region].verdict.value)}",
                pen=self.pen(palette.REGIONS.get(region, palette.OTHER_REGION)),
                symbol="o",
                symbolSize=size,
                symbolBrush=palette.REGIONS.get(region, palette.OTHER_REGION),
                symbolPen=None,
            )
        plan = chart.trajectory.points
        if not chart.trajectory.has_baseline:
            # No stated baseline: each region's path starts at its own first value.
            for region, path in chart.paths.items():
                if path is not chart.trajectory:
                    self._line(path.points[:2], palette.REGIONS.get(region, PLAN_COLOR), None)
        if plan:
            self.plot.plot(
                [p.t for p in plan],
                [p.value for p in plan],
                name=self.tr("Planned trajectory"),
                pen=self.pen(PLAN_COLOR, width_factor=0.75, style=Qt.PenStyle.DashLine),
                symbol="star",
                symbolSize=size * 1.8,
                symbolBrush=PLAN_COLOR,
                symbolPen=None,
            )
            times += [p.t for p in plan]
        original = chart.original.points if chart.original is not None else ()
        if original:
            # The plan's own targets, where a revision replaced any: beside the line in force, never in its place.
            self._line(original, ORIGINAL_COLOR, self.tr("Targets as the plan set them"))
            times += [p.t for p in original]
        milestones = [(value, label) for label, _, value in self.milestones()]
        self.targets.set_labels(milestones)
        self.plot.showAxis("right", bool(milestones))
        if times:
            self.plot.getAxis("bottom").setTicks(year_ticks(min(times) - 0.5, max(times) + 0.5))
            self.plot.setXRange(min(times) - 0.6, max(times) + 0.6, padding=0)
            values = [p.value for points in chart.series.values() for p in points] + [
                p.value for p in (*plan, *original)
            ]
            low, high = min(values), max(values)
            span = (high - low) or abs(high) or 1
            self.plot.setYRange(low - 0.08 * span, high + 0.08 * span, padding=0)
        captions = [self.verdict_text(r) for r in chart.series]
        self.show_readout("；".join(captions))

    def _line(self, points, hex_color: str, name: str | None) -> None:
        self.plot.plot(
            [p.t for p in points],
            [p.value for p in points],
            name=name,
            pen=self.pen(hex_color, width_factor=0.75, style=Qt.PenStyle.DashLine),
        )

    def milestones(self) -> list[tuple[str, float, float]]:
        """Labels of the baseline and of each target at their place on the trajectory."""
        if self.data is None:
            return []
        indicator = self.data.indicator
        found = []
        points = iter(self.data.trajectory.points)
        if indicator.baseline_value is not None and indicator.baseline_year is not None:
            p = next(points)
            found.append((fill(self.tr("Baseline %1: %2"), p.label, display(p.value)), p.t, p.value))
        stages = {str(year): stage for year, _, stage in indicator.targets}
        for p in points:
            name = f"{p.label} {stages[p.label]}" if stages.get(p.label) else p.label
            found.append((fill(self.tr("Target %1: %2"), name, display(p.value)), p.t, p.value))
        return found

    def describe(self, x: float, y: float) -> str | None:
        if self.data is None:
            return None
        nearest = None
        for region, points in self.data.series.items():
            for p in points:
                d = abs(p.t - x)
                if d < 0.3 and (nearest is None or d < nearest[0]):
                    nearest = (d, region, p)
        if nearest is None:
            return None
        _, region, p = nearest
        planned = self.data.trajectory.expected(p.t)
        text = f"{labels.region(region)} {p.label}: {display(p.value)}"
        if planned is not None:
            text += " " + fill(self.tr("(planned %1)"), display(planned))
        return text
