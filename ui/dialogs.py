"""The modal questions the window asks (files, folders, confirmations, errors) behind one
object, so tests hand in their own answers instead of clicking native dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs:
    def open_file(self, parent: QWidget, title: str, filters: str, start: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget, title: str, filters: str, start: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
        return [Path(n) for n in names]

    def save_file(self, parent: QWidget, title: str, filters: str, start: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return Path(name) if name else None

    def directory(self, parent: QWidget, title: str, start: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None

    def choose(self, parent: QWidget, title: str, label: str, items: list[str]) -> int | None:
        """The index of the item picked from a list, or None if cancelled."""
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def show_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
