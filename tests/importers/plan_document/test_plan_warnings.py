"""The honest preview (issue 9): plain warnings in both languages when a document yields
no tasks, no indicators, no period or a title that looks wrong, saying what was looked for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from importers.plan_document import parse_plan_text
from workbench import messages
from workbench.planning import plans, preview
from workbench.planning.document import ParsedTask, ParseWarning, Span

TASKS = ["一、重点任务", "1.建设平台。加快建设。"]
GOAL = ["二、发展目标", "到2025年，政务数据共享率达到90%。"]


def _codes(*lines: str, name: str = "plan.txt"):
    return [w.code for w in parse_plan_text("\n".join(lines), name).warnings]


def test_a_complete_plan_has_no_warning():
    assert _codes("长三角数据共享行动计划（2023-2025年）", *TASKS, *GOAL) == []


def test_what_a_document_lacks_is_each_warned_about():
    assert _codes("长三角数据共享行动计划", *TASKS) == ["plan.warning.no_indicators", "plan.warning.no_period"]
    assert _codes("长三角数据共享行动计划（2023-2025年）", "一、总体要求", "坚持统筹。") == [
        "plan.warning.no_tasks",
        "plan.warning.no_indicators",
    ]


def test_a_title_from_the_file_name_too_long_or_holding_contents():
    assert _codes(*TASKS, *GOAL, name="分工.txt")[-1:] == ["plan.warning.no_title"]
    long_title = "长三角" + "数据共享与业务协同" * 8 + "行动计划"
    plan = parse_plan_text("\n".join([long_title[:50], long_title[50:], *TASKS]), "p.txt")
    assert plan.metadata.title == long_title
    (warning,) = [w for w in plan.warnings if w.code == "plan.warning.title_too_long"]
    assert warning.params == {"title": long_title, "length": len(long_title)}
    glued = parse_plan_text("\n".join(["长三角数据共享行动计划目录一、总体要求", *TASKS]), "p.txt")
    (warning,) = [w for w in glued.warnings if w.code == "plan.warning.title_has_contents"]
    assert warning.params["marker"] == "目录"


@pytest.mark.parametrize("code", preview.CONTENT_CODES)
def test_every_warning_is_worded_in_both_languages(code):
    params = {"title": "长三角数据共享行动计划", "length": 70, "marker": "目录"}
    zh, en = (messages.text(code, lang, **params) for lang in ("zh_CN", "en"))
    assert zh != en and zh and en


def test_warnings_say_what_was_looked_for():
    text = preview.text(ParseWarning("plan.warning.no_tasks"), "en")
    assert "主要任务" in text and "第X节" in text and "保障措施" in text


def test_the_summary_warns_about_the_plan_as_corrected(seed_plan):
    """A correction in the review (an item made a task) ends the warning; the reader's
    own warnings about the file stay."""
    plan = parse_plan_text(
        "\n".join(["长三角数据共享行动计划（2023-2025年）", "一、总体要求", "坚持统筹。", *GOAL]), "p.txt"
    )
    plan.warnings.append(ParseWarning("plan.warning.from_the_reader", {"n": 1}))
    assert [w.code for w in plans.summarize(plan).warnings] == ["plan.warning.no_tasks", "plan.warning.from_the_reader"]
    corrected = replace(plan, tasks=[ParsedTask("1", "坚持统筹", "", None, None, Span(0, 1))])
    assert [w.code for w in plans.summarize(corrected).warnings] == ["plan.warning.from_the_reader"]


def test_the_summary_as_data_holds_metadata_and_worded_warnings():
    plan = parse_plan_text("\n".join(["长三角数据共享行动计划（2023-2025年）", *TASKS]), "p.txt")
    data = plans.summarize(plan).as_dict()
    assert data["metadata"]["title"] == "长三角数据共享行动计划（2023-2025年）"
    assert (data["metadata"]["period_start"], data["metadata"]["period_end"], data["tasks"]) == (2023, 2025, 1)
    (warning,) = data["warnings"]
    assert warning == {
        "code": "plan.warning.no_indicators",
        "params": {},
        "message": messages.text("plan.warning.no_indicators"),
    }


@pytest.mark.parametrize(("prefix", "codes"), [("002", []), ("003", []), ("000", ["plan.warning.no_indicators"])])
def test_the_seeds_warn_only_about_what_they_lack(seed_plan, prefix, codes):
    assert [w.code for w in seed_plan(prefix).warnings] == codes
