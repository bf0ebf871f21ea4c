"""Text copied out of a PDF: page numbers and running headers left out, paragraphs and
headings cut by hard line wraps joined again, sub-items kept inside their task."""

from __future__ import annotations

import pytest

from tests.importers.plan_document.documents import pdf_copy, read_as

TITLE = "安徽省加快数字政府建设三年行动方案（2023—2025年）"
PARAGRAPHS = [
    TITLE,
    "为贯彻落实国务院关于加强数字政府建设的指导意见，加快推进全省数字政府建设，制定本方案。",
    "一、总体目标",
    "到2025年，全省政务服务事项网上可办率保持在95%以上，政务数据共享需求满足率达到90%，“皖事通”注册用户突破8000万户。",
    "二、重点任务",
    "（一）夯实数字政府基础支撑，构建全省一体化的政务云平台和电子政务外网体系",
    "1.建设全省一体化政务云平台。统筹推进省市两级政务云建设，推动各级政务信息系统全部上云，提升政务云安全防护能力和运维保障水平。",
    "（1）统一云资源管理；（2）建立备份中心。",
    "①省级节点；②市级节点。",
    "牵头单位：省数据资源局",
    "2.完善电子政务外网。推进电子政务外网向乡镇（街道）、村（社区）延伸，实现全覆盖，提升网络承载能力。",
    "（二）提升政务服务效能",
    "3.深化“一网通办”改革。推动高频政务服务事项“一件事一次办”，推行告知承诺制，压减办理时限和材料。",
    "三、保障措施",
    "（一）加强组织领导。成立数字政府建设领导小组，统筹推进各项工作。",
]
PAGE_NUMBERS = [
    lambda n: f"— {n} —",
    lambda n: f"-{n}-",
    lambda n: f"第{n}页",
    lambda n: f"第 {n} 页 共 9 页",
    lambda n: f"{n}",
]


