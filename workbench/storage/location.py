"""Where a workspace file lives, and whether that place is a known risk for SQLite.

SQLite's "How To Corrupt An SQLite Database File" names network file systems (broken
locking), and files copied or synced while open; WAL also needs shared memory, which
network shares do not give. Removable drives can vanish mid-write. The user is warned,
never refused: the office decides.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smbfs",
    "smb3",
    "afpfs",
    "9p",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.s3fs",
    "virtiofs",
}
CLOUD_FOLDERS = (
    "dropbox",
    "onedrive",
    "icloud",
    "iclouddrive",
    "mobile documents",
    "google drive",
    "googledrive",
    "box sync",
    "nutstore",
    "坚果云",
    "百度网盘",
    "baidunetdisk",
    "wps云盘",
    "wpsdrive",
    "seafile",
    "nextcloud",
    "owncloud",
    "syncthing",
)
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb", "/volumes/")


@dataclass(frozen=True)
class Risk:
    kind: str  # network / cloud / removable
    detail: str


def _mount_of(path: Path, mounts_file: Path) -> tuple[str, str] | None:
    """(mount point, fs type) of the longest mount point containing *path*."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[str, str] | None = None
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and (best is None or len(point) > len(best[0])):
            best = (point, parts[2])
    return best


def _windows_drive_kind(path: Path) -> str | None:
    import ctypes

    root = os.path.splitdrive(str(path))[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]  # Windows only
    return {2: "removable", 4: "network"}.get(kind)


def risk_of(path: str | Path, *, mounts_file: Path = Path("/proc/mounts")) -> Risk | None:
    path = Path(path).resolve()
    lowered = str(path).lower()
    if sys.platform == "win32":
        if lowered.startswith("\\\\"):
            return Risk("network", str(path))
        kind = _windows_drive_kind(path)
        if kind:
            return Risk(kind, str(path))
    else:
        mount = _mount_of(path, mounts_file)
        if mount and (mount[1] in NETWORK_FS or (mount[1].startswith("fuse.") and "sshfs" in mount[1])):
            return Risk("network", f"{mount[0]} ({mount[1]})")
        if any(lowered.startswith(root) for root in REMOVABLE_ROOTS) or (mount and mount[1] in {"vfat", "exfat"}):
            return Risk("removable", mount[0] if mount else str(path.parent))
    parts = [p.lower() for p in path.parts]
    for folder in CLOUD_FOLDERS:
        if any(p == folder or p.startswith(folder + " ") or p.startswith(folder + "-") for p in parts):
            return Risk("cloud", folder)
    return None
