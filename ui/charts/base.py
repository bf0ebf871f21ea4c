"""What every chart shares: a pyqtgraph plot in a widget, a theme (normal or the
high-contrast one of presentation mode), a readout line for the value under the mouse,
export to PNG or SVG, the legend under the plot, and a view the mouse can zoom and pan only
within what was drawn, with Reset view (a button while zoomed, and in the right-click menu).

A chart is fed plain data with `set_data()` and draws only from that; it never reaches
back into the workspace. Texts are translated when drawn, so a language switch redraws.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pyqtgraph would prefer PyQt6 if present

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QToolButton, QVBoxLayout, QWidget

from ui.charts.fitting import CategoryAxis, LegendRow, Sample, set_title
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.text import QT_TRANSLATE_NOOP, fill

pg.setConfigOptions(antialias=True, background="w", foreground="k")


@dataclass(frozen=True)
class Theme:
    line_width: float
    symbol_size: int
    font_size: int
    background: str
    foreground: str
    fill_alpha: int  # 0–255, for areas such as stages and bars without a deadline


NORMAL = Theme(line_width=2, symbol_size=8, font_size=10, background="#ffffff", foreground="#222222", fill_alpha=60)
HIGH_CONTRAST = Theme(
    line_width=4, symbol_size=14, font_size=16, background="#ffffff", foreground="#000000", fill_alpha=110
)
ZOOM_IN = 10  # the mouse wheel zooms in to a tenth of what was drawn, never to nothing
MIN_LINES = 12  # a plot is at least this many lines of its text high: larger text, a taller chart
RESET_VIEW = QT_TRANSLATE_NOOP("ChartWidget", "Reset view")
SAMPLE_TITLE = QT_TRANSLATE_NOOP("ChartWidget", "[Sample data] %1")


def color(hex_color: str, alpha: int = 255) -> QColor:
    c = QColor(hex_color)
    c.setAlpha(alpha)
    return c


class ChartWidget(Retranslating, QWidget):
    """Subclasses implement `draw()` (from self.data, with self.theme) and may implement
    `describe(x, y)`, the readout for the point under the mouse, and `empty_message()`, the
    sentence shown instead of bare axes when the data holds nothing to draw."""

    export_requested = Signal(object, str)  # this chart, "png" or "svg": the window asks where

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Any = None
        self.subtitle = ""  # e.g. the period the data is for, appended to the title
        self.sample = False  # the figures are the demo's made-up ones: the title says so
        self.theme = NORMAL
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.readout = PlainLabel()
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)  # a long caption wraps instead of widening the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = PlainLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.readout)
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot_widget.customContextMenuRequested.connect(self._menu)
        self.legend_row = LegendRow(self.plot)
        self.title = ""
        self.home: list[list[float]] | None = None  # the range drawn, to which Reset view returns
        # Over the plot's top right corner, shown while zoomed or panned; a child of the chart, not of the
        # plot, so that an exported picture leaves it out.
        self.reset_button = QToolButton(self)
        self.reset_button.clicked.connect(self.reset_view)
        self.reset_button.hide()
        self.plot.vb.sigRangeChanged.connect(lambda *_: self._range_changed())
        self.plot_widget.installEventFilter(self)

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        reset = menu.addAction(QCoreApplication.translate("ChartWidget", RESET_VIEW), self.reset_view)
        reset.setEnabled(self.zoomed)
        menu.addSeparator()
        # Explicit context: self.tr() would look the text up under the subclass's name.
        for text, kind in (
            (QT_TRANSLATE_NOOP("ChartWidget", "Export as PNG…"), "png"),
            (QT_TRANSLATE_NOOP("ChartWidget", "Export as SVG…"), "svg"),
        ):
            menu.addAction(
                QCoreApplication.translate("ChartWidget", text), partial(self.export_requested.emit, self, kind)
            )
        menu.popup(self.plot_widget.mapToGlobal(position))

    def set_data(self, data: Any) -> None:
        self.data = data
        self.redraw()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.redraw()

    def retranslate(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        self.plot.clear()
        self.legend_row.replace(None)  # rebuilt on every draw: its font follows the theme
        self.plot.vb.setLimits(xMin=None, xMax=None, yMin=None, yMax=None, minXRange=None, minYRange=None)
        self.home = None
        self.title = ""
        self.reset_button.setText(QCoreApplication.translate("ChartWidget", RESET_VIEW))
        self.readout.clear()
        font = QFont(self.font())
        font.setPointSize(self.theme.font_size)
        self.readout.setFont(font)
        self.plot_widget.setMinimumHeight(round(QFontMetricsF(font).lineSpacing() * MIN_LINES))
        for axis in (a["item"] for a in self.plot.axes.values()):
            axis.setTickFont(font)
            axis.setPen(pg.mkPen(self.theme.foreground, width=max(1, self.theme.line_width / 2)))
            axis.setTextPen(pg.mkPen(self.theme.foreground))
        self.plot_widget.setBackground(self.theme.background)
        empty = self.empty_message() if self.data is not None else None
        self.empty.setText(empty or "")
        self.empty.setFont(font)
        self.empty.setVisible(empty is not None)
        self.plot_widget.setVisible(empty is None)
        if self.data is not None and empty is None:
            self.draw()
            self._keep_in_range()
        self._fit()

    def _keep_in_range(self) -> None:
        """The range draw() chose is as far as the mouse may pan or zoom out."""
        vb = self.plot.vb
        if any(vb.autoRangeEnabled()):
            return
        (x0, x1), (y0, y1) = self.home = vb.viewRange()
        vb.setLimits(xMin=x0, xMax=x1, yMin=y0, yMax=y1, minXRange=(x1 - x0) / ZOOM_IN, minYRange=(y1 - y0) / ZOOM_IN)
        self._range_changed()

    @property
    def zoomed(self) -> bool:
        if self.home is None:
            return False
        return any(
            abs(shown - drawn) > (end - start) * 1e-3
            for (start, end), now in zip(self.home, self.plot.vb.viewRange())
            for shown, drawn in zip(now, (start, end))
        )

    def reset_view(self) -> None:
        if self.home is not None:
            (x0, x1), (y0, y1) = self.home
            self.plot.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _range_changed(self) -> None:
        if self.zoomed == self.reset_button.isHidden():
            self.reset_button.setVisible(self.zoomed)
            self.reset_button.raise_()
            self._fit()  # the title makes room for the button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot_widget and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._fit()
        return super().eventFilter(watched, event)

    def show_readout(self, text: str) -> None:
        self.readout.setText(text)
        self._fit_readout()

    def _fit_readout(self) -> None:
        """The wrapped readout keeps the lines it needs at this width: the layout, and a splitter above it, make
        room for them instead of squeezing the plot over them (English captions are longer)."""
        needed = self.readout.heightForWidth(self.width()) if self.readout.text() else 0
        if needed != self.readout.minimumHeight():
            self.readout.setMinimumHeight(max(needed, 0))

    def _fit(self) -> None:
        """What follows the chart's width: the title, the legend's columns, the axes' labels, the reset button,
        the readout's lines."""
        self._fit_readout()
        width = self.plot_widget.width()
        button = self.reset_button.sizeHint()
        self.reset_button.resize(button)
        self.reset_button.move(self.plot_widget.geometry().topRight() + QPoint(-button.width() - 4, 4))
        font = QFont(self.font())
        font.setPointSize(self.theme.font_size + 2)
        room = 0 if self.reset_button.isHidden() else 2 * (button.width() + 8)  # centred: both sides
        set_title(self.plot, self.title, font, self.theme.foreground, width - room - 16)
        self.legend_row.fit(width)
        for axis in self.plot.axes.values():
            if isinstance(axis["item"], CategoryAxis):
                axis["item"].fit(width)

    def add_legend(self) -> pg.LegendItem:
        """The legend under the plot: items plotted with a name from here on are in it."""
        legend = pg.LegendItem(
            labelTextSize=f"{self.theme.font_size}pt",
            labelTextColor=self.theme.foreground,
            frame=False,
            sampleType=Sample,
        )
        # pyqtgraph keeps a legend at screen size; scaled with the rest, an exported picture keeps it in place.
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.legend_row.replace(legend)
        return legend

    def set_title(self, text: str) -> None:
        """The title draw() gives the chart; shown, fitted to the width, once drawn. The demo's made-up
        figures say so in it, on screen and in an exported picture alike."""
        self.title = f"{text}（{self.subtitle}）" if self.subtitle else text
        if self.sample:
            self.title = fill(QCoreApplication.translate("ChartWidget", SAMPLE_TITLE), self.title)

    def set_axis_label(self, axis: str, text: str) -> None:
        self.plot.setLabel(axis, text, **{"font-size": f"{self.theme.font_size}pt", "color": self.theme.foreground})

    def pen(self, hex_color: str, *, width_factor: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine):
        return pg.mkPen(hex_color, width=self.theme.line_width * width_factor, style=style)

    def draw(self) -> None:
        raise NotImplementedError

    def describe(self, x: float, y: float) -> str | None:
        return None

    def empty_message(self) -> str | None:
        """What to do when self.data holds nothing to draw; None when it does."""
        return None

    def _mouse_moved(self, position: QPointF) -> None:
        if self.data is None or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.vb.mapSceneToView(position)
        text = self.describe(point.x(), point.y())
        if text is not None:
            self.show_readout(text)

    def export(self, path: Path, *, width: int = 1600) -> Path:
        """Write the chart to *path*: SVG for .svg, otherwise a PNG-style image."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            self._export_svg(path)
        else:
            exporter = pg.exporters.ImageExporter(self.plot)
            exporter.parameters()["width"] = width
            exporter.export(str(path))
        return path

    def _export_svg(self, path: Path) -> None:
        # Qt's own SVG generator rather than pyqtgraph's SVGExporter, which cannot parse
        # the path data Qt 6.12 writes (pyqtgraph issue 3485); text stays text either way.
        size = self.plot_widget.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(self.title)
        painter = QPainter(generator)
        try:
            self.plot_widget.render(painter)
        finally:
            painter.end()
