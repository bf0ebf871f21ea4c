"""Task-allocation tables (重点任务分工表) in Word: columns by their synonyms, groups in merged
rows or merged task cells, headers in two rows, units split, regions down to cities."""

from __future__ import annotations

import time

import pytest

from importers.plan_document import read_plan
from tests.importers.plan_document.tables_build import word
from workbench.errors import InputError

HEADER = ["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"]


def _rows(plan):
    return [
        (t.group_number, t.group_title, t.number, t.title, t.body, t.lead_units, t.cooperating_units, t.deadline)
        for t in plan.tasks
    ]


def test_groups_in_merged_rows_units_deadlines_and_a_note(tmp_path, shown):
    rows = [
        HEADER,
        ["一、数字基础设施", "", "", "", "", ""],
        [
            "1",
            "推进5G网络建设",
            "新建5G基站1万个。实现重点区域全覆盖。",
            "市通信管理局",
            "市经信委、各区政府",
            "2025年12月",
        ],
        ["2", "建设算力枢纽", "建成长三角算力调度平台。", "上海市经信委", "江苏省工信厅，浙江省经信厅", "2025年底前"],
        ["二、数据要素", "", "", "", "", ""],
        ["3", "推动数据共享", "完善数据共享交换平台。", "苏州市大数据局；无锡市数据局", "", "持续推进"],
        ["注：各单位按职责分工负责。", "", "", "", "", ""],
    ]
    merges = [((1, 0), (1, 5)), ((4, 0), (4, 5)), ((6, 0), (6, 5))]
    plan = read_plan(word(tmp_path / "分工.docx", "2025年长三角数字经济重点任务分工表", (rows, merges)))
    assert (plan.metadata.title, plan.metadata.period_start, plan.metadata.period_end) == (
        "2025年长三角数字经济重点任务分工表",
        2025,
        2025,
    )
    assert _rows(plan) == [
        (
            "一、",
            "数字基础设施",
            "1",
            "推进5G网络建设",
            "新建5G基站1万个。实现重点区域全覆盖。",
            ["市通信管理局"],
            ["市经信委", "各区政府"],
            "2025年12月",
        ),
        (
            "一、",
            "数字基础设施",
            "2",
            "建设算力枢纽",
            "建成长三角算力调度平台。",
            ["上海市经信委"],
            ["江苏省工信厅", "浙江省经信厅"],
            "2025年底前",
        ),
        (
            "二、",
            "数据要素",
            "3",
            "推动数据共享",
            "完善数据共享交换平台。",
            ["苏州市大数据局", "无锡市数据局"],
            [],
            "持续推进",
        ),
    ]
    assert [t.regions for t in plan.tasks] == [[], ["SH", "JS", "ZJ"], ["JS-SZ", "JS-WX"]]
    assert (
        shown(plan, plan.tasks[2])
        == "3\t推动数据共享\t完善数据共享交换平台。\t苏州市大数据局；无锡市数据局\t\t持续推进"
    )
    assert not plan.indicators  # the figures in a task's text are not indicators of the plan
    (mapping,) = plan.table_mappings
    assert (mapping.location, mapping.kind) == ("表1", "tasks")
    assert [(c.header, c.field) for c in mapping.columns] == list(
        zip(HEADER, ["number", "task", "content", "lead_units", "cooperating_units", "deadline"])
    )


def test_header_in_two_rows_and_synonyms(tmp_path):
    rows = [
        ["编号", "工作任务", "责任单位", "", "完成时间", "备注"],
        ["", "", "牵头部门", "参与单位", "", ""],
        ["1", "编制数字干线建设方案。", "青浦区发展改革委", "吴江区、嘉善县", "2024年6月", "新增"],
        ["2", "开通跨省公交线路", "示范区执委会", "", "2024年", ""],
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (1, 4)), ((0, 5), (1, 5))]
    plan = read_plan(word(tmp_path / "t.docx", "长三角数字干线2024年工作要点", (rows, merges)))
    assert _rows(plan) == [
        (None, None, "1", "编制数字干线建设方案", "", ["青浦区发展改革委"], ["吴江区", "嘉善县"], "2024年6月"),
        (None, None, "2", "开通跨省公交线路", "", ["示范区执委会"], [], "2024年"),
    ]
    assert plan.tasks[0].regions == ["SH-QP", "JS-SZ-WJ", "ZJ-JX-JS"]
    assert [(c.header, c.field) for c in plan.table_mappings[0].columns] == [
        ("编号", "number"),
        ("工作任务", "task"),
        ("责任单位/牵头部门", "lead_units"),
        ("责任单位/参与单位", "cooperating_units"),
        ("完成时间", "deadline"),
        ("备注", None),
    ]


