"""Responsibility in the styles provinces write it (issue 9): keyed lines and brackets,
牵头/配合 phrases, 〔〕, deadlines under several keys or standing alone; units of the
issuing province or city; cities kept as cities; a phrase is never a unit."""

from __future__ import annotations

import pytest

from tests.importers.plan_document.documents import read_as

FRONT = ["江苏省数字政府建设行动方案（2024-2025年）", "一、总体要求", "坚持统筹推进。", "二、重点任务"]


def _task(tmp_path, *lines, form="txt", front=FRONT):
    (task,) = read_as(tmp_path, [*front, *lines], form).tasks
    return task


def _who(task):
    return task.lead_units, task.cooperating_units, task.regions, task.deadline


@pytest.mark.parametrize("form", ["txt", "docx"])
@pytest.mark.parametrize(
    ("lines", "lead", "cooperating", "regions", "deadline"),
    [
        (
            ["1.建设算力网络。推进算力中心建设。（责任单位：省发展改革委、省通信管理局，南京市人民政府）"],
            ["省发展改革委", "省通信管理局", "南京市人民政府"],
            [],
            ["JS", "JS-NJ"],
            None,
        ),
        (
            [
                "1.建设算力网络。推进算力中心建设。",
                "牵头部门：省数据局／配合部门：省经信厅、省公安厅",
                "完成时间：2025年底前",
            ],
            ["省数据局"],
            ["省经信厅", "省公安厅"],
            ["JS"],
            "2025年底前",
        ),
        (
            [
                "1.建设算力网络。推进算力中心建设。",
                "牵头部门：省数据局",
                "配合部门：苏州市、无锡市人民政府",
                "时间节点：2024年6月",
            ],
            ["省数据局"],
            ["苏州市人民政府", "无锡市人民政府"],  # the body shared by the places listed before it
            ["JS", "JS-SZ", "JS-WX"],
            "2024年6月",
        ),
        (
            ["1.建设算力网络。推进算力中心建设。", "责任分工：省经信厅牵头，省科技厅、省商务厅配合。"],
            ["省经信厅"],
            ["省科技厅", "省商务厅"],
            ["JS"],
            None,
        ),
        (
            ["1.建设算力网络。推进算力中心建设。（省工信厅牵头，各设区市人民政府按职责分工负责）"],
            ["省工信厅"],
            ["各设区市人民政府"],
            ["JS"],
            None,
        ),
        (
            ["1.建设算力网络。推进算力中心建设。〔责任单位：苏州市工信局、无锡市工信局；完成时限：持续推进〕"],
            ["苏州市工信局", "无锡市工信局"],
            [],
            ["JS-SZ", "JS-WX"],
            "持续推进",
        ),
        (
            ["1.建设算力网络。推进算力中心建设。省数据局牵头，省公安厅配合。2025年6月底前完成。"],
            ["省数据局"],
            ["省公安厅"],
            ["JS"],
            "2025年6月底前完成",
        ),
        (
            ["1.建设算力网络。推进算力中心建设。", "2025年底前"],
            [],
            [],
            [],
            "2025年底前",
        ),
        (
            ["1.建设算力网络。推进算力中心建设（责任单位：省发展改革委（牵头）、省财政厅；完成时限：2023—2025年）。"],
            ["省发展改革委"],
            ["省财政厅"],
            ["JS"],
            "2023—2025年",
        ),
        (
            ["1.建设算力网络。推进算力中心建设。", "由省通信管理局牵头负责，2024年底前完成。"],
            ["省通信管理局"],
            [],
            ["JS"],
            "2024年底前完成",
        ),
    ],
)
def test_responsibility_styles(tmp_path, form, lines, lead, cooperating, regions, deadline):
    task = _task(tmp_path, *lines, form=form)
    assert (task.title, task.body) == ("建设算力网络", "推进算力中心建设。")
    assert _who(task) == (lead, cooperating, regions, deadline)


@pytest.mark.parametrize("phrase", ["持续推进", "长期坚持"])
def test_a_standing_phrase_is_a_deadline_never_a_unit(tmp_path, phrase):
    task = _task(tmp_path, "1.建设算力网络。推进建设。", f"牵头单位：省数据局，{phrase}")
    assert _who(task) == (["省数据局"], [], ["JS"], phrase)
    task = _task(tmp_path, "1.建设算力网络。推进建设。", f"完成时限：{phrase}")
    assert _who(task) == ([], [], [], phrase)


