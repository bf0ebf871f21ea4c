"""Seed 000: the 2021–2023 action plan — 16 tasks in 5 groups, task 15 run into task 14."""

from __future__ import annotations

import pytest

from workbench.planning.document import NodeKind

TASKS = [
    ("1", "（一）", "提升发展5G网络及互联网基础设施"),
    ("2", "（一）", "打造协同高效存算设施集群"),
    ("3", "（一）", "加快新技术基础设施协同部署"),
    ("4", "（一）", "建设高质量国际信息枢纽"),
    ("5", "（二）", "共攀国际数字科技战略制高点"),
    ("6", "（二）", "聚力培育数字经济核心产业集群"),
    ("7", "（二）", "探索发展数字经济新模式"),
    ("8", "（三）", "完善长三角工业互联网平台体系"),
    ("9", "（三）", "深化工业互联网一体化发展示范区建设"),
    ("10", "（三）", "协同打造新智造企业群体"),
    ("11", "（四）", "打造数字民生服务场景"),
    ("12", "（四）", "激发数字消费新活力"),
    ("13", "（四）", "推进区域数据要素市场化配置"),
    ("14", "（五）", "加强重大项目协同谋划实施"),
    ("15", "（五）", "提升国际性大平台溢出带动效应"),
    ("16", "（五）", "联合举办数字经济创新创业大赛"),
]


@pytest.fixture(scope="module")
def plan(seed_plan):
    return seed_plan("000")


def test_sixteen_tasks_with_titles_and_groups(plan):
    assert [(t.number, t.group_number, t.title) for t in plan.tasks] == TASKS


def test_group_titles(plan):
    groups = dict.fromkeys((t.group_number, t.group_title) for t in plan.tasks)
    assert list(groups) == [
        ("（一）", "推进新基建，共建新一代泛在融合数字设施体系"),
        ("（二）", "壮大新产业，共育全球竞争力数字科技产业集群"),
        ("（三）", "发力新智造，共创世界级产业数字化转型新高地"),
        ("（四）", "推广新治理，共绘长三角区域整体智治新图景"),
        ("（五）", "开展新合作，共同推进重大项目重大活动实施"),
    ]


def test_task_body_is_the_text_after_the_title(plan):
    first = plan.tasks[0]
    assert first.body.startswith("共同落实《深化5G创新应用 服务长三角数字化转型战略合作框架协议》")
    assert first.body.endswith("夯实长三角互联网枢纽地位。")
    assert first.title not in first.body


def test_each_task_span_is_its_numbered_paragraph(plan, shown):
    for task in plan.tasks:
        text = shown(plan, task)
        assert text.startswith(f"{task.number}.{task.title}。")
        assert text.endswith(task.body[-20:])


def test_task_15_is_split_out_of_task_14(plan, shown):
    task14, task15 = plan.tasks[13], plan.tasks[14]
    assert shown(plan, task14).endswith("及时协调解决项目推进中存的困难和问题。")
    assert "15." not in shown(plan, task14) and "溢出" not in task14.body
    assert shown(plan, task15).startswith("15.提升国际性大平台溢出带动效应。充分把握机遇")
    assert task15.body.endswith("提升区域合作能级和世界影响力。")


def test_three_parts(plan):
    assert [(n.number, n.title, n.kind) for n in plan.outline] == [
        ("一、", "总体要求", NodeKind.PART),
        ("二、", "主要任务", NodeKind.PART),
        ("三、", "保障措施", NodeKind.PART),
    ]
    assert [n.kind for n in plan.outline[1].children] == [NodeKind.TASK_GROUP] * 5
    assert [(n.number, n.kind) for n in plan.outline[0].children] == [
        ("（一）", NodeKind.SECTION),
        ("（二）", NodeKind.SECTION),
    ]
    assert plan.outline[0].children[1].text.endswith("为高质量推进长三角一体化发展提供强有力支撑。")


def test_four_safeguards(plan, shown):
    assert [(s.number, s.title) for s in plan.safeguards] == [
        ("一", "加强统筹协调"),
        ("二", "强化政策支持"),
        ("三", "抓好督促落实"),
        ("四", "营造良好氛围"),
    ]
    assert plan.safeguards[2].body == (
        "制定实施年度重点工作计划，明确责任分工，强化工作落实。对相关工作推进情况加强跟踪"
        "分析和评价，动态掌握落实情况，确保各项工作保质保量按时完成。"
    )
    assert shown(plan, plan.safeguards[0]).startswith("（一）加强统筹协调\n在推动长三角一体化")


def test_named_major_projects(plan, shown):
    assert [(p.number, p.title) for p in plan.projects] == [
        ("", "长三角G60工业互联网平台应用创新体验中心"),
        ("", "工业互联网标识解析国家顶级节点（上海）扩容"),
        ("", "常州国家商用车智能驾驶研发认证中心"),
    ]
    assert all(shown(plan, p) == p.title for p in plan.projects)


def test_metadata(plan):
    m = plan.metadata
    assert m.title == "长三角区域一体化发展信息化专题组三年行动计划（2021-2023年）"
    assert (m.kind, m.period_start, m.period_end) == ("行动计划", 2021, 2023)
    assert (m.doc_number, m.issuers, m.issue_date) == (None, [], None)


def test_no_indicators_from_5g_g60_or_ipv6(plan):
    assert plan.indicators == []
    assert plan.stages == []
