"""The whole cycle through the `workbench` command on the demo workspace: templates for the
four regions → filled by a script → submitted → status accepted → summary holds the values."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from db.queries import audit
from tests.workbench.reporting.workbooks import fill
from workbench import browse
from workbench.reporting import layout
from workbench.storage import backups
from workbench.storage.workspace import Workspace

PLAN = "三年行动计划"
PERIOD = "2023H1"
STATUSES = ("推进中", "已完成", "滞后", "暂停")


def province_fills(template: Path, out: Path, region_index: int) -> dict[str, tuple[str, int]]:
    """What one province reports: a status and percent per task, varied by region."""
    ws = openpyxl.load_workbook(template)[layout.SHEET_TASKS]
    codes = [layout.canonical(ws.cell(r, 1).value) for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)]
    reported = {
        code: (STATUSES[(n + region_index) % 4], 100 if STATUSES[(n + region_index) % 4] == "已完成" else 10 * (n % 9))
        for n, code in enumerate(codes)
    }
    fill(
        template,
        out,
        tasks={
            code: {
                "status": s,
                "percent": p,
                "progress": f"第{code}项进展（{region_index}）",
                "problems": "用地审批慢" if s == "滞后" else None,
            }
            for code, (s, p) in reported.items()
        },
    )
    return reported


@pytest.fixture
def round_trip(cli, demo_path, tmp_path):
    code, out, err = cli(
        "template",
        "--plan",
        PLAN,
        "--all-regions",
        "--period",
        PERIOD,
        "--out",
        str(tmp_path / "issued"),
        "--json",
        workspace=demo_path,
    )
    assert code == 0, err
    issued = {row["region"]: Path(row["path"]) for row in json.loads(out)}
    assert sorted(issued) == ["AH", "JS", "SH", "ZJ"]
    reported = {
        region: province_fills(path, tmp_path / "back" / path.name, i)
        for i, (region, path) in enumerate(sorted(issued.items()))
    }
    return demo_path, tmp_path / "back", reported


def test_four_regions_round_trip(cli, round_trip, tmp_path):
    demo, back, reported = round_trip
    code, out, err = cli("submit", str(back), "--json", workspace=demo)
    assert code == 0, out + err
    files = json.loads(out)["files"]
    assert [f["status"] for f in files] == ["accepted"] * 4
    # the day's verified backup (the demo keeps none of its build's), taken before the batch's first write
    assert len([p for p in backups.listing(demo) if p.stem.endswith("before-submission")]) == 1
    code, out, _ = cli("status", "--plan", PLAN, "--period", PERIOD, "--json", workspace=demo)
    states = {s["region"]: s for s in json.loads(out)}
    assert {r: s["state"] for r, s in states.items()} == dict.fromkeys(("SH", "JS", "ZJ", "AH"), "accepted")
    assert all(s["file_name"].endswith(".xlsx") and s["when"] for s in states.values())

    code, out, _ = cli(
        "summary", "--plan", PLAN, "--period", PERIOD, "--out", str(tmp_path / "汇总.xlsx"), workspace=demo
    )
    assert code == 0 and (tmp_path / "汇总.xlsx").exists()
    ws = openpyxl.load_workbook(tmp_path / "汇总.xlsx")["任务汇总"]
    regions = [ws.cell(3, c).value for c in range(4, 12, 2)]
    assert regions == ["上海市", "江苏省", "浙江省", "安徽省"]
    codes = {"SH": "上海市", "JS": "江苏省", "ZJ": "浙江省", "AH": "安徽省"}
    for region, rows in reported.items():
        col = 4 + 2 * regions.index(codes[region])
        for r in range(5, ws.max_row + 1):
            status, percent = rows[layout.canonical(ws.cell(r, 1).value)]
            assert (ws.cell(r, col).value, ws.cell(r, col + 1).value) == (status, percent)
            lagging = ws.cell(r, col).fill.fgColor.rgb.endswith("FFC7CE")
            assert lagging == (status == "滞后")
    with zipfile.ZipFile(tmp_path / "汇总.xlsx") as z:
        charts = [z.read(n) for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert any(b"<barChart>" in c for c in charts)


def test_same_file_twice_is_a_no_op_and_a_later_file_supersedes_with_history(cli, round_trip, tmp_path):
    demo, back, _ = round_trip
    js = next(back.glob("*江苏省*"))
    assert cli("submit", str(js), workspace=demo)[0] == 0
    with Workspace.open(demo, write=False) as ws:
        before = audit.count(ws.db)
    code, out, _ = cli("submit", str(js), workspace=demo)
    assert code == 0 and "完全相同" in out
    later = fill(js, tmp_path / "later" / js.name, tasks={"1": {"status": "滞后", "percent": 35}})
    code, out, _ = cli("submit", str(later), workspace=demo)  # it would replace what was accepted: asked first
    assert code == 1 and "江苏省 2023H1 已于" in out and "加 --replace" in out and "已接收 " not in out
    code, out, _ = cli("submit", str(later), "--replace", workspace=demo)
    assert code == 0 and "已接收" in out and "完全相同" not in out
    with Workspace.open(demo, write=False) as ws:
        history = [
            {"old_value": e.old, "new_value": e.new, "source": e.source}
            for e in reversed(browse.audit(ws, limit=10_000))
            if e.entity == "task_progress" and e.field == "status" and e.source.startswith("submission:")
        ]
        attempts = list(ws.db.query("SELECT id, outcome, file_name FROM submissions ORDER BY id"))
        after = audit.count(ws.db)
    assert len(attempts) == 2 and [a["outcome"] for a in attempts] == ["accepted", "accepted"]
    assert after > before
    latest = [h for h in history if h["source"].startswith(f"submission:{attempts[1]['id']}:")]
    assert latest and (latest[-1]["old_value"], latest[-1]["new_value"]) == ("done", "lagging")
    assert any(h["source"].startswith(f"submission:{attempts[0]['id']}:") for h in history)


def test_a_folder_gives_each_file_its_own_fate_and_one_combined_report(cli, round_trip, tmp_path):
    demo, back, _ = round_trip
    sh = next(back.glob("*上海市*"))
    fill(next(back.glob("*江苏省*")), back / "江苏省_改坏.xlsx", tasks={"2": {"status": "差不多了"}})
    (back / "说明.xlsx").write_text("这不是工作簿", encoding="utf-8")
    (back / "~$上海市.xlsx").write_bytes(b"lock file of an open Excel")
    code, out, err = cli("submit", str(back), "--report", str(tmp_path / "问题.xlsx"), workspace=demo)
    assert code == 2, out + err  # the worst outcome: one file could not be used at all
    # Two files of 江苏省: the newer one is proposed (and refused); the filled one it was made from is superseded.
    assert out.count("已接收") == 3 and "已退回 江苏省_改坏.xlsx" in out and "无法使用 说明.xlsx" in out
    assert f"未接收 {next(back.glob('*江苏省_2023H1*')).name}：同一批中的 江苏省_改坏.xlsx" in out
    report = openpyxl.load_workbook(tmp_path / "问题.xlsx")
    listing = report.worksheets[0]
    assert listing.title == "问题清单"
    rows = [[c.value for c in row] for row in listing.iter_rows(min_row=4, values_only=False)]
    assert ["江苏省_改坏.xlsx", "退回", "任务进展", "E5", "差不多了"] in [r[:5] for r in rows]
    assert any(r[0] == "说明.xlsx" and r[1] == "无法使用" for r in rows)
    copy = next(ws for ws in report.worksheets if ws.title.endswith("任务进展"))
    assert copy["E5"].fill.fgColor.rgb.endswith("FFC7CE") and "状态" in copy["E5"].comment.text
    assert sh.exists()


def test_exit_codes_and_messages_in_english(cli, round_trip, tmp_path):
    demo, back, _ = round_trip
    bad = fill(next(back.glob("*浙江省*")), tmp_path / "zj.xlsx", tasks={"3": {"percent": "很多"}})
    code, out, _ = cli("submit", str(bad), "--lang", "en", workspace=demo)
    assert code == 1 and "Refused zj.xlsx" in out and "Invalid progress '很多'" in out
    (tmp_path / "x.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, out, _ = cli("submit", str(tmp_path / "x.xlsx"), "--lang", "en", workspace=demo)
    assert code == 2 and "Save As" in out


def test_status_names_rejected_and_overdue_regions(cli, demo_path, tmp_path):
    code, out, err = cli(
        "template",
        "--plan",
        PLAN,
        "--region",
        "JS",
        "--region",
        "ZJ",
        "--period",
        "2023H2",
        "--deadline",
        "2020-01-31",
        "--out",
        str(tmp_path),
        "--json",
        workspace=demo_path,
    )
    assert code == 0, err
    js = Path(next(r["path"] for r in json.loads(out) if r["region"] == "JS"))
    bad = fill(js, tmp_path / "js.xlsx", tasks={"1": {"status": "差不多了"}})
    assert cli("submit", str(bad), workspace=demo_path)[0] == 1
    code, out, _ = cli("status", "--plan", PLAN, "--period", "2023H2", workspace=demo_path)
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "已退回" in lines["江苏省"] and "差不多了" in lines["江苏省"] and "已逾期" in lines["江苏省"]
    assert "未报送" in lines["浙江省"] and "已逾期（截止 2020-01-31）" in lines["浙江省"]
    assert "未报送" in lines["上海市"] and "逾期" not in lines["上海市"]


def test_template_needs_a_region(cli, demo_path, tmp_path):
    code, _, err = cli("template", "--plan", PLAN, "--period", PERIOD, "--out", str(tmp_path), workspace=demo_path)
    assert code == 2 and "--all-regions" in err
