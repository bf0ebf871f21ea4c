"""Long operations report progress and roll back when cancelled, as the GUI needs."""

from __future__ import annotations

import pytest

from tests.workbench.reporting.workbooks import fill, issue, snapshot, submissions
from workbench.app import services
from workbench.errors import Cancelled


@pytest.fixture
def filled(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "SH", "2023H1", tmp_path / "issued")
    return fill(
        template,
        tmp_path / "back" / "back.xlsx",  # a folder of its own: every file of a folder is taken in
        tasks={code: {"status": "推进中", "percent": 10 * int(code)} for code in ("1", "2", "4", "5", "6")},
    )


def test_submit_reports_progress_row_by_row(workspace, filled):
    seen = []
    outcome = services.submit(workspace, filled, progress=lambda done, total: seen.append((done, total)))
    assert outcome.status == "accepted"
    assert seen == [(n, 5) for n in range(1, 6)]


def test_a_cancelled_submit_leaves_nothing_not_even_its_record(workspace, filled):
    before, attempts = snapshot(workspace), submissions(workspace)
    answers = iter([False, False, True])
    with pytest.raises(Cancelled):
        services.submit(workspace, filled, cancel=lambda: next(answers))
    assert snapshot(workspace) == before and submissions(workspace) == attempts


def test_a_cancelled_summary_writes_no_file(workspace, plan_id, tmp_path):
    with pytest.raises(Cancelled):
        services.write_summary(workspace, plan_id, "2023H1", tmp_path / "s.xlsx", cancel=lambda: True)
    assert list(tmp_path.glob("*.xlsx")) == []
    steps = []
    services.write_summary(workspace, plan_id, "2023H1", tmp_path / "s.xlsx", progress=lambda d, t: steps.append(d))
    assert steps == [1, 2, 3, 4, 5]


def test_a_folder_reports_progress_file_by_file(workspace, filled, tmp_path):
    seen = []
    outcomes = services.submit_many(workspace, [filled.parent], progress=lambda d, t: seen.append((d, t)))
    assert [o.status for o in outcomes] == ["accepted"] and seen == [(1, 1)]
