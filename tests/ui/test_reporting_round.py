"""A reporting round as an official meets it, in the window on the demo workspace: the Tasks table's status
says what the provinces report (or what the office set, marked so); Ctrl+Z takes back files taken in, never an
older edit past them, and refuses to write over a value changed since; an indicator's verdicts name the period
of each figure, and a province without one for the period shown is not reported."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.conftest import WAIT
from tests.ui.test_flows import fill, take_in
from tests.ui.test_window import TASK_TITLE, edit_cell, find_task
from workbench import browse
from workbench.app import services
from workbench.reporting.states import RegionState
from workbench.tracking import edits

DIGITAL_CORRIDOR = "数字干线"


def plan_id(window, part: str) -> int:
    return next(p.id for p in browse.plans(window.session.workspace) if part in p.title)


def undo(window, qtbot) -> None:
    window.activateWindow()  # back from a dialog
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def status_cell(window, task_id: int):
    return window.tasks.table.view_index(task_id, "status")


def pick(window, qtbot, task_id: int, column: str, code: str) -> list[str]:
    """Double-click a choice cell and pick the entry with *code*, as a person does; the entries offered."""
    combo = edit_cell(window, qtbot, task_id, column, QComboBox)
    offered = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: window.tasks.table.viewport().findChild(QComboBox) is None, timeout=WAIT)
    return offered


def test_the_task_status_is_what_the_provinces_report_unless_the_office_sets_it(window, qtbot):
    task = find_task(window, qtbot)
    cell = status_cell(window, task.id)
    assert cell.data() == "滞后"  # 江苏省 reports task 3 lagging in 2023H1
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "江苏省 滞后（2023H1）" in tip and "→ 滞后" in tip

    window.tasks.region.setCurrentIndex(window.tasks.region.findData("JS"))
    pick(window, qtbot, task.id, "region_status", "in_progress")
    assert status_cell(window, task.id).data() == "推进中"  # no province lags any more
    assert "江苏省 推进中（2023H1）" in status_cell(window, task.id).data(Qt.ItemDataRole.ToolTipRole)

    pick(window, qtbot, task.id, "status", "done")
    assert status_cell(window, task.id).data() == "已完成（办公室设定）"
    tip = status_cell(window, task.id).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("由办公室设定：已完成。") and "→ 推进中" in tip and "按报送推算" in tip
    assert "已完成（办公室设定）" in window.tasks.detail.text.toPlainText()

    assert pick(window, qtbot, task.id, "status", "")[0] == "按报送推算"
    assert status_cell(window, task.id).data() == "推进中"
    assert "任务 3 的状态改回按报送推算" in window.menus.undo.text()
    undo(window, qtbot)
    assert status_cell(window, task.id).data() == "已完成（办公室设定）"


def taken_in_file(window, qtbot, dialogs, tmp_path, plan: int) -> str:
    """江苏省's template for the plan, filled (every task lagging at 60 %) and taken in through the dialog."""
    [template] = services.issue_templates(window.session.workspace, plan, ["JS"], "2023H1", tmp_path / "out")
    filled = fill(template, status="滞后", percent="60%", value="9,999")
    dialog = take_in(window, qtbot, dialogs, [filled])
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    assert dialog.received[0].decision == "accepted"
    dialog.reject()
    return filled.name


def percent(window, task_id: int, region: str = "JS") -> float | None:
    """What the workspace holds for the region's percent in 2023H1."""
    [row] = browse.tasks(window.session.workspace, None, region=region, period="2023H1", task_ids=[task_id])
    return row.region_percent


def test_ctrl_z_after_taking_in_a_file_takes_the_file_back_then_the_edits_before_it(window, qtbot, dialogs, tmp_path):
    elsewhere = find_task(window, qtbot)  # an edit in the action plan, before the round
    assert window.tasks.table.model().setData(status_cell(window, elsewhere.id), "on_hold")
    corridor = plan_id(window, DIGITAL_CORRIDOR)
    window.show_plan(corridor)
    window.show_view("tasks")
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("JS"))
    task = window.tasks.model.rows[0]
    sample = task.region_percent
    assert window.tasks.table.model().setData(window.tasks.table.view_index(task.id, "percent"), "35")

    name = taken_in_file(window, qtbot, dialogs, tmp_path, corridor)
    assert percent(window, task.id) == 60
    assert name in window.menus.undo.text()

    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        undo(window, qtbot)  # the file goes, and only the file: in the background, the window answering
        assert window.operations.busy and not window.menus.undo.isEnabled()
    assert percent(window, task.id) == 35 and window.tasks.model.task(task.id).region_percent == 35
    window.show_view("submissions")
    assert window.submissions.records.source.rows[0].outcome == RegionState.WITHDRAWN
    assert {s.region: s.state for s in window.submissions.status.source.rows}["JS"] == RegionState.WITHDRAWN
    [action_task] = browse.tasks(window.session.workspace, None, task_ids=[elsewhere.id])
    assert action_task.state.override == "on_hold"

    undo(window, qtbot)  # then the clerk's own edit
    assert percent(window, task.id) == sample
    undo(window, qtbot)  # then the one before it, in the other plan
    [action_task] = browse.tasks(window.session.workspace, None, task_ids=[elsewhere.id])
    assert action_task.state.override is None and not window.menus.undo.isEnabled()
    assert dialogs.errors == []


def test_undo_waits_while_files_are_being_taken_in(window, qtbot):
    task = find_task(window, qtbot)
    assert window.tasks.table.model().setData(status_cell(window, task.id), "on_hold")
    release = threading.Event()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.operations.run("slow", lambda job: release.wait(WAIT / 1000))
        assert not window.menus.undo.isEnabled()
        release.set()
    assert window.menus.undo.isEnabled()


def test_an_undo_over_a_value_changed_since_is_refused_and_says_which(window, qtbot, dialogs):
    task = find_task(window, qtbot)
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("AH"))
    assert window.tasks.table.model().setData(window.tasks.table.view_index(task.id, "percent"), "35")
    # Written by the core past the window's stack: the value the step wrote is no longer there.
    edits.task_progress(window.session.workspace, task.id, "AH", "2023H1", "percent", "80")
    undo(window, qtbot)
    assert f"3 {TASK_TITLE} · 安徽省 · 2023H1 完成进度现为 80（应为 35）" in dialogs.errors[-1]
    assert percent(window, task.id, "AH") == 80 and not window.menus.undo.isEnabled()


def test_each_verdict_names_the_period_of_its_figure(window):
    window.show_plan(plan_id(window, DIGITAL_CORRIDOR))
    window.show_view("indicators")
    indicator = window.indicators.model.rows[0]  # 产业规模 of 数字三体: 上海, 江苏, 浙江
    chart = window.indicators.chart
    for code in ("SH", "JS", "ZJ"):
        assert "（2023H1 实际" in chart.verdict_text(code) and chart.verdict_text(code) in chart.readout.text()

    window.period.setCurrentText("2023H2")
    window.period.lineEdit().editingFinished.emit()
    assert window.indicators.table.model().setData(window.indicators.table.view_index(indicator.id, "value:JS"), "5200")
    caption = chart.readout.text()
    assert "江苏省: " in caption and "（2023H2 实际 5,200，计划" in chart.verdict_text("JS")
    assert chart.verdict_text("ZJ") == "浙江省: 未报送 （2023H2）" and "2023H1" not in caption
