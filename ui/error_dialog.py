"""The window's last guard: an exception no code caught (in a slot, an event handler) is
logged with its traceback and shown in a dialog that says the data is safe and where the log
is, instead of going to an error output that a user who started the app from an icon never sees."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import Qt, QThread, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.text import fill
from workbench.version import version

logger = logging.getLogger(__name__)


def environment() -> str:
    """The versions and platform a maintainer needs next to a traceback."""
    return (
        f"Planning Workbench {version()}; Python {platform.python_version()}; "
        f"PySide6 {PySide6.__version__} (Qt {qVersion()}); {platform.platform()}"
    )


class ErrorDialog(QDialog):
    """What went wrong, that the data is safe, where the log is; the traceback on request."""

    def __init__(self, error: BaseException, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 260)
        self.details = "".join(traceback.format_exception(error)) + "\n" + environment() + "\n"
        where = (
            fill(self.tr("The details are in the log file %1."), log_file)
            if log_file is not None
            else self.tr("No log file could be written: use Copy details to keep them.")
        )
        self.message = QLabel(
            "\n\n".join(
                (  # paragraphs: no sentence separator to translate
                    self.tr(
                        "An unexpected error occurred. Your data is safe: every change is written to the workspace "
                        "in one transaction, so it is either saved completely or not at all."
                    ),
                    where,
                    self.tr("If it happens again, please send the details to the maintainers."),
                )
            )
        )
        self.message.setWordWrap(True)
        self.summary = QLabel(f"{type(error).__name__}: {error}")
        self.summary.setWordWrap(True)
        for label in (self.message, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a path or an error text is never markup
        self.traceback = QPlainTextEdit(self.details)
        self.traceback.setReadOnly(True)
        self.traceback.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.traceback.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle = buttons.addButton(self.tr("Show details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.toggle.clicked.connect(self._toggle)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.traceback, 1)
        layout.addWidget(buttons)

    def _toggle(self) -> None:
        shown = not self.traceback.isVisible()
        self.traceback.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.resize(self.width(), 520 if shown else 260)


class ExceptionHook:
    """sys.excepthook for the window: logs every uncaught exception, then shows it in an
    ErrorDialog. One dialog at a time, and an error already shown is not shown again (only
    logged), so an error repeating in a loop (a paint event, a timer) cannot flood the screen."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self._shown: set[tuple[str, str, int | None]] = set()

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        try:
            logger.error("Unexpected error", exc_info=(kind, error, tb))
            app = QApplication.instance()
            if app is not None and QThread.currentThread() == app.thread():
                self._show(error, tb)
            else:  # a dialog can only be made in the GUI thread
                sys.__excepthook__(kind, error, tb)
        except Exception:  # noqa: BLE001 - the hook must never raise: the default one prints it instead
            sys.__excepthook__(kind, error, tb)

    def _show(self, error: BaseException, tb: TracebackType | None) -> None:
        where = traceback.extract_tb(tb)[-1] if tb is not None else None
        key = (type(error).__qualname__, where.filename if where else "", where.lineno if where else None)
        if self.dialog is not None or key in self._shown:
            return
        self._shown.add(key)
        dialog = ErrorDialog(error, self.log_file, QApplication.activeWindow())
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget)  # also when its window goes first, which emits no finished
        self.dialog = dialog
        # open(), not exec(): no nested event loop inside the hook, and the window keeps painting.
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None