def test_units_of_the_province_and_city_a_plan_is_issued_for(tmp_path):
    front = ["合肥市数字经济三年行动计划（2024-2026年）", "一、总体要求", "坚持统筹推进。", "二、重点任务"]
    task = _task(tmp_path, "1.建设算力网络。推进建设。（牵头单位：市数据资源局；配合单位：省通信管理局）", front=front)
    assert _who(task) == (["市数据资源局"], ["省通信管理局"], ["AH-HF", "AH"], None)


def test_a_plan_of_the_whole_delta_does_not_guess_whose_unit_is_meant(tmp_path):
    """Guessed the other way: in a plan of the delta, 省经信厅 belongs to no one province."""
    front = ["长三角数据共享行动计划（2024-2026年）", "一、总体要求", "坚持统筹推进。", "二、重点任务"]
    task = _task(tmp_path, "1.建设共享平台。推进建设。（牵头单位：省经信厅、上海市经信委）", front=front)
    assert _who(task) == (["省经信厅", "上海市经信委"], [], ["SH"], None)


def test_prose_that_mentions_a_lead_stays_in_the_body(tmp_path):
    """Guessed the other way: 牵头 inside a sentence about the work is not an annotation."""
    task = _task(tmp_path, "1.建设共享平台。由上海牵头建设长三角数据共享平台，推动数据互通。")
    assert task.body == "由上海牵头建设长三角数据共享平台，推动数据互通。"
    assert _who(task) == ([], [], [], None)


def test_a_district_counts_for_its_city(tmp_path):
    task = _task(tmp_path, "1.建设共享平台。推进建设。（责任单位：青浦区人民政府、嘉善县人民政府）")
    assert task.regions == ["SH", "ZJ-JX"]


def test_a_bracketed_deadline_in_the_heading(tmp_path):
    task = _task(tmp_path, "1.建设算力网络（2025年底前完成）。推进算力中心建设。")
    assert (task.title, task.body, task.deadline) == ("建设算力网络", "推进算力中心建设。", "2025年底前完成")


def test_a_bracket_that_is_not_a_deadline_stays(tmp_path):
    task = _task(tmp_path, "1.建设算力网络（含边缘节点）。推进算力中心建设（2025年）。")
    assert task.title == "建设算力网络（含边缘节点）"
    assert (task.body, task.deadline) == ("推进算力中心建设。", "2025年")


@pytest.mark.parametrize(
    ("annotation", "who"),
    [
        (
            "（牵头：省经信厅；配合：省发展改革委、省财政厅）",
            (["省经信厅"], ["省发展改革委", "省财政厅"], ["JS"], None),
        ),
        ("（责任：省数据局；时间安排：2024年第三季度）", (["省数据局"], [], ["JS"], "2024年第三季度")),
        ("（牵头单位：省数据局；完成时限：2025年12月31日前）", (["省数据局"], [], ["JS"], "2025年12月31日前")),
        ("（责任处室：装备处；配合处室：各设区市工信局）", (["装备处"], ["各设区市工信局"], [], None)),
    ],
)
def test_short_keys_and_precise_deadlines(tmp_path, annotation, who):
    task = _task(tmp_path, f"1.建设算力网络。推进算力中心建设。{annotation}")
    assert (task.body, _who(task)) == ("推进算力中心建设。", who)


def test_a_short_key_inside_prose_is_prose(tmp_path):
    """Guessed the other way: 压实责任： in a sentence is no annotation."""
    task = _task(tmp_path, "1.建设算力网络。压实责任：各地要加快建设。", "牵头：省数据局")
    assert (task.body, _who(task)) == ("压实责任：各地要加快建设。", (["省数据局"], [], ["JS"], None))


def test_the_four_provinces_named_together(tmp_path):
    task = _task(tmp_path, "1.深化政务数据共享。推进数据共享。（沪苏浙皖数据主管部门按职责分工负责）")
    assert (task.body, _who(task)) == ("推进数据共享。", (["沪苏浙皖数据主管部门"], [], ["SH", "JS", "ZJ", "AH"], None))


def test_a_date_the_body_says_the_work_is_done_by(tmp_path):
    task = _task(tmp_path, "1.推进公共数据授权运营。建立授权运营机制，2025年底前完成首批场景授权。")
    assert (task.body, task.deadline) == ("建立授权运营机制，2025年底前完成首批场景授权。", "2025年底前")


def test_a_target_year_in_the_body_is_no_deadline(tmp_path):
    """Guessed the other way: 到2025年 says what is reached, not when the task is due."""
    task = _task(tmp_path, "1.推进公共数据授权运营。到2025年，授权场景达到10个。")
    assert task.deadline is None
