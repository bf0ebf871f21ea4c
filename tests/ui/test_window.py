"""The window on the demo workspace: find a task, edit it in place, undo and redo it,
and see each step in the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from tests.ui.conftest import WAIT
from workbench import browse

TASK_TITLE = "加快新技术基础设施协同部署"  # task 3 of the 2021–2023 action plan


def test_opens_the_demo_workspace_with_its_plans(window, demo_path):
    assert demo_path.name in window.windowTitle()
    assert window.navigator.model.rowCount() == 4
    assert window.current.plan_id is not None and window.current.period == "2023H1"
    assert window.overview.status_chart.data is not None


def test_the_action_plans_16_tasks_are_one_click_away(window):
    action_plan = next(p for p in browse.plans(window.session.workspace) if "三年行动计划" in p.title)
    index = window.navigator.plan_index(action_plan.id)
    window.navigator.tree.expand(index)  # its sections are made as it opens
    tasks_entry = index.model().index(1, 0, index)  # Outline, Tasks (16), …
    window.navigator.tree.clicked.emit(tasks_entry)
    assert window.tabs.currentWidget() is window.tasks
    assert window.tasks.model.rowCount() == 16
    assert "16" in tasks_entry.data()


def find_task(window, qtbot):
    window.search_box.setText(TASK_TITLE[:6])
    hits = window.run_search()
    hit = next(h for h in hits if h.kind == "task" and h.title == TASK_TITLE)
    row = window.search_panel.table.source.row_of(("task", hit.id))
    index = window.search_panel.table.proxy.mapFromSource(window.search_panel.table.source.index(row, 0))
    window.search_panel.table.setCurrentIndex(index)
    window.search_panel.table.activated.emit(index)
    assert window.tabs.currentWidget() is window.tasks
    task = window.tasks.table.current_row()
    assert task.title == TASK_TITLE
    return task


def edit_cell(window, qtbot, task_id, column, editor_type):
    table = window.tasks.table
    index = table.view_index(task_id, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(editor_type)
    assert editor is not None
    return editor


def test_find_a_task_edit_its_status_undo_redo_and_see_the_audit(window, qtbot):
    task = find_task(window, qtbot)
    assert task.status == "lagging" and task.state.override is None  # 江苏省 reports it lagging
    combo = edit_cell(window, qtbot, task.id, "status", QComboBox)
    combo.setCurrentIndex(combo.findData("on_hold"))
    combo.activated.emit(combo.currentIndex())  # what picking an entry does
    edited = window.tasks.model.task(task.id)
    assert (edited.status, edited.state.override, edited.state.derived) == ("on_hold", "on_hold", "lagging")
    assert window.tasks.table.view_index(task.id, "status").data() == "暂停（办公室设定）"
    window.show_view("audit")
    latest = window.audit.table.source.rows[0]
    assert (latest.entity, latest.field, latest.old, latest.new, latest.source) == (
        "task",
        "status",
        None,
        "on_hold",
        "gui",
    )
    assert latest.item == f"3 {TASK_TITLE}"
    assert window.audit.table.view_index((latest.id, latest.field), "new").data() == "暂停"
    assert window.menus.undo.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.tasks.model.task(task.id).state.override is None
    assert window.tasks.model.task(task.id).status == "lagging"
    assert window.audit.table.source.rows[0].source == "gui:undo"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tasks.model.task(task.id).status == "on_hold"
    assert window.audit.table.source.rows[0].source == "gui:redo"


def test_a_regions_progress_is_edited_for_the_chosen_province_and_period(window, qtbot):
    task = find_task(window, qtbot)
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("AH"))
    spin = edit_cell(window, qtbot, task.id, "percent", QDoubleSpinBox)
    assert spin.maximum() == 100  # the editor itself keeps the value in 0–100
    spin.setValue(35)
    window.tasks.table.commitData(spin)
    row = browse.tasks(window.session.workspace, None, region="AH", period="2023H1", task_ids=[task.id])[0]
    assert row.region_percent == 35
    history = window.tasks.detail.history.source.rows
    assert any(h.region == "AH" and h.period == "2023H1" and h.percent == 35 for h in history)
    assert "安徽" in window.menus.undo.text() or "Anhui" in window.menus.undo.text()


def test_the_core_refuses_a_bad_value_and_the_user_is_told(window, dialogs):
    window.show_view("tasks")
    task = window.tasks.model.rows[0]
    index = window.tasks.table.view_index(task.id, "percent")
    assert not window.tasks.table.model().setData(index, "150")
    assert dialogs.errors and "150" in dialogs.errors[-1]
    assert window.tasks.model.task(task.id).region_percent == task.region_percent


def test_an_indicator_value_moves_the_chart(window):
    plan = next(p for p in browse.plans(window.session.workspace) if "数字干线" in p.title)
    window.show_plan(plan.id)
    window.show_view("indicators")
    indicator = window.indicators.model.rows[0]  # 产业规模, in 亿元
    assert indicator.unit == "亿元"
    assert window.indicators.table.select_key(indicator.id)
    before = window.indicators.chart.data.series["JS"][-1].value
    index = window.indicators.table.view_index(indicator.id, "value:JS")
    # Typed with its scale, read in the indicator's unit: 5200亿 of a 亿元 figure is 5200.
    assert window.indicators.table.model().setData(index, "5200亿")
    assert window.indicators.chart.data.series["JS"][-1].value == 5200 != before
    assert "5,200" in window.indicators.chart.readout.text()


def test_source_text_and_tasks_are_linked_both_ways(window, qtbot):
    task = find_task(window, qtbot)
    window.show_view("source")  # the passage of the task chosen is marked when the text is shown
    cursor = window.source.editor.textCursor().position()
    passage = window.source.item_at(cursor)
    assert (passage.kind, passage.id) == ("task", task.id)
    window.show_view("overview")
    window.source.item_activated.emit("task", window.tasks.model.rows[0].id)
    assert window.tabs.currentWidget() is window.tasks
    assert window.tasks.table.current_row().id == window.tasks.model.rows[0].id


def test_column_choice_is_remembered(make_window, demo_path, settings):
    first = make_window(demo_path)
    column = first.tasks.model.column_of("deadline")
    first.tasks.table.show_column(column, False)
    first.close()
    second = make_window(demo_path)
    assert second.tasks.table.isColumnHidden(column)


def test_period_box_accepts_a_new_period_and_refuses_nonsense(window):
    window.period.setCurrentText("2023h2")
    window.period.lineEdit().editingFinished.emit()
    assert window.current.period == "2023H2"
    window.period.setCurrentText("下半年")
    window.period.lineEdit().editingFinished.emit()
    assert window.current.period == "2023H2"
    assert "2023H1" in window.status_message.text()  # the reason names the valid forms


def test_operations_report_progress_errors_and_cancel(window, qtbot, dialogs):
    from workbench.errors import InputError

    def fails(job):
        raise InputError("period.invalid", period="x")

    with qtbot.waitSignal(window.operations.failed, timeout=WAIT) as failed:
        window.operations.run("test", fails)
    assert "x" in failed.args[0] and dialogs.errors[-1] == failed.args[0]

    def waits_for_cancel(job):
        job.progress(1, 10)
        while True:
            job.check()

    with qtbot.waitSignal(window.operations.failed, timeout=WAIT) as cancelled:
        window.operations.run("test", waits_for_cancel)
        assert window.progress_panel.isVisible() and not window.menus.demo.isEnabled()
        window.progress_panel.cancel_button.click()
    assert "取消" in cancelled.args[0] and not window.operations.busy and window.menus.demo.isEnabled()


def test_edits_wait_while_a_background_operation_writes(window, dialogs, qtbot):
    import threading

    release = threading.Event()
    window.show_view("tasks")
    task = window.tasks.model.rows[0]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.operations.run("slow", lambda job: release.wait(WAIT / 1000))
        index = window.tasks.table.view_index(task.id, "status")
        assert not window.tasks.table.model().setData(index, "done")
        assert "另一项操作" in dialogs.errors[-1]
        release.set()
    assert window.tasks.table.model().setData(index, "done")


def test_an_unexpected_error_in_an_operation_goes_to_the_last_guard(window, qtbot, monkeypatch):
    caught = []
    monkeypatch.setattr("sys.excepthook", lambda kind, error, tb: caught.append(error))

    def breaks(job):
        raise ZeroDivisionError("a bug, not the user's doing")

    with qtbot.waitSignal(window.operations.failed, timeout=WAIT) as failed:
        window.operations.run("test", breaks)
    assert "ZeroDivisionError" in failed.args[0]
    assert [type(e) for e in caught] == [ZeroDivisionError] and not window.operations.busy
