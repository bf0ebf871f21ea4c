"""Files the workbench writes for people (templates, the summary, the --report workbook): never over the
workspace, its own files or an input, never over an existing file without --force, never a finished-looking
file that is not whole or not recorded, with the user's usual permissions and worded failures."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import REPO
from tests.workbench.reporting import plans as test_plans
from workbench.app import services
from workbench.errors import Cancelled, InputError
from workbench.planning import plans
from workbench.storage import backups, copies, outputs
from workbench.storage.lock import lock_path
from workbench.storage.workspace import Workspace

PLAN, PERIOD = "三年行动计划", "2023H1"
SUMMARY = ("summary", "--plan", PLAN, "--period", PERIOD)
TEMPLATE = ("template", "--plan", PLAN, "--period", PERIOD)
TITLE = "长三角区域一体化发展信息化专题组三年行动计划"  # over 30 characters with its years: they are dropped


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded(workspace: Path) -> list[str]:
    with Workspace.open(workspace, write=False) as ws:
        return [r["file_name"] for r in ws.db.query("SELECT file_name FROM templates")]


def submitted(workspace: Path) -> int:
    with Workspace.open(workspace, write=False) as ws:
        return ws.db.execute("SELECT count(*) FROM submissions").fetchone()[0]


def partials(folder: Path) -> list[Path]:
    return sorted(folder.glob(".~*.partial"))


def issue_js(cli, workspace: Path, folder: Path, *more: str) -> Path:
    code, _, err = cli(*TEMPLATE, "--region", "JS", "--out", str(folder), *more, workspace=workspace)
    assert code == 0, err
    [path] = folder.glob("*江苏省*.xlsx")
    return path


def test_nothing_is_written_over_the_workspace_or_its_own_files(cli, demo_path, tmp_path):
    home = demo_path.parent
    for target in (
        demo_path,
        home / f"{demo_path.name}-wal",
        home / f"{demo_path.name}-shm",
        lock_path(demo_path),
        backups.folder(demo_path),
        backups.folder(demo_path) / "汇总表.xlsx",
    ):
        code, _, err = cli(*SUMMARY, "--out", str(target), "--force", workspace=demo_path)
        assert code == 2 and str(target) in err, err
        assert "工作区自身的文件" in err or "备份文件夹" in err
        assert not (target.is_file() and zipfile.is_zipfile(target))
    template = issue_js(cli, demo_path, tmp_path / "issued")
    code, _, err = cli("submit", str(template), "--report", str(demo_path), "--force", workspace=demo_path)
    assert code == 2 and "工作区自身的文件" in err
    assert submitted(demo_path) == 0  # refused before any file was taken in
    with Workspace.open(demo_path, write=False) as ws:
        assert ws.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 4


def test_a_received_file_is_never_written_over_by_its_report(cli, demo_path, tmp_path):
    template = issue_js(cli, demo_path, tmp_path / "issued")
    before = digest(template)
    for report in (template, template.parent):  # the file, or the folder holding it, as given
        code, _, err = cli("submit", str(report), "--report", str(template), "--force", workspace=demo_path)
        assert code == 2 and str(template) in err and "正在读取" in err
    assert digest(template) == before and submitted(demo_path) == 0


def test_an_existing_output_is_replaced_only_with_force(cli, demo_path, tmp_path):
    mine = tmp_path / "汇总表.xlsx"
    mine.write_bytes(b"the clerk's own workbook")
    code, _, err = cli(*SUMMARY, "--out", str(mine), workspace=demo_path)
    assert code == 2 and str(mine) in err and "--force" in err
    assert mine.read_bytes() == b"the clerk's own workbook"
    code, _, err = cli(*SUMMARY, "--out", str(mine), "--force", workspace=demo_path)
    assert code == 0, err
    assert zipfile.is_zipfile(mine)

    template = issue_js(cli, demo_path, tmp_path / "issued")
    before = digest(template)
    code, _, err = cli(*TEMPLATE, "--all-regions", "--out", str(template.parent), workspace=demo_path)
    assert code == 2 and str(template) in err and "--force" in err
    assert digest(template) == before and list(template.parent.iterdir()) == [template]  # no other region either
    assert len(recorded(demo_path)) == 1
    issue_js(cli, demo_path, template.parent, "--force")
    assert digest(template) != before and len(recorded(demo_path)) == 2

    report = tmp_path / "退回说明.xlsx"
    report.write_bytes(b"last week's report")
    code, _, err = cli("submit", str(template), "--report", str(report), workspace=demo_path)
    assert code == 2 and str(report) in err and "--force" in err
    assert submitted(demo_path) == 0 and report.read_bytes() == b"last week's report"
    code, _, err = cli("submit", str(template), "--report", str(report), "--force", workspace=demo_path)
    assert code in (0, 1), err
    assert zipfile.is_zipfile(report)


def test_the_window_can_ask_before_replacing(workspace, tmp_path):
    plan_id = plans.save(workspace, test_plans.plan(8))
    target = tmp_path / "汇总.xlsx"
    target.write_bytes(b"x")
    with pytest.raises(InputError) as refused:
        services.write_summary(workspace, plan_id, PERIOD, target)
    assert refused.value.code == "output.exists" and refused.value.exit_code == 2
    assert services.write_summary(workspace, plan_id, PERIOD, target, force=True) == target


def test_templates_of_plans_that_differ_only_in_their_years_have_their_own_names(workspace, tmp_path):
    earlier = test_plans.plan(8, title=f"{TITLE}（2021-2023年）")
    later = test_plans.plan(8, title=f"{TITLE}（2024-2026年）")
    later.metadata = dataclasses.replace(later.metadata, period_start=2024, period_end=2026)
    ids = [plans.save(workspace, p) for p in (earlier, later)]
    paths = [services.issue_templates(workspace, i, ["JS"], "2024H1", tmp_path)[0] for i in ids]
    assert [p.name for p in paths] == [
        f"{TITLE}(2021-2023)_江苏省_2024H1_进展报送.xlsx",
        f"{TITLE}(2024-2026)_江苏省_2024H1_进展报送.xlsx",
    ]
    # Without recorded years the two would look the same: the plan's id tells them apart.
    undated = [dataclasses.replace(p.metadata, period_start=None, period_end=None) for p in (earlier, later)]
    twins = []
    for plan, metadata in zip((earlier, later), undated):
        plan.metadata, plan.source_text = metadata, plan.source_text + "undated"
        twins.append(plans.save(workspace, plan))
    names = [services.issue_templates(workspace, i, ["JS"], "2024H1", tmp_path)[0].name for i in twins]
    assert names == [f"{TITLE}_规划{i}_江苏省_2024H1_进展报送.xlsx" for i in twins]


def test_exported_files_have_the_users_usual_permissions(cli, demo_path, tmp_path):
    old = os.umask(0o022)
    try:
        template = issue_js(cli, demo_path, tmp_path / "issued")
        summary = tmp_path / "汇总表.xlsx"
        assert cli(*SUMMARY, "--out", str(summary), workspace=demo_path)[0] == 0
        report = tmp_path / "r.xlsx"
        cli("submit", str(template), "--dry-run", "--report", str(report), workspace=demo_path)
    finally:
        os.umask(old)
    assert [oct(p.stat().st_mode & 0o777) for p in (template, summary, report)] == [oct(0o644)] * 3


def _killed_and_then(cli, demo_path: Path, folder: Path) -> None:
    """After a killed run: every template that looks finished is recorded, and the next run into the
    folder removes the partial files."""
    on_disk = {p.name for p in folder.glob("*.xlsx")}
    assert on_disk <= set(recorded(demo_path)), on_disk - set(recorded(demo_path))
    assert partials(folder), "the kill landed after the run finished"
    issue_js(cli, demo_path, folder, "--force")
    assert partials(folder) == []


def test_a_killed_all_cities_run_leaves_no_unrecorded_template(cli, demo_path, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    exe = Path(sys.executable).with_name("workbench")
    args = ["--workspace", str(demo_path), *TEMPLATE, "--all-cities"]
    with subprocess.Popen([str(exe), *args, "--out", str(folder)], stderr=subprocess.PIPE) as run:
        deadline = time.monotonic() + 60
        while not any(folder.iterdir()) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        run.send_signal(signal.SIGKILL)  # as soon as the first file appears
        run.wait()
    assert run.returncode == -signal.SIGKILL
    _killed_and_then(cli, demo_path, folder)


KILLED_AFTER_THE_FIRST_RENAME = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
rename = os.replace
def replace(source, target):
    rename(source, target)
    if str(target).endswith(".xlsx"):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
from workbench.app.cli.main import run
sys.exit(run(sys.argv[2:]))
"""


