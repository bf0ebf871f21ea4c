"""Each review operation on an extracted plan, before anything is saved: reclassify among the five kinds,
retitle, edit a field, merge with the next item, split, add a passage; and `apply` turning the reviewed
items into the plan that is saved."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from tests.conftest import SEED_000, SEED_002, SEED_003, SEED_004
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import review
from workbench.planning.document import NodeKind, ParsedTask, Span


@pytest.fixture(scope="module")
def action_plan():
    return services.extract_plan(SEED_000)[0]


@pytest.fixture(scope="module")
def thirteenth():
    return services.extract_plan(SEED_003)[0]


def by_title(items, title):
    return next(i for i in items if i.title == title)


def replaced(items, item):
    return [item if i.key == item.key else i for i in items]


@pytest.mark.parametrize("seed", [SEED_000, SEED_002, SEED_003, SEED_004], ids=lambda p: p.name[:3])
def test_reviewing_nothing_changes_nothing(seed):
    parsed = services.extract_plan(seed)[0]
    assert review.apply(parsed, review.items(parsed)) == parsed


def test_the_review_lists_indicators_with_their_fields(thirteenth):
    items = review.items(thirteenth)
    assert [i.kind for i in items].count(review.INDICATOR) == len(thirteenth.indicators) > 0
    ports = by_title(items, "宽带接入端口")
    assert (ports.unit, ports.baseline_value, ports.baseline_year) == ("个", 97_860_000, 2015)
    assert "宽带接入端口" in ports.body  # its passage of the text
    assert [i.span.start for i in items] == sorted(i.span.start for i in items)


def test_a_task_made_an_indicator_keeps_its_name_and_an_indicator_made_a_task_takes_its_text(action_plan):
    items = review.items(action_plan)
    task = items[0]
    as_indicator = review.reclassify(task, review.INDICATOR)
    assert as_indicator.kind == review.INDICATOR and as_indicator.title == task.title
    corrected = review.apply(action_plan, replaced(items, as_indicator))
    assert [i.name for i in corrected.indicators] == [task.title]
    assert task.title not in [t.title for t in corrected.tasks]
    assert len(corrected.tasks) == len(action_plan.tasks) - 1

    thirteenth = services.extract_plan(SEED_003)[0]
    items = review.items(thirteenth)
    indicator = by_title(items, "宽带接入端口")
    as_task = review.reclassify(indicator, review.TASK)
    assert as_task.title != indicator.title and as_task.title in indicator.body
    corrected = review.apply(thirteenth, replaced(items, as_task))
    assert "宽带接入端口" not in [i.name for i in corrected.indicators]
    added = next(t for t in corrected.tasks if t.title == as_task.title)
    assert added.span == indicator.span and added.body == as_task.body


@pytest.mark.parametrize("kind", [review.PROJECT, review.SAFEGUARD, review.EXCLUDED])
def test_a_task_reclassified_is_saved_as_that_kind_and_its_heading_relabelled(action_plan, kind):
    items = review.items(action_plan)
    task = items[3]
    corrected = review.apply(action_plan, replaced(items, review.reclassify(task, kind)))
    assert task.title not in [t.title for t in corrected.tasks]
    titles = {
        review.PROJECT: [p.title for p in corrected.projects],
        review.SAFEGUARD: [s.title for s in corrected.safeguards],
        review.EXCLUDED: [],
    }[kind]
    assert (task.title in titles) == (kind != review.EXCLUDED)
    saved = sum(map(len, (corrected.tasks, corrected.projects, corrected.safeguards, corrected.indicators)))
    before = sum(map(len, (action_plan.tasks, action_plan.projects, action_plan.safeguards, action_plan.indicators)))
    assert saved == before - (kind == review.EXCLUDED)

    def nodes(ns):
        for n in ns:
            yield n
            yield from nodes(n.children)

    heading = next(n for n in nodes(corrected.outline) if n.span == task.span)
    assert heading.kind == {review.PROJECT: NodeKind.PROJECT, review.SAFEGUARD: NodeKind.SAFEGUARD}.get(
        kind, NodeKind.TEXT
    )
    with pytest.raises(InputError):
        review.reclassify(task, "paragraph")


def test_a_task_and_an_indicator_edited_field_by_field(action_plan, thirteenth):
    task = review.items(action_plan)[0]
    task = review.edit(task, "title", " 新标题 ")
    task = review.edit(task, "number", "1a")
    task = review.edit(task, "lead_units", "上海市经信委、江苏省工信厅")
    task = review.edit(task, "cooperating_units", "浙江省经信厅, 安徽省经信厅")
    task = review.edit(task, "deadline", "2023年底")
    task = review.edit(task, "regions", "沪、江苏省，ZJ")
    assert (task.title, task.number, task.deadline) == ("新标题", "1a", "2023年底")
    assert task.lead_units == ("上海市经信委", "江苏省工信厅")
    assert task.cooperating_units == ("浙江省经信厅", "安徽省经信厅")
    assert task.regions == ("SH", "JS", "ZJ")
    assert review.edit(task, "deadline", "  ").deadline is None
    saved = review.apply(action_plan, replaced(review.items(action_plan), task)).tasks[0]
    assert (saved.title, saved.lead_units, saved.regions) == (
        "新标题",
        ["上海市经信委", "江苏省工信厅"],
        ["SH", "JS", "ZJ"],
    )

    indicator = by_title(review.items(thirteenth), "数字化研发工具普及率")
    indicator = review.edit(indicator, "targets", "2020: 85；2018：80")
    indicator = review.edit(indicator, "baseline_value", "72.5")
    indicator = review.edit(indicator, "baseline_year", "2016")
    indicator = review.edit(indicator, "scope_region", "江苏")
    indicator = review.edit(indicator, "unit", "%")
    assert [(t.year, t.value) for t in indicator.targets] == [(2018, 80), (2020, 85)]
    assert (indicator.baseline_value, indicator.baseline_year, indicator.scope_region) == (72.5, 2016, "JS")
    assert review.targets_text(indicator) == "2018: 80；2020: 85"
    saved_indicator = next(
        i
        for i in review.apply(thirteenth, replaced(review.items(thirteenth), indicator)).indicators
        if i.name == "数字化研发工具普及率"
    )
    assert [(t.year, t.value) for t in saved_indicator.targets] == [(2018, 80), (2020, 85)]
    assert saved_indicator.scope_region == "JS"
    assert review.edit(indicator, "scope_region", "").scope_region is None
    assert review.edit(indicator, "targets", "").targets == ()


@pytest.mark.parametrize(
    "field, typed, code",
    [
        ("targets", "2020年达到八成", "review.bad_target"),
        ("targets", "2020: 很多", "review.bad_number"),
        ("targets", "20: 80", "review.bad_target"),
        ("baseline_value", "七十", "review.bad_number"),
        ("baseline_year", "15", "review.bad_year"),
        ("scope_region", "火星", "review.bad_region"),
        ("regions", "上海、火星", "review.bad_region"),
        ("title", "  ", "review.empty_title"),
        ("span", "0", "review.unknown_field"),
    ],
)
def test_a_field_typed_wrong_is_refused_naming_the_item(thirteenth, field, typed, code):
    indicator = by_title(review.items(thirteenth), "数字化研发工具普及率")
    with pytest.raises(InputError) as err:
        review.edit(indicator, field, typed)
    assert err.value.code == code
    assert code in ("review.empty_title", "review.unknown_field") or "数字化研发工具普及率" in err.value.text()
    assert err.value.text("en") != err.value.text("zh_CN")


def test_merging_an_item_with_the_next(action_plan):
    items = review.items(action_plan)
    first, second = items[1], items[2]
    merged = review.merge(items, first.key, action_plan.source_text)
    assert len(merged) == len(items) - 1
    one = next(i for i in merged if i.key == first.key)
    assert (one.title, one.number, one.kind) == (first.title, first.number, first.kind)
    assert one.body.startswith(first.body) and second.title in one.body
    assert one.span == Span(first.span.start, second.span.end)
    corrected = review.apply(action_plan, merged)
    assert len(corrected.tasks) == len(action_plan.tasks) - 1
    assert second.title not in [t.title for t in corrected.tasks]
    with pytest.raises(InputError) as err:
        review.merge(items, items[-1].key, action_plan.source_text)
    assert err.value.code == "review.nothing_to_merge"


def test_merging_indicators_keeps_the_targets_of_both(thirteenth):
    items = review.items(thirteenth)
    a = review.edit(by_title(items, "数字化研发工具普及率"), "targets", "2020: 85")
    b = review.edit(by_title(items, "关键工序数控化率"), "targets", "2020: 50；2019: 49")
    items = replaced(replaced(items, a), b)
    merged = review.merge(items, a.key, thirteenth.source_text)
    one = next(i for i in merged if i.key == a.key)
    assert [(t.year, t.value) for t in one.targets] == [(2019, 49), (2020, 85)]
    assert b.key not in [i.key for i in merged]


def test_a_task_run_into_the_one_before_is_split_out():
    """As 000 prints task 15 inside the paragraph of task 14: tasks 15 and 16 run together by a
    merge, then split at "16." — the plan is as the importer read it."""
    action_plan = services.extract_plan(SEED_000)[0]
    read = review.items(action_plan)
    fifteen = next(i for i in read if i.kind == review.TASK and i.number == "15")
    items = review.merge(read, fifteen.key, action_plan.source_text)
    fifteen = next(i for i in items if i.key == fifteen.key)
    at = fifteen.body.index("16.联合举办")
    split = review.split(items, fifteen.key, at, action_plan.source_text)
    assert len(split) == len(items) + 1 == len(read)
    head = next(i for i in split if i.key == fifteen.key)
    tail = next(i for i in split if i.key not in {x.key for x in items})
    assert "16." not in head.body and head.title == fifteen.title
    assert (tail.kind, tail.number, tail.title) == (review.TASK, "16", "联合举办数字经济创新创业大赛")
    assert head.span.end == tail.span.start and action_plan.source_text[tail.span.start :].startswith("16.")
    assert split.index(tail) == split.index(head) + 1
    corrected = review.apply(action_plan, split)
    assert [(t.number, t.title) for t in corrected.tasks] == [(t.number, t.title) for t in action_plan.tasks]
    assert corrected.tasks[-1].body == action_plan.tasks[-1].body
    for bad in (0, len(fifteen.body), len(fifteen.body) + 5):
        with pytest.raises(InputError) as err:
            review.split(items, fifteen.key, bad, action_plan.source_text)
        assert err.value.code == "review.bad_split"


def test_a_passage_the_importer_missed_is_added_as_a_task(action_plan):
    items = review.items(action_plan)
    text = action_plan.source_text
    start = text.index("（一）指导思想")
    added = review.add_passage(items, Span(start, start + 40), review.TASK, text)
    new = next(i for i in added if i.key not in {x.key for x in items})
    assert (new.kind, new.extracted_as, new.number) == (review.TASK, review.EXCLUDED, "一")
    assert new.title.startswith("指导思想")
    assert len(review.apply(action_plan, added).tasks) == len(action_plan.tasks) + 1
    with pytest.raises(InputError):
        review.add_passage(items, Span(start, start), review.TASK, text)


def test_what_the_importer_holds_beyond_the_reviewed_fields_is_kept(action_plan):
    """An importer may carry more on a task than the review shows (sub-items, cities …): a retitle keeps it."""

    @dataclass
    class RicherTask(ParsedTask):
        sub_items: list[str] = field(default_factory=list)

    richer = replace(action_plan, tasks=[RicherTask(**vars(t), sub_items=["（1）甲"]) for t in action_plan.tasks])
    items = review.items(richer)
    retitled = review.edit(items[0], "title", "新标题")
    saved = review.apply(richer, replaced(items, retitled)).tasks[0]
    assert isinstance(saved, RicherTask) and saved.sub_items == ["（1）甲"] and saved.title == "新标题"
    as_project = review.apply(richer, replaced(items, review.reclassify(items[0], review.PROJECT))).projects
    assert any(p.title == items[0].title for p in as_project)
