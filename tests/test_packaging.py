"""The offline installers' interface (packaging/): the wheelhouse script and install.sh answer --help, and a
wheelhouse for another platform gets the requirements only that platform has. The bundle and a real wheelhouse
are built and installed by .ci/run, too slow for the suite."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO

PACKAGING = REPO / "packaging"
spec = importlib.util.spec_from_file_location("wheelhouse", PACKAGING / "wheelhouse.py")
assert spec is not None and spec.loader is not None
wheelhouse = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wheelhouse)


def test_the_wheelhouse_script_takes_the_platform():
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "wheelhouse.py"), "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert "{linux,windows}" in done.stdout and "--python" in done.stdout and "--out" in done.stdout


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_sh_tells_its_usage_and_refuses_a_folder_that_is_no_wheelhouse(tmp_path):
    done = subprocess.run(["sh", str(PACKAGING / "install.sh"), "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("usage: sh install.sh [--help] [VENV]")
    done = subprocess.run(["sh", str(PACKAGING / "install.sh"), str(tmp_path / "venv")], capture_output=True, text=True)
    assert done.returncode == 1 and "not a wheelhouse" in done.stderr
    assert not (tmp_path / "venv").exists()


def test_install_bat_has_the_line_ends_cmd_needs():
    text = (PACKAGING / "install.bat").read_bytes()
    assert text.count(b"\n") == text.count(b"\r\n") > 0 and b"usage: install.bat [--help] [VENV]" in text


def wheel(folder, name: str, *requires: str) -> None:
    with zipfile.ZipFile(folder / f"{name}-1.0-py3-none-any.whl", "w") as archive:
        lines = [f"Name: {name}", "Version: 1.0", *(f"Requires-Dist: {r}" for r in requires)]
        archive.writestr(f"{name}-1.0.dist-info/METADATA", "\n".join(lines) + "\n")


def test_a_requirement_only_the_target_has_is_found(tmp_path):
    # pip evaluates markers for the machine it runs on: downloading for Windows on Linux leaves out colorama.
    wheel(tmp_path, "app", "colorama>=0.4; sys_platform == 'win32'", "Numpy", "pytest; extra == 'test'")
    wheel(tmp_path, "numpy")
    windows, linux = (wheelhouse.TARGETS[p][0] for p in ("windows", "linux"))
    assert wheelhouse.missing(tmp_path, windows) == ["colorama>=0.4"]
    assert wheelhouse.missing(tmp_path, linux) == []
