"""Outline rules on synthetic text: numbering styles, rejoining, run-on items."""

from __future__ import annotations

from importers.plan_document import parse_plan_text
from workbench.planning.document import NodeKind


def _plan(*lines: str):
    return parse_plan_text("\n".join(lines), "synthetic.txt")


def test_numbering_styles_keep_their_printed_label():
    plan = _plan(
        "一、主要任务",
        "（ 一 ）数据共享",
        "1．建设平台。加快建设。",
        "( 二 ) 标准规范",
        "2、制定标准。联合制定。",
        "专栏 3：共享工程",
        "建设共享平台。",
    )
    part = plan.outline[0]
    assert [(n.number, n.title) for n in part.children] == [("（ 一 ）", "数据共享"), ("( 二 )", "标准规范")]
    assert [(t.number, t.group_number, t.title) for t in plan.tasks] == [
        ("1", "（ 一 ）", "建设平台"),
        ("2", "( 二 )", "制定标准"),
    ]
    (box,) = plan.projects
    assert (box.number, box.title, box.body) == ("专栏 3", "共享工程", "建设共享平台。")


def test_tasks_directly_under_the_part_have_no_group():
    plan = _plan("一、重点任务", "1.甲任务。内容甲。", "2.乙任务。内容乙。", "二、保障措施", "1.加强领导。建立机制。")
    assert [(t.number, t.title, t.group_number) for t in plan.tasks] == [("1", "甲任务", None), ("2", "乙任务", None)]
    assert [(s.number, s.title, s.body) for s in plan.safeguards] == [("1", "加强领导", "建立机制。")]


def test_only_the_next_number_after_a_sentence_starts_a_hidden_item():
    plan = _plan(
        "一、主要任务", "1.甲任务。投资1.5亿元，建设3.0版本。3.不是任务。", "2.乙任务。内容；3、丙任务。内容。"
    )
    assert [(t.number, t.title) for t in plan.tasks] == [("1", "甲任务"), ("2", "乙任务"), ("3", "丙任务")]
    assert plan.tasks[0].body == "投资1.5亿元，建设3.0版本。3.不是任务。"
    assert plan.tasks[1].body == "内容；"


def test_a_line_cut_by_a_page_break_is_joined_only_to_the_rest_of_its_sentence():
    plan = _plan(
        "一、总体要求",
        "（一）指导思想",
        "",
        "坚持统筹推进，加强分工协作，加快建设数字",
        "",
        "长三角。",
        "（二）工作目标",
        "指标名称，单位，数值",
        "宽带接入率，%",
    )
    first, second = plan.outline[0].children
    assert first.text == "（一）指导思想\n坚持统筹推进，加强分工协作，加快建设数字长三角。"
    assert second.text == "（二）工作目标\n指标名称，单位，数值\n宽带接入率，%"


def test_headings_and_titles_are_not_joined_to_the_next_line():
    plan = _plan(
        "附件2", "长三角数据共享", "行动计划", "一、主要任务", "（一）数据共享", "1、建设平台", "加快建设共享平台。"
    )
    assert plan.metadata.title == "长三角数据共享行动计划"
    assert plan.metadata.kind == "行动计划"
    (task,) = plan.tasks
    assert (task.title, task.body) == ("建设平台", "加快建设共享平台。")
    assert plan.outline[0].children[0].kind is NodeKind.TASK_GROUP