def test_task_merged_down_over_its_contents_is_their_group(tmp_path):
    rows = [
        ["序号", "重点任务", "工作内容", "牵头单位", "配合单位", "时间节点"],
        ["1", "共建工业互联网", "建设G60工业互联网平台。", "松江区", "嘉兴市、湖州市", "2024年"],
        ["", "", "培育一批标杆工厂。", "市经信委", "", "2025年"],
        ["2", "推进数据互认", "实现电子证照互认。", "市大数据中心（牵头）、市政务办", "", "2024年底"],
    ]
    merges = [((1, 0), (2, 0)), ((1, 1), (2, 1))]
    plan = read_plan(word(tmp_path / "t.docx", "重点任务分工", (rows, merges)))
    assert _rows(plan) == [
        ("1", "共建工业互联网", "1.1", "建设G60工业互联网平台", "", ["松江区"], ["嘉兴市", "湖州市"], "2024年"),
        ("1", "共建工业互联网", "1.2", "培育一批标杆工厂", "", ["市经信委"], [], "2025年"),
        (None, None, "2", "推进数据互认", "实现电子证照互认。", ["市大数据中心"], ["市政务办"], "2024年底"),
    ]
    assert plan.tasks[0].regions == ["ZJ-JX", "ZJ-HUZ"]  # 松江区 is no region of the reference


def test_only_a_content_column_and_one_responsibility_column(tmp_path):
    rows = [
        ["序号", "主要任务", "责任单位", "完成时限"],
        ["（一）", "协同推进新型基础设施", "", ""],
        ["1", "加快千兆光网建设。推进光纤到户。", "江苏省通信管理局、南京市", "2025年"],
        ["", "", "", ""],
        ["2", "建设量子通信干线", "合肥市", "2026年"],
    ]
    plan = read_plan(word(tmp_path / "t.docx", "长三角新基建行动方案（2024-2026年）", (rows, [])))
    assert _rows(plan) == [
        (
            "（一）",
            "协同推进新型基础设施",
            "1",
            "加快千兆光网建设",
            "推进光纤到户。",
            ["江苏省通信管理局", "南京市"],
            [],
            "2025年",
        ),
        ("（一）", "协同推进新型基础设施", "2", "建设量子通信干线", "", ["合肥市"], [], "2026年"),
    ]
    assert [t.regions for t in plan.tasks] == [["JS", "JS-NJ"], ["AH-HF"]]
    assert [c.field for c in plan.table_mappings[0].columns] == ["number", "task", "lead_units", "deadline"]


def test_a_table_with_a_plan_around_it_and_an_unknown_table_left_as_text(tmp_path):
    tasks = [["序号", "任务", "牵头单位", "完成时限"], ["1", "建设数据共享平台", "上海市大数据中心", "2024年"]]
    unknown = [["会议", "地点"], ["联席会议", "上海"]]
    plan = read_plan(
        word(
            tmp_path / "t.docx",
            "长三角数据共享三年行动计划（2024-2026年）",
            "一、总体要求",
            "以数据共享推动区域一体化。",
            (unknown, []),
            "二、重点任务",
            "1.完善标准规范。联合制定数据共享标准。",
            "附件：重点任务分工表",
            (tasks, []),
        )
    )
    assert [(t.number, t.title, t.lead_units) for t in plan.tasks] == [
        ("1", "完善标准规范", []),
        ("1", "建设数据共享平台", ["上海市大数据中心"]),
    ]
    assert "联席会议\t上海" in plan.outline[0].text  # the unknown table stays in its part
    assert [m.kind for m in plan.table_mappings] == ["tasks"]
    assert plan.tasks[1].span.start > plan.tasks[0].span.start


def test_an_annexed_table_of_the_plans_own_tasks_gives_them_their_responsibilities(tmp_path):
    annex = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "完善标准规范", "上海市市场监管局", "江苏省市场监管局", "2025年"],
        ["2", "建设数据共享平台", "上海市大数据中心", "", "2026年"],
    ]
    plan = read_plan(
        word(
            tmp_path / "t.docx",
            "长三角数据共享三年行动计划（2024-2026年）",
            "一、重点任务",
            "1.完善标准规范。联合制定数据共享标准。",
            "附件：重点任务分工表",
            (annex, []),
        )
    )
    assert [(t.number, t.title, t.body, t.lead_units, t.cooperating_units, t.deadline) for t in plan.tasks] == [
        ("1", "完善标准规范", "联合制定数据共享标准。", ["上海市市场监管局"], ["江苏省市场监管局"], "2025年"),
        ("2", "建设数据共享平台", "", ["上海市大数据中心"], [], "2026年"),
    ]
    assert plan.tasks[0].regions == ["SH", "JS"]


def test_a_table_broken_over_pages_with_its_header_repeated_or_not(tmp_path):
    first = [HEADER, ["1", "推进5G建设", "新建基站。", "市通信管理局", "", "2025年"]]
    repeated = [HEADER, ["2", "建设算力平台", "建成平台。", "市经信委", "", "2025年"]]
    headless = [["3", "推动数据共享", "完善平台。", "市大数据中心", "", "2026年"]]
    plan = read_plan(word(tmp_path / "t.docx", "2025年重点任务分工表", (first, []), "", (repeated, []), (headless, [])))
    assert [(t.number, t.title, t.lead_units, t.deadline) for t in plan.tasks] == [
        ("1", "推进5G建设", ["市通信管理局"], "2025年"),
        ("2", "建设算力平台", ["市经信委"], "2025年"),
        ("3", "推动数据共享", ["市大数据中心"], "2026年"),
    ]
    assert [m.location for m in plan.table_mappings] == ["表1", "表2", "表3"]
    assert not plan.outline  # nothing of the tables is left to read as text


