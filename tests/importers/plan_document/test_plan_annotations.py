"""Responsibility annotations and deadlines in tasks (the seeds have none: synthetic text)."""

from __future__ import annotations

from importers.plan_document import parse_plan_text


def _tasks(*lines: str):
    text = "\n".join(["一、总体要求", "坚持统筹推进。", "二、重点任务", "（一）数据共享", *lines])
    return parse_plan_text(text, "synthetic.txt").tasks


def test_lead_and_cooperating_units_leave_title_and_body():
    (task,) = _tasks(
        "1.建设共享平台（牵头单位：上海市经信委、江苏省工信厅；配合单位：浙江省经信厅、安徽省数据资源局）。"
        "加快平台建设。"
    )
    assert task.title == "建设共享平台" and task.body == "加快平台建设。"
    assert task.lead_units == ["上海市经信委", "江苏省工信厅"]
    assert task.cooperating_units == ["浙江省经信厅", "安徽省数据资源局"]
    assert task.regions == ["SH", "JS", "ZJ", "AH"]
    assert task.deadline is None


def test_responsible_units_half_width_brackets_and_deadline():
    (task,) = _tasks("1.推进电子证照互认。实现跨省互认互通(责任单位:苏州市大数据局)。", "完成时限：2022年底")
    assert task.lead_units == ["苏州市大数据局"] and task.cooperating_units == []
    assert task.regions == ["JS-SZ"]  # a city stays a city (issue 9)
    assert task.deadline == "2022年底"
    assert task.body == "实现跨省互认互通。"


def test_bracketed_deadline_and_units_of_no_province():
    (task,) = _tasks("1.制定标准。联合制定数据标准（完成时限：2023年6月）。（牵头单位：示范区执委会）")
    assert task.deadline == "2023年6月"
    assert task.lead_units == ["示范区执委会"] and task.regions == []
    assert task.body == "联合制定数据标准。"


def test_annotations_of_one_task_stay_with_it():
    first, second = _tasks(
        "1.甲任务。内容一（牵头单位：上海市经信委）。", "2.乙任务。内容二（牵头单位：浙江省经信厅）。"
    )
    assert (first.lead_units, first.regions) == (["上海市经信委"], ["SH"])
    assert (second.lead_units, second.regions) == (["浙江省经信厅"], ["ZJ"])
