"""A plan's tasks against time: one bar per task from the plan's start to its deadline
(lighter where the task names none and the plan's end stands in), and the plan's stages
(α/β/γ) as shaded bands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.charts.base import ChartWidget, color, pg
from ui.charts.fitting import CategoryAxis
from ui.charts.trajectory import year_ticks
from ui.text import fill
from workbench.browse import Timeline

TASK_COLOR = "#0072B2"
STAGE_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7")


class TimelineChart(ChartWidget):
    data: Timeline | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = CategoryAxis("left", share=0.2)
        self.stages = CategoryAxis("top", share=0.3)  # the stages' names, above their bands
        self.stages.setStyle(tickLength=0)
        self.plot.setAxisItems({"left": self.numbers, "top": self.stages})
        self.plot.invertY(True)

    def draw(self) -> None:
        line = self.data
        if line is None:
            return
        self.set_title(self.tr("Tasks, deadlines and stages"))
        self.add_legend()
        self.plot.showAxis("top", bool(line.stages))
        self.stages.set_labels(
            [((first + last + 1.0) / 2, fill(self.tr("Stage %1"), label)) for label, first, last in line.stages]
        )
        for i, (_, first, last) in enumerate(line.stages):
            band = pg.LinearRegionItem(
                (first, last + 1.0),
                movable=False,
                brush=color(STAGE_COLORS[i % len(STAGE_COLORS)], self.theme.fill_alpha),
            )
            band.setZValue(-10)
            self.plot.addItem(band)
        for dated, name in ((True, self.tr("Deadline given")), (False, self.tr("No deadline: plan end"))):
            tasks = [t for t in line.tasks if t.has_deadline == dated]
            if not tasks:
                continue
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=[line.start] * len(tasks),
                    x1=[t.end for t in tasks],
                    y=[t.seq for t in tasks],
                    height=0.6,
                    brush=color(TASK_COLOR, 255 if dated else self.theme.fill_alpha),
                    name=name,
                    pen=self.pen(TASK_COLOR, width_factor=0.4),
                )
            )
        self.numbers.set_labels([(t.seq, t.number) for t in line.tasks])
        self.plot.getAxis("bottom").setTicks(year_ticks(line.start, line.end))
        self.plot.setXRange(line.start - 0.2, line.end + 0.2, padding=0)
        self.plot.setYRange(min(t.seq for t in line.tasks) - 0.6, max(t.seq for t in line.tasks) + 0.6, padding=0)

    def empty_message(self) -> str | None:
        if self.data is None or self.data.tasks:
            return None
        return self.tr("This plan states no tasks, so there is no timeline to draw.")

    def describe(self, x: float, y: float) -> str | None:
        if self.data is None:
            return None
        seq = round(y)
        task = next((t for t in self.data.tasks if t.seq == seq), None)
        if task is None:
            return None
        due = task.deadline or self.tr("no deadline")
        return f"{task.number}. {task.title} — {due}"