def test_absurd_merges_in_a_hostile_docx_cost_no_more_than_the_table(tmp_path):
    import re
    import zipfile

    rows = [HEADER, ["1", "推进5G建设", "新建基站。", "市通信管理局", "", "2025年"]]
    path = word(tmp_path / "t.docx", "2025年重点任务分工表", (rows, []))
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    body = parts["word/document.xml"].decode()
    # Every cell claims a span of a million columns, every row a million empty columns before it.
    body = re.sub(r"<w:tcPr>", '<w:tcPr><w:gridSpan w:val="1000000"/>', body)
    body = re.sub(r"<w:tr>|<w:tr ([^>]*)>", r'<w:tr \1><w:trPr><w:gridBefore w:val="1000000"/></w:trPr>', body)
    parts["word/document.xml"] = body.encode()
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:  # each row is cut at the widest a plan table gets: all blank
        read_plan(path)
    assert caught.value.code == "plan.not_a_plan"
    assert time.perf_counter() - started < 5


def test_a_table_copied_into_a_text_file_is_read_by_its_tab_separated_columns(tmp_path):
    lines = [
        "2025年长三角数字经济重点任务分工表",
        "\t".join(HEADER),
        "一、数字基础设施",  # a row merged across: no tab
        "1\t推进5G网络建设\t新建基站。\t市通信管理局\t市经信委、各区政府\t2025年12月",
        "\t\t完善网络布局。\t上海市经信委\t\t2025年底前",
        "二、数据要素",
        "2\t推动数据共享\t完善平台。\t苏州市大数据局\t\t持续推进",
        "",
        "各单位按季度报送进展。",
    ]
    path = tmp_path / "分工.txt"
    path.write_text("\r\n".join(lines), encoding="gb18030")
    plan = read_plan(path)
    assert _rows(plan) == [
        # the task written once above two contents was a merged cell: their group
        ("1", "推进5G网络建设", "1.1", "新建基站", "", ["市通信管理局"], ["市经信委", "各区政府"], "2025年12月"),
        ("1", "推进5G网络建设", "1.2", "完善网络布局", "", ["上海市经信委"], [], "2025年底前"),
        ("二、", "数据要素", "2", "推动数据共享", "完善平台。", ["苏州市大数据局"], [], "持续推进"),
    ]
    assert plan.metadata.title == "2025年长三角数字经济重点任务分工表"
    assert plan.outline == []  # the closing line is no part: nothing else read as text


def test_ragged_rows_of_a_text_table_are_read_as_far_as_they_go(tmp_path):
    lines = ["\t".join(["重点任务", "牵头单位", "完成时限", "序号"]), "建设平台\t市经信委", "完善标准\t"]
    path = tmp_path / "分工.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    plan = read_plan(path)
    assert [(t.number, t.title, t.lead_units, t.deadline) for t in plan.tasks] == [
        ("1", "建设平台", ["市经信委"], None),  # numbered in order where the number column is cut off
        ("2", "完善标准", [], None),
    ]


def test_a_numbered_row_with_only_a_title_above_sub_numbers_is_their_group(tmp_path):
    rows = [
        ["序号", "重点任务", "牵头单位", "完成时限"],
        ["1", "数字基础设施", "", ""],
        ["1.1", "推进5G网络共建", "上海市通信管理局", "2025年"],
        ["1.2", "建设算力平台", "上海市经信委", "2025年"],
        ["2", "建设数据共享平台", "", ""],  # no sub-numbers below: a task with no one named yet
        ["3", "完善标准规范", "江苏省市场监管局", "2026年"],
    ]
    plan = read_plan(word(tmp_path / "t.docx", "2025年重点任务分工表", (rows, [])))
    assert [(t.group_number, t.group_title, t.number, t.title, t.lead_units) for t in plan.tasks] == [
        ("1、", "数字基础设施", "1.1", "推进5G网络共建", ["上海市通信管理局"]),
        ("1、", "数字基础设施", "1.2", "建设算力平台", ["上海市经信委"]),
        (None, None, "2", "建设数据共享平台", []),
        (None, None, "3", "完善标准规范", ["江苏省市场监管局"]),
    ]


def test_a_merged_group_row_numbered_like_its_items_keeps_them(tmp_path):
    rows = [
        ["序号", "重点任务", "牵头单位", "完成时限"],
        ["1、数字基础设施", "", "", ""],
        ["1", "推进5G网络共建", "上海市通信管理局", "2025年"],
        ["2", "建设算力平台", "上海市经信委", "2025年"],
    ]
    plan = read_plan(word(tmp_path / "t.docx", "2025年重点任务分工表", (rows, [((1, 0), (1, 3))])))
    assert [(t.group_number, t.group_title, t.number) for t in plan.tasks] == [
        ("1、", "数字基础设施", "1"),
        ("1、", "数字基础设施", "2"),
    ]