def test_a_run_killed_between_its_renames_leaves_only_recorded_templates(cli, demo_path, tmp_path):
    """The repeatable point after the batch is recorded: one template in place, 40 still partial."""
    folder = tmp_path / "out"
    args = ["--workspace", str(demo_path), *TEMPLATE, "--all-cities"]
    run = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_THE_FIRST_RENAME, str(REPO), *args, "--out", str(folder)],
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert len(list(folder.glob("*.xlsx"))) == 1 and len(partials(folder)) == 40
    _killed_and_then(cli, demo_path, folder)


def test_a_cancelled_or_failed_batch_leaves_no_files_and_no_records(workspace, tmp_path, monkeypatch):
    plan_id = plans.save(workspace, test_plans.plan(8))
    folder = tmp_path / "out"
    calls = iter([False, False, True])
    with pytest.raises(Cancelled):
        services.issue_templates(workspace, plan_id, ["SH", "JS", "ZJ"], PERIOD, folder, cancel=lambda: next(calls))
    assert list(folder.iterdir()) == []
    # The second rename fails (the file is open in Excel): the first, already in place, is taken back too.
    rename, renamed = os.replace, []

    def replace(source, target):
        if renamed:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        rename(source, target)
        renamed.append(target)

    monkeypatch.setattr(outputs.os, "replace", replace)
    with pytest.raises(InputError) as failed:
        services.issue_templates(workspace, plan_id, ["SH", "JS", "ZJ"], PERIOD, folder)
    assert failed.value.code == "output.not_writable" and "江苏省" in failed.value.text()
    assert renamed and list(folder.iterdir()) == []
    assert workspace.db.execute("SELECT count(*) FROM templates").fetchone()[0] == 0


