"""Every workbook we write says which version wrote it: the template in its hidden metadata (not signed, and not
required of a returned file), every workbook in its document properties."""

from __future__ import annotations

import openpyxl
import pytest

from tests.workbench.reporting.workbooks import fill, issue
from workbench.app import services
from workbench.reporting import layout
from workbench.version import version


def meta_rows(wb) -> dict[str, int]:
    ws = wb[layout.SHEET_META]
    return {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value in layout.META_KEYS}


def test_the_template_records_the_version_that_wrote_it_outside_the_signature(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "JS", "2023H1", tmp_path / "out")
    wb = openpyxl.load_workbook(template)
    assert wb[layout.SHEET_META].cell(meta_rows(wb)["app_version"], 2).value == version()
    assert "app_version" not in layout.SIGNED_KEYS
    assert wb.custom_doc_props["app_version"].value == version()
    assert wb.properties.creator == f"Planning Workbench {version()}"


@pytest.mark.parametrize("how", ["removed", "changed"])
def test_a_template_without_the_version_or_with_another_is_taken(workspace, plan_id, tmp_path, how):
    template = issue(workspace, plan_id, "JS", "2023H1", tmp_path / "out")

    def older(wb):  # as a template issued before the version was recorded, or by another version
        ws = wb[layout.SHEET_META]
        row = meta_rows(wb)["app_version"]
        if how == "removed":
            ws.delete_rows(row)
        else:
            ws.cell(row, 2).value = "0.0.1"

    returned = fill(template, tmp_path / "back.xlsx", tasks={"1": {"status": "推进中", "percent": 50}}, change=older)
    outcome = services.submit(workspace, returned)
    assert outcome.status == "accepted", [p.text() for p in outcome.problems]


def test_the_summary_and_the_report_carry_the_version_in_their_properties(workspace, plan_id, tmp_path):
    summary = services.write_summary(workspace, plan_id, "2023H1", tmp_path / "汇总表.xlsx")
    template = issue(workspace, plan_id, "JS", "2023H1", tmp_path / "out")
    refused = services.submit(workspace, fill(template, tmp_path / "back.xlsx", tasks={"1": {"percent": 150}}))
    assert refused.status == "rejected"  # so the report is their workbook, our template's properties and all
    report = services.write_report([refused], tmp_path / "report.xlsx")
    for path in (summary, report):
        wb = openpyxl.load_workbook(path)
        assert wb.custom_doc_props["app_version"].value == version()
        assert wb.properties.creator == f"Planning Workbench {version()}"
