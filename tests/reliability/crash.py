"""Kill a real process with SIGKILL part-way through an operation.

The child arms SQLite's progress handler on every connection it opens: after a chosen
number of ticks (one per TICK virtual-machine steps) it sends itself SIGKILL, so the kill lands inside the
operation's own statements (or, for a large number, not at all), at a point that varies
from run to run. No Python cleanup runs: it is what a power cut or a task-manager kill does.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

CHILD = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
import db.connection as connection
steps = int(sys.argv[2])
plain_connect = connection.connect
counter = [0]

def die(*_):
    counter[0] += 1
    if counter[0] >= steps:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0

def armed(*args, **kwargs):
    database = plain_connect(*args, **kwargs)
    database.conn.set_progress_handler(die, int(sys.argv[4]))
    return database

connection.connect = armed
exec(sys.argv[3])
print("finished", counter[0], flush=True)
"""
TICK = 10


def _child(operation: str, ticks: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD, str(REPO), str(ticks), operation, str(TICK)],
                          capture_output=True, text=True, timeout=120)


def measure(operation: str) -> int:
    """Ticks the whole operation takes when nothing kills it (SQLite's steps are repeatable)."""
    result = _child(operation, 10**12)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("finished", 1)[1])


def run_killed(operation: str, ticks: int) -> bool:
    """Run *operation* (Python source) in a child armed to die at tick *ticks*;
    True if it was killed, False if it finished first."""
    result = _child(operation, ticks)
    if result.returncode == 0:
        assert "finished" in result.stdout
        return False
    assert result.returncode == -9, result.stderr
    return True


def runs(default: int) -> int:
    """How many runs: the CI share by default, more with WORKBENCH_CRASH_RUNS."""
    import os
    return int(os.environ.get("WORKBENCH_CRASH_RUNS", default))


def path_literal(path: Path) -> str:
    return repr(str(path))
