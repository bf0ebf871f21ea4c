"""Task-allocation and indicator sheets (.xlsx, .csv) read as plan documents, and hostile
workbooks refused by the same checks as returned templates."""

from __future__ import annotations

import zipfile

import pytest

from importers.plan_document import read_plan
from tests.importers.plan_document.tables_build import comma_separated, sheet
from workbench.errors import InputError

TITLE = "2025年长三角区域合作重点任务分工表"
HEADER = ["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"]


def _tasks(plan):
    return [
        (t.group_number, t.group_title, t.number, t.title, t.body, t.lead_units, t.cooperating_units, t.deadline)
        for t in plan.tasks
    ]


def test_xlsx_with_a_title_row_merged_group_rows_and_a_merged_task(tmp_path):
    rows = [
        [TITLE],
        [],
        HEADER,
        ["一、共建数字基础设施"],
        [
            1,
            "推进5G网络共建",
            "实现省际毗邻区域5G连续覆盖。",
            "上海市通信管理局",
            "江苏省通信管理局、浙江省通信管理局",
            "2025年12月",
        ],
        [None, None, "建设算力调度平台。", "上海市经信委", None, "2025年6月"],
        ["二、推进数据共享"],
        [2, "深化政务数据共享", "推动电子证照互认。", "杭州市数据资源局\n宁波市大数据局", "合肥市数据资源局", 2025],
    ]
    path = sheet(tmp_path / "分工.xlsx", rows, ["A1:F1", "A4:F4", "A7:F7", "A5:A6", "B5:B6"])
    plan = read_plan(path)
    assert (plan.metadata.title, plan.metadata.period_start, plan.metadata.period_end) == (TITLE, 2025, 2025)
    assert _tasks(plan) == [
        (
            "1",
            "推进5G网络共建",
            "1.1",
            "实现省际毗邻区域5G连续覆盖",
            "",
            ["上海市通信管理局"],
            ["江苏省通信管理局", "浙江省通信管理局"],
            "2025年12月",
        ),
        ("1", "推进5G网络共建", "1.2", "建设算力调度平台", "", ["上海市经信委"], [], "2025年6月"),
        (
            "二、",
            "推进数据共享",
            "2",
            "深化政务数据共享",
            "推动电子证照互认。",
            ["杭州市数据资源局", "宁波市大数据局"],
            ["合肥市数据资源局"],
            "2025",
        ),
    ]
    assert [t.regions for t in plan.tasks] == [["SH", "JS", "ZJ"], ["SH"], ["ZJ-HZ", "ZJ-NB", "AH-HF"]]
    (mapping,) = plan.table_mappings
    assert mapping.location == "分工表" and mapping.kind == "tasks"


