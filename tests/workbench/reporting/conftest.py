"""Fixtures of the Excel tests: a workspace holding a small hand-built plan."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.workbench.reporting import plans as test_plans
from workbench.planning import plans


@pytest.fixture
def plan_id(workspace) -> int:
    """A plan of 8 tasks and 4 indicators saved in the open `workspace`."""
    return plans.save(workspace, test_plans.plan(8))


def soffice_convert(source: Path, target_dir: Path, to: str, profile: Path) -> Path:
    """Convert with LibreOffice in its own profile (parallel runs must not share one)."""
    [found] = soffice_convert_all([source], target_dir, to, profile)
    return found


def soffice_convert_all(sources: list[Path], target_dir: Path, to: str, profile: Path) -> list[Path]:
    """Several files in one LibreOffice run (starting it costs more than a conversion)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the re-save and rendering checks need it")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(target_dir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    found = [target_dir / f"{source.stem}.{to.split(':')[0]}" for source in sources]
    for path, source in zip(found, sources, strict=True):
        assert path.exists(), f"LibreOffice wrote nothing for {source.name}"
    return found
