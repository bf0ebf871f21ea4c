"""Seed 004: the 十二五 plan — task numbering restarts in each of its four groups."""

from __future__ import annotations

import pytest

TASKS = [
    ("（一）", "1", "加强通信基础设施建设的协同与合作"),
    ("（一）", "2", "推进城市间重要信息基础设施的共享"),
    ("（一）", "3", "加强无线电管理合作"),
    ("（二）", "1", "加速推进社会领域信息化应用融合"),
    ("（二）", "2", "加强区域经济领域信息化交流合作"),
    ("（二）", "3", "加快城市建设与管理领域信息化应用融合"),
    ("（二）", "4", "共同推进区域电子政务应用"),
    ("（三）", "1", "联合开展重大核心技术攻关"),
    ("（三）", "2", "深化区域信息产业研发公共服务平台建设"),
    ("（三）", "3", "促进区域信息产业链上下游合作"),
    ("（四）", "1", "加强区域信息化人才培育和交流工作"),
    ("（四）", "2", "积极推进区域性信息化政策法规建设"),
    ("（四）", "3", "完善区域数字认证体系建设，加强信息安全保障工作"),
    ("（四）", "4", "协同开展区域信息化国际国内合作与交流"),
]


@pytest.fixture(scope="module")
def plan(seed_plan):
    return seed_plan("004")


def test_four_parts(plan):
    assert [(n.number, n.title) for n in plan.outline] == [
        ("一、", "“十一五”发展回顾"),
        ("二、", "“十二五”发展思路和目标"),
        ("三、", "“十二五”发展重点和任务"),
        ("四、", "“十二五”发展政策措施"),
    ]


def test_fourteen_tasks_in_four_groups(plan):
    assert [(t.group_number, t.number, t.title) for t in plan.tasks] == TASKS
    assert [t.group_title for t in plan.tasks][::4] == [
        "积极推动区域信息基础设施协同发展",
        "大力推进区域信息化应用融合",
        "全面开展信息产业区域合作",
        "努力优化区域信息化创新发展环境",
    ]


def test_heading_only_task_body_is_its_paragraphs(plan):
    social = plan.tasks[3]
    paragraphs = social.body.split("\n")
    assert [p[:8] for p in paragraphs] == ["全力推进社会保险", "努力推动区域教育", "积极促进区域农村"]


def test_four_safeguards(plan):
    assert [(s.number, s.title) for s in plan.safeguards] == [
        ("一", "建立多层面区域信息化组织领导体系"),
        ("二", "形成多形态区域信息化合作发展模式"),
        ("三", "完善多层次区域信息化标准规范体系"),
        ("四", "开展多领域区域信息化前瞻性研究"),
    ]


def test_metadata_period_from_the_five_year_plan(plan):
    m = plan.metadata
    assert (m.title, m.kind, m.period_start, m.period_end) == ("长三角区域信息化合作“十二五”规划", "规划", 2011, 2015)


def test_no_indicators_from_dates(plan):
    # "2008年奥运会和2010年上海世博会"
    assert plan.indicators == []
