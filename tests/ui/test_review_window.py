"""A round reviewed in the window: a file taken in → sent back with reasons (the return workbook written in the
background) → the revised file taken in → approved → the period locked, each step audited; in the locked period the
Tasks tab says so and refuses an edit with the message, the workspace left as it was; unlocking asks a reason."""

from __future__ import annotations

import getpass
import json

import openpyxl

from tests.conftest import content
from tests.ui.conftest import WAIT
from tests.ui.test_flows import fill, take_in
from tests.ui.test_reporting_round import pick, plan_id, taken_in_file
from workbench.reporting import layout, review
from workbench.reporting.states import ReviewState

ACTION_PLAN = "三年行动计划"


def js(window):
    window.review.reload()
    assert window.review.table.select_key("JS")
    return window.review.selected()


def click(window, qtbot, button) -> None:
    assert button.isEnabled()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        button.click()


def test_a_round_is_reviewed_returned_approved_and_locked_in_the_window(window, qtbot, dialogs, tmp_path, demo_path):
    plan = plan_id(window, ACTION_PLAN)
    window.show_plan(plan)
    own_name = taken_in_file(window, qtbot, dialogs, tmp_path, plan)
    window.show_view("review")
    view = window.review
    assert js(window).state == ReviewState.SUBMITTED and js(window).file_name.startswith("filled-")

    view.send_back.click()
    dialog = window.flows.open_dialog
    dialog.reason.setPlainText("任务3进展过于简略")
    dialog.cells.setText("任务进展!F5")
    dialog.tasks.setText("3")
    back = tmp_path / "back.xlsx"
    dialogs.answers = [back]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    assert dialog.written == back and own_name in dialog.message.text() and "原文件" in dialog.message.text()
    # The province's own file: its sheets after the instructions, the percent as it typed it ("60%", a text).
    own, book = openpyxl.load_workbook(tmp_path / "out" / own_name), openpyxl.load_workbook(back)
    assert book.sheetnames == ["退回说明", *own.sheetnames]
    tasks = book[layout.SHEET_TASKS]
    percent = next(c.column for c in tasks[layout.HEADER_ROW] if c.value == "完成进度（%）")
    assert tasks.cell(layout.FIRST_DATA_ROW, percent).value == "60%"
    assert "任务3进展过于简略" in tasks["F5"].comment.text
    dialog.close()
    row = js(window)
    assert (row.state, row.reason, row.cells, row.tasks) == (
        ReviewState.RETURNED,
        "任务3进展过于简略",
        ["任务进展!F5"],
        ["3"],
    )

    revised = fill(back, status="推进中", percent=70, value=1)
    taking = take_in(window, qtbot, dialogs, [revised])
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        taking.accept_button.click()  # an ordinary return: no question about replacing the earlier file
    assert taking.received[0].decision == "accepted"
    taking.close()
    window.show_view("review")
    assert js(window).state == ReviewState.SUBMITTED

    click(window, qtbot, view.approve)
    assert js(window).state == ReviewState.APPROVED and not view.approve.isEnabled() and view.reopen.isEnabled()

    dialogs.answers = [True]  # yes, lock it
    click(window, qtbot, view.lock)
    assert {r.state for r in view.table.source.rows} == {ReviewState.LOCKED}
    assert "已锁定" in view.caption.text() and view.unlock.isEnabled() and not view.lock.isEnabled()

    window.show_view("tasks")
    window.tasks.reload()
    assert window.tasks.closed_note.isVisibleTo(window.tasks) and "2023H1" in window.tasks.closed_note.text()
    task = window.tasks.table.current_row()
    before = content(demo_path)
    pick(window, qtbot, task.id, "region_status", "done" if task.region_status != "done" else "lagging")
    assert dialogs.errors and "已锁定" in dialogs.errors[-1]
    assert content(demo_path) == before

    window.show_view("review")
    dialogs.answers = ["上报数据需更正"]
    click(window, qtbot, view.unlock)
    assert js(window).state == ReviewState.APPROVED
    steps = [
        (json.loads(r["changes"]), r["user"])
        for r in window.session.workspace.db.query(
            "SELECT a.changes, s.user FROM audit_log a JOIN audit_steps s ON s.id = a.step_id"
            " WHERE s.source = 'review' ORDER BY a.id"
        )
    ]
    assert [c.get("state", c.get("locked")) for c, _ in steps] == [
        ["submitted", "returned"],
        ["returned", "submitted"],
        ["submitted", "approved"],
        [False, True],
        [True, False],
    ]
    assert steps[-1][0]["reason"] == [None, "上报数据需更正"] and {u for _, u in steps} == {getpass.getuser()}


def test_nothing_happens_without_a_reason_or_a_yes(window, qtbot, dialogs):
    window.show_plan(plan_id(window, ACTION_PLAN))
    window.show_view("review")
    view = window.review
    dialogs.answers = [False]
    view.lock.click()  # asked, and answered no
    dialogs.answers = [None]
    js(window)
    assert not view.reopen.isEnabled()
    qtbot.wait(50)
    assert not window.operations.busy and not window.review.found.locked


def test_the_audit_tab_names_who_returned_a_report_and_why(window, qtbot, dialogs, tmp_path):
    plan = plan_id(window, ACTION_PLAN)
    window.show_plan(plan)
    window.show_view("review")
    js(window)  # the demo's sample report: submitted
    window.review.send_back.click()
    dialog = window.flows.open_dialog
    dialog.reason.setPlainText("补充指标来源")
    dialogs.answers = [tmp_path / "back"]  # no suffix typed: .xlsx is added
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    assert dialog.written == tmp_path / "back.xlsx" and dialog.written.exists()
    assert "重新生成" in dialog.message.text()  # the demo's sample values came in no file: the template reissued
    dialog.close()
    window.show_view("audit")
    window.audit.reload()
    model = window.audit.table.source
    lines = {(r.field, r.new, r.user) for r in model.rows if r.entity == "review"}
    assert ("state", "returned", getpass.getuser()) in lines and ("reason", "补充指标来源", getpass.getuser()) in lines
    row = model.row_of(next((r.id, "state") for r in model.rows if r.entity == "review"))
    shown = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "审核" in shown and "已退回（待修改）" in shown and getpass.getuser() in shown


def test_deadlines_lateness_and_copied_narratives_follow_from_the_background(window, qtbot, dialogs, tmp_path):
    plan = plan_id(window, ACTION_PLAN)
    window.show_plan(plan)
    taken_in_file(window, qtbot, dialogs, tmp_path, plan)  # its template's deadline, 2023-07-15, long past
    window.show_view("review")
    view = window.review

    def cell(column: str) -> str:
        return view.table.view_index("JS", column).data() or ""

    qtbot.waitUntil(lambda: cell("deadline") != "", timeout=WAIT)
    expected = next(r for r in review.review(window.session.workspace, plan, "2023H1").regions if r.region == "JS")
    assert cell("deadline") == expected.deadline and int(cell("overdue")) == expected.days_late > 0
    assert cell("copied") == "、".join(expected.copied)  # the core's test shows copies found (test_review_lateness)
