"""Task status counts per province for one plan and period, as stacked bars."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui import labels, palette
from ui.charts.base import ChartWidget, pg
from ui.charts.fitting import CategoryAxis
from ui.text import fill
from workbench.browse import StatusCounts

BAR_WIDTH = 0.6


class StatusBarsChart(ChartWidget):
    data: StatusCounts | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions = CategoryAxis("bottom", share=0.25)
        self.plot.setAxisItems({"bottom": self.regions})
        self.plot.showGrid(y=True, alpha=0.25)

    def draw(self) -> None:
        counts = self.data
        if counts is None:
            return
        self.set_title(self.tr("Task status by province"))
        self.set_axis_label("left", self.tr("Tasks"))
        self.add_legend()
        xs = list(range(len(counts.regions)))
        base = [0] * len(xs)
        for status in counts.statuses:
            heights = [counts.counts.get((region, status), 0) for region in counts.regions]
            if not any(heights):
                continue
            self.plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    height=heights,
                    y0=list(base),
                    width=BAR_WIDTH,
                    name=labels.status(status),
                    brush=palette.STATUSES[status],
                    pen=self.pen(self.theme.foreground, width_factor=0.4),
                )
            )
            base = [b + h for b, h in zip(base, heights)]
        self.regions.set_labels([(x, labels.region(r)) for x, r in zip(xs, counts.regions)])
        self.plot.setXRange(-0.6, len(xs) - 0.4, padding=0)
        self.plot.setYRange(0, max(base or [1]) * 1.1 or 1, padding=0)

    def empty_message(self) -> str | None:
        if self.data is None or any(self.data.counts.values()):
            return None
        return fill(
            self.tr(
                "No task status recorded for %1 yet. Take in the provinces' reports (Plans → Take in "
                "submissions…), or choose a period with reports in the toolbar."
            ),
            self.subtitle or "—",
        )

    def describe(self, x: float, y: float) -> str | None:
        counts = self.data
        column = round(x)
        if counts is None or not 0 <= column < len(counts.regions) or abs(x - column) > BAR_WIDTH / 2:
            return None
        region = counts.regions[column]
        parts = [
            f"{labels.status(s)} {counts.counts[(region, s)]}"
            for s in counts.statuses
            if counts.counts.get((region, s))
        ]
        return f"{labels.region(region)}: " + "，".join(parts) if parts else labels.region(region)
