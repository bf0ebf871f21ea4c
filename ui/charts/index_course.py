"""The development index over the reporting periods: a line per province (data: region → [(period, index)])."""

from __future__ import annotations

from ui import labels, palette
from ui.charts.base import ChartWidget


class IndexCourseChart(ChartWidget):
    data: dict[str, list[tuple[str, float]]] | None

    def empty_message(self) -> str | None:
        if self.data is None or not any(self.data.values()):
            return self.tr("No period has values of this plan's indicators yet.")
        return None

    def draw(self) -> None:
        assert self.data is not None
        order = sorted({p for series in self.data.values() for p, _ in series})
        at = {p: n for n, p in enumerate(order)}
        self.set_title(self.tr("Development index by period"))
        self.plot.getAxis("bottom").setTicks([[(n, p) for p, n in at.items()]])
        self.add_legend()
        for region, series in self.data.items():
            if series:
                self.plot.plot(
                    [at[p] for p, _ in series],
                    [v for _, v in series],
                    pen=self.pen(palette.REGIONS.get(region, palette.OTHER_REGION)),
                    symbol="o",
                    symbolBrush=palette.REGIONS.get(region, palette.OTHER_REGION),
                    name=labels.region(region),
                )
        self.plot.setYRange(0, 100)
        self.plot.setXRange(-0.3, max(len(order) - 0.7, 0.3))
