"""What keeps a chart readable at any size, from a laptop to a 1280×720 projector with presentation mode's
large text: axes of named places that show only the labels that fit, the legend in a row under the plot
instead of over the data, and a title that spans the chart and is shortened to its width.

pyqtgraph reserves 80 % of a tick label's measured height and lets a title row be 30 px high whatever its
font, which cuts Chinese text at the bottom; here the room is the text's full height."""

from __future__ import annotations

import itertools
import math
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

TITLE_ROW, LEGEND_ROW = 0, 4  # rows of a PlotItem's layout: title, top axis, view, bottom axis; then ours
GAP = 6  # px between labels, and around the legend


def elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))


class CategoryAxis(pg.AxisItem):
    """An axis of named places (provinces, task groups, task numbers). A label is at most `share` of the chart's
    width, and along a horizontal axis at most the room between two places (the readout under the chart names
    it whole); where even the first few characters do not fit, it shows every second or third label, more
    when zoomed in."""

    def __init__(self, orientation: str, share: float = 0.4) -> None:
        super().__init__(orientation)
        self.share = share
        self._labels: dict[float, str] = {}
        self._shown: dict[float, str] = {}
        self._width = 0.0
        self._room: float | None = None  # px a horizontal label may take at the present zoom, if shortened
        self.setStyle(autoExpandTextSpace=False)  # the room is set in fit(), from the labels themselves

    @property
    def vertical(self) -> bool:
        return self.orientation in ("left", "right")

    def tick_font(self) -> QFont:
        return self.style["tickFont"] or QFont()

    def set_labels(self, labels: list[tuple[float, str]]) -> None:
        self._labels = {}
        for at, text in labels:  # two at one place (a target equal to the baseline) share it
            self._labels[float(at)] = f"{self._labels[float(at)]} / {text}" if float(at) in self._labels else text
        self.fit(self._width)

    def fit(self, chart_width: float) -> None:
        """Shorten the labels to the chart's width and reserve the room they take."""
        self._width = chart_width
        font, metrics = self.tick_font(), QFontMetricsF(self.tick_font())
        limit = max(chart_width * self.share, metrics.horizontalAdvance("中") * 4)
        self._shown = {at: elided(text, font, limit) for at, text in self._labels.items()}
        if self.vertical:
            widest = max((metrics.horizontalAdvance(t) for t in self._shown.values()), default=0)
            # The first and last label may reach half their height past the axis' ends.
            self.setStyle(tickTextWidth=math.ceil(widest) + 2, hideOverlappingLabels=math.ceil(metrics.height() / 2))
        else:
            self.setStyle(tickTextHeight=math.ceil(metrics.height()))

    def setGrid(self, grid: int | float | bool) -> None:
        super().setGrid(False)  # no grid lines from places; with them pyqtgraph would also cut the end labels

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        places = sorted(at for at in self._shown if low <= at <= high)
        if not places or size <= 0 or high <= low:
            return []
        metrics = QFontMetricsF(self.tick_font())
        step = min((b - a for a, b in itertools.pairwise(places)), default=1.0)
        between = step * size / (high - low)  # px from one place to the next
        self._room = None
        if self.vertical:
            needed = metrics.height() + 2
        else:
            needed = max(metrics.horizontalAdvance(self._shown[at]) for at in places) + GAP
            if needed > between >= metrics.horizontalAdvance("中") * 3 + GAP:
                self._room, needed = between - GAP, between  # shortened, every place keeps its label
        every = max(1, math.ceil(needed / between))
        return [(step * every, places[::every])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        shown = [self._shown.get(v, "") for v in values]
        if self._room is None:
            return shown
        return [elided(text, self.tick_font(), self._room) for text in shown]


class Sample(pg.ItemSample):
    """A legend's sample; a bar's is its colour alone (pyqtgraph's draws a stub of line beside it)."""

    def paint(self, p, *args) -> None:
        if not isinstance(self.item, pg.BarGraphItem):
            super().paint(p, *args)
            return
        p.setPen(pg.mkPen(self.item.opts["pen"]))
        p.setBrush(pg.mkBrush(self.item.opts["brush"]))
        p.drawRect(QRectF(2, 2, 18, 18))


class LegendRow(pg.GraphicsWidget):
    """A row of the plot's layout under the bottom axis that holds the legend: the legend never covers the
    data, and it takes as many columns as the chart's width allows."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self.plot = plot
        self.legend: pg.LegendItem | None = None
        plot.layout.addItem(self, LEGEND_ROW, 0, 1, 3)
        self._height(0)

    def _height(self, height: float) -> None:
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.plot.layout.setRowFixedHeight(LEGEND_ROW, height)

    def replace(self, legend: pg.LegendItem | None) -> None:
        """Show *legend* here (None: no legend); items plotted with a name join it."""
        if self.legend is not None:
            self.legend.setParentItem(None)
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
        self.legend = legend
        self.plot.legend = legend
        if legend is None:
            self._height(0)
            return
        legend.setParentItem(self)
        legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, GAP / 2))
        legend.geometryChanged.connect(self.fit)

    def fit(self, width: float | None = None) -> None:
        """As many columns as fit in *width* (the chart's; else the row's), and the row as high as the legend."""
        legend = self.legend
        if legend is None:
            return
        room = (width if width is not None else self.width()) - 2 * GAP
        entries = [sample.width() + label.width() + 8 for sample, label in legend.items]
        columns = len(entries)
        while columns > 1 and self._row_width(entries, columns) > room:
            columns -= 1
        if columns and columns != legend.columnCount:
            legend.setColumnCount(columns)
        self._height(legend.height() + GAP if entries else 0)

    @staticmethod
    def _row_width(entries: list[float], columns: int) -> float:
        widths = [max(entries[c::columns]) for c in range(columns)]
        return sum(widths)


def set_title(plot: pg.PlotItem, text: str, font: QFont, color: str, width: float) -> None:
    """The title across the whole chart (not only above the data), shortened to *width*, its row as high as
    its text."""
    if not text:
        plot.setTitle(None)
        return
    label = plot.titleLabel
    layout = plot.layout
    if layout.itemAt(TITLE_ROW, 0) is not label:
        layout.removeItem(label)
        layout.addItem(label, TITLE_ROW, 0, 1, 3)
    shown = escape(elided(text, font, width))  # a plan's text, shown as text
    plot.setTitle(shown, size=f"{font.pointSizeF():g}pt", color=color)
    height = math.ceil(QFontMetricsF(font).height()) + GAP
    label.setMaximumHeight(height)
    layout.setRowFixedHeight(TITLE_ROW, height)
