"""Risky places for a workspace are recognised (SQLite's list of how files get corrupted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.storage.location import risk_of

MOUNTS = """\
/dev/vda / ext4 rw 0 0
server:/export /srv/share nfs4 rw 0 0
//nas/office /mnt/office cifs rw 0 0
/dev/sdb1 /run/media/li/KINGSTON vfat rw 0 0
/dev/sdc1 /data/usb exfat rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "where, kind",
    [
        ("/srv/share/plans/ws.sqlite", "network"),
        ("/mnt/office/信息化/ws.sqlite", "network"),
        ("/run/media/li/KINGSTON/ws.sqlite", "removable"),
        ("/data/usb/ws.sqlite", "removable"),
        ("/home/li/Dropbox/ws.sqlite", "cloud"),
        ("/home/li/OneDrive - 经信委/ws.sqlite", "cloud"),
        ("/home/li/坚果云/ws.sqlite", "cloud"),
    ],
)
def test_risky_places_are_flagged(mounts, where, kind):
    risk = risk_of(where, mounts_file=mounts)
    assert risk is not None and risk.kind == kind


def test_a_local_disk_is_fine(mounts):
    assert risk_of("/home/li/文档/ws.sqlite", mounts_file=mounts) is None
