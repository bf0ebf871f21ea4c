"""Seed 003: the 十三五 plan — a notice in front, 12 专栏 boxes, 2015 baselines, 2020 targets."""

from __future__ import annotations

import time

import pytest

from importers.plan_document import parse_plan_text
from workbench.planning.document import NodeKind

BOXES = [
    "信息基础设施能力提升工程",
    "公共平台创新应用工程",
    "工业信息基础设施提升工程",
    "制造业“双创”体系培育工程",
    "工业云协同创新工程",
    "物流信息化协同工程",
    "智慧交通工程",
    "环境治理联动工程",
    "区域政务大数据平台工程",
    "智慧城市群工程",
    "物联网应用示范工程",
    "基础信息安全保障工程",
]

TASKS = [
    ("(一)", "1", "建设一体化网络基础设施"),
    ("(一)", "2", "传统公共基础设施智能化和集约化改造"),
    ("(一)", "3", "统筹推进大数据基础设施建设"),
    ("(一)", "4", "深化区域频谱资源综合利用"),
    ("(二)", "1", "持续提升区域农业信息化发展水平"),
    ("(二)", "2", "持续推进信息化和工业化深度融合"),
    ("(二)", "3", "加快构建融合发展的电子商务生态系统"),
    ("(三)", "1", "加强区域公共服务信息化统筹协调"),
    ("(三)", "2", "促进区域社会治理信息化协同发展"),
    ("(三)", "3", "推动区域政务大数据开放共享应用"),
    ("(三)", "4", "大力发展智慧城市群"),
    ("(四)", "1", "构建统一管理、各方协作、共同参与的网络安全综合监控和应急响应体系"),
    ("(四)", "2", "建立健全信息系统和信息资源灾备体系"),
    ("(四)", "3", "深化公共安全与应急信息共享和协同"),
]


@pytest.fixture(scope="module")
def plan(seed_plan):
    return seed_plan("003")


def test_four_parts(plan):
    assert [(n.number, n.title) for n in plan.outline] == [
        ("一、", "“十二五”发展回顾"),
        ("二、", "“十三五”发展思路和目标"),
        ("三、", "“十三五”发展重点和任务"),
        ("四、", "“十三五”发展政策措施"),
    ]


def test_twelve_boxes(plan, shown):
    assert [(p.number, p.title) for p in plan.projects] == [(f"专栏{i}", t) for i, t in enumerate(BOXES, 1)]
    assert all(shown(plan, p).startswith(f"{p.number}:{p.title}\n") for p in plan.projects)
    assert plan.projects[0].body.startswith("全面完善上海、南京等国家级互联网骨干直联点功能")


def test_box_ends_where_the_task_text_resumes(plan):
    box4 = plan.projects[3]
    assert box4.body.startswith("以工业互联网为重点") and box4.body.endswith("开展工业互联网解决方案评估验证。")
    task = next(t for t in plan.tasks if t.title == "持续推进信息化和工业化深度融合")
    assert "切实提升区域工业云服务能力。" in task.body and "推动工业大数据应用。" in task.body
    assert "以工业互联网为重点" not in task.body


def test_tasks_of_part_three_with_groups(plan):
    assert [(t.group_number, t.number, t.title) for t in plan.tasks] == TASKS
    assert plan.tasks[4].group_title == "推动区域信息经济协同发展"


def test_heading_only_task_takes_the_paragraphs_below(plan, shown):
    farming = plan.tasks[4]
    assert farming.body.startswith("提升智慧农业建设水平") and farming.body.endswith(
        "建立区域内农业信息监测分析预警体系。"
    )
    assert shown(plan, farming).startswith("1、持续提升区域农业信息化发展水平\n提升智慧农业")


def test_group_intro_is_not_a_task(plan):
    group = plan.outline[2].children[0]
    assert group.kind is NodeKind.TASK_GROUP
    assert "实现高速网络普遍覆盖。" in group.text
    assert all("实现高速网络普遍覆盖" not in t.body for t in plan.tasks)


