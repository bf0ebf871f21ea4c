"""Composition root of the GUI: the QApplication, settings, translators, the main window
and the workspace it opens at start. `workbench` with no subcommand calls `main()`."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.dialogs import Dialogs
from ui.language import Language
from ui.main_window import MainWindow
from ui.settings import Settings
from workbench.storage.paths import APP_DIR, default_workspace

APP_NAME = APP_DIR


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
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


def main(workspace: Path | None = None, *, settings_path: Path | None = None) -> int:
    """Run the window. The CLI always passes a path (its default when the user named none);
    only a path other than that default overrides reopening the last workspace."""
    app = application()
    window = create_window(Settings(settings_path))
    window.show()
    window.start(Path(workspace) if workspace else None, default=default_workspace())
    return app.exec()
