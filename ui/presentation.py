"""Presentation mode for trainers on a projector: full screen, larger fonts everywhere
and the high-contrast chart theme; switching it off puts everything back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.charts.base import HIGH_CONTRAST, NORMAL, ChartWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FONT_SCALE = 1.5


class Presentation(QObject):
    toggled = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._font: QFont | None = None
        self._geometry = QByteArray()

    def toggle(self, on: bool | None = None) -> None:
        on = not self.active if on is None else bool(on)
        if on == self.active:
            return
        if on:
            self._font = QFont(QApplication.font())
            self._geometry = self.window.saveGeometry()
            larger = QFont(self._font)
            larger.setPointSizeF(self._font.pointSizeF() * FONT_SCALE)
            QApplication.setFont(larger)
            self.window.showFullScreen()
        else:
            if self._font is not None:  # the font from before presentation mode
                QApplication.setFont(self._font)
            self.window.showNormal()
            self.window.restoreGeometry(self._geometry)
        for chart in self.window.findChildren(ChartWidget):
            chart.set_theme(HIGH_CONTRAST if on else NORMAL)
        self.active = on
        self.toggled.emit(on)
