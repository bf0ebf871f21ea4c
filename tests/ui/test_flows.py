"""The guided flows, driven through their dialogs: import a plan with a preview and a
correction; send a template for 江苏省, take the filled file back (dropped onto the
window), see the charts move; reject a bad file with its report; write the summary."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import SEED_000
from tests.ui.conftest import WAIT
from ui.flows.import_plan import ImportPlanDialog
from ui.flows.submissions import TakeSubmissionsDialog
from workbench import browse
from workbench.planning import review
from workbench.reporting import layout
from workbench.reporting.states import Outcome

DIGITAL_CORRIDOR = "数字干线"


def drop(widget, paths: list[Path]) -> None:
    """Drag files over the widget and let go (Qt delivers a drop to whoever took the enter)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # QDragEnterEvent takes an integer point, QDropEvent a real one
    for event_type, point in ((QDragEnterEvent, QPoint(20, 20)), (QDropEvent, QPointF(20, 20))):
        event = event_type(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)
        assert event.isAccepted()


def fill(path: Path, *, status: str, percent: object, value: object) -> Path:
    """What a province does in Excel: every task row gets a status and a percent, every
    indicator row a value. Saved as a new file, as people do."""
    book = openpyxl.load_workbook(path)
    for sheet_name, cells in (
        (layout.SHEET_TASKS, {"状态": status, "完成进度（%）": percent}),
        (layout.SHEET_INDICATORS, {"本期实际值": value}),
    ):
        sheet = book[sheet_name]
        headers = {c.value: c.column for c in sheet[layout.HEADER_ROW]}
        for row in range(layout.FIRST_DATA_ROW, sheet.max_row + 1):
            if sheet.cell(row, 1).value is None:
                continue
            for header, new in cells.items():
                sheet.cell(row, headers[header]).value = new
    filled = path.with_name(f"filled-{status}-{path.name}")
    book.save(filled)
    return filled


def test_import_a_plan_with_a_preview_and_a_correction(make_window, tmp_path, qtbot, dialogs):
    window = make_window(tmp_path / "empty.sqlite")
    dialogs.answers = [SEED_000]
    window.menus.import_plan.trigger()
    dialog = window.flows.open_dialog
    assert isinstance(dialog, ImportPlanDialog) and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.choose_button.click()
    assert "16 项任务" in dialog.summary.text() and dialog.save_button.isEnabled()
    assert window.navigator.model.rowCount() == 0  # nothing saved by the preview

    first_task = next(i for i in dialog.review.rows if i.kind == review.TASK)
    index = dialog.items.view_index(first_task.key, "kind")
    assert dialog.items.model().setData(index, review.PROJECT)
    assert "15 项任务" in dialog.summary.text()

    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    plans = browse.plans(window.session.workspace)
    assert [(p.tasks, p.projects) for p in plans] == [(15, 4)]
    assert window.current.plan_id == plans[0].id and window.navigator.model.rowCount() == 1


def test_dropping_a_plan_document_opens_the_import_preview(window, qtbot):
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        drop(window, [SEED_000])
    assert isinstance(window.flows.open_dialog, ImportPlanDialog)
    assert window.flows.open_dialog.review.rowCount() > 16


def send_template(window, qtbot, dialogs, folder: Path) -> Path:
    window.show_view("submissions")
    window.submissions.send.click()
    dialog = window.flows.open_dialog
    for code, box in dialog.provinces.items():
        box.setChecked(code == "JS")
    dialog.refresh()
    assert [s.region for s in dialog.preview.source.rows] == ["JS"]
    dialogs.answers = [folder]
    dialog.folder.choose()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    dialog.open_button.click()
    assert dialogs.folders_shown == [folder]
    dialog.reject()
    return dialog.written[0]


