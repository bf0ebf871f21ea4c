"""Indicator tables (主要指标) and project tables (专栏) in Word."""

from __future__ import annotations

from importers.plan_document import read_plan
from tests.importers.plan_document.tables_build import word
from workbench.planning.document import Direction, IndicatorAttribute


def _indicators(plan):
    return [
        (
            i.group,
            i.name,
            i.unit,
            i.scope_region,
            (i.baseline_year, i.baseline_value),
            [(t.year, t.value) for t in i.targets],
            i.attribute,
            i.direction,
        )
        for i in plan.indicators
    ]


B, E = IndicatorAttribute.BINDING, IndicatorAttribute.EXPECTED
UP, DOWN = Direction.INCREASE, Direction.DECREASE
PLAN = ["长三角数字经济发展“十四五”规划", "一、发展目标", "到2025年，数字经济迈上新台阶。"]


def test_main_indicators_with_categories_bounds_and_scales(tmp_path, shown):
    rows = [
        ["类别", "指标", "单位", "2020年", "2025年", "属性"],
        ["数字基础设施", "", "", "", "", ""],
        ["", "5G基站数", "万个", "12.5", "＞30", "预期性"],
        ["", "千兆宽带用户数", "万户", "—", "1000以上", "预期性"],
        ["数字经济", "", "", "", "", ""],
        ["", "数字经济核心产业增加值占GDP比重", "%", "10", "15左右", "约束性"],
        ["", "单位GDP能耗下降", "%", "—", "≤13.5", "约束性"],
        ["", "二氧化碳排放下降率", "%", "—", "18", "约束性"],
        ["", "软件业务收入", "亿元", "8000", "12000亿元", "预期性"],
        ["注：带*为新增指标。", "", "", "", "", ""],
    ]
    merges = [((1, 0), (1, 5)), ((4, 0), (4, 5)), ((9, 0), (9, 5))]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, "专栏1 “十四五”数字经济发展主要指标", (rows, merges)))
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2021, 2025)
    assert _indicators(plan) == [
        ("数字基础设施", "5G基站数", "个", None, (2020, 125000), [(2025, 300000)], E, UP),
        ("数字基础设施", "千兆宽带用户数", "户", None, (None, None), [(2025, 10000000)], E, UP),
        ("数字经济", "数字经济核心产业增加值占GDP比重", "%", None, (2020, 10), [(2025, 15)], B, UP),
        ("数字经济", "单位GDP能耗下降", "%", None, (None, None), [(2025, 13.5)], B, DOWN),
        ("数字经济", "二氧化碳排放下降率", "%", None, (None, None), [(2025, 18)], B, UP),  # a fall to reach
        ("数字经济", "软件业务收入", "亿元", None, (2020, 8000), [(2025, 12000)], E, UP),
    ]
    assert shown(plan, plan.indicators[0]).startswith("\t5G基站数\t万个\t12.5")
    assert not plan.projects  # the 专栏 caption is the table's, not a project
    (mapping,) = plan.table_mappings
    assert [(c.header, c.field) for c in mapping.columns] == [
        ("类别", "category"),
        ("指标", "name"),
        ("单位", "unit"),
        ("2020年", "baseline:2020"),
        ("2025年", "target:2025"),
        ("属性", "attribute"),
    ]


def test_two_row_header_staged_targets_and_unit_in_the_name(tmp_path):
    rows = [
        ["序号", "指标名称", "基期值", "目标值", "", "指标属性"],
        ["", "", "2022年", "2024年", "2026年", ""],
        ["1", "工业互联网平台连接设备数（万台）", "500", "800", "1200", "预期性"],
        ["2", "数据开放率（%）", "40", "60", "80", "约束性"],
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 3), (0, 4)), ((0, 5), (1, 5))]
    plan = read_plan(
        word(tmp_path / "p.docx", "长三角工业互联网行动计划（2023-2026年）", "一、主要指标", (rows, merges))
    )
    assert _indicators(plan) == [
        (None, "工业互联网平台连接设备数", "台", None, (2022, 5000000), [(2024, 8000000), (2026, 12000000)], E, UP),
        (None, "数据开放率", "%", None, (2022, 40), [(2024, 60), (2026, 80)], B, UP),
    ]
    assert [c.field for c in plan.table_mappings[0].columns] == [
        "number",
        "name",
        "baseline:2022",
        "target:2024",
        "target:2026",
        "attribute",
    ]


def test_year_columns_without_a_known_period_earliest_is_the_baseline(tmp_path):
    rows = [["指标", "单位", "2023年", "2025年"], ["跨省通办事项", "项", "100", "200"]]
    plan = read_plan(word(tmp_path / "p.docx", "长三角政务服务指标", "一、指标", (rows, [])))
    assert _indicators(plan) == [(None, "跨省通办事项", "项", None, (2023, 100), [(2025, 200)], None, UP)]


