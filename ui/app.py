"""Composition root of the GUI: the QApplication, settings, translators, the log and the
exception hook, the main window and the workspace it opens at start. `workbench` with no
subcommand calls `main()`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs import Dialogs
from ui.error_dialog import ExceptionHook, environment
from ui.language import Language
from ui.main_window import MainWindow
from ui.settings import Settings
from workbench.app import logs
from workbench.storage.paths import APP_DIR, default_workspace

APP_NAME = APP_DIR
QUIT_AFTER_START = "WORKBENCH_QUIT_AFTER_START"

logger = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    if not isinstance(app, QApplication):  # a QCoreApplication made elsewhere cannot show the window
        raise RuntimeError("a QCoreApplication is running; the window needs a QApplication")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def create_window(settings: Settings, dialogs: Dialogs | None = None) -> MainWindow:
    """The window with its language applied (from settings; zh_CN unless changed)."""
    language = Language(application())
    language.apply(settings.language())
    window = MainWindow(settings, language, dialogs)
    language.setParent(window)  # its translators leave the application with the window
    return window


def main(workspace: Path | None = None, *, settings_path: Path | None = None, debug: bool = False) -> int:
    """Run the window. The CLI always passes a path (its default when the user named none);
    only a path other than that default overrides reopening the last workspace."""
    app = application()
    # Here, not in create_window: the tests' windows keep pytest-qt's own exception capture.
    sys.excepthook = ExceptionHook(logs.configure(debug))
    logger.info("Started: %s", environment())  # which version and platform the errors after it come from
    window = create_window(Settings(settings_path))
    window.show()
    window.start(Path(workspace) if workspace else None, default=default_workspace())
    if os.environ.get(QUIT_AFTER_START) == "1":  # a build's smoke test (.ci/run) opens and closes the window
        QTimer.singleShot(0, lambda: _quit_after_start(app, window))
    return app.exec()


def _quit_after_start(app: QApplication, window: MainWindow) -> None:
    """Close the window as the event loop starts: exit 0 if it was shown with a workspace open, else 1."""
    started = window.isVisible() and window.session.workspace is not None
    window.close()
    app.exit(0 if started else 1)
