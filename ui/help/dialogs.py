"""The Help menu's windows: the user guide in the window's language, and every menu command
that has a keyboard shortcut. Each is a window of its own beside the main one; asking again
brings the open one forward."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from ui.dialogs import fitted
from ui.retranslate import Retranslating

if TYPE_CHECKING:
    from ui.main_window import MainWindow

HELP = Path(__file__).parent
_MNEMONIC = re.compile(r"\(&\w\)|&(?=\S)")  # 文件(&F), &File


def guide_path(language: str) -> Path:
    """The guide in *language*, else the Chinese one."""
    path = HELP / f"guide_{language}.md"
    return path if path.exists() else HELP / "guide_zh_CN.md"


def plain(text: str) -> str:
    """A menu text without its keyboard mnemonic."""
    return _MNEMONIC.sub("", text)


def shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu › command, its keys) for every menu command with a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            where = [*path, plain(action.text())]
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, where)
            elif action.shortcuts():
                keys = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                found.append((" › ".join(where), ", ".join(keys)))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain(action.text())])
    return found


class GuideDialog(Retranslating, QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(fitted(window, 860, 680))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        # The images are found beside the Markdown file, wherever the package is installed.
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(self.main_window.language.current))))


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(fitted(window, 560, 520))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        rows = shortcuts(self.main_window.menuBar())
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))


Shown = TypeVar("Shown", GuideDialog, ShortcutsDialog)


def show(window: MainWindow, kind: type[Shown]) -> Shown:
    """The help window of *kind*, opened beside the main one (or the open one, brought forward)."""
    dialog = next((d for d in window.findChildren(kind) if d.isVisible()), None) or kind(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