def test_per_city_targets_with_cities_as_columns(tmp_path):
    rows = [
        ["指标", "单位", "上海", "南京", "杭州", "合肥"],
        ["5G基站数", "万个", "7", "3", "3.5", "—"],
    ]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, "附表：2025年各城市目标", (rows, [])))
    assert [(i.name, i.unit, i.scope_region, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("5G基站数", "个", "SH", [(2025, 70000)]),
        ("5G基站数", "个", "JS-NJ", [(2025, 30000)]),
        ("5G基站数", "个", "ZJ-HZ", [(2025, 35000)]),
    ]
    assert [c.field for c in plan.table_mappings[0].columns] == [
        "name",
        "unit",
        "target:2025@SH",
        "target:2025@JS-NJ",
        "target:2025@ZJ-HZ",
        "target:2025@AH-HF",
    ]


def test_per_city_targets_with_cities_as_rows(tmp_path):
    rows = [
        ["地区", "5G基站数（万个）", "数据中心机架数（个）", "备注"],
        ["苏州市", "4", "20000", ""],
        ["无锡市", "2.5", "—", "新建"],
    ]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, "附件2 各市2025年目标", (rows, [])))
    assert [(i.name, i.unit, i.scope_region, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("5G基站数", "个", "JS-SZ", [(2025, 40000)]),
        ("数据中心机架数", "个", "JS-SZ", [(2025, 20000)]),
        ("5G基站数", "个", "JS-WX", [(2025, 25000)]),
    ]


def test_projects_listed_as_rows_of_a_box_table(tmp_path, shown):
    rows = [
        ["序号", "项目名称", "建设内容", "责任单位", "建设期限"],
        ["1", "长三角算力调度平台", "建设跨省算力调度和交易平台。", "上海市经信委", "2024-2025年"],
        ["2", "G60工业互联网平台应用创新体验中心", "打造工业互联网应用示范。", "松江区", "2024年"],
    ]
    plan = read_plan(
        word(
            tmp_path / "p.docx",
            *PLAN,
            "二、重点任务",
            "（一）建设数字基础设施。推进算力网络。",
            "专栏2 重大工程",
            (rows, []),
            "（二）发展数字产业。培育产业集群。",
        )
    )
    assert [(p.number, p.title, p.body) for p in plan.projects] == [
        ("1", "长三角算力调度平台", "建设跨省算力调度和交易平台。\n责任单位：上海市经信委\n建设期限：2024-2025年"),
        ("2", "G60工业互联网平台应用创新体验中心", "打造工业互联网应用示范。\n责任单位：松江区\n建设期限：2024年"),
    ]
    assert shown(plan, plan.projects[1]).startswith("2\tG60工业互联网平台应用创新体验中心")
    assert [t.title for t in plan.tasks] == ["建设数字基础设施", "发展数字产业"]
    assert "长三角算力调度平台" not in plan.tasks[0].body  # the table's rows are the projects, not the task's text
    assert [c.field for c in plan.table_mappings[0].columns] == ["number", "title", "body", "body", "body"]


def test_one_row_per_city_and_indicator_with_a_repeated_header(tmp_path):
    rows = [
        ["地区", "指标名称", "单位", "2025年目标值"],
        ["南京市", "算力规模", "PFLOPS", "5000"],
        ["地区", "指标名称", "单位", "2025年目标值"],
        ["杭州市", "算力规模", "PFLOPS", "6000"],
        ["长三角", "算力规模", "PFLOPS", "30000"],
    ]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, (rows, [])))
    assert [(i.name, i.unit, i.scope_region, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("算力规模", "PFLOPS", "JS-NJ", [(2025, 5000)]),
        ("算力规模", "PFLOPS", "ZJ-HZ", [(2025, 6000)]),
        ("算力规模", "PFLOPS", None, [(2025, 30000)]),
    ]


def test_a_category_column_merged_down_and_units_in_the_names(tmp_path):
    rows = [
        ["类别", "序号", "指标", "2020年", "2025年", "属性"],
        ["数字基础设施", "1", "5G基站数（万个）", "3.2", "15", "预期性"],
        ["", "2", "千兆光网覆盖率（%）", "—", "＞90", "预期性"],
        ["数字经济", "3", "数字经济核心产业增加值（亿元）", "4000", "7000左右", "约束性"],
    ]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, "专栏1 主要指标", (rows, [((1, 0), (2, 0))])))
    assert _indicators(plan) == [
        ("数字基础设施", "5G基站数", "个", None, (2020, 32000), [(2025, 150000)], E, UP),
        ("数字基础设施", "千兆光网覆盖率", "%", None, (None, None), [(2025, 90)], E, UP),
        ("数字经济", "数字经济核心产业增加值", "亿元", None, (2020, 4000), [(2025, 7000)], B, UP),
    ]


def test_per_city_rows_by_year_name_the_indicator_in_the_title(tmp_path):
    rows = [["城市", "2023年", "2024年", "2025年"], ["合肥市", "1", "1.5", "2"], ["芜湖市", "0.3", "—", "0.6"]]
    plan = read_plan(word(tmp_path / "p.docx", *PLAN, "附件2 各市2023-2025年5G基站建设目标（万个）", (rows, [])))
    assert [(i.name, i.unit, i.scope_region, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("5G基站", "个", "AH-HF", [(2023, 10000), (2024, 15000), (2025, 20000)]),
        ("5G基站", "个", "AH-WH", [(2023, 3000), (2025, 6000)]),
    ]