@pytest.mark.parametrize("period", ["9999", "1999H1", "2101Q1"])
def test_a_period_out_of_range_is_a_usage_error(cli, demo_path, tmp_path, period):
    for command in (
        ["template", "--plan", PLAN, "--region", "JS", "--out", str(tmp_path / "t.xlsx")],
        ["status", "--plan", PLAN],
        ["summary", "--plan", PLAN, "--out", str(tmp_path / "s.xlsx")],
        ["submit", str(tmp_path), "--dry-run"],
    ):
        code, _, err = cli(*command, "--period", period, workspace=demo_path)
        assert code == 2, err
        assert err.strip() == f"报送期“{period}”的年份超出范围，应在 2000 到 2100 年之间"
    assert list(tmp_path.glob("*.xlsx")) == []


def test_an_output_folder_that_is_missing_or_a_file_is_worded(cli, demo_path, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("not a folder")
    for out in (tmp_path / "missing" / "s.xlsx", note / "s.xlsx"):
        code, _, err = cli(*SUMMARY, "--out", str(out), workspace=demo_path)
        assert code == 2 and err.strip() == f"无法写入 {out}：文件夹 {out.parent} 不存在或不是文件夹"
    code, _, err = cli(*TEMPLATE, "--region", "JS", "--out", str(note / "t.xlsx"), workspace=demo_path)
    assert code == 2 and str(note) in err
    code, _, err = cli(*TEMPLATE, "--all-regions", "--out", str(note), workspace=demo_path)
    assert code == 2 and err.strip() == f"{note} 不是文件夹，无法把文件写入其中"
    assert recorded(demo_path) == [] and note.read_text() == "not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not stop root")
def test_a_read_only_output_folder_is_worded(cli, demo_path, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        out = folder / "s.xlsx"
        code, _, err = cli(*SUMMARY, "--out", str(out), workspace=demo_path)
        assert code == 2 and err.startswith(f"无法写入 {out}：没有写入权限")
    finally:
        folder.chmod(0o700)


def test_a_full_disk_is_the_outputs_failure_not_the_workspaces(workspace, tmp_path, monkeypatch):
    plan_id = plans.save(workspace, test_plans.plan(8))

    def full(self, handle):
        handle.write(b"PK half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    target = tmp_path / "汇总.xlsx"
    with pytest.raises(InputError) as failed:
        services.write_summary(workspace, plan_id, PERIOD, target)
    assert failed.value.code == "output.disk_full" and str(target) in failed.value.text()
    assert not target.exists() and partials(tmp_path) == []
    with pytest.raises(InputError) as failed:
        services.issue_templates(workspace, plan_id, ["SH", "JS"], PERIOD, tmp_path / "out")
    assert failed.value.code == "output.disk_full"
    assert list((tmp_path / "out").iterdir()) == []
    assert workspace.db.execute("SELECT count(*) FROM templates").fetchone()[0] == 0


def test_only_our_own_leftovers_are_removed(cli, demo_path, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    ours = folder / ".~汇总表.xlsx.0123abcd.partial"
    theirs = [folder / name for name in ("notes.partial", "~$汇总表.xlsx", ".~lock.汇总表.xlsx#", ".~x.partial")]
    for path in (ours, *theirs):
        path.write_bytes(b"")
    out = folder / "汇总表2.xlsx"
    assert cli(*SUMMARY, "--out", str(out), workspace=demo_path)[0] == 0
    assert not ours.exists() and all(p.exists() for p in theirs)


def test_commands_that_write_the_workspace_warn_when_it_is_in_a_risky_place(cli, demo_path, tmp_path):
    synced = tmp_path / "OneDrive" / "demo.sqlite"
    synced.parent.mkdir()
    shutil.copyfile(demo_path, synced)
    code, _, err = cli(*TEMPLATE, "--region", "JS", "--out", str(tmp_path / "t"), workspace=synced)
    assert code == 0 and "云同步文件夹" in err
    [template] = (tmp_path / "t").iterdir()
    code, _, err = cli("submit", str(template), workspace=synced)
    assert "云同步文件夹" in err
    code, _, err = cli("submit", str(template), "--dry-run", workspace=synced)
    assert "云同步文件夹" not in err  # reads only


def test_a_copy_is_never_saved_over_the_workspaces_files(workspace):
    for target in (workspace.path, workspace.path.with_name(workspace.path.name + "-wal"), lock_path(workspace.path)):
        with pytest.raises(InputError) as refused:
            copies.save_copy(workspace, target)
        assert refused.value.code == "output.is_workspace"
