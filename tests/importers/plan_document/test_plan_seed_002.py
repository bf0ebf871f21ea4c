"""Seed 002: the 数字干线 outline plan — paragraphs broken across pages, stages α/β/γ,
staged targets for 数字三体 and 青浦, and a task part whose groups are the tasks."""

from __future__ import annotations

import pytest

from workbench.planning.document import NodeKind

PARTS = [
    "重大意义",
    "基本内涵",
    "蓝图愿景",
    "基本原则",
    "空间布局",
    "目标定位",
    "核心功能",
    "建设步骤",
    "建设重点",
    "保障措施",
]
TASKS = [
    "完善信息基础设施",
    "推动园区数字化转型",
    "推进数字产业化",
    "加快产业数字化",
    "促进贸易数字化",
    "打造数字化生活",
    "深化数字化治理",
    "构筑数字生态",
    "加强区域数据合作",
]


@pytest.fixture(scope="module")
def plan(seed_plan):
    return seed_plan("002")


def test_ten_parts(plan):
    assert [n.title for n in plan.outline] == PARTS
    assert [n.number for n in plan.outline] == [f"{c}、" for c in "一二三四五六七八九十"]


def test_groups_without_items_are_the_nine_tasks(plan, shown):
    assert [t.title for t in plan.tasks] == TASKS
    assert [t.number for t in plan.tasks] == list("一二三四五六七八九")
    assert all(t.group_number is None and t.group_title is None for t in plan.tasks)
    assert [n.kind for n in plan.outline[8].children] == [NodeKind.TASK] * 9
    assert shown(plan, plan.tasks[0]).startswith("(一) 完善信息基础设施\n\n加强智能基础设施建设")


def test_page_broken_paragraphs_are_rejoined(plan, shown):
    practice = plan.outline[0].children[1]
    assert practice.title == "数字长三角建设的具体实践"
    assert "浙江提出推进数字化改革" in practice.text
    assert "\n\n出推进数字化改革" in shown(plan, practice)  # the source itself is unchanged
    assert "建设全程在线、高效便捷，精准监测" in plan.tasks[0].body
    assert plan.tasks[0].body.endswith("打造数字新基建现代化建设新高地。")
    assert "共同讲好数字中国、数字长三角的故事。" in plan.safeguards[3].body


def test_stages(plan, shown):
    assert [(s.label, s.start_year, s.end_year) for s in plan.stages] == [
        ("α", 2022, 2023),
        ("β", 2024, 2025),
        ("γ", 2026, 2027),
    ]
    assert shown(plan, plan.stages[0]).startswith("（一）2022~2023年，建设形成 α 版本")
    assert [n.kind for n in plan.outline[7].children] == [NodeKind.STAGE] * 3


@pytest.mark.parametrize("scope, values", [("SZST", (5000, 7000, 10000)), ("SH-QP", (2000, 3000, 4000))])
def test_staged_targets_per_area(plan, scope, values):
    (indicator,) = [i for i in plan.indicators if i.scope_region == scope]
    assert (indicator.name, indicator.unit) == ("产业规模（产值/营收）", "亿元")
    assert [(t.year, t.value, t.stage) for t in indicator.targets] == list(zip((2023, 2025, 2027), values, "αβγ"))
    assert indicator.baseline_value is None


def test_only_the_two_staged_indicators(plan):
    # not "41 座地级及以上城市", "万亿级", "G50", "5F", "2022~2023年"
    assert len(plan.indicators) == 2


def test_four_safeguards(plan):
    assert [s.title for s in plan.safeguards] == [
        "加强党的集中统一领导",
        "建立工作推进机制",
        "深化国际开放合作",
        "加大宣传推介力度",
    ]


def test_metadata(plan):
    m = plan.metadata
    assert (m.title, m.kind) == ("长三角数字干线发展规划纲要", "规划纲要")
    assert (m.period_start, m.period_end) == (2022, 2027)
    assert (m.doc_number, m.issuers, m.issue_date) == ("青府发〔2022〕13号", ["上海市青浦区人民政府"], "2022-02-21")
