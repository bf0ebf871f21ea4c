"""A return written into the province's own file: the workspace keeps each accepted file's bytes (only the newest
standing one per plan, region and period), `workbench return` marks that file and puts its instructions first, and
the file revised by a person is taken in again. Without a kept file the template is reissued, and the output says
which."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from db import connection
from tests.workbench.reporting.test_review_cli import PERIOD, PLAN, issued, states
from tests.workbench.reporting.workbooks import fill
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "workspaces"
NOTE = "省发改委：本表数据已经分管领导审核"


def kept(ws: Path) -> dict[int, bytes]:
    with Workspace.open(ws, write=False) as w:
        return {r[0]: r[1] for r in w.db.execute("SELECT submission_id, file FROM submission_files")}


def accepted(ws: Path) -> list[int]:
    with Workspace.open(ws, write=False) as w:
        return [r[0] for r in w.db.execute("SELECT id FROM submissions WHERE outcome = 'accepted' ORDER BY id")]


def personal(wb: openpyxl.Workbook) -> None:
    """What a province adds of its own: a note in a free cell and a sheet of its own at the end."""
    wb[layout.SHEET_TASKS]["Z2"] = NOTE
    wb.create_sheet("本省附注")["A1"] = "联系人另见内网通讯录"


def return_js(cli, ws: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return cli(
        "return", "--plan", PLAN, "--period", PERIOD, "--region", "JS", "--reason", "任务2进展过于简略",
        "--cell", "任务进展!F5", "--task", "2", "--out", str(out), *extra, workspace=ws,
    )  # fmt: skip


@pytest.fixture
def own_file(cli, demo_path, tmp_path) -> Path:
    """江苏省's file for 2023H2, with its own note and sheet, taken in."""
    template = issued(cli, demo_path, "JS", tmp_path / "issued")
    filled = fill(template, tmp_path / "JS.xlsx", tasks={"1": {"status": "推进中", "percent": 40}}, change=personal)
    code, out, err = cli("submit", str(filled), workspace=demo_path)
    assert code == 0, out + err
    return filled


def test_the_return_is_the_provinces_own_file_marked_and_taken_in_again(cli, demo_path, own_file, tmp_path):
    ws = demo_path
    [first] = accepted(ws)
    assert kept(ws) == {first: own_file.read_bytes()}

    back = tmp_path / "back.xlsx"
    code, out, err = return_js(cli, ws, back)
    assert code == 0, err
    assert own_file.name in out and "原文件" in out

    own, book = openpyxl.load_workbook(own_file), openpyxl.load_workbook(back)
    assert book.sheetnames == ["退回说明", *own.sheetnames] and own.sheetnames[-1] == "本省附注"
    assert book.active.title == "退回说明" and [ws.sheet_view.tabSelected for ws in book.worksheets].count(True) == 1
    assert book[layout.SHEET_TASKS]["Z2"].value == NOTE and book["本省附注"]["A1"].value == "联系人另见内网通讯录"
    assert "任务2进展过于简略" in [c.value for c in book["退回说明"]["B"]]
    tasks = book[layout.SHEET_TASKS]
    assert "任务2进展过于简略" in tasks["F5"].comment.text and tasks["F5"].fill.fgColor.rgb.endswith("FFC7CE")
    second = next(r for r in range(layout.FIRST_DATA_ROW, tasks.max_row + 1) if str(tasks.cell(r, 1).value) == "2")
    assert tasks.cell(second, 1).comment is not None and tasks.cell(second + 1, 1).comment is None
    # Everything else is the province's: the values it sent, unmarked.
    for sheet in own.sheetnames:
        for row in own[sheet].iter_rows():
            for cell in row:
                assert book[sheet][cell.coordinate].value == cell.value, (sheet, cell.coordinate)
                if (sheet, cell.coordinate) != (layout.SHEET_TASKS, "F5") and book[sheet][cell.coordinate].comment:
                    assert sheet == layout.SHEET_TASKS and cell.row == second, cell.coordinate

    # A person revises the returned file (openpyxl, as Excel would save it) and sends it: an ordinary return.
    revised = fill(back, tmp_path / "revised.xlsx", tasks={"2": {"status": "推进中", "percent": 55}})
    code, out, err = cli("submit", str(revised), workspace=ws)
    assert code == 0 and "已接收" in out, out + err
    assert states(cli, ws)["JS"]["state"] == "submitted"
    [_, newest] = accepted(ws)
    assert kept(ws) == {newest: revised.read_bytes()}  # the file it replaces is dropped

    # Returned again: the newest file, its earlier instructions replaced, not added to.
    again = tmp_path / "again.xlsx"
    code, out, err = return_js(cli, ws, again, "--json")
    assert code == 0, err
    assert json.loads(out)["own_file"] == revised.name
    assert openpyxl.load_workbook(again).sheetnames == ["退回说明", *own.sheetnames]


