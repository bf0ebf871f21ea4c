"""The summary workbook: tasks × regions, lagging highlighted, indicators' target against
actual with the gap, native charts, and text that cannot run as a formula."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from tests.workbench.reporting.workbooks import fill, issue
from workbench.app import services

INJECTED = '=HYPERLINK("http://example.com/x","点此查看")'


@pytest.fixture
def summary(workspace, plan_id, tmp_path):
    for period, sh_value, js_value in (("2022H2", 18.0, 15.0), ("2023H1", 31.5, 24.0)):
        sh = issue(workspace, plan_id, "SH", period, tmp_path / period)
        js = issue(workspace, plan_id, "JS", period, tmp_path / period)
        for path, region_fill in (
            (
                sh,
                {
                    "tasks": {"1": {"status": "推进中", "percent": 60, "progress": INJECTED}},
                    "indicators": {"1": {"value": sh_value}, "3": {"value": 2100}},
                },
            ),
            (
                js,
                {
                    "tasks": {
                        "1": {"status": "滞后", "percent": 20, "problems": "资金未到位"},
                        "3": {"status": "已完成", "percent": 100},
                    },
                    "indicators": {"1": {"value": js_value}},
                },
            ),
        ):

            def as_text(wb):
                wb["任务进展"]["G4"].data_type = "s"

            outcome = services.submit(
                workspace, fill(path, tmp_path / "back" / f"{period}{path.name}", change=as_text, **region_fill)
            )
            assert outcome.status == "accepted", [p.text() for p in outcome.problems]
    return services.write_summary(workspace, plan_id, "2023H1", tmp_path / "汇总表.xlsx")


def test_sheets_and_charts(summary):
    wb = openpyxl.load_workbook(summary)
    assert wb.sheetnames == ["概览", "任务汇总", "进展明细", "指标对比", "指标趋势"]
    with zipfile.ZipFile(summary) as z:
        charts = [z.read(n) for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert sum(b"<barChart>" in c for c in charts) == 1
    assert sum(b"<lineChart>" in c for c in charts) == 2  # the two indicators with values


def test_overview_counts_statuses_and_submissions(summary):
    ws = openpyxl.load_workbook(summary)["概览"]
    header = [c.value for c in ws[4]]
    rows = {ws.cell(r, 1).value: [c.value for c in ws[r]] for r in range(5, 9)}
    assert rows["江苏省"][header.index("滞后")] == 1 and rows["江苏省"][header.index("已完成")] == 1
    assert rows["江苏省"][header.index("未填报")] == 5
    assert rows["上海市"][1].startswith("已接收") and rows["浙江省"][1].startswith("未报送")
    assert "资金未到位" in [c.value for row in ws.iter_rows(min_row=20) for c in row]


def test_tasks_by_region_with_lagging_highlighted(summary):
    ws = openpyxl.load_workbook(summary)["任务汇总"]
    assert (ws["D5"].value, ws["E5"].value) == ("推进中", 60)  # task 1, 上海市
    assert (ws["F5"].value, ws["G5"].value) == ("滞后", 20)  # task 1, 江苏省
    assert ws["F5"].fill.fgColor.rgb.endswith("FFC7CE") and not ws["D5"].fill.fgColor.rgb.endswith("FFC7CE")
    assert ws["D7"].value == "—"  # task 3 is 江苏省's alone


def test_indicators_target_actual_and_gap(summary):
    ws = openpyxl.load_workbook(summary)["指标对比"]
    rows = {ws.cell(r, 2).value: [c.value for c in ws[r]] for r in range(5, ws.max_row + 1)}
    sh_js = rows["5G基站数"][5:9]
    assert rows["5G基站数"][3:5] == [30, 2023] and sh_js == [31.5, 1.5, 24, -6]
    assert ws.cell(5, 9).fill.fgColor.rgb.endswith("FFC7CE")  # 江苏省 behind its target
    assert rows["产业规模（产值/营收）（青浦）"][5] == 2100 and rows["产业规模（产值/营收）（青浦）"][7] == "—"


def test_trend_of_actual_against_targets_over_periods(summary):
    ws = openpyxl.load_workbook(summary)["指标趋势"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=7)]
    assert values[0][:3] == ["报送期", "目标值", "上海市"]
    assert values[1][:4] == ["2022H2", 30, 18, 15] and values[2][:4] == ["2023H1", 30, 31.5, 24]


def test_text_from_a_province_cannot_run_as_a_formula(summary):
    ws = openpyxl.load_workbook(summary)["进展明细"]
    [cell] = [c for row in ws.iter_rows() for c in row if c.value == INJECTED]
    assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(summary) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
