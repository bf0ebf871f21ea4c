"""Title, kind, period and region of plans inside notices, behind covers and tables of
contents, and of plans naming one year (issue 9), as .txt and .docx."""

from __future__ import annotations

import pytest

from tests.importers.plan_document.documents import read_as

BODY = [
    "一、总体要求",
    "坚持统筹推进。",
    "二、重点任务",
    "1.建设共享平台。加快建设。",
    "三、保障措施",
    "（一）加强组织领导。健全机制。",
]
FORMS = ["txt", "docx"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("notice", "title", "kind", "period"),
    [
        (  # 《》 on one line, the plan after 附件 without its period
            ["江苏省人民政府办公厅关于印发《江苏省数字经济加速行动实施方案》的通知"],
            "江苏省数字经济加速行动实施方案",
            "实施方案",
            (None, None),
        ),
        (  # no 《》
            ["浙江省经济和信息化厅关于印发浙江省数据要素市场建设三年行动计划（2024-2026年）的通知"],
            "浙江省数据要素市场建设三年行动计划（2024-2026年）",
            "行动计划",
            (2024, 2026),
        ),
        (  # the notice's title broken over two lines, 《》 across the break
            ["安徽省数据资源管理局关于印发《安徽省数字政府建设", "2025年重点任务分工》的通知"],
            "安徽省数字政府建设2025年重点任务分工",
            "任务分工",
            (2025, 2025),
        ),
        (  # broken over two lines without 《》
            ["上海市经济和信息化委员会关于印发上海市算力基础设施", "高质量发展行动方案的通知"],
            "上海市算力基础设施高质量发展行动方案",
            "行动计划",
            (None, None),
        ),
    ],
)
def test_plan_inside_a_notice(tmp_path, form, notice, title, kind, period):
    lines = [
        *notice,
        "苏政办发〔2023〕12号",
        "各市、县（市、区）人民政府，省各委办厅局：",
        "现将有关文件印发给你们，请认真贯彻执行。",
        "江苏省人民政府办公厅",
        "2023年4月13日",
        "附件",
        *BODY,
    ]
    plan = read_as(tmp_path, lines, form)
    m = plan.metadata
    assert (m.title, m.kind, (m.period_start, m.period_end)) == (title, kind, period)
    assert (m.doc_number, m.issuers, m.issue_date) == ("苏政办发〔2023〕12号", ["江苏省人民政府办公厅"], "2023-04-13")
    assert [t.title for t in plan.tasks] == ["建设共享平台"]


@pytest.mark.parametrize("form", FORMS)
def test_the_plans_own_title_below_the_notice_adds_its_period(tmp_path, form):
    lines = [
        "关于印发长三角数字经济合作",
        "三年行动计划的通知",
        "附件",
        "长三角数字经济合作三年行动计划",
        "（2024-2026年）",
        *BODY,
    ]
    m = read_as(tmp_path, lines, form).metadata
    assert (m.title, m.period_start, m.period_end, m.region) == (
        "长三角数字经济合作三年行动计划（2024-2026年）",
        2024,
        2026,
        None,
    )


CONTENTS_WITH_PAGES = [
    "目  录",
    "一、总体要求……………………………………1",
    "二、重点任务……………………………………3",
    "三、保障措施……………………………………9",
]
CONTENTS_WITHOUT_PAGES = ["目录", "一、总体要求", "二、重点任务", "三、保障措施"]
CONTENTS_OF_CHAPTERS = ["目 录", "第一章 总体要求 1", "第二章 重点任务 3", "第三章 保障措施 9"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("contents", [CONTENTS_WITH_PAGES, CONTENTS_WITHOUT_PAGES, CONTENTS_OF_CHAPTERS])
@pytest.mark.parametrize(
    ("cover", "title", "region"),
    [
        (
            ["安徽省数字经济发展规划", "（2021—2025年）", "安徽省发展和改革委员会", "二〇二一年十二月"],
            "安徽省数字经济发展规划（2021—2025年）",
            "AH",
        ),
        (["南京市“十四五”智慧城市建设规划", "南京市人民政府", "2021年9月"], "南京市“十四五”智慧城市建设规划", "JS-NJ"),
    ],
)
def test_cover_page_and_typed_contents_stay_out_of_the_title(tmp_path, form, contents, cover, title, region):
    body = (
        BODY
        if contents is not CONTENTS_OF_CHAPTERS
        else [
            "第一章 总体要求",
            "坚持统筹推进。",
            "第二章 重点任务",
            "第一节 建设共享平台",
            "加快建设。",
            "第三章 保障措施",
            "第一节 加强组织领导",
            "健全机制。",
        ]
    )
    plan = read_as(tmp_path, [*cover, *contents, *body], form)
    m = plan.metadata
    assert (m.title, m.period_start, m.period_end, m.region) == (title, 2021, 2025, region)
    assert [t.title for t in plan.tasks] == ["建设共享平台"]
    assert [n.title for n in plan.outline] == ["总体要求", "重点任务", "保障措施"]  # the contents are no headings
    assert [w.code for w in plan.warnings] == ["plan.warning.no_indicators"]  # nothing else looks wrong


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("长三角数字政府2025年重点任务分工", (2025, 2025)),
        ("2024年长三角信息化工作要点", (2024, 2024)),
        ("长三角算力网络建设行动计划（2023-2025）", (2023, 2025)),  # a range without 年
        ("江苏省“十四五”数字政府建设规划", (2021, 2025)),
        # guessed the other way: two different years are no single-year plan
        ("到2025年长三角数据共享2023年工作安排", (None, None)),
    ],
)
def test_period_from_the_title(tmp_path, title, period):
    m = read_as(tmp_path, [title, *BODY], "txt").metadata
    assert (m.period_start, m.period_end) == period


