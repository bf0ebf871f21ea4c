"""The modal questions the window asks (files, folders, confirmations, errors) behind one
object, so tests hand in their own answers instead of clicking native dialogs; and the size
a dialog may take on the screen it opens on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SCREEN_SHARE = 0.9  # of the screen's free area a dialog may take: a 1366×768 laptop keeps its taskbar in view


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """The size a dialog asks for, made smaller where the screen of *widget* has less room."""
    free = (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    return QSize(min(width, int(free.width() * SCREEN_SHARE)), min(height, int(free.height() * SCREEN_SHARE)))


def _message(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box that shows its text as text: messages quote file names and plan titles,
    which Qt would otherwise take for markup when they start with a tag."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


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

    def reason(self, parent: QWidget, title: str, label: str) -> str | None:
        """A reason typed by the user (an audited action needs one), or None if cancelled or left empty."""
        text, ok = QInputDialog.getMultiLineText(parent, title, label)
        return text.strip() if ok and text.strip() else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = _message(parent, QMessageBox.Icon.Question, title, text, yes | no)
        box.setDefaultButton(no)
        return box.exec() == yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        _message(parent, QMessageBox.Icon.Warning, title, text).exec()

    def info(self, parent: QWidget, title: str, text: str) -> None:
        _message(parent, QMessageBox.Icon.Information, title, text).exec()

    def show_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
