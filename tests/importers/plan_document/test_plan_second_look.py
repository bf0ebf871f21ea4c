"""What a second look at plans the tests had not seen found (issue 9): each class of failure
read right, in documents written here."""

from __future__ import annotations

import pytest

from importers.plan_document import read_plan
from tests.importers.plan_document.documents import read_as
from tests.importers.plan_document.tables_build import comma_separated, sheet, word
from workbench.planning.document import Direction

FRONT = ["江苏省数字政府建设行动方案（2024-2025年）", "一、总体要求", "坚持统筹推进。", "二、重点任务"]


def _task(tmp_path, *lines, form="txt"):
    (task,) = read_as(tmp_path, [*FRONT, *lines], form).tasks
    return task


@pytest.mark.parametrize("form", ["txt", "docx"])
@pytest.mark.parametrize(
    ("units", "read"),
    [
        ("江苏省、浙江省、安徽省通信管理局", ["江苏省通信管理局", "浙江省通信管理局", "安徽省通信管理局"]),
        ("青浦区、吴江区、嘉善县政府", ["青浦区政府", "吴江区政府", "嘉善县政府"]),
        ("南京市、苏州市人民政府，省数据局", ["南京市人民政府", "苏州市人民政府", "省数据局"]),
        # places of another level, or not followed by a unit of their own: left as written
        ("上海市、苏州市工信局", ["上海市", "苏州市工信局"]),
        ("南京市、苏州市", ["南京市", "苏州市"]),
    ],
)
def test_places_listed_before_a_unit_share_its_body(tmp_path, form, units, read):
    task = _task(tmp_path, f"1.建设算力网络。推进算力中心建设。（牵头单位：省工信厅；配合单位：{units}）", form=form)
    assert (task.lead_units, task.cooperating_units) == (["省工信厅"], read)


def test_places_share_a_body_in_a_table_cell(tmp_path):
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进跨省5G协同覆盖", "上海市通信管理局", "江苏省、浙江省、安徽省通信管理局", "2025年9月"],
        ["2", "共建算力网络", "上海市经信委", "南京、杭州", "2025年底"],
    ]
    plan = read_plan(word(tmp_path / "p.docx", "长三角2025年重点任务分工", (rows, [])))
    assert [(t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        (["上海市通信管理局"], ["江苏省通信管理局", "浙江省通信管理局", "安徽省通信管理局"]),
        (["上海市经信委"], ["南京", "杭州"]),
    ]


def _indicators(plan):
    return [
        (i.name, i.unit, i.scope_region, (i.baseline_year, i.baseline_value), [(t.year, t.value) for t in i.targets])
        for i in plan.indicators
    ]


@pytest.mark.parametrize("heading", ["2023年基数", "基数（2023年）", "2023年基期值"])
def test_a_base_figure_column_is_the_baseline(tmp_path, heading):
    rows = [
        ["无锡市数字经济三年行动计划（2024—2026年）主要指标"],
        ["序号", "指标名称", "单位", heading, "2024年", "2026年", "指标属性"],
        [1, "物联网产业规模", "亿元", 4200, 4500, 5500, "预期性"],
    ]
    plan = read_plan(sheet(tmp_path / "p.xlsx", rows, ["A1:G1"]))
    assert _indicators(plan) == [("物联网产业规模", "亿元", None, (2023, 4200), [(2024, 4500), (2026, 5500)])]


@pytest.mark.parametrize(
    ("first", "baseline", "targets"),
    [
        ("2023年（EFLOPS）", (2023, 4.2), [(2026, 15)]),  # before the period: where the cities stand
        ("2025年（EFLOPS）", (None, None), [(2025, 4.2), (2026, 15)]),  # in it: a target on the way
    ],
)
def test_an_annex_by_city_names_its_indicator_by_caption_and_its_unit_by_header(tmp_path, first, baseline, targets):
    rows = [["设区市", first, "2026年目标（EFLOPS）"], ["南京市", "4.2", "15"]]
    text = ["江苏省算力基础设施行动方案（2024—2026年）", "一、重点任务", "（一）优化算力布局。推进智算中心建设。"]
    plan = read_plan(word(tmp_path / "p.docx", *text, "附件：", "各设区市算力规模目标", (rows, [])))
    assert _indicators(plan) == [("算力规模", "EFLOPS", "JS-NJ", baseline, targets)]


def _prose(tmp_path, title, *aims):
    lines = [title, "一、发展目标", *aims, "二、重点任务", "（一）建设算力网络。推进算力中心建设。"]
    return _indicators(read_as(tmp_path, lines, "txt"))


def test_a_count_named_with_or_without_its_shu_is_one_measure(tmp_path):
    found = _prose(
        tmp_path,
        "浙江省数字基础设施发展“十四五”规划（2021—2025年）",
        "截至2020年底，全省累计建成5G基站6.26万个。",
        "到2025年，5G基站数由2020年的6.26万个提高到2025年的20万个，两化融合发展指数达到110，两化融合发展指达到3个。",
    )
    assert found[0] == ("5G基站", "个", "ZJ", (2020, 62600), [(2025, 200000)])
    assert [f[0] for f in found[1:]] == ["两化融合发展指数", "两化融合发展指"]  # 指数 is no count of 指


def test_a_clause_without_a_name_goes_on_about_the_measure_before(tmp_path):
    found = _prose(
        tmp_path,
        "长三角数据要素市场行动计划（2024—2027年）",
        "到2025年，长三角数据交易额达到500亿元，到2027年达到1000亿元，达到30%。",
        "截至2023年底，长三角数字经济核心产业增加值年均增长12.5%，达到1100亿元。",
        "其中，上海数据交易额到2027年达到500亿元。",
    )
    assert found == [
        ("数据交易额", "亿元", None, (None, None), [(2025, 500), (2027, 1000)]),  # 30% measures something else
        ("数字经济核心产业增加值年均增长", "%", None, (2023, 12.5), []),
        ("数字经济核心产业增加值", "亿元", None, (2023, 1100), []),
        ("数据交易额", "亿元", "SH", (None, None), [(2027, 500)]),
    ]


@pytest.mark.parametrize(("aim", "read"), [("增长12%以上", [("数字经济核心产业增加值增长", "%")]), ("增长较快", [])])
def test_a_growth_is_a_measure(tmp_path, aim, read):
    found = _prose(tmp_path, "安徽省2025年数字经济发展工作要点", f"2025年，全省数字经济核心产业增加值{aim}。")
    assert [(name, unit) for name, unit, *_ in found] == read


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        ("推进场景迭代，2025年底前覆盖全市二级以上医院。", "2025年底前"),
        ("2024年6月前，上线统一平台。", "2024年6月前"),
        ("力争2025年前后建成统一平台。", None),  # about then, not by then
        ("总结2023年以前的经验。", "2023年以前"),
    ],
)
def test_a_body_saying_work_is_done_by_a_date_gives_the_deadline(tmp_path, body, deadline):
    task = _task(tmp_path, f"1.建设算力网络。{body}（责任单位：省数据局）")
    assert (task.lead_units, task.deadline) == (["省数据局"], deadline)


