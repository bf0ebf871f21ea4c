"""What every chart shares: a pyqtgraph plot in a widget, a theme (normal or the
high-contrast one of presentation mode), a readout line for the value under the mouse,
and export to PNG or SVG.

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
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.text import QT_TRANSLATE_NOOP

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

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
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
        legend = self.plot.legend
        if legend is not None:  # rebuilt on every draw: its font follows the theme
            if legend.scene() is not None:
                legend.scene().removeItem(legend)
            self.plot.legend = None
        self.readout.clear()
        font = QFont(self.font())
        font.setPointSize(self.theme.font_size)
        self.readout.setFont(font)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
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

    def add_legend(self, columns: int = 1, offset: tuple[int, int] = (8, 8)) -> pg.LegendItem:
        """A legend in a corner: a negative offset counts from the right or bottom edge."""
        return self.plot.addLegend(
            offset=offset,
            colCount=columns,
            labelTextSize=f"{self.theme.font_size}pt",
            labelTextColor=self.theme.foreground,
            brush=pg.mkBrush(255, 255, 255, 220),
        )

    def set_title(self, text: str) -> None:
        text = f"{text}（{self.subtitle}）" if self.subtitle else text
        self.plot.setTitle(text, size=f"{self.theme.font_size + 2}pt", color=self.theme.foreground)

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
            self.readout.setText(text)

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
        generator.setTitle(self.plot.titleLabel.text)
        painter = QPainter(generator)
        try:
            self.plot_widget.render(painter)
        finally:
            painter.end()
