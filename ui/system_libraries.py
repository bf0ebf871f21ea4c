"""The system libraries Qt loads on Linux, checked before Qt is imported: a missing one is named with its
Debian/Ubuntu package and the command that installs it, instead of an ImportError or Qt's list of platform
plugins it could not load. Imports no Qt, so that the command line can run it first."""

from __future__ import annotations

import ctypes
import os
import sys

# soname → Debian/Ubuntu package, from `readelf -d` of PySide6 6.11's libraries. What QtCore, QtGui and
# QtWidgets load on any platform (zlib and zstd are on every system):
QT = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
}
# What the xcb platform plugin (plugins/platforms/libqxcb.so and libQt6XcbQpa) adds. Unlike Qt 5's, it does not
# load libxcb-xinerama.
XCB = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb() -> bool:
    """Whether Qt will load its xcb plugin: the one QT_QPA_PLATFORM names first, else xcb unless a Wayland
    session runs (Qt 6 tries its wayland plugin first there)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if chosen:
        return chosen == "xcb"
    return not (os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland")


def missing() -> dict[str, list[str]]:
    """Each Debian/Ubuntu package whose libraries cannot be loaded, with those libraries; empty off Linux."""
    if not sys.platform.startswith("linux"):
        return {}
    wanted = QT | XCB if uses_xcb() else QT
    found: dict[str, list[str]] = {}
    for soname, package in wanted.items():
        if not loadable(soname):
            found.setdefault(package, []).append(soname)
    return found
