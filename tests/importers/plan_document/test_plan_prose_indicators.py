"""Indicators as plans write them in prose (issue 9): 由A提高到B, 累计建成, 保持在…以上,
突破, counted units, names ending in 占比/节点/里程, 全省/全市 as the issuing region,
per-city values; each checked item by item, and the guesses both ways."""

from __future__ import annotations

import pytest

from importers.plan_document import parse_plan_text
from workbench.planning.document import Direction


def _read(goal: str, title: str = "江苏省数字经济发展三年行动计划（2023-2025年）"):
    text = f"{title}\n一、发展目标\n{goal}\n二、主要任务\n1.建设平台。加快建设。"
    return parse_plan_text(text, "synthetic.txt").indicators


def _rows(indicators):
    return [
        (i.name, i.unit, i.scope_region, i.baseline_value, i.baseline_year, [(t.year, t.value) for t in i.targets])
        for i in indicators
    ]


def test_the_usual_ways_of_writing_a_target():
    found = _read(
        "到2025年，全省数字经济核心产业增加值占地区生产总值比重由11%提高到13%，累计建成5G基站25万个，"
        "在用数据中心标准机架达到60万架，智能算力规模突破10EFLOPS，培育100家以上省级工业互联网平台，"
        "工业互联网标识解析二级节点达到40个，千兆宽带用户达到800万户，政务服务事项网上可办率保持在98%以上，"
        "一网通办年办件量突破1亿次，省级数字化转型项目达到500项，数字经济领军企业占比达到30%。"
    )
    assert _rows(found) == [
        ("数字经济核心产业增加值占地区生产总值比重", "%", "JS", 11, 2022, [(2025, 13)]),
        ("5G基站", "个", "JS", None, None, [(2025, 250_000)]),
        ("在用数据中心标准机架", "架", "JS", None, None, [(2025, 600_000)]),
        ("智能算力规模", "EFLOPS", "JS", None, None, [(2025, 10)]),
        ("省级工业互联网平台", "家", "JS", None, None, [(2025, 100)]),
        ("工业互联网标识解析二级节点", "个", "JS", None, None, [(2025, 40)]),
        ("千兆宽带用户", "户", "JS", None, None, [(2025, 8_000_000)]),
        ("政务服务事项网上可办率", "%", "JS", None, None, [(2025, 98)]),
        ("一网通办年办件量", "次", "JS", None, None, [(2025, 100_000_000)]),
        ("省级数字化转型项目", "项", "JS", None, None, [(2025, 500)]),
        ("数字经济领军企业占比", "%", "JS", None, None, [(2025, 30)]),
    ]


def test_from_a_to_b_with_the_years_written_out():
    found = _read(
        "轨道交通运营里程由2022年的1000公里增长到2025年的1500公里，数据中心平均PUE由1.5降低到1.3。",
        title="长三角算力网络建设行动计划（2023-2025年）",
    )
    assert _rows(found) == [
        ("轨道交通运营里程", "公里", None, 1000, 2022, [(2025, 1500)]),
        # no years: from the year before the plan to its end
        ("数据中心平均PUE", "", None, 1.5, 2022, [(2025, 1.3)]),
    ]
    assert [i.direction for i in found] == [Direction.INCREASE, Direction.DECREASE]


def test_from_a_to_b_before_the_plan_period_reads_as_written():
    """Baseline and target carry the years the sentence names, even outside the period."""
    (found,) = _read("到2025年，宽带普及率由2015年的50%提高到2020年的80%。", title="长三角测试行动计划（2021-2025年）")
    assert (found.name, found.baseline_value, found.baseline_year) == ("宽带普及率", 50, 2015)
    assert [(t.year, t.value) for t in found.targets] == [(2020, 80)]


def test_the_whole_city_is_the_city_that_issues_the_plan():
    found = _read("到2025年，全市数字经济核心产业增加值达到1500亿元。", title="合肥市数字经济发展规划（2021-2025年）")
    assert _rows(found) == [("数字经济核心产业增加值", "亿元", "AH-HF", None, None, [(2025, 1500)])]


def test_in_a_plan_of_the_delta_the_whole_province_names_no_region():
    """Guessed the other way: a delta plan has no issuing province for 全省 to mean."""
    found = _read("到2025年，全省5G基站数量达到80万个。", title="长三角数字化转型行动计划（2024-2026年）")
    assert _rows(found) == [("5G基站数量", "个", None, None, None, [(2025, 800_000)])]


@pytest.mark.parametrize(
    "goal",
    [
        "到2026年，长三角5G基站数量达到80万个，其中，南京、苏州各达到10万个。",
        "到2026年，长三角5G基站数量达到80万个。其中，南京、苏州各达到10万个。",
    ],
)
def test_per_city_targets(goal):
    found = _read(goal, title="长三角数字化转型行动计划（2024-2026年）")
    assert _rows(found) == [
        ("5G基站数量", "个", None, None, None, [(2026, 800_000)]),
        ("5G基站数量", "个", "JS-NJ", None, None, [(2026, 100_000)]),
        ("5G基站数量", "个", "JS-SZ", None, None, [(2026, 100_000)]),
    ]


def test_cities_with_values_of_their_own():
    found = _read(
        "到2026年，长三角5G基站数量达到80万个，其中上海达到10万个、杭州达到8万个。",
        title="长三角行动计划（2024-2026年）",
    )
    assert [(i.scope_region, i.targets[0].value) for i in found] == [
        (None, 800_000),
        ("SH", 100_000),
        ("ZJ-HZ", 80_000),
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "累计建成5G基站25万个。",  # no year: not a target
        "到2025年，推动5G基站共建共享，提升覆盖水平。",  # no number
        "到2025年，力争3年内取得突破。",  # a count of years is no measure
        "到2025年，建设4个百分点以上的提升空间。",  # a change, not a level
    ],
)
def test_no_indicator_where_a_person_reads_none(goal):
    assert _read(goal) == []


