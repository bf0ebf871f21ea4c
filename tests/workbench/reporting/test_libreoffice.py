"""Files that another spreadsheet program opened and saved again still work, and what we
write opens cleanly there. Needs LibreOffice (soffice); skipped with the reason without it."""

from __future__ import annotations

import re
import shutil

import openpyxl
import pytest

from tests.workbench.reporting.conftest import soffice_convert
from tests.workbench.reporting.workbooks import fill, indicator_value, issue, task_values
from workbench.app import services
from workbench.reporting import layout

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: cannot re-save files with it"
)
PERIOD = "2023H1"


def test_a_template_filled_and_resaved_by_libreoffice_is_accepted(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "SH", PERIOD, tmp_path / "issued")
    filled = fill(
        template,
        tmp_path / "filled" / "上海市报送.xlsx",
        tasks={
            "1": {"status": "滞后", "percent": "45%", "problems": "跨省协调慢"},
            "5": {"status": "已完成", "percent": 100, "progress": "第一行\n第二行"},
        },
        indicators={"1": {"value": "12.5"}, "2": {"value": 0.875}, "3": {"value": "2,345"}},
        change=lambda wb: setattr(wb[layout.SHEET_INDICATORS]["H5"], "number_format", "0.0%"),
    )
    resaved = soffice_convert(filled, tmp_path / "resaved", "xlsx:Calc MS Excel 2007 XML", tmp_path / "profile")
    assert resaved.read_bytes() != filled.read_bytes()
    wb = openpyxl.load_workbook(resaved)
    assert layout.SHEET_META in wb.sheetnames and wb[layout.SHEET_META].sheet_state != "visible"
    outcome = services.submit(workspace, resaved)
    assert outcome.status == "accepted", [p.text() for p in outcome.problems]
    assert outcome.preview.identified_by == "metadata"
    assert task_values(workspace, plan_id, "1", "SH", PERIOD)["percent"] == 45.0
    assert task_values(workspace, plan_id, "5", "SH", PERIOD)["progress"] == "第一行\n第二行"
    assert indicator_value(workspace, plan_id, 2, "SH", PERIOD)["value"] == 87.5
    assert indicator_value(workspace, plan_id, 3, "SH", PERIOD)["value"] == 2345.0


def test_a_blank_template_resaved_keeps_its_dropdown_and_metadata(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "AH", PERIOD, tmp_path / "issued")
    resaved = soffice_convert(template, tmp_path / "resaved", "xlsx:Calc MS Excel 2007 XML", tmp_path / "profile")
    wb = openpyxl.load_workbook(resaved)
    validations = wb[layout.SHEET_TASKS].data_validations.dataValidation
    assert any(v.type == "list" and layout.STATUS_LIST_NAME in (v.formula1 or "") for v in validations)
    book_rows = services.preview_submission(workspace, resaved)
    assert book_rows.ok and book_rows.counts()["rows"] == 0  # nothing filled in: nothing to write


def test_an_xls_saved_by_libreoffice_is_refused_with_how_to_save_as_xlsx(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "JS", PERIOD, tmp_path / "issued")
    xls = soffice_convert(template, tmp_path / "xls", "xls", tmp_path / "profile")
    outcome = services.submit(workspace, xls)
    assert outcome.status == "unusable" and outcome.problems[0].code == "xlsx.legacy_xls"


@pytest.mark.parametrize("what", ["template", "summary"])
def test_what_we_write_opens_and_prints_in_libreoffice(what, workspace, plan_id, tmp_path):
    if what == "template":
        path = issue(workspace, plan_id, "SH", PERIOD, tmp_path / "issued")
    else:
        template = issue(workspace, plan_id, "JS", PERIOD, tmp_path / "issued")
        services.submit(
            workspace,
            fill(template, tmp_path / "back.xlsx", tasks={"1": {"status": "滞后"}}, indicators={"1": {"value": 12}}),
        )
        path = services.write_summary(workspace, plan_id, PERIOD, tmp_path / "summary.xlsx")
    pdf = soffice_convert(path, tmp_path / "pdf", "pdf", tmp_path / "profile")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