def test_withdrawing_the_newest_file_drops_it_and_the_template_is_reissued(cli, demo_path, own_file, tmp_path):
    ws = demo_path
    later = fill(own_file, tmp_path / "later.xlsx", tasks={"1": {"percent": 45}})
    code, out, err = cli("submit", str(later), "--replace", workspace=ws)
    assert code == 0, out + err
    _, second = accepted(ws)
    assert kept(ws) == {second: later.read_bytes()}  # the file it replaced is dropped
    code, out, err = cli("withdraw", str(second), workspace=ws)
    assert code == 0, out + err
    assert kept(ws) == {}
    # The first file stands again, its bytes gone: the return reissues the template, and says so.
    back = tmp_path / "back.xlsx"
    code, out, err = return_js(cli, ws, back)
    assert code == 0, err
    assert "重新生成" in out
    book = openpyxl.load_workbook(back)
    assert book.sheetnames[0] == "退回说明" and "本省附注" not in book.sheetnames
    assert book[layout.SHEET_TASKS]["Z2"].value is None
    assert states(cli, ws)["JS"]["file_name"] == own_file.name


def test_a_file_taken_in_before_files_were_kept_gets_its_template_reissued(cli, demo_path, own_file, tmp_path):
    with Workspace.open(demo_path) as w, w.write() as db:
        db.execute("DELETE FROM submission_files")  # as in a workspace upgraded from schema 10
    code, out, err = return_js(cli, demo_path, tmp_path / "back.xlsx", "--json")
    assert code == 0, err
    assert json.loads(out)["own_file"] == ""
    assert "本省附注" not in openpyxl.load_workbook(tmp_path / "back.xlsx").sheetnames


def test_a_kept_file_whose_task_rows_moved_gets_its_template_reissued(cli, demo_path, own_file, tmp_path):
    """The marks name the rows of the plan's template today; a file whose tasks sit elsewhere is not marked."""
    moved = openpyxl.load_workbook(own_file)
    tasks = moved[layout.SHEET_TASKS]
    first, second = tasks.cell(layout.FIRST_DATA_ROW, 1), tasks.cell(layout.FIRST_DATA_ROW + 1, 1)
    first.value, second.value = second.value, first.value
    moved.save(tmp_path / "moved.xlsx")
    with Workspace.open(demo_path) as w, w.write() as db:
        db.execute("UPDATE submission_files SET file = ?", [(tmp_path / "moved.xlsx").read_bytes()])
    code, out, err = return_js(cli, demo_path, tmp_path / "back.xlsx", "--json")
    assert code == 0, err
    assert json.loads(out)["own_file"] == ""
    assert "本省附注" not in openpyxl.load_workbook(tmp_path / "back.xlsx").sheetnames


def test_a_refused_file_is_not_kept(cli, demo_path, own_file, tmp_path):
    before = kept(demo_path)
    broken = fill(own_file, tmp_path / "broken.xlsx", tasks={"1": {"percent": 400}})
    code, out, _ = cli("submit", str(broken), "--replace", workspace=demo_path)
    assert code == 1, out
    assert kept(demo_path) == before


def test_a_kept_file_costs_its_own_size(cli, demo_path, own_file):
    """README (Review → Sending back) states the cost per file: the bytes of the file, nothing more."""
    with Workspace.open(demo_path, write=False) as w:
        [(size, stored)] = w.db.execute(
            "SELECT s.file_size, length(f.file) FROM submissions s JOIN submission_files f ON f.submission_id = s.id"
        ).fetchall()
    assert stored == size == own_file.stat().st_size
    assert size < 64 * 1024  # a province's file of the demo's action plan: tens of kilobytes


def test_a_schema_10_workspace_upgrades_with_no_file_kept(tmp_path):
    path = tmp_path / "v10.sqlite"
    shutil.copyfile(FIXTURES / "v10.sqlite", path)
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) >= 11
        assert ws.db.execute("SELECT count(*) FROM submission_files").fetchone()[0] == 0
