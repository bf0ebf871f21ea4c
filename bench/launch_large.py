"""The window on the large workspace (issue 5): from launching a process to a usable window
(views filled, event loop idle), against a bare PySide6 window, with the launcher of
bench/gui.py. A third figure, the bare window importing the libraries the window needs
(pyqtgraph with numpy, sqlite-utils), shows how much of the gap is those imports.
"""

from __future__ import annotations

from pathlib import Path

from bench import Case, gui, large

LIBRARIES = "import pyqtgraph, sqlite_utils\n"


def cases(folder: Path) -> list[Case]:
    bare = Case("floor: bare PySide6 window", lambda _: gui.launch(gui.BARE))

    def fresh_copy() -> Path:
        return large.copy_of(large.built()[0], folder / "run.sqlite")

    return [
        Case(
            "launch to a usable window on the large workspace",
            lambda path: gui.launch(gui.WORKBENCH, str(path), str(folder / "settings.ini")),
            fresh_copy,
            floor=bare,
        ),
        Case(
            "bare PySide6 window importing pyqtgraph and sqlite-utils",
            lambda _: gui.launch(gui.BARE + LIBRARIES),
            floor=bare,
        ),
    ]