def test_a_baseline_and_a_target_of_one_count_merge_with_or_without_its_quantity_word():
    found = _read("截至2022年底，全省累计建成5G基站6.26万个。到2025年，全省5G基站数量达到20万个。")
    assert _rows(found) == [("5G基站", "个", "JS", 62_600, 2022, [(2025, 200_000)])]


def test_growth_rates_and_new_builds():
    found = _read("到2025年，全省数字经济核心产业增加值年均增长15%，新建5G基站5000个以上。")
    assert _rows(found) == [
        ("数字经济核心产业增加值年均增长", "%", "JS", None, None, [(2025, 15)]),
        ("5G基站", "个", "JS", None, None, [(2025, 5000)]),
    ]


def test_goals_listed_under_dashes_with_approximate_and_cumulative_values():
    found = _read(
        "到2026年底，全市新增投资约3000亿元。\n"
        "——网络基础设施：5G基站累计达到9万个，千兆光纤宽带用户占比达到50%。\n"
        "——创新基础设施：建成国家级重大科技基础设施20个。",
        title="上海市新型基础设施建设行动方案（2023—2026年）",
    )
    assert _rows(found) == [
        ("新增投资", "亿元", "SH", None, None, [(2026, 3000)]),
        ("5G基站", "个", "SH", None, None, [(2026, 90_000)]),
        ("千兆光纤宽带用户占比", "%", "SH", None, None, [(2026, 50)]),
        ("国家级重大科技基础设施", "个", "SH", None, None, [(2026, 20)]),
    ]


def test_cities_with_values_in_turn():
    found = _read(
        "到2026年，长三角5G基站数量达到80万个，其中南京、苏州、无锡分别达到3万个、2.5万个、2万个。",
        title="长三角行动计划（2024-2026年）",
    )
    assert [(i.name, i.scope_region, i.targets[0].value) for i in found] == [
        ("5G基站数量", None, 800_000),
        ("5G基站数量", "JS-NJ", 30_000),
        ("5G基站数量", "JS-SZ", 25_000),
        ("5G基站数量", "JS-WX", 20_000),
    ]


def test_cities_each_doing_the_same():
    found = _read(
        "2024年，数据共享平台共享数据接口突破1000个，其中上海、江苏各提供300个。", title="长三角2024年工作计划"
    )
    assert _rows(found) == [
        ("数据共享平台共享数据接口", "个", None, None, None, [(2024, 1000)]),
        ("数据共享平台共享数据接口", "个", "SH", None, None, [(2024, 300)]),
        ("数据共享平台共享数据接口", "个", "JS", None, None, [(2024, 300)]),
    ]


def test_a_share_of_the_measure_before_it():
    found = _read("到2025年，全省数字经济核心产业增加值突破2000亿元，占地区生产总值比重提高到15%。")
    assert _rows(found) == [
        ("数字经济核心产业增加值", "亿元", "JS", None, None, [(2025, 2000)]),
        ("数字经济核心产业增加值占地区生产总值比重", "%", "JS", None, None, [(2025, 15)]),
    ]


def test_each_city_building_a_measure_of_its_own():
    found = _read(
        "到2027年，力争数据交易额累计突破50亿元，其中，嘉兴、湖州各建成数据要素产业园1个。",
        title="浙江省数据要素实施方案（2024—2027年）",
    )
    assert _rows(found) == [
        ("数据交易额", "亿元", "ZJ", None, None, [(2027, 50)]),
        ("数据要素产业园", "个", "ZJ-JX", None, None, [(2027, 1)]),
        ("数据要素产业园", "个", "ZJ-HUZ", None, None, [(2027, 1)]),
    ]


def test_a_growth_rate_after_a_measure_is_that_measures():
    found = _read("到2025年，全省数字贸易额达到4000亿元，年均增长10%以上。")
    assert _rows(found) == [
        ("数字贸易额", "亿元", "JS", None, None, [(2025, 4000)]),
        ("数字贸易额年均增长", "%", "JS", None, None, [(2025, 10)]),
    ]


def test_in_a_plan_of_one_year_a_value_without_a_year_is_that_years_target():
    found = _read(
        "推进公共数据开放，新增开放数据集500个。（责任单位：市数据局；完成时限：2025年底）\n"
        "深化品牌建设，政务服务好评率保持在99%以上。（责任单位：市政务办；完成时限：长期坚持）",
        title="南京市2025年数字政府建设重点任务分工",
    )
    assert _rows(found) == [
        ("开放数据集", "个", "JS-NJ", None, None, [(2025, 500)]),
        ("政务服务好评率", "%", "JS-NJ", None, None, [(2025, 99)]),
    ]


def test_in_a_plan_of_several_years_a_value_without_a_year_is_no_target():
    """Guessed the other way: which year of 2023–2025 is meant is not said."""
    assert _read("推进公共数据开放，新增开放数据集500个。") == []


def test_the_end_of_a_year_before_the_plan_is_a_baseline_and_within_it_a_target():
    found = _read("2022年底，全省5G基站数量为18万个。2025年底，全省5G基站数量达到25万个。")
    assert _rows(found) == [("5G基站数量", "个", "JS", 180_000, 2022, [(2025, 250_000)])]
