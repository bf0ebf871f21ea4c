"""Copy detection: a region's texts unchanged or nearly unchanged from its previous period are flagged, by the
stated threshold; changed and blank texts are not."""

from __future__ import annotations

import pytest

from db.queries import plans as plan_queries
from workbench.reporting import narratives
from workbench.tracking import edits

TEXT = "完成长三角数据共享平台一期建设，接入三省一市政务数据目录共计1200项，开展联合调度演练两次。"


def test_similarity_by_the_stated_rule():
    assert narratives.similarity(TEXT, TEXT) == 1.0
    # whitespace, punctuation and full/half width do not count
    assert narratives.similarity(TEXT, TEXT.replace("，", ", ").replace("。", " ")) == 1.0
    one_word = TEXT.replace("两次", "三次")
    assert narratives.THRESHOLD <= narratives.similarity(TEXT, one_word) < 1.0
    assert narratives.similarity(TEXT, TEXT + "下半年将完成二期平台的招标和建设方案评审。") < narratives.THRESHOLD
    assert narratives.similarity("", TEXT) == narratives.similarity("  ", "  ") == 0.0


@pytest.fixture
def reported(workspace, plan_id):
    """上海's texts for 2022H2 and 2023H1 on tasks 1–4: identical, near-identical, changed, blank."""
    tasks = {t["number"]: t["id"] for t in plan_queries.tasks(workspace.db, plan_id)}
    before_after = {
        "1": (TEXT, TEXT),
        "2": (TEXT, TEXT.replace("两次", "三次")),
        "3": (TEXT, "二期平台已完成招标，新增接入公共信用数据300项，建成跨省通办专区。"),
        "4": ("", ""),
    }
    for number, (before, after) in before_after.items():
        for period, text in (("2022H2", before), ("2023H1", after)):
            edits.task_progress(workspace, tasks[number], "SH", period, "status", "in_progress")
            edits.task_progress(workspace, tasks[number], "SH", period, "progress", text)
    # 江苏 copies its problems but writes new progress: flagged for the problems only
    edits.task_progress(workspace, tasks["1"], "JS", "2022H2", "progress", "启动")
    edits.task_progress(workspace, tasks["1"], "JS", "2023H1", "progress", TEXT)
    for period in ("2022H2", "2023H1"):
        edits.task_progress(workspace, tasks["1"], "JS", period, "problems", "资金未到位，跨省协调机制有待完善")
    return tasks


def test_copied_narratives_both_ways(workspace, plan_id, reported):
    found = narratives.copied_narratives(workspace, plan_id, "2023H1")
    flagged = {(c.task_code, c.region): c for c in found}
    assert set(flagged) == {("1", "SH"), ("2", "SH"), ("1", "JS")}
    assert flagged[("1", "SH")].fields == ("progress",) and flagged[("1", "SH")].similarity == 1.0
    assert narratives.THRESHOLD <= flagged[("2", "SH")].similarity < 1.0
    assert flagged[("1", "JS")].fields == ("problems",)
    assert flagged[("1", "SH")].previous_period == "2022H2"


def test_the_first_period_has_nothing_to_copy_from(workspace, plan_id, reported):
    assert narratives.copied_narratives(workspace, plan_id, "2022H2") == []