def test_xlsx_without_a_title_row_takes_the_file_name_and_reads_an_indicator_sheet(tmp_path):
    tasks = [["序号", "工作任务", "责任单位", "完成时间"], [1, "建设长三角数据共享平台", "上海市大数据中心", "2024年"]]
    indicators = [["指标名称", "单位", "2025年目标", "属性"], ["跨省通办事项", "项", "≥150", "预期性"]]
    plan = read_plan(sheet(tmp_path / "2024年数据共享工作安排.xlsx", tasks, [], ("指标", indicators)))
    assert plan.metadata.title == "2024年数据共享工作安排"
    assert [(t.number, t.title, t.lead_units, t.deadline) for t in plan.tasks] == [
        ("1", "建设长三角数据共享平台", ["上海市大数据中心"], "2024年")
    ]
    assert [(i.name, i.unit, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("跨省通办事项", "项", [(2025, 150)])
    ]
    assert [(m.location, m.kind) for m in plan.table_mappings] == [("分工表", "tasks"), ("指标", "indicators")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_csv_in_utf8_with_bom_and_gbk(tmp_path, encoding):
    rows = [
        [TITLE, "", "", "", "", ""],
        HEADER,
        ["1", "推进数字干线建设", "编制建设方案。", "青浦区", "吴江区、嘉善县", "2025年6月"],
        ["", "", "开通跨省公交。", "示范区执委会", "", "2025年底前"],
        ["2", "共建工业互联网", "建设标识解析节点。", "苏州市工信局", "", "2025年"],
    ]
    plan = read_plan(comma_separated(tmp_path / "分工.csv", rows, encoding))
    assert plan.metadata.title == TITLE
    assert _tasks(plan) == [
        ("1", "推进数字干线建设", "1.1", "编制建设方案", "", ["青浦区"], ["吴江区", "嘉善县"], "2025年6月"),
        ("1", "推进数字干线建设", "1.2", "开通跨省公交", "", ["示范区执委会"], [], "2025年底前"),
        (None, None, "2", "共建工业互联网", "建设标识解析节点。", ["苏州市工信局"], [], "2025年"),
    ]
    assert plan.tasks[2].regions == ["JS-SZ"]


def test_a_sheet_that_is_no_table_of_a_plan_is_not_a_plan(tmp_path):
    path = sheet(tmp_path / "名单.xlsx", [["姓名", "电话"], ["张三", "123"]])
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert caught.value.code == "plan.not_a_plan"


def _code(path) -> str:
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert path.name in caught.value.text("en")
    return caught.value.code


def test_hostile_workbooks_are_refused(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    good = sheet(tmp_path / "good.xlsx", [HEADER, ["1", "任务", "内容", "单位", "", "2025年"]])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/media/padding.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    assert _code(bomb) == "xlsx.bomb"
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    assert _code(huge) == "file.too_large"
    far = sheet(tmp_path / "far.xlsx", [HEADER])
    with zipfile.ZipFile(far) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    )
    with zipfile.ZipFile(far, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    assert _code(far) == "xlsx.absurd_dimension"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook at all")
    assert _code(fake) == "xlsx.not_xlsx"


def test_an_indicator_sheet_with_percent_cells_and_category_rows(tmp_path):
    import openpyxl

    path = tmp_path / "指标.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    for row in (
        ["长三角数字政府建设主要指标（2024-2026年）"],
        ["指标", "单位", "2023年", "2026年", "属性"],
        ["政务服务"],
        ["政务服务事项网上可办率", "%", 0.9, 0.98, "约束性"],
        ["跨省通办事项数", "项", 150, "＞300", "预期性"],
    ):
        ws.append(row)
    for ref in ("C4", "D4"):
        ws[ref].number_format = "0%"
    ws.merge_cells("A1:E1")
    ws.merge_cells("A3:E3")
    book.save(path)
    plan = read_plan(path)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2024, 2026)
    assert [
        (i.group, i.name, i.unit, i.baseline_year, i.baseline_value, [(t.year, t.value) for t in i.targets])
        for i in plan.indicators
    ] == [
        ("政务服务", "政务服务事项网上可办率", "%", 2023, 90, [(2026, 98)]),
        ("政务服务", "跨省通办事项数", "项", 2023, 150, [(2026, 300)]),
    ]
    assert not plan.tasks


def test_headers_broken_over_lines_a_marked_lead_and_a_note_below(tmp_path):
    rows = [
        ["2024年长三角数据共享工作要点"],
        ["序号", "工作任务", "具体\n措施", "牵头\n单位", "配合\n单位", "完成\n时限"],
        [1, "完善平台", "升级平台。", "省发展改革委（牵头），省经信厅、省数据局", "", "2024年底前"],
        ["备注：以上任务按季度报送进展。"],
    ]
    plan = read_plan(sheet(tmp_path / "要点.xlsx", rows, ["A1:F1", "A4:F4"]))
    assert _tasks(plan) == [
        (None, None, "1", "完善平台", "升级平台。", ["省发展改革委"], ["省经信厅", "省数据局"], "2024年底前")
    ]
    assert [c.field for c in plan.table_mappings[0].columns] == [
        "number",
        "task",
        "content",
        "lead_units",
        "cooperating_units",
        "deadline",
    ]


def test_an_instructions_sheet_before_the_table_gives_no_title(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填表说明"
    notes.append(["请各单位于每季度末报送进展。"])
    notes.append(["联系人：张三"])
    table = book.create_sheet("分工表")
    for row in ([TITLE], HEADER, [1, "推进数字干线建设", "编制方案。", "青浦区", "", "2025年6月"]):
        table.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    plan = read_plan(path)
    assert (plan.metadata.title, plan.metadata.period_start) == (TITLE, 2025)
    assert [(t.title, t.lead_units, t.regions) for t in plan.tasks] == [("推进数字干线建设", ["青浦区"], ["SH-QP"])]
    assert [m.location for m in plan.table_mappings] == ["分工表"]
