"""Feed files to an importer in a child process and report each outcome with its time,
and the child's peak memory: the bounds hold for the real process, not a guess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SECONDS = 5.0
MEGABYTES = 300

RUNNER = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from workbench.errors import WorkbenchError
from workbench.storage.workspace import Workspace
scope = {}
exec(sys.argv[3], scope)          # defines take(workspace, path) -> (code, text) or None
results = []
with Workspace.open(sys.argv[2]) as ws:
    for path in sys.argv[4:]:
        started = time.monotonic()
        try:
            refused = scope["take"](ws, path)
        except WorkbenchError as exc:
            refused = (exc.code, exc.text())
        results.append({"path": path, "refused": refused, "seconds": time.monotonic() - started})
def peak_mb():
    # VmHWM belongs to this program's own memory map; ru_maxrss would also count the
    # parent's size at fork, which Linux carries across exec.
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"results": results, "peak_mb": peak_mb()}, ensure_ascii=False))
"""


def feed(workspace: Path, take: str, files: list[Path]) -> dict:
    """Run `take` (Python source defining take(ws, path)) on each file in one child."""
    child = subprocess.run(
        [sys.executable, "-c", RUNNER, str(REPO), str(workspace), take, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout)


def assert_bounded(report: dict) -> None:
    for r in report["results"]:
        assert r["seconds"] < SECONDS, r
    assert report["peak_mb"] < MEGABYTES, report["peak_mb"]
