"""Where the workbench keeps its files on each platform: the default workspace and the log.

Shared by the command line and the window, so both open the same workspace by default.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR = "yrd-planning-workbench"


def default_workspace() -> Path:
    """$WORKBENCH_WORKSPACE, else workspace.sqlite in the user data directory."""
    env = os.environ.get("WORKBENCH_WORKSPACE")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_DIR, appauthor=False)) / "workspace.sqlite"


def log_dir() -> Path:
    """$WORKBENCH_LOG_DIR, else the platform's user log directory."""
    env = os.environ.get("WORKBENCH_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir(APP_DIR, appauthor=False))