@pytest.mark.parametrize(
    ("sentence", "lead", "regions", "body"),
    [
        ("上海、苏州、杭州负责。", ["上海", "苏州", "杭州"], ["SH", "JS-SZ", "ZJ-HZ"], ""),
        ("沪苏浙皖数据主管部门负责。", ["沪苏浙皖数据主管部门"], ["SH", "JS", "ZJ", "AH"], ""),
        # prose that says who is in charge of what is no annotation
        ("企业负责数据质量。", [], [], "企业负责数据质量。"),
    ],
)
def test_units_or_places_in_charge_of_a_task(tmp_path, sentence, lead, regions, body):
    task = _task(tmp_path, f"1.统一数据产品登记规则。{sentence}2024年12月底前完成。")
    assert (task.lead_units, task.regions, task.body, task.deadline) == (lead, regions, body, "2024年12月底前完成")


@pytest.mark.parametrize(
    ("aim", "direction"),
    [("公共数据开放数据集不少于8000个", Direction.INCREASE), ("数据中心平均PUE值不超过1.3", Direction.DECREASE)],
)
def test_at_least_and_at_most_are_verbs_of_a_target(tmp_path, aim, direction):
    lines = [
        "上海市2025年数字化转型重点工作安排",
        "一、工作目标",
        f"2025年，全市{aim}。",
        "二、重点工作",
        "1.建设平台。推进。",
    ]
    (indicator,) = read_as(tmp_path, lines, "txt").indicators
    assert (indicator.scope_region, indicator.direction, len(indicator.targets)) == ("SH", direction, 1)


@pytest.mark.parametrize(("whole", "extra"), [("全省", []), ("杭州市", [("数据交易额", "亿元", "ZJ-HZ")])])
def test_a_measure_of_the_table_restated_for_the_plans_region_is_one_indicator(tmp_path, whole, extra):
    rows = [["指标", "单位", "2023年", "2026年"], ["数据交易额", "亿元", "20", "100"]]
    text = ["浙江省数据要素市场化配置改革实施方案（2024—2026年）", "一、主要目标"]
    text += [f"到2026年，{whole}数据交易额突破100亿元。", "主要指标"]
    plan = read_plan(word(tmp_path / "p.docx", *text, (rows, []), "二、重点任务", "（一）培育数据市场。做强交易中心。"))
    assert [(i.name, i.unit, i.scope_region) for i in plan.indicators] == [("数据交易额", "亿元", None), *extra]


@pytest.mark.parametrize(("cell", "unit"), [("—", ""), ("/", ""), ("－", ""), ("分", "分")])
def test_a_dash_in_the_unit_column_is_no_unit(tmp_path, cell, unit):
    rows = [
        ["南通市数字经济发展“十四五”规划主要指标"],
        ["类别", "指标名称", "单位", "2020年", "2025年", "指标属性"],
        ["产业数字化", "两化融合发展水平", cell, "60", "68", "预期性"],
    ]
    plan = read_plan(comma_separated(tmp_path / "p.csv", [[str(c) for c in r] for r in rows], "utf-8-sig"))
    assert _indicators(plan) == [("两化融合发展水平", unit, None, (2020, 60), [(2025, 68)])]
