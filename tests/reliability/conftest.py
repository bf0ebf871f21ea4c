"""Real storage faults where the machine allows them: a tiny or read-only file system
mounted for the test (root on Linux), else the test says why it is skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _can_mount(probe: Path) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    probe.mkdir(exist_ok=True)
    ok = (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True).returncode
        == 0
    )
    if ok:
        subprocess.run(["umount", str(probe)], check=True)
    return ok


class Mounts:
    def __init__(self) -> None:
        self.points: list[Path] = []

    def tmpfs(self, point: Path, size_kb: int) -> Path:
        point.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(point)], check=True)
        self.points.append(point)
        return point

    def remount(self, point: Path, option: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{option}", str(point)], check=True)

    def unmount(self, point: Path) -> None:
        subprocess.run(["umount", "-l", str(point)], check=True)
        self.points.remove(point)


@pytest.fixture
def mounts(tmp_path: Path):
    if not _can_mount(tmp_path / "probe"):
        pytest.skip("needs root on Linux to mount a tiny or read-only tmpfs for a real storage fault")
    m = Mounts()
    yield m
    for point in list(m.points):
        m.unmount(point)


@pytest.fixture(scope="module")
def js_workspace(tmp_path_factory) -> tuple[Path, Path]:
    """A workspace holding the Excel tests' plan, with 江苏省's 2023H1 template issued and
    one earlier file of theirs accepted (so "unchanged" has content to compare)."""
    from tests.workbench.reporting import plans as test_plans
    from tests.workbench.reporting.workbooks import fill, issue
    from workbench.app import services
    from workbench.planning import plans
    from workbench.storage.workspace import Workspace

    folder = tmp_path_factory.mktemp("js-workspace")
    path = folder / "ws.sqlite"
    with Workspace.open(path, create=True) as ws:
        template = issue(ws, plans.save(ws, test_plans.plan(8)), "JS", "2023H1", folder / "issued")
        earlier = fill(template, folder / "earlier.xlsx", tasks={"1": {"status": "推进中", "percent": 50}})
        assert services.submit(ws, earlier).status == "accepted"
    return path, template
