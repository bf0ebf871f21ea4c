"""Backups and restore that cannot lose data: checksums, what a restore accepts, its record, leftovers."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from db import connection, migrations
from db.queries import audit, reference
from tests.conftest import REPO, content
from workbench import browse
from workbench.errors import InputError, WorkspaceError
from workbench.storage import backups
from workbench.storage.workspace import Workspace
from workbench.tracking import progress

MARKER = "M" * 64


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_info(workspace: Workspace, key: str, value: str) -> None:
    with workspace.write() as db:
        reference.set_info(db, key, value)


def files(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def restore_and_reopen(workspace: Workspace, backup: Path, **flags: bool) -> tuple[Path, Workspace]:
    safety = backups.restore(workspace, backup, **flags)
    workspace.close()  # restore() keeps the lock for the caller, who reopens
    return safety, Workspace.open(workspace.path)


def flip_a_byte_of(backup: Path) -> None:
    """Change one byte of stored text: the file stays a sound database, only its checksum tells."""
    data = bytearray(backup.read_bytes())
    at = data.index(MARKER.encode())
    data[at] ^= 0x01
    backup.write_bytes(bytes(data))


@pytest.fixture
def closed_workspace(workspace_path: Path) -> Path:
    """A workspace file nobody holds, for the command line."""
    Workspace.open(workspace_path, create=True, program="pytest").close()
    return workspace_path


def test_every_backup_records_its_checksum_and_rotation_takes_it_along(workspace):
    first = backups.take(workspace)
    assert backups.sidecar(first).read_text() == f"{digest(first)}  {first.name}\n"  # as sha256sum -c reads it
    for _ in range(backups.KEEP_AUTOMATIC + 2):
        backups.take(workspace, reason="before-import")
    kept = backups.listing(workspace.path)
    assert len(kept) == backups.KEEP_AUTOMATIC + 1
    assert all(backups.checksum_state(p) is backups.Checksum.OK for p in kept)
    assert sorted(backups.folder(workspace.path).glob("*.sha256")) == sorted(backups.sidecar(p) for p in kept)


def test_restoring_the_oldest_of_ten_automatic_backups_keeps_it(workspace):
    for n in range(backups.KEEP_AUTOMATIC):
        set_info(workspace, "n", str(n))
        backups.take(workspace, reason="before-import")
    oldest = backups.listing(workspace.path)[-1]
    before = digest(oldest)
    set_info(workspace, "n", "later")
    safety, restored = restore_and_reopen(workspace, oldest)
    with restored:
        assert reference.get_info(restored.db, "n") == "0"
    assert oldest.exists() and digest(oldest) == before
    assert backups.checksum_state(oldest) is backups.Checksum.OK
    with Workspace.open(safety, write=False) as previous:
        assert reference.get_info(previous.db, "n") == "later"


def test_a_restore_is_written_to_the_restored_audit_log(workspace):
    saved = backups.take(workspace)
    identity = workspace.workspace_id
    safety, restored = restore_and_reopen(workspace, saved)
    with restored:
        entry = browse.audit(restored)[0]
    assert (entry.entity, entry.key, entry.field, entry.old, entry.new, entry.source) == (
        "workspace",
        identity,
        "restore",
        safety.name,
        saved.name,
        "restore",
    )


def test_a_flipped_byte_is_refused_and_nothing_changes(workspace):
    set_info(workspace, "marker", MARKER)
    saved = backups.take(workspace)
    flip_a_byte_of(saved)
    assert backups.checksum_state(saved) is backups.Checksum.MISMATCH
    with pytest.raises(WorkspaceError) as err:
        backups.verify(saved, quick=False)
    assert err.value.code == "backup.checksum_mismatch"
    set_info(workspace, "marker", "now")
    state, kept = content(workspace.path), files(backups.folder(workspace.path))
    with pytest.raises(WorkspaceError) as err:
        backups.restore(workspace, saved)
    assert err.value.code == "backup.checksum_mismatch" and str(saved) in err.value.text()
    assert content(workspace.path) == state and files(backups.folder(workspace.path)) == kept


def empty_sqlite(path: Path) -> Path:
    sqlite3.connect(path).execute("VACUUM").connection.close()
    assert connection.is_sqlite_file(path)
    return path


def another_programs_file(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    db.execute("INSERT INTO notes (text) VALUES ('hello')")
    db.execute("PRAGMA user_version = 2")  # as if a schema version of ours: the tables tell
    db.commit()
    db.close()
    return path


def newer_schema(workspace: Workspace, path: Path) -> Path:
    shutil.copyfile(backups.take(workspace), path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    db.close()
    return path


def other_workspace_backup(_: Workspace, path: Path) -> Path:
    with Workspace.open(path.with_name("other.sqlite"), create=True, program="pytest") as other:
        return backups.take(other)


REFUSED = {
    "empty": (lambda ws, p: empty_sqlite(p), "restore.not_a_workspace"),
    "another program's": (lambda ws, p: another_programs_file(p), "restore.not_a_workspace"),
    "newer schema": (newer_schema, "restore.newer"),
    "another workspace's": (other_workspace_backup, "restore.other_workspace"),
}


@pytest.mark.parametrize("kind", REFUSED)
def test_a_file_that_is_not_this_workspace_is_refused_and_nothing_changes(workspace, tmp_path, kind):
    make, code = REFUSED[kind]
    (tmp_path / "given").mkdir()
    given = make(workspace, tmp_path / "given" / "file.sqlite")
    state, kept = content(workspace.path), files(backups.folder(workspace.path))
    with pytest.raises(InputError) as err:
        backups.restore(workspace, given)
    assert err.value.code == code and str(given) in err.value.text()
    assert content(workspace.path) == state and files(backups.folder(workspace.path)) == kept
    assert not list(workspace.path.parent.glob("*.restoring*"))


def test_another_workspaces_backup_is_restored_once_confirmed(workspace, tmp_path):
    (tmp_path / "given").mkdir()
    given = other_workspace_backup(workspace, tmp_path / "given" / "file.sqlite")
    with Workspace.open(tmp_path / "given" / "other.sqlite", write=False) as other:
        identity = other.workspace_id
    assert identity != workspace.workspace_id
    _, restored = restore_and_reopen(workspace, given, other_workspace=True)
    with restored:
        assert restored.workspace_id == identity
        assert browse.audit(restored)[0].new == given.name


def test_an_older_schema_is_restored_and_upgraded_on_opening(workspace):
    old = REPO / "tests" / "fixtures" / "workspaces" / "v1.sqlite"
    given = shutil.copyfile(old, workspace.path.with_name("v1-copy.sqlite"))
    _, restored = restore_and_reopen(workspace, Path(given), other_workspace=True)
    with restored:
        assert connection.user_version(restored.db) == migrations.LATEST
        assert browse.audit(restored)[0].field == "restore"


def test_a_backup_made_before_checksums_restores_after_the_full_check(workspace):
    saved = backups.take(workspace)
    backups.sidecar(saved).unlink()
    assert backups.checksum_state(saved) is backups.Checksum.MISSING
    assert backups.verify(saved, quick=False)["plans"] == 0
    _, restored = restore_and_reopen(workspace, saved)
    restored.close()
    assert saved.exists() and not backups.sidecar(saved).exists()


def age(path: Path, seconds: float = 60) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def leftovers(workspace_path: Path) -> dict[str, Path]:
    folder = backups.folder(workspace_path)
    folder.mkdir(exist_ok=True)
    made = {
        "partial": folder / f"{workspace_path.stem}-20200101-000000-000000-before-import.partial",
        "checksum temp": folder / f"{workspace_path.stem}-20200101-000000-000000-manual.sqlite.sha256.tmp",
        "orphan checksum": folder / f"{workspace_path.stem}-20200101-000000-000000-manual.sqlite.sha256",
        "restore staging": workspace_path.with_name(workspace_path.name + ".restoring"),
    }
    for p in made.values():
        p.write_bytes(b"cut short")
        age(p)
    return made


def test_leftovers_of_killed_runs_go_with_the_next_backup(workspace):
    finished = backups.take(workspace)
    made = leftovers(workspace.path)
    later = backups.folder(workspace.path) / f"{workspace.path.stem}-29990101-000000-000000-manual.partial"
    later.write_bytes(b"")
    age(later, -3600)
    backups.take(workspace)
    assert [k for k, p in made.items() if p.exists()] == ["restore staging"]  # a restore clears its own
    assert later.exists()  # not older than this backup: not a leftover of a run before it
    assert finished.exists() and backups.checksum_state(finished) is backups.Checksum.OK


def test_leftovers_go_with_the_next_restore(workspace):
    saved = backups.take(workspace)
    made = leftovers(workspace.path)
    restore_and_reopen(workspace, saved)[1].close()
    assert not [p for p in made.values() if p.exists()]


def test_leftovers_go_when_the_backups_are_listed_while_nobody_holds_the_workspace(workspace):
    finished = backups.take(workspace)
    made = leftovers(workspace.path)
    assert backups.listing(workspace.path) == [finished]
    assert all(p.exists() for p in made.values())  # held: one of them may be being written
    workspace.close()
    assert backups.listing(workspace.path) == [finished]
    assert not [p for p in made.values() if p.exists()]
    assert finished.exists() and backups.sidecar(finished).exists()


# The command line


def backup_json(cli) -> Path:
    code, out, err = cli("backup", "--json")
    assert code == 0, err
    return Path(json.loads(out)["backup"])


def test_the_command_line_backs_up_a_workspace_the_window_holds(cli, workspace):
    set_info(workspace, "note", MARKER)  # `workspace` holds the writer lock, as the window does
    saved = backup_json(cli)
    assert backups.checksum_state(saved) == backups.Checksum.OK
    assert content(saved)["workspace_info"] == content(workspace.path)["workspace_info"]
    set_info(workspace, "note", "still the writer")  # and it writes on


def test_a_backup_is_one_snapshot_while_another_program_writes(workspace, monkeypatch):
    copy = connection.backup_to

    def copy_then_write(db, target):
        copy(db, target)
        change = progress.Change("task", (("task_id", 1),), "status", None, "done")
        progress.audit_changes(workspace, [change], source="written during the backup")  # the writer commits

    monkeypatch.setattr(connection, "backup_to", copy_then_write)
    with Workspace.open(workspace.path, write=False) as reader:
        saved = backups.take(reader)  # verified against the counts of the snapshot it copied
    assert backups.verify(saved)["audit_log"] == 0 and audit.count(workspace.db) == 1


def test_cli_lists_each_backups_checksum(cli, closed_workspace):
    good, changed, old = backup_json(cli), backup_json(cli), backup_json(cli)
    changed.write_bytes(changed.read_bytes() + b"\0")
    backups.sidecar(old).unlink()
    code, out, _ = cli("backup", "--list", "--json")
    assert code == 0
    assert {Path(b["path"]): b["checksum"] for b in json.loads(out)} == {
        good: "ok",
        changed: "mismatch",
        old: "missing",
    }
    code, out, _ = cli("backup", "--list")
    lines = dict(line.split("  ", 1) for line in out.splitlines())
    assert lines == {
        str(good): "校验和一致",
        str(changed): "校验和不符：备份已被改动或损坏",
        str(old): "未记录校验和（较早版本的备份）",
    }


def test_cli_restore_of_a_backup_without_a_checksum_says_so(cli, closed_workspace):
    saved = backup_json(cli)
    backups.sidecar(saved).unlink()
    code, out, err = cli("restore", str(saved), "--json")
    assert code == 0, err
    assert json.loads(out)["checksum"] == "missing" and "没有记录校验和" in err and str(saved) in err
    code, out, err = cli("restore", str(backup_json(cli)))
    assert code == 0 and "已从" in out and err == ""


def test_cli_restore_exit_codes(cli, closed_workspace, tmp_path):
    (tmp_path / "given").mkdir()
    with Workspace.open(closed_workspace) as ws:
        set_info(ws, "marker", MARKER)
        newer = newer_schema(ws, tmp_path / "given" / "newer.sqlite")
        other = other_workspace_backup(ws, tmp_path / "given" / "x.sqlite")
    flipped = backup_json(cli)
    flip_a_byte_of(flipped)
    (tmp_path / "zero.sqlite").write_bytes(b"")
    cases = [
        (empty_sqlite(tmp_path / "given" / "empty.sqlite"), 2, "不是工作台的工作区"),
        (another_programs_file(tmp_path / "given" / "notes.sqlite"), 2, "不是工作台的工作区"),
        (newer, 2, "更新版本"),
        (other, 2, "--other-workspace"),
        (flipped, 3, "校验和不符"),
        (tmp_path / "zero.sqlite", 3, "备份校验失败"),  # as before: not SQLite
        (tmp_path / "missing.sqlite", 3, "找不到备份"),  # as before
    ]
    state = content(closed_workspace)
    for given, expected, says in cases:
        code, out, err = cli("restore", str(given))
        assert (code, out) == (expected, ""), (given, err)
        assert says in err and str(given) in err
    assert content(closed_workspace) == state
    code, out, err = cli("restore", str(other), "--other-workspace", "--json")
    assert code == 0, err
    assert Path(json.loads(out)["previous_state"]).exists()


def test_two_callers_of_the_days_backup_at_once_make_one(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "ws.sqlite"
    Workspace.open(path, create=True).close()

    def daily(_: int):
        workspace = Workspace.open(path, write=False)
        try:
            return backups.take_daily(workspace, reason="before-submission")
        finally:
            workspace.close()

    with ThreadPoolExecutor(2) as pool:
        taken = [t for t in pool.map(daily, range(2)) if t is not None]
    assert len(taken) == 1 and backups.listing(path) == taken
