"""Indicators on synthetic text: scaling, money, baselines against targets, precision."""

from __future__ import annotations

import pytest

from importers.plan_document import parse_plan_text
from workbench.planning.document import Direction


def _indicators(goal: str, title: str = "长三角测试行动计划（2021-2025年）"):
    text = f"{title}\n一、发展目标\n{goal}\n二、主要任务\n1.建设平台。加快建设。"
    return {i.name: i for i in parse_plan_text(text, "synthetic.txt").indicators}


def _target(indicator):
    (target,) = indicator.targets
    return target.year, target.value


def test_counts_are_scaled_and_money_keeps_its_printed_number():
    found = _indicators(
        "到2025年，全区5G基站数量达到12.5万个，数字经济核心产业增加值达到1.2万亿元，"
        "企业上云用户超过300万户，软件业务收入达到800亿元。"
    )
    assert (found["5G基站数量"].unit, _target(found["5G基站数量"])) == ("个", (2025, 125_000))
    assert (found["数字经济核心产业增加值"].unit, _target(found["数字经济核心产业增加值"])) == ("万亿元", (2025, 1.2))
    assert (found["企业上云用户"].unit, _target(found["企业上云用户"])) == ("户", (2025, 3_000_000))
    assert (found["软件业务收入"].unit, _target(found["软件业务收入"])) == ("亿元", (2025, 800))


def test_baseline_and_target_of_one_indicator_merge():
    found = _indicators("2020年，政务数据共享率为60%。到2025年，政务数据共享率达到90%。")
    indicator = found["政务数据共享率"]
    assert (indicator.baseline_value, indicator.baseline_year) == (60, 2020)
    assert _target(indicator) == (2025, 90)
    assert len(found) == 1


def test_a_year_within_the_period_is_a_target_and_lower_is_better_is_kept():
    found = _indicators("2023年，数据差错率控制在1%以内。")
    indicator = found["数据差错率"]
    assert _target(indicator) == (2023, 1) and indicator.direction is Direction.DECREASE


def test_province_scope_from_the_sentence():
    found = _indicators("到2025年，江苏省工业互联网平台连接设备数量达到500万个。")
    assert found["工业互联网平台连接设备数量"].scope_region == "JS"


def test_without_a_time_there_is_no_indicator():
    assert _indicators("固定宽带家庭普及率80%。") == {}
    # a bare year with no plan period to place it against
    assert _indicators("2020年，政务数据共享率为60%。", title="长三角测试规划") == {}


@pytest.mark.parametrize(
    "goal",
    [
        "到2025年，覆盖41座城市，推广5G和IPv6，建设G60科创走廊。",
        "到2025年，完成第3个五年计划，开展专栏1所列工程。",
        "到2025年，实现1.5亿元投资，提高3个百分点。",
        "到2025年，各地要加快建设，投资规模达到5000亿。",
    ],
)
def test_no_indicator_without_a_clear_name_unit_and_value(goal):
    assert _indicators(goal) == {}
