"""Composition root of the GUI: QApplication, translators, the workspace, the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main(workspace: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "长三角信息化规划工作台"))
    window.setCentralWidget(QLabel(str(workspace or "")))
    window.resize(1100, 720)
    window.show()
    return app.exec()
