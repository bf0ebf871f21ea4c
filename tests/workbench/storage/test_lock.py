"""The writer lock admits exactly one program, always: racing processes with or without a
lock file left behind, a killed holder, a reused pid; a second program is told who holds
it and readers are not blocked. `WORKBENCH_LOCK_ROUNDS=3000` races more."""

from __future__ import annotations

import contextlib
import getpass
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.conftest import REPO
from workbench.errors import WorkspaceError
from workbench.storage import lock as lock_module
from workbench.storage.lock import Holder, WorkspaceLock, lock_path, read_holder
from workbench.storage.workspace import Workspace

CONTENDERS = 8
ROUNDS = int(os.environ.get("WORKBENCH_LOCK_ROUNDS", "200"))
BARRIER_TIMEOUT = 60.0
SPAWN = multiprocessing.get_context("spawn")

HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from workbench.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1], create=True, program=sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
"""


# --- process helpers -------------------------------------------------------------------


@contextlib.contextmanager
def held_by_another_program(workspace: Path, program: str = "工作台窗口") -> Iterator[subprocess.Popen]:
    """A second program holding the workspace for writing until the block ends (then killed)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workspace), str(REPO), program],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            yield proc
        finally:
            proc.kill()
            proc.wait()


def dead_pid() -> int:
    """The pid of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def record(host: str, pid: int) -> str:
    return json.dumps(asdict(Holder(host, pid, "someone", "工作台窗口", "2020-01-01T08:00:00")), ensure_ascii=False)


def leftovers() -> list[tuple[str, str | None]]:
    """What a previous holder may leave at the lock path: nothing, or a lock file nobody holds."""
    return [
        ("no file", None),
        ("a dead process's record", record(platform.node(), dead_pid())),
        ("an empty file", ""),
        ("another machine's record", record("another-pc", 4242)),
    ]


def leave(workspace: Path, content: str | None) -> None:
    lock_path(workspace).unlink(missing_ok=True)
    if content is not None:
        lock_path(workspace).write_text(content, encoding="utf-8")


def try_lock(workspace: Path) -> WorkspaceLock | None:
    lock = WorkspaceLock(workspace, f"contender {os.getpid()}")
    try:
        lock.acquire()
    except WorkspaceError as err:
        if err.code != "workspace.locked":
            raise
        return None
    return lock


def race_rounds(barrier, path: str, contents: list[str | None], wins) -> None:
    """One contender: each round all start together, try once, and the winner holds until all have tried."""
    workspace = Path(path)
    for round_ in range(len(wins)):
        barrier.wait(BARRIER_TIMEOUT)
        lock = try_lock(workspace)
        if lock:
            with wins.get_lock():
                wins[round_] += 1
        barrier.wait(BARRIER_TIMEOUT)
        if lock:
            lock.release()
            leave(workspace, contents[(round_ + 1) % len(contents)])  # for the next round; nobody holds it now


def churn(barrier, path: str, attempts: int, inside, overlaps) -> None:
    """One contender taking and releasing the lock as fast as it can: holders must never overlap."""
    workspace = Path(path)
    barrier.wait(BARRIER_TIMEOUT)
    for _ in range(attempts):
        lock = try_lock(workspace)
        if not lock:
            continue
        with inside.get_lock():
            inside.value += 1
            if inside.value > 1:
                overlaps.value += 1
        time.sleep(0.0001)  # long enough for an overlapping holder to be seen
        with inside.get_lock():
            inside.value -= 1
        lock.release()


def run_contenders(target, *args) -> None:
    """CONTENDERS processes running target(barrier, *args); each must finish cleanly."""
    barrier = SPAWN.Barrier(CONTENDERS)
    procs = [SPAWN.Process(target=target, args=(barrier, *args)) for _ in range(CONTENDERS)]
    for proc in procs:
        proc.start()
    deadline = time.monotonic() + 60 + ROUNDS / 10
    try:
        for proc in procs:
            proc.join(max(0.0, deadline - time.monotonic()))
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.kill()
                proc.join()
    assert [proc.exitcode for proc in procs] == [0] * CONTENDERS


# --- tests ------------------------------------------------------------------------------


def test_exactly_one_of_eight_racing_programs_gets_the_lock(tmp_path):
    workspace = tmp_path / "ws.sqlite"
    cases = leftovers()  # the rounds cycle through them
    contents = [content for _, content in cases]
    leave(workspace, contents[0])
    wins = SPAWN.Array("i", ROUNDS)
    run_contenders(race_rounds, str(workspace), contents, wins)
    wrong = [f"round {r} ({cases[r % len(cases)][0]}): {n}" for r, n in enumerate(wins) if n != 1]
    assert not wrong, f"{len(wrong)} of {ROUNDS} rounds without exactly one winner: {', '.join(wrong[:8])}"


def test_holders_never_overlap_while_programs_take_and_release_it(tmp_path):
    """Releasing removes the lock file: one who opened it just before must not also win."""
    inside, overlaps = SPAWN.Value("i", 0), SPAWN.Value("i", 0)
    run_contenders(churn, str(tmp_path / "ws.sqlite"), ROUNDS, inside, overlaps)
    assert overlaps.value == 0


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot remove a lock file that is open")
def test_a_lock_file_removed_between_opening_and_locking_is_not_won(tmp_path, monkeypatch):
    """The interleaving the churn above finds only now and then, forced: the second program opens
    the lock file, its holder removes it and leaves, a third locks a new one, then the second locks
    the old file. The second must not count that as holding the workspace."""
    workspace = tmp_path / "ws.sqlite"
    first, third = WorkspaceLock(workspace, "first"), WorkspaceLock(workspace, "third")
    first.acquire()
    real_open = os.open

    def open_then_the_holder_leaves(*args, **kwargs):
        fd = real_open(*args, **kwargs)
        monkeypatch.setattr(lock_module.os, "open", real_open)
        first.release()
        third.acquire()
        return fd

    monkeypatch.setattr(lock_module.os, "open", open_then_the_holder_leaves)
    with pytest.raises(WorkspaceError) as err:
        WorkspaceLock(workspace, "second").acquire()
    assert "third" in err.value.text()
    third.release()


def test_a_killed_holder_frees_the_lock_at_once(tmp_path):
    workspace = tmp_path / "ws.sqlite"
    with held_by_another_program(workspace) as holder:
        holder.kill()
        holder.wait()
        assert read_holder(workspace).pid == holder.pid  # its record is still there
        started = time.monotonic()
        lock = WorkspaceLock(workspace, "survivor")
        lock.acquire()
        took = time.monotonic() - started
    assert took < 0.5, f"took over after {took:.2f} s"
    assert read_holder(workspace).program == "survivor"
    lock.release()


def test_a_record_naming_a_live_unrelated_process_does_not_block(tmp_path):
    """A reused pid: the record names a running process (our parent) that holds no lock."""
    workspace = tmp_path / "ws.sqlite"
    leave(workspace, record(platform.node(), os.getppid()))
    lock = WorkspaceLock(workspace, "pytest")
    lock.acquire()
    assert read_holder(workspace).pid == os.getpid()
    lock.release()


def test_a_second_program_is_told_who_holds_the_workspace(tmp_path):
    workspace = tmp_path / "ws.sqlite"
    with held_by_another_program(workspace, "工作台窗口") as holder:
        with pytest.raises(WorkspaceError) as err:
            WorkspaceLock(workspace, "second").acquire()
        assert err.value.code == "workspace.locked"
        for part in ("工作台窗口", f"{getpass.getuser()}@{platform.node()}", f"pid {holder.pid}", str(workspace)):
            assert part in err.value.text()
        if sys.platform == "linux":  # where the process start time is known
            assert read_holder(workspace).started
        with pytest.raises(WorkspaceError):  # asking did not disturb the holder
            WorkspaceLock(workspace, "third").acquire()


def test_readers_are_not_blocked_by_a_writer(tmp_path):
    workspace = tmp_path / "ws.sqlite"
    with held_by_another_program(workspace):
        before = lock_path(workspace).read_bytes()
        with Workspace.open(workspace, write=False) as reader:
            assert reader.lock is None
            assert reader.db.execute("SELECT count(*) FROM regions").fetchone()[0] > 40
        assert lock_path(workspace).read_bytes() == before  # the reader left the lock alone