@pytest.mark.parametrize("page_number", PAGE_NUMBERS)
@pytest.mark.parametrize("header", [None, "安徽省加快数字政府建设三年行动方案"])
@pytest.mark.parametrize("width", [48, 60])
def test_a_pdf_copy_reads_like_the_document(tmp_path, page_number, header, width):
    lines = pdf_copy(PARAGRAPHS, width=width, page_lines=7, header=header, page_number=page_number)
    assert len(lines) > len(PARAGRAPHS) + 4  # the copy is really wrapped and paged
    plan = read_as(tmp_path, lines, "txt")
    assert plan.metadata.title == TITLE
    assert [(t.group_number, t.group_title, t.number, t.title, t.body, t.lead_units) for t in plan.tasks] == [
        (
            "（一）",
            "夯实数字政府基础支撑，构建全省一体化的政务云平台和电子政务外网体系",
            "1",
            "建设全省一体化政务云平台",
            "统筹推进省市两级政务云建设，推动各级政务信息系统全部上云，提升政务云安全防护能力和运维保障水平。"
            "\n（1）统一云资源管理；（2）建立备份中心。\n①省级节点；②市级节点。",
            ["省数据资源局"],
        ),
        (
            "（一）",
            "夯实数字政府基础支撑，构建全省一体化的政务云平台和电子政务外网体系",
            "2",
            "完善电子政务外网",
            "推进电子政务外网向乡镇（街道）、村（社区）延伸，实现全覆盖，提升网络承载能力。",
            [],
        ),
        (
            "（二）",
            "提升政务服务效能",
            "3",
            "深化“一网通办”改革",
            "推动高频政务服务事项“一件事一次办”，推行告知承诺制，压减办理时限和材料。",
            [],
        ),
    ]
    assert [(s.title, s.body) for s in plan.safeguards] == [
        ("加强组织领导", "成立数字政府建设领导小组，统筹推进各项工作。")
    ]
    assert [(i.name, i.unit, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("政务服务事项网上可办率", "%", [(2025, 95)]),
        ("政务数据共享需求满足率", "%", [(2025, 90)]),
        ("“皖事通”注册用户", "户", [(2025, 80_000_000)]),
    ]
    for task in plan.tasks:  # spans still point into the copy as it was
        assert plan.source_text[task.span.start : task.span.end].startswith(f"{task.number}.")


def test_lines_of_a_document_that_is_not_wrapped_are_not_joined(tmp_path):
    """Guessed the other way: short lines without a final stop stay apart when the text
    has no page width (no line fills one)."""
    lines = [
        "长三角数据共享行动计划（2024-2026年）",
        "一、重点任务",
        "1.建设共享平台",
        "加快建设共享平台，推进数据互通。",
        "2.制定数据标准",
        "联合制定数据标准。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.title, t.body) for t in plan.tasks] == [
        ("建设共享平台", "加快建设共享平台，推进数据互通。"),
        ("制定数据标准", "联合制定数据标准。"),
    ]


def test_a_line_repeated_away_from_page_numbers_is_text(tmp_path):
    """Guessed the other way: a short line seen twice, far from any page number, is kept."""
    lines = [
        "长三角数据共享行动计划（2024-2026年）",
        "一、重点任务",
        "1.建设共享平台。加快建设。",
        "牵头推进",
        *[f"{n}.任务{n}。内容{n}。" for n in range(2, 12)],
        "牵头推进",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert plan.tasks[0].body == "加快建设。\n牵头推进"
    assert plan.tasks[-1].body == "内容11。\n牵头推进"


def test_a_sentence_cut_by_a_page_number_is_joined(tmp_path):
    lines = [
        "长三角数据共享行动计划（2024-2026年）",
        "一、重点任务",
        "1.建设共享平台。加快建设，部署",
        "",
        "3",
        "",
        "个节点。",
        "2.制定标准。联合制定，统一",
        "4",
        "接口规范。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [t.body for t in plan.tasks] == ["加快建设，部署个节点。", "联合制定，统一接口规范。"]


def test_a_heading_as_wide_as_the_page_is_not_joined_to_the_numbered_line_after_it(tmp_path):
    paragraphs = [TITLE, *PARAGRAPHS[1:5], "（一）夯实数字政府基础支撑构建全省一体化的政务云平台体系", *PARAGRAPHS[6:]]
    lines = pdf_copy(paragraphs, width=60, page_lines=7)
    assert "（一）夯实数字政府基础支撑构建全省一体化的政务云平台体系" in lines  # exactly one line wide
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_title, t.number) for t in plan.tasks][:2] == [
        ("夯实数字政府基础支撑构建全省一体化的政务云平台体系", "1"),
        ("夯实数字政府基础支撑构建全省一体化的政务云平台体系", "2"),
    ]


@pytest.mark.parametrize("form", ["{header}  — {n} —", "— {n} —  {header}", "{header} 第{n}页"])
def test_a_header_printed_with_its_page_number(tmp_path, form):
    header = "安徽省加快数字政府建设三年行动方案"
    lines = pdf_copy(PARAGRAPHS, width=60, page_lines=7, page_number=lambda n: form.format(header=header, n=n))
    plan = read_as(tmp_path, lines, "txt")
    assert all(header not in t.body for t in plan.tasks)
    assert [t.title for t in plan.tasks] == ["建设全省一体化政务云平台", "完善电子政务外网", "深化“一网通办”改革"]


def test_a_number_alone_on_its_line_is_a_page_number_only_among_pages_counting_up(tmp_path):
    """Guessed both ways: 7, 8 between pages go; a lone figure of a pasted table stays."""
    paged = [
        "长三角数据共享行动计划（2024-2026年）",
        "一、重点任务",
        "1.建设平台。加快建设。",
        "7",
        "2.制定标准。联合制定。",
        "8",
        "3.推进互认。扩大互认。",
    ]
    assert [t.body for t in read_as(tmp_path, paged, "txt").tasks] == ["加快建设。", "联合制定。", "扩大互认。"]
    figures = [
        "长三角数据共享行动计划（2024-2026年）",
        "一、重点任务",
        "1.建设平台。加快建设。",
        "指标\t目标",
        "90",
        "60",
    ]
    assert read_as(tmp_path, figures, "txt").tasks[0].body == "加快建设。\n指标\t目标\n90\n60"
