"""Two programs on one workspace: the second is told who holds it and writes nothing;
a lock left by a killed program is taken over."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO, SEED_000, SEED_003

HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from workbench.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1], create=True, program="工作台窗口")
print("ready", flush=True)
sys.stdin.readline()
"""


def workbench(workspace: Path, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    exe = Path(sys.executable).with_name("workbench")
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), "--workspace", str(workspace), *args], capture_output=True, text=True, timeout=30
    )
    return result, time.monotonic() - started


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_program_is_told_and_a_killed_holders_lock_is_taken_over(tmp_path):
    path = tmp_path / "ws.sqlite"
    assert workbench(path, "plan", "import", str(SEED_000))[0].returncode == 0
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(REPO)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "ready"
            before = digest(path)
            result, seconds = workbench(path, "plan", "import", str(SEED_003))
            assert result.returncode == 3
            assert "工作台窗口" in result.stderr and str(holder.pid) in result.stderr
            assert seconds < 2.0, f"told after {seconds:.2f} s"
            assert digest(path) == before
            # reading while another program holds the workspace is fine
            listing, _ = workbench(path, "plan", "list", "--json")
            assert listing.returncode == 0 and "三年行动计划" in listing.stdout
        finally:
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait()
    result, _ = workbench(path, "plan", "import", str(SEED_003))
    assert result.returncode == 0, result.stderr
    check, _ = workbench(path, "check", "--json")
    assert check.returncode == 0 and '"ok": true' in check.stdout