def test_period_stated_in_the_front_matter(tmp_path):
    lines = ["长三角数字干线建设方案", "为推进数字干线建设，制定本方案，规划期为2022年至2027年。", *BODY]
    m = read_as(tmp_path, lines, "txt").metadata
    assert (m.period_start, m.period_end, m.kind) == (2022, 2027, "实施方案")


@pytest.mark.parametrize(
    ("front", "region"),
    [
        (["长三角区域数据共享行动计划（2024-2026年）"], None),  # a plan of the whole delta
        (["数字经济发展三年行动计划（2024-2026年）", "浙江省人民政府", "2024年1月2日"], "ZJ"),  # from its issuer
        (["数字经济发展三年行动计划（2024-2026年）", "皖政办〔2024〕3号"], "AH"),  # from its 文号
        (["苏州市数字经济三年行动计划（2024-2026年）"], "JS-SZ"),
        (["长三角生态绿色一体化发展示范区数字化转型方案"], None),  # an area across provinces
    ],
)
def test_the_region_a_plan_is_issued_for(tmp_path, front, region):
    assert read_as(tmp_path, [*front, *BODY], "txt").metadata.region == region


def test_a_letterhead_is_not_the_title(tmp_path):
    lines = ["上海市青浦区人民政府文件", "青府发〔2022〕13号", "青浦区数字化转型行动方案（2022-2025年）", *BODY]
    m = read_as(tmp_path, lines, "txt").metadata
    assert (m.title, m.doc_number, m.region) == (
        "青浦区数字化转型行动方案（2022-2025年）",
        "青府发〔2022〕13号",
        "SH-QP",
    )


@pytest.mark.parametrize("form", FORMS)
def test_a_notice_with_points_of_its_own_before_the_annexed_plan(tmp_path, form):
    lines = [
        "浙江省经济和信息化厅关于印发《浙江省数字经济2024年工作要点》的通知",
        "浙经信〔2024〕5号",
        "各市经信局：",
        "现将《浙江省数字经济2024年工作要点》印发给你们，并提出如下要求：",
        "一、高度重视。各地要提高认识。",
        "二、抓好落实。各地要细化分工。",
        "浙江省经济和信息化厅",
        "2024年3月1日",
        "附件",
        "浙江省数字经济2024年工作要点",
        "一、总体要求",
        "坚持统筹。",
        "二、重点工作",
        "（一）加快5G建设。推进覆盖。（责任单位：省通信管理局）",
        "三、组织实施",
        "（一）加强领导。落实责任。",
    ]
    plan = read_as(tmp_path, lines, form)
    m = plan.metadata
    assert (m.title, m.kind, m.period_start, m.period_end) == ("浙江省数字经济2024年工作要点", "工作要点", 2024, 2024)
    assert (m.doc_number, m.issuers, m.issue_date, m.region) == (
        "浙经信〔2024〕5号",
        ["浙江省经济和信息化厅"],
        "2024-03-01",
        "ZJ",
    )
    assert [n.title for n in plan.outline] == ["总体要求", "重点工作", "组织实施"]
    assert [(t.number, t.title, t.lead_units, t.regions) for t in plan.tasks] == [
        ("一", "加快5G建设", ["省通信管理局"], ["ZJ"])
    ]
    assert [s.title for s in plan.safeguards] == ["加强领导"]


@pytest.mark.parametrize("form", FORMS)
def test_a_notice_naming_the_plan_short_takes_the_plans_full_title(tmp_path, form):
    lines = [
        "长三角区域一体化发展信息化专题组",
        "关于印发2024年工作计划的通知",
        "沪苏浙皖各有关单位：",
        "现将《长三角区域信息化合作2024年工作计划》印发给你们。",
        "长三角区域一体化发展信息化专题组办公室",
        "2024年2月28日",
        "附件",
        "长三角区域信息化合作2024年工作计划",
        *BODY,
    ]
    m = read_as(tmp_path, lines, form).metadata
    assert (m.title, m.kind, m.period_start, m.period_end, m.region) == (
        "长三角区域信息化合作2024年工作计划",
        "行动计划",
        2024,
        2024,
        None,
    )
    assert (m.issuers, m.issue_date) == (["长三角区域一体化发展信息化专题组办公室"], "2024-02-28")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于加快推进数字经济高质量发展的实施意见", "实施意见"),
        ("长三角数据共享三年行动计划", "行动计划"),
        ("长三角数据共享行动方案（征求意见稿）", "行动计划"),
        ("长三角数据共享实施方案（试行）", "实施方案"),
        ("长三角数字干线发展规划纲要", "规划纲要"),
        ("长三角数字化转型发展报告", "规划"),  # nothing says what it is: a plan
    ],
)
def test_kind_from_the_titles_ending(tmp_path, title, kind):
    assert read_as(tmp_path, [title, *BODY], "txt").metadata.kind == kind