def test_send_a_template_take_it_back_and_see_the_charts_move(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    template = send_template(window, qtbot, dialogs, tmp_path / "out")
    assert "江苏省" in template.name and template.parent == tmp_path / "out"
    window.show_view("overview")
    lagging_before = window.overview.status_chart.data.counts.get(("JS", "lagging"), 0)

    filled = fill(template, status="滞后", percent="60%", value="9,999")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        drop(window, [filled])
    dialog = window.flows.open_dialog
    assert isinstance(dialog, TakeSubmissionsDialog)
    received = dialog.received[0]
    assert received.outcome.status == Outcome.VALID and received.count("changed") > 0
    assert dialog.accept_button.isEnabled() and dialog.changes.source.rowCount() > 0
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    assert dialog.received[0].decision == "accepted" and not dialog.accept_button.isEnabled()

    window.show_view("overview")
    assert window.overview.status_chart.data.counts[("JS", "lagging")] == plan.tasks != lagging_before
    window.show_view("indicators")
    assert window.indicators.chart.data.series["JS"][-1].value == 9999
    window.show_view("submissions")
    status = {s.region: s.state for s in window.submissions.status.source.rows}
    assert status["JS"] == "accepted" and status["SH"] == "not_submitted"
    assert window.submissions.records.source.rows[0].outcome == "accepted"


def test_a_bad_file_is_rejected_with_a_report(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    template = send_template(window, qtbot, dialogs, tmp_path)
    bad = fill(template, status="差不多", percent=150, value="很多")
    dialog = window.flows.take_submissions()
    dialogs.answers = [[bad]]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.findChildren(type(dialog.accept_button))[0].click()  # Add files…
    item = dialog.received[0]
    assert item.outcome.status == Outcome.REJECTED and not dialog.accept_button.isEnabled()
    assert "150" in dialog.problems.toPlainText()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.reject_button.click()
    assert dialog.received[0].decision == "rejected"
    dialogs.answers = [tmp_path / "report.xlsx"]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.report_button.click()
    assert (tmp_path / "report.xlsx").exists()
    assert {s.region: s.state for s in window.submissions.status.source.rows}["JS"] == "rejected"


def test_write_the_summary_workbook(window, qtbot, dialogs, tmp_path):
    window.menus.write_summary.trigger()
    dialog = window.flows.open_dialog
    assert len(dialog.status.source.rows) == 4
    dialogs.answers = [tmp_path / "summary"]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    assert dialog.written == tmp_path / "summary.xlsx" and dialog.written.exists()
    dialog.open_button.click()
    assert dialogs.folders_shown == [tmp_path]


def test_sending_templates_again_asks_before_replacing_them(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    first = send_template(window, qtbot, dialogs, tmp_path / "out")
    first.write_bytes(b"the province's filled file, saved over the template by mistake")
    window.submissions.send.click()
    dialog = window.flows.open_dialog
    for code, box in dialog.provinces.items():
        box.setChecked(code == "JS")
    dialogs.answers = [tmp_path / "out", False]  # the folder; then "no, keep it"
    dialog.folder.choose()
    with qtbot.waitSignal(window.operations.failed, timeout=WAIT):
        dialog.write_button.click()
    assert first.read_bytes().startswith(b"the province's")  # kept: the office said no
    dialogs.answers = [True]
    with qtbot.waitSignals([window.operations.failed, window.operations.finished], timeout=WAIT):
        dialog.write_button.click()
    assert first.read_bytes().startswith(b"PK") and dialogs.errors == []  # replaced by a fresh template


def take_in(window, qtbot, dialogs, paths: list[Path]) -> TakeSubmissionsDialog:
    dialog = window.flows.take_submissions()
    dialogs.answers = [paths]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.findChildren(type(dialog.accept_button))[0].click()  # Add files…
    return dialog


def test_a_file_that_lost_its_hidden_sheet_is_placed_by_the_office(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    template = send_template(window, qtbot, dialogs, tmp_path / "out")
    filled = fill(template, status="滞后", percent=40, value=1234)
    book = openpyxl.load_workbook(filled)
    del book[layout.SHEET_META]
    book.save(filled)
    dialog = take_in(window, qtbot, dialogs, [filled])
    item = dialog.received[0]
    assert item.outcome.status == Outcome.REJECTED and not dialog.accept_button.isEnabled()
    assert dialog.assign_button.isEnabled()
    assert f"_{window.current.period}_" in item.path.name  # sent for the period the window shows
    dialogs.answers = [2, 0]  # 江苏省 (after 上海市 and its city row); the period shown, offered first
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.assign_button.click()
    places = dialogs.offered[0]
    assert places[:4] == ["上海市", "上海市 · 上海市", "江苏省", "江苏省 · 南京市"] and len(places) == 45
    item = dialog.received[0]
    assert item.outcome.status == Outcome.VALID and item.outcome.preview.identified_by == "assigned"
    assert "江苏省" in dialog.problems.toPlainText()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    assert dialog.received[0].decision == "accepted"


def test_accept_every_clean_file_in_one_step(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    window.show_view("submissions")
    window.submissions.send.click()
    send = window.flows.open_dialog
    for box in send.provinces.values():
        box.setChecked(True)
    dialogs.answers = [tmp_path / "out"]
    send.folder.choose()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        send.write_button.click()
    send.reject()
    good = [fill(t, status="推进中", percent=50, value=100) for t in send.written[:3]]
    bad = fill(send.written[3], status="差不多", percent=150, value="很多")
    dialog = take_in(window, qtbot, dialogs, [*good, bad])
    assert dialog.accept_all_button.isEnabled()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_all_button.click()
    decided = {r.path: r.decision for r in dialog.received}
    assert [decided[p] for p in good] == ["accepted"] * 3 and decided[bad] is None  # left for review
    assert not dialog.accept_all_button.isEnabled()


def test_what_is_accepted_is_what_was_previewed(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    template = send_template(window, qtbot, dialogs, tmp_path / "out")
    filled = fill(template, status="滞后", percent=40, value=1234)
    dialog = take_in(window, qtbot, dialogs, [filled])
    assert dialog.received[0].outcome.status == Outcome.VALID
    fill(template, status="已完成", percent=100, value=9999).replace(filled)  # changed on disk meanwhile
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    item = dialog.received[0]
    assert item.decision is None and item.outcome.status == Outcome.NEEDS_CONFIRMATION
    assert window.submissions.records.source.rows == [] or all(
        r.file_name != filled.name for r in window.submissions.records.source.rows
    )
    dialogs.answers = [True]  # reviewed the new content, and takes it
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    assert dialog.received[0].decision == "accepted"
    window.show_view("indicators")
    assert window.indicators.chart.data.series["JS"][-1].value == 9999
