"""The window (issue 4): time from launching a process to a usable window showing the demo
workspace (views filled, event loop idle), against a bare PySide6 window as the floor.

Each run is a fresh process, since what a user waits for includes starting Python and
importing Qt and pyqtgraph. The child prints "ready" from the first event-loop turn after
its window is up and leaves at once, so exiting is not counted. Offscreen when there is no
display, so it runs on a build machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import Case
from workbench import demo
from workbench.app import services

REPO = Path(__file__).resolve().parents[1]
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("长三角"))
window.show()
"""
WORKBENCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ui.app import application, create_window
from ui.settings import Settings
app = application([])
window = create_window(Settings(Path(sys.argv[2])))
window.show()
window.start(Path(sys.argv[1]))
"""
READY = """
def ready():
    print("ready", flush=True)
    import os
    os._exit(0)
QTimer.singleShot(0, ready)
app.exec()
"""


def launch(code: str, *args: str) -> None:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code + READY, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    if "ready" not in result.stdout:
        raise RuntimeError(f"the window did not come up: {result.stderr[-2000:]}")


def cases(folder: Path) -> list[Case]:
    built = demo.build(folder / "demo.sqlite", services.import_plan)

    def fresh_copy() -> Path:
        target = folder / "run.sqlite"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(built, target)
        return target

    return [
        Case("bare PySide6 window (the floor)", lambda _: launch(BARE)),
        Case(
            "launch to a usable window on the demo workspace",
            lambda path: launch(WORKBENCH, str(path), str(folder / "settings.ini")),
            fresh_copy,
        ),
    ]
