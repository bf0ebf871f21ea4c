"""Starting the window: a missing system library named with its package instead of Qt's plugin dump, the
smoke test a build runs (WORKBENCH_QUIT_AFTER_START=1), and the version in the About box."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ui import system_libraries
from workbench.app.cli.main import run
from workbench.version import version


@pytest.fixture
def linux_without(monkeypatch):
    """The library check as on a Linux desktop where the given sonames cannot be loaded."""

    def without(*sonames: str) -> None:
        monkeypatch.setattr(system_libraries.sys, "platform", "linux")
        monkeypatch.setattr(system_libraries, "loadable", lambda soname: soname not in sonames)

    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    return without


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh_CN",
            [
                "缺少系统软件包 libglib2.0-0（libglib-2.0.so.0, libgthread-2.0.so.0），窗口无法打开",
                "缺少系统软件包 libxcb-cursor0（libxcb-cursor.so.0），窗口无法打开",
                "在 Debian/Ubuntu 上用这条命令安装：sudo apt-get install libglib2.0-0 libxcb-cursor0",
            ],
        ),
        (
            "en",
            [
                "The system package libglib2.0-0 is missing (libglib-2.0.so.0, libgthread-2.0.so.0): "
                "the window cannot open",
                "The system package libxcb-cursor0 is missing (libxcb-cursor.so.0): the window cannot open",
                "Install them on Debian/Ubuntu with: sudo apt-get install libglib2.0-0 libxcb-cursor0",
            ],
        ),
    ],
)
def test_missing_libraries_are_named_with_their_packages(
    linux_without, restored_logging, tmp_path, capsys, lang, expected
):
    linux_without("libxcb-cursor.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0")
    assert run(["--workspace", str(tmp_path / "ws.sqlite"), "--lang", lang]) == 3
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == expected
    assert not (tmp_path / "ws.sqlite").exists()


@pytest.mark.parametrize(
    ("environment", "checks_xcb"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt 6 tries its wayland plugin first
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_the_xcb_libraries_are_checked_only_where_qt_will_load_xcb(linux_without, monkeypatch, environment, checks_xcb):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    linux_without("libxcb-icccm.so.4")
    assert system_libraries.missing() == ({"libxcb-icccm4": ["libxcb-icccm.so.4"]} if checks_xcb else {})


def test_nothing_is_checked_off_linux(monkeypatch):
    monkeypatch.setattr(system_libraries.sys, "platform", "win32")
    monkeypatch.setattr(system_libraries, "loadable", lambda soname: False)
    assert system_libraries.missing() == {}


def start_and_quit(tmp_path, *args: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBENCH_QUIT_AFTER_START": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the window's settings, not the user's
        "WORKBENCH_WORKSPACE": str(tmp_path / "default.sqlite"),
    }
    command = [sys.executable, "-c", "from workbench.app.cli import main; main()", *args]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)


def test_quit_after_start_opens_the_workspace_shows_the_window_and_exits_0(tmp_path):
    done = start_and_quit(tmp_path, "--workspace", str(tmp_path / "ws.sqlite"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ws.sqlite").exists()


def test_quit_after_start_exits_1_when_no_workspace_opened(tmp_path):
    # The default workspace does not exist and none was used before: the window starts empty.
    assert start_and_quit(tmp_path).returncode == 1


def test_the_about_box_shows_the_version(make_window, dialogs):
    make_window().about()
    assert f"版本 {version()}" in dialogs.infos[-1].splitlines()
