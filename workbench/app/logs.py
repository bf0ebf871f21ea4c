"""The log file the command and the window share: a rotating workbench.log in the user log
folder (`paths.log_dir()`), so an error a user met can still be read afterwards, traceback and all."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workbench.storage.paths import log_dir

FILE_NAME = "workbench.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(RotatingFileHandler):
    """Ours, told apart from the other handlers on the root logger (pytest's, an embedding program's)."""


def configure(debug: bool = False) -> Path | None:
    """Log INFO and above (DEBUG with `debug`) to the log file and return its path, or None when
    the folder cannot be created or written (read-only home): the program then runs without one.

    Calling again only sets the level; if log_dir() changed meanwhile, the file moves there."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    path = Path(os.path.abspath(log_dir() / FILE_NAME))
    for handler in list(root.handlers):
        if isinstance(handler, _LogFile):
            if handler.baseFilename == str(path):
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened now, not at the first record, so that a path we return is one we can write.
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
