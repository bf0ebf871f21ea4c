"""Kill a real process with SIGKILL part-way through an operation, many times over.

A long-lived helper process imports the workbench once, then forks one child per run.
The child arms SQLite's progress handler on every connection it opens: at a chosen tick
(one tick per TICK virtual-machine steps) it sends itself SIGKILL, so the kill lands
inside the operation's own statements at a point that differs from run to run. No Python
cleanup runs: it is what a power cut or the task manager does. SQLite's step counts are
repeatable, so a run is reproducible from its tick.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

TICK = 10

HELPER = r"""
import json, os, signal, sys, traceback
sys.path.insert(0, sys.argv[1])
import db.connection as connection
TICK = int(sys.argv[3])
plain_connect = connection.connect
state = {"at": 0, "ticks": 0, "begin": 0}

def tick():
    state["ticks"] += 1
    if state["ticks"] >= state["at"]:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0

def traced(statement):
    if statement.startswith("BEGIN IMMEDIATE"):
        state["begin"] = state["ticks"]

def armed(*args, **kwargs):
    database = plain_connect(*args, **kwargs)
    database.conn.set_progress_handler(tick, TICK)
    database.conn.set_trace_callback(traced)
    return database

connection.connect = armed
scope = {}
exec(sys.argv[2], scope)          # defines run(arg), importing what it needs once
for line in sys.stdin:
    arg, at = json.loads(line)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        state.update(at=at, ticks=0, begin=0)
        try:
            scope["run"](arg)
            os.write(write_end, json.dumps([state["ticks"], state["begin"]]).encode())
            os._exit(0)
        except BaseException:
            traceback.print_exc()
            os._exit(3)
    os.close(write_end)
    measured = os.read(read_end, 64).decode()
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    code = None if killed else os.waitstatus_to_exitcode(status)
    ticks, begin = json.loads(measured) if measured else (None, None)
    print(json.dumps({"killed": killed, "code": code, "ticks": ticks, "last_write_begins": begin}), flush=True)
"""


class Killer:
    """Runs `run(arg)` (defined by *setup*, Python source) in forked children."""

    def __init__(self, setup: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HELPER, str(REPO), setup, str(TICK)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _ask(self, arg: str, at: int) -> dict:
        self.process.stdin.write(json.dumps([arg, at]) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        assert answer["killed"] or answer["code"] == 0, f"the operation failed on its own: {answer}"
        return answer

    def measure(self, arg: str) -> tuple[int, int]:
        """Ticks the whole operation takes when nothing kills it, and the tick at which its
        last write transaction begins."""
        answer = self._ask(arg, 10**12)
        return answer["ticks"], answer["last_write_begins"]

    def kill_at(self, arg: str, at: int) -> bool:
        """True if the run was killed at tick *at*, False if it finished first."""
        return self._ask(arg, at)["killed"]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.stdout.close()
        self.process.wait(timeout=30)

    def __enter__(self) -> Killer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def runs(default: int) -> int:
    """How many runs: the CI share by default, more with WORKBENCH_CRASH_RUNS."""
    return int(os.environ.get("WORKBENCH_CRASH_RUNS", default))