def test_review_items_are_not_tasks_and_keep_their_own_text(plan):
    review = plan.outline[0].children[0]
    assert [c.kind for c in review.children] == [NodeKind.TEXT] * 6
    assert "同时,也要看到" in review.text and "同时,也要看到" not in review.children[5].text


def test_seven_safeguards_split_at_the_first_full_stop(plan):
    assert [s.title for s in plan.safeguards] == [
        "加强组织领导",
        "加强顶层设计和统筹规划",
        "抓好国家战略的实施",
        "建立区域统一的信息化技术标准",
        "健全区域信息化项目合作推进机制",
        "创新区域一体化的人才培养、资质互认、使用模式",
        "加强区域信息技术协同创新",
    ]
    assert plan.safeguards[0].body.startswith("不断完善“三级运作”合作机制")


def _indicators(plan):
    return {i.name: i for i in plan.indicators}


@pytest.mark.parametrize(
    "name, value, unit", [("固定宽带家庭普及率", 80, "%"), ("4G用户普及率", 90, "%"), ("接入服务能力", 1, "Gbps")]
)
def test_2020_targets(plan, name, value, unit):
    indicator = _indicators(plan)[name]
    assert indicator.unit == unit and indicator.scope_region is None
    assert [(t.year, t.value, t.stage) for t in indicator.targets] == [(2020, value, None)]
    assert indicator.baseline_value is None


@pytest.mark.parametrize(
    "name, value, unit",
    [
        ("两化融合发展总指数", 92.8, ""),
        ("数字化研发工具普及率", 70, "%"),
        ("关键工序数控化率", 48, ""),
        ("宽带接入端口", 97_860_000, "个"),
        ("光纤宽带接入端口(FTTH/O)数", 60_010_000, "个"),
        ("占全国端口比重", 22.3, "%"),
        ("宽带用户", 41_090_000, "户"),
        ("4G用户", 83_497_000, "户"),
    ],
)
def test_2015_baselines(plan, name, value, unit):
    indicator = _indicators(plan)[name]
    assert (indicator.baseline_value, indicator.baseline_year, indicator.unit) == (value, 2015, unit)
    assert indicator.targets == []


def test_indicator_span_is_its_sentence(plan, shown):
    assert shown(plan, _indicators(plan)["宽带用户"]) == "从用户发展指标看,发展宽带用户4109万户,占全国宽带用户的19.3%。"


def test_no_indicators_from_counts_of_things(plan):
    # "全国10个国家级骨干网直联点中,有3个(上海、南京、杭州)", "G20杭州峰会", "第五代移动通信(5G)"
    assert set(_indicators(plan)) == {
        "两化融合发展总指数",
        "数字化研发工具普及率",
        "关键工序数控化率",
        "宽带接入端口",
        "光纤宽带接入端口(FTTH/O)数",
        "占全国端口比重",
        "宽带用户",
        "占全国宽带用户",
        "4G用户",
        "固定宽带家庭普及率",
        "4G用户普及率",
        "接入服务能力",
    }


def test_metadata_from_the_notice(plan):
    m = plan.metadata
    assert m.title == "长三角区域信息化合作“十三五”规划(2016-2020年)"
    assert (m.kind, m.period_start, m.period_end) == ("规划", 2016, 2020)
    assert m.doc_number == "沪经信外〔2017〕770号"
    assert m.issuers == [
        "上海市经济和信息化委员会",
        "江苏省经济和信息化委员会",
        "浙江省经济和信息化委员会",
        "安徽省经济和信息化委员会",
    ]
    assert m.issue_date == "2017-10-17"


def test_parses_well_under_a_tenth_of_a_second(seed_texts):
    text = seed_texts["003"]
    best = min(_timed(parse_plan_text, text) for _ in range(3))
    assert best < 0.1


def _timed(function, text):
    start = time.perf_counter()
    function(text, "003.txt")
    return time.perf_counter() - start
