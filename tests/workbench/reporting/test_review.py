"""The review in the core: states as the office acts, and the guard over every write of progress (the window's
edits and undo, a file taken in or withdrawn) in a locked period or for an approved region."""

from __future__ import annotations

import pytest

from tests.conftest import content
from tests.workbench.reporting.test_withdrawal import PERIOD, take, task_id
from workbench import messages
from workbench.app import services
from workbench.reporting import review, withdrawal
from workbench.reporting.states import Outcome, ReviewState
from workbench.tracking import edits
from workbench.tracking.closed import Closed


def state(ws, plan_id, region="JS") -> ReviewState:
    return next(r.state for r in review.review(ws, plan_id, PERIOD).regions if r.region == region)


def test_window_edits_make_a_report_submitted(workspace, plan_id):
    assert state(workspace, plan_id) == ReviewState.NOT_SUBMITTED
    edits.task_progress(workspace, task_id(workspace, plan_id, "1"), "JS", PERIOD, "percent", "30")
    assert state(workspace, plan_id) == ReviewState.SUBMITTED
    assert state(workspace, plan_id, "SH") == ReviewState.NOT_SUBMITTED


@pytest.mark.parametrize("closing", ["approve", "lock"])
def test_a_closed_report_refuses_edits_undo_files_and_withdrawals(
    workspace, workspace_path, plan_id, tmp_path, closing
):
    first = task_id(workspace, plan_id, "1")
    edited = edits.task_progress(workspace, first, "JS", PERIOD, "percent", "30")
    taken = take(workspace, plan_id, tmp_path, "js.xlsx", 20)
    if closing == "approve":
        review.approve(workspace, plan_id, PERIOD, "JS")
        code = "review.region_approved"
    else:
        review.lock(workspace, plan_id, PERIOD)
        code = "review.period_locked"
    workspace.db.conn.commit()
    before = content(workspace_path)
    attempts = {
        "edit": lambda: edits.task_progress(workspace, first, "JS", PERIOD, "percent", "90"),
        "indicator": lambda: edits.indicator_value(workspace, 1, "JS", PERIOD, "12"),
        "undo": lambda: edits.undo(workspace, edited),
        "withdraw": lambda: withdrawal.withdraw(workspace, taken),
    }
    for name, attempt in attempts.items():
        with pytest.raises(Closed) as refused:
            attempt()
        assert refused.value.code == code, name
        assert refused.value.exit_code == 1
        for lang in (messages.ZH, messages.EN):
            assert "2023H1" in refused.value.text(lang)
    again = services.submit(workspace, tmp_path / "js.xlsx", replace=True)  # a duplicate: nothing to take
    assert again.status == Outcome.DUPLICATE
    assert content(workspace_path) == before
    # Another region's report is closed only when the whole period is locked.
    other = lambda: edits.task_progress(workspace, first, "SH", PERIOD, "percent", "50")  # noqa: E731
    if closing == "approve":
        assert other()
    else:
        with pytest.raises(Closed):
            other()


def test_approved_then_reopened_takes_changes_again(workspace, plan_id, tmp_path):
    first = task_id(workspace, plan_id, "1")
    edits.task_progress(workspace, first, "JS", PERIOD, "percent", "30")
    assert review.approve(workspace, plan_id, PERIOD, "JS") == ReviewState.SUBMITTED
    with pytest.raises(Closed):
        edits.task_progress(workspace, first, "JS", PERIOD, "percent", "40")
    review.reopen(workspace, plan_id, PERIOD, "JS", "数字有误")
    assert edits.task_progress(workspace, first, "JS", PERIOD, "percent", "40")
    assert state(workspace, plan_id) == ReviewState.SUBMITTED
