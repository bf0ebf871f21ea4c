"""What the window reads (browse), the single-value edits it makes (edits), reviewing an
extracted plan before saving (plan_review) and saving a copy (copies)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_000
from workbench import browse, values
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import plans, review
from workbench.storage import copies
from workbench.storage.workspace import Workspace
from workbench.tracking import edits
from workbench.tracking.progress import INDICATOR_VALUE
from workbench.tracking.trajectory import Assessment, Verdict

ACTION_PLAN = "三年行动计划"


@pytest.fixture
def demo(demo_path):
    ws = Workspace.open(demo_path, program="pytest")
    yield ws
    ws.close()


def plan_id(ws: Workspace, part: str) -> int:
    return plans.resolve(ws, part)["id"]


def test_tasks_of_a_plan_with_one_regions_progress(demo):
    rows = browse.tasks(demo, plan_id(demo, ACTION_PLAN), region="JS", period="2023H1")
    assert len(rows) == 16
    assert {r.group_number for r in rows} == {"（一）", "（二）", "（三）", "（四）", "（五）"}
    assert all(r.region_percent is not None and r.region_status for r in rows)
    unknown_period = browse.tasks(demo, plan_id(demo, ACTION_PLAN), region="JS", period="2030H1")
    assert all(r.region_status is None for r in unknown_period)


def test_search_finds_tasks_indicators_and_text_across_plans(demo):
    hits = browse.search(demo, "量子")
    assert {h.kind for h in hits} >= {"task", "project"}
    assert len({h.plan_id for h in hits}) >= 3
    assert all("量子" in h.snippet for h in hits)
    assert next(h.kind for h in browse.search(demo, "4G用户普及率")) == "indicator"
    assert browse.search(demo, "  ") == []


def test_indicator_chart_holds_series_targets_and_verdicts(demo):
    staged = next(
        i for i in browse.indicators(demo, plan_id(demo, "数字干线"), period="2023H1") if i.scope_region == "SZST"
    )
    assert [(y, v, s) for y, v, s in staged.targets] == [(2023, 5000, "α"), (2025, 7000, "β"), (2027, 10000, "γ")]
    assert set(staged.values) == {"SH", "JS", "ZJ"}  # 数字三体 lies in three provinces, not 安徽
    chart = browse.indicator_chart(demo, staged.id)
    assert [p.label for p in chart.series["JS"]] == ["2021H1", "2021H2", "2022H1", "2022H2", "2023H1"]
    assert chart.assessments["JS"].verdict in (Verdict.ON_TRACK, Verdict.OFF_TRACK)


def test_indicator_verdicts_judge_the_period_asked_for(demo):
    staged = next(i for i in browse.indicators(demo, plan_id(demo, "数字干线")) if i.scope_region == "SZST")
    edits.indicator_value(demo, staged.id, "JS", "2023H2", "5200")
    chart = browse.indicator_chart(demo, staged.id, period="2023H2")
    assert chart.period == "2023H2" and chart.assessments["JS"].judged.label == "2023H2"
    assert chart.assessments["JS"].judged.value == 5200
    assert chart.assessments["ZJ"] == Assessment(Verdict.NOT_REPORTED)  # not its 2023H1 figure
    earlier = browse.indicator_chart(demo, staged.id, period="2023H1")
    assert {a.judged.label for a in earlier.assessments.values() if a.judged} == {"2023H1"}
    assert browse.indicator_chart(demo, staged.id).assessments["ZJ"].judged.label == "2023H1"  # the latest


def test_roll_ups_and_timeline(demo):
    action = plan_id(demo, ACTION_PLAN)
    counts = browse.status_counts(demo, action, "2023H1")
    assert sum(n for (region, _), n in counts.counts.items() if region == "JS") == 16
    assert [g.number for g in browse.group_progress(demo, action, "2023H1")] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
    ]
    line = browse.timeline(demo, plan_id(demo, "数字干线"))
    assert [s[0] for s in line.stages] == ["α", "β", "γ"]
    assert line.start == 2022 and line.end == 2028


def test_source_passages_point_into_the_text(demo):
    text, passages = browse.source(demo, plan_id(demo, ACTION_PLAN))
    task = next(p for p in passages if p.kind == "task")
    assert task.title in text[task.start : task.end]


def test_edits_are_audited_and_undone_through_the_core(demo):
    task = browse.tasks(demo, plan_id(demo, ACTION_PLAN), region="JS", period="2023H1")[0]
    changes = edits.task_progress(demo, task.id, "JS", "2023H1", "percent", "55")
    assert [c.new for c in changes] == [55.0]
    assert browse.audit(demo, limit=1)[0].source == "gui"
    edits.undo(demo, changes)
    assert (
        browse.tasks(demo, None, region="JS", period="2023H1", task_ids=[task.id])[0].region_percent
        == task.region_percent
    )
    assert browse.audit(demo, limit=1)[0].source == "gui:undo"
    edits.redo(demo, changes)
    assert browse.audit(demo, limit=1)[0].new == "55.0"


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,234", 1234.0), ("１２.５", 12.5), ("12.5万", 125000.0), ("3亿", 3e8), ("", None), (" 7 ", 7.0)],
)
def test_numbers_as_people_type_them(typed, value):
    assert values.number(typed) == value


def test_a_value_that_is_no_number_is_refused(demo):
    indicator = browse.indicators(demo, plan_id(demo, "数字干线"))[0]
    with pytest.raises(InputError) as err:
        edits.indicator_value(demo, indicator.id, "JS", "2023H1", "很多")
    assert err.value.code == "edit.not_a_number"
    changes = edits.indicator_value(demo, indicator.id, "JS", "2023H1", "9,000")
    assert changes[0].entity == INDICATOR_VALUE and changes[0].new == 9000.0


def test_review_reclassifies_and_retitles_before_saving(workspace):
    parsed, summary = services.extract_plan(SEED_000)
    items = review.items(parsed)
    first, last = items[0], items[-1]
    reviewed = [
        review.ReviewItem(**{**i.__dict__, "kind": review.PROJECT})
        if i is first
        else review.ReviewItem(**{**i.__dict__, "title": "改过的标题"})
        if i is last
        else i
        for i in items
    ]
    corrected = review.apply(parsed, reviewed)
    assert len(corrected.tasks) == summary.tasks - (first.kind == "task")
    assert corrected.projects[0].title == first.title
    assert "改过的标题" in [x.title for x in [*corrected.tasks, *corrected.projects, *corrected.safeguards]]
    plan = plans.save(workspace, corrected)
    assert browse.plans(workspace)[0].id == plan


def test_save_a_copy_is_verified_and_refuses_the_workspace_itself(demo, tmp_path):
    target = copies.save_copy(demo, tmp_path / "copy.sqlite")
    with Workspace.open(target, write=False) as copy:
        assert len(browse.plans(copy)) == 4
    with pytest.raises(InputError):
        copies.save_copy(demo, demo.path)
