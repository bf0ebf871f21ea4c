"""`workbench plan import TABLE.xlsx`: a task-allocation sheet saved as a plan; its column
mapping shown on --dry-run; hostile workbooks refused with exit 2, the workspace untouched."""

from __future__ import annotations

import hashlib
import json
import zipfile

from tests.conftest import SEED_000
from tests.importers.plan_document.tables_build import sheet

ROWS = [
    ["2025年长三角信息化合作重点任务分工表"],
    ["序号", "重点任务", "工作内容", "牵头部门", "配合部门", "完成时间", "备注"],
    ["一、数字基础设施"],
    [1, "推进5G网络共建", "实现毗邻区域连续覆盖。", "上海市通信管理局", "江苏省通信管理局、南京市", "2025年12月", ""],
    [2, "建设量子通信干线", "开通沪合干线。", "合肥市", "", "2025年底前", "续建"],
]


def _table(tmp_path):
    return sheet(tmp_path / "分工表.xlsx", ROWS, ["A1:G1", "A3:G3"])


def test_plan_import_of_a_sheet_saves_its_tasks(cli, tmp_path):
    code, _, err = cli("plan", "import", str(_table(tmp_path)))
    assert code == 0, err
    doc = json.loads(cli("plan", "show", "分工表", "--json")[1])
    assert doc["plan"]["title"] == "2025年长三角信息化合作重点任务分工表"
    assert (doc["plan"]["period"]["start"], doc["plan"]["period"]["end"]) == (2025, 2025)
    assert [
        (t["number"], t["title"], t["lead_units"], t["cooperating_units"], t["deadline"], t["regions"])
        for t in doc["tasks"]
    ] == [
        (
            "1",
            "推进5G网络共建",
            ["上海市通信管理局"],
            ["江苏省通信管理局", "南京市"],
            "2025年12月",
            ["SH", "JS", "JS-NJ"],
        ),
        ("2", "建设量子通信干线", ["合肥市"], [], "2025年底前", ["AH-HF"]),
    ]
    assert {t["group"]["title"] for t in doc["tasks"]} == {"数字基础设施"}


def test_dry_run_shows_the_column_mapping(cli, tmp_path, workspace_path):
    code, out, _ = cli("plan", "import", str(_table(tmp_path)), "--dry-run")
    assert code == 0
    assert "重点任务 → 任务" in out and "牵头部门 → 牵头单位" in out and "备注 → 不读取" in out
    assert "任务分工表" in out
    assert not workspace_path.exists()


def test_hostile_workbooks_exit_2_and_change_nothing(cli, tmp_path, workspace_path):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    before = hashlib.sha256(workspace_path.read_bytes()).hexdigest()
    bomb = tmp_path / "炸弹.xlsx"
    with zipfile.ZipFile(_table(tmp_path)) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/media/padding.xml", b"<a>" + b"0" * (60 * 1024 * 1024) + b"</a>")
    huge = tmp_path / "巨大.xlsx"
    with huge.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    for path, words in ((bomb, "可能是恶意文件"), (huge, "")):
        code, _, err = cli("plan", "import", str(path))
        assert code == 2 and path.name in err and words in err
        assert len(err.strip().splitlines()) == 1
    assert hashlib.sha256(workspace_path.read_bytes()).hexdigest() == before
