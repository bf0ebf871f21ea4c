"""Indicator definitions and revised targets in the core: the target in force on a date, a definition edited
and undone as the window does, an attribute a document states saved with the plan."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_002
from workbench.app import services
from workbench.errors import InputError, NotFound
from workbench.planning import plans
from workbench.planning.document import IndicatorAttribute
from workbench.storage.workspace import Workspace
from workbench.tracking import edits, indicators, progress
from workbench.tracking.trajectory import Point, Revision, Verdict, assess, build, in_force, on_date


def test_the_target_in_force_on_a_date_is_the_latest_revision_dated_on_or_before_it():
    plan = [(2023, 5000.0), (2025, 7000.0)]
    revisions = [Revision(2025, 7000, 6500, "2024-06-30"), Revision(2025, 6500, 6000, "2024-03-31")]
    assert in_force(plan, revisions, "2024-01-01") == {2023: 5000, 2025: 7000}
    assert in_force(plan, revisions, "2024-03-31") == {2023: 5000, 2025: 6000}
    assert in_force(plan, revisions, "2024-07-01") == {2023: 5000, 2025: 6500}  # by date, not as recorded
    assert in_force(plan, [Revision(2024, None, 6000, "2024-01-01")]) == {2023: 5000, 2024: 6000, 2025: 7000}


def test_a_value_is_judged_on_the_targets_in_force_when_its_period_ended():
    assert (on_date(2023.5), on_date(2024.0), on_date(2023.25)) == ("2023-06-30", "2023-12-31", "2023-03-31")
    path = build(100, 2020, [(2022, 200)], revisions=[Revision(2022, 200, 300, "2022-07-01")])
    half, year = Point(2022.5, 180, "2022H1"), Point(2023.0, 260, "2022")
    assert assess(path, [half]).verdict == Verdict.ON_TRACK  # 175 planned on the plan's target, 250 on the revised
    assert assess(path, [half, year], "2022").expected == 300  # the revised target, in force by then
    assert path.in_force("2022-06-30") == build(100, 2020, [(2022, 200)])
    assert [p.value for p in path.points] == [100, 200]  # the plan's own path stays


@pytest.fixture
def digital(workspace: Workspace) -> int:
    plan_id, _ = services.import_plan(workspace, SEED_002)
    return indicators.detail(workspace, plan_id, "1").id


def test_a_definition_edited_in_the_window_is_audited_and_undone_field_by_field(workspace, digital):
    changes = edits.indicator_definition(workspace, digital, {"definition": "营收口径", "aggregation": "sum"})
    assert {(c.entity, c.field, c.old, c.new) for c in changes} == {
        ("indicator", "definition", "", "营收口径"),
        ("indicator", "aggregation", None, "sum"),
    }
    assert edits.indicator_definition(workspace, digital, {"definition": "营收口径"}) == []  # nothing new
    shown = indicators.of(workspace, digital)
    assert (shown.definition, shown.aggregation_text("en")) == ("营收口径", "sum")
    edits.undo(workspace, changes)
    assert (indicators.of(workspace, digital).definition, indicators.of(workspace, digital).aggregation) == ("", None)
    edits.redo(workspace, changes)
    edits.indicator_definition(workspace, digital, {"definition": "另一口径"})
    with pytest.raises(progress.Conflict):  # changed since: the undo would lose it
        edits.undo(workspace, changes)


def test_a_weight_must_be_another_indicator_of_the_plan(workspace, digital):
    with pytest.raises(InputError):
        edits.indicator_definition(workspace, digital, {"weight_by": "1"})
    with pytest.raises(NotFound):
        edits.indicator_definition(workspace, digital, {"weight_by": "99"})
    changes = edits.indicator_definition(workspace, digital, {"weight_by": "2"})
    assert indicators.of(workspace, digital).aggregation_text("en") == "mean weighted by “产业规模（产值/营收）”"
    assert {c.field for c in changes} == {"weight_by_id", "aggregation"}


def test_an_attribute_the_document_states_is_saved_with_the_plan(workspace):
    parsed, _ = services.extract_plan(SEED_002)
    parsed.indicators[0].attribute = IndicatorAttribute.BINDING
    plan_id = plans.save(workspace, parsed)
    found = indicators.of_plan(workspace, plan_id)
    assert [i.attribute for i in found] == ["binding", None]
    assert found[0].attribute_text("zh_CN") == "约束性"
