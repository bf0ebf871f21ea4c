"""Mean percent done per task group of a plan in one period, as horizontal bars."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.charts.base import ChartWidget, pg
from ui.charts.fitting import CategoryAxis
from ui.text import fill
from workbench.browse import GroupProgress

BAR_COLOR = "#0072B2"


def percent(group: GroupProgress) -> str:
    """A group nobody reported on shows a dash, not 0%."""
    return "—" if group.percent is None else f"{group.percent:.0f}%"


class GroupProgressChart(ChartWidget):
    data: list[GroupProgress] | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Group titles run to 30 characters: the axis shows their start, the readout all of them.
        self.groups = CategoryAxis("left", share=0.45)
        self.plot.setAxisItems({"left": self.groups})
        self.plot.showGrid(x=True, alpha=0.25)
        self.plot.invertY(True)  # first group at the top, as in the plan

    def draw(self) -> None:
        groups = self.data
        if groups is None:
            return
        self.set_title(self.tr("Progress by task group"))
        self.set_axis_label("bottom", self.tr("Mean % done"))
        ys = list(range(len(groups)))
        widths = [g.percent or 0 for g in groups]
        self.plot.addItem(
            pg.BarGraphItem(
                x0=[0] * len(ys),
                y=ys,
                width=widths,
                height=0.6,
                brush=BAR_COLOR,
                pen=self.pen(self.theme.foreground, width_factor=0.4),
            )
        )
        for y, g in zip(ys, groups):
            text = pg.TextItem(percent(g), color=self.theme.foreground, anchor=(0, 0.5))
            text.setPos(g.percent or 0, y)
            self.plot.addItem(text)
        self.groups.set_labels([(y, self.name(g)) for y, g in zip(ys, groups)])
        self.plot.setXRange(0, 110, padding=0)
        self.plot.setYRange(-0.6, len(ys) - 0.4, padding=0)

    def empty_message(self) -> str | None:
        if self.data is None:
            return None
        if not self.data:
            return self.tr("This plan's tasks are not in groups, so there is no progress by group to show.")
        if all(g.percent is None for g in self.data):
            return fill(
                self.tr("No progress reported for %1 yet: the bars appear once the provinces' reports are taken in."),
                self.subtitle or "—",
            )
        return None

    def name(self, group: GroupProgress) -> str:
        return f"{group.number}{group.title}" or self.tr("Tasks not in a group")

    def describe(self, x: float, y: float) -> str | None:
        groups, at = self.data, round(y)
        if groups is None or not 0 <= at < len(groups):
            return None
        g = groups[at]
        return fill(self.tr("%1: %2 done (%3 tasks)"), self.name(g), percent(g), g.tasks)
