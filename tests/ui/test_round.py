"""A reporting round in the window: templates to provinces and their cities for a new period,
which the period list shows at once; the files taken back grouped by region and period with
their names readable, the changes in the workbook's order against the last period; the
folders and the contact kept; the window's own wording where the command line names options."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT
from tests.ui.test_flows import DIGITAL_CORRIDOR, fill, take_in
from ui.models.base import ROW_ROLE
from workbench import browse
from workbench.reference import regions
from workbench.reporting import layout
from workbench.reporting.states import Outcome

NEW_PERIOD = "2023H2"  # the demo's sample progress ends with 2023H1


def shown_rows(table) -> list:
    """The rows in the order the view shows them (sorted by its proxy)."""
    return [table.proxy.index(r, 0).data(ROW_ROLE) for r in range(table.proxy.rowCount())]


@pytest.fixture
def corridor(window):
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan.id)
    return plan


def open_send(window):
    window.show_view("submissions")
    window.submissions.send.click()
    return window.flows.open_dialog


def write(window, qtbot, dialog) -> list:
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    return dialog.written


def test_a_new_rounds_templates_and_the_files_that_come_back(window, corridor, qtbot, dialogs, tmp_path):
    assert NEW_PERIOD not in [window.period.itemText(i) for i in range(window.period.count())]
    send = open_send(window)
    send.fields.period.setText("2023年下半年")  # as the templates print it
    send.contact.setText("王明 021-12345678")
    dialogs.answers = [tmp_path / "out"]
    send.folder.choose()
    send.refresh()
    assert send.fields.period_code() == NEW_PERIOD and send.deadline.placeholderText() == "2024-01-15"
    templates = write(window, qtbot, send)
    send.reject()
    # Issued, not yet reported: the round is in the period list at once.
    assert NEW_PERIOD in [window.period.itemText(i) for i in range(window.period.count())]

    # Four provinces' files, named alike but for the province: taken back in a scrambled order.
    files = [fill(t, status="滞后", percent=90, value=4321) for t in reversed(templates)]
    dialog = take_in(window, qtbot, dialogs, files)
    assert [r.outcome.preview.region for r in shown_rows(dialog.files)] == ["SH", "JS", "ZJ", "AH"]
    assert dialog.files.textElideMode() == Qt.TextElideMode.ElideLeft
    assert dialog.files.source.column_of("region") == 0 and dialog.files.source.column_of("period") == 1

    jiangsu = next(r for r in dialog.received if r.outcome.preview.region == "JS")
    dialog.files.select_key(jiangsu.path)
    changes = shown_rows(dialog.changes)
    rows = [(c.kind != layout.TASK, int(c.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))) for c in changes]
    assert rows == sorted(rows) and max(r for _, r in rows) >= 10  # E4 … E9 before E10, not after E1
    # Nothing stored for 2023H2 yet: each cell shows 江苏省's 2023H1 value beside the new one.
    before = {
        t.id: t.region_percent
        for t in browse.tasks(window.session.workspace, corridor.id, region="JS", period="2023H1")
    }
    percent = next(c for c in changes if c.field == "percent" and before[c.row_id] is not None)
    assert (percent.old, percent.new, percent.previous) == (None, 90, before[percent.row_id])
    assert dialog.changes.view_index((percent.sheet, percent.cell), "previous").data() not in ("", None)
    assert dialog.changes.source.column_title(dialog.changes.source.column_of("previous")) == "上期"

    # The next round starts where this one left off.
    send = open_send(window)
    assert send.contact.text() == "王明 021-12345678" and send.folder.folder == tmp_path / "out"
    send.reject()


def test_templates_go_to_the_cities_of_a_province(window, corridor):
    send = open_send(window)
    for code in regions.PROVINCES:
        send.provinces[code].setChecked(code == "SH")
    send.cities["JS"].setChecked(True)
    send.refresh()
    shown = [s.region for s in send.preview.source.rows]
    assert shown == ["SH", *(c for c in regions.CITIES if c.startswith("JS-"))] and len(shown) == 14
    assert send.cities["JS"].text() == "下辖各市（13）"
    send.reject()


def test_the_submissions_tab_shows_the_cities_on_request(window, corridor):
    window.show_view("submissions")
    assert [s.region for s in window.submissions.status.source.rows] == list(regions.PROVINCES)
    window.submissions.cities.setChecked(True)
    assert len(window.submissions.status.source.rows) == 41
    assert "各城市" in window.submissions.status_label.text()
    assert shown_rows(window.submissions.status)[1].region == "JS-NJ"  # 上海市, then 江苏省's cities in order


def test_a_period_typed_in_chinese_is_taken(window, corridor):
    window.period.setCurrentText("2022年上半年")
    window.period.lineEdit().editingFinished.emit()
    assert window.current.period == "2022H1" and window.period.currentText() == "2022H1"


def test_file_dialogs_start_in_the_folder_used_last_for_that_purpose(window, corridor, qtbot, dialogs, tmp_path):
    [template] = write_jiangsu(window, qtbot, dialogs, tmp_path / "out")
    returned = tmp_path / "mail"
    returned.mkdir()
    filled = fill(template, status="滞后", percent=40, value=1).rename(returned / "江苏.xlsx")
    dialog = take_in(window, qtbot, dialogs, [filled])
    dialog.reject()
    dialogs.starts.clear()
    window.flows.take_submissions().findChildren(type(dialog.accept_button))[0].click()  # Add files…
    window.menus.open.trigger()
    assert dialogs.starts == [str(returned), ""]  # returned workbooks: the mail folder; workspaces: none yet
    assert window.settings.start_in("returned-workbooks", "x.xlsx") == str(returned / "x.xlsx")


def write_jiangsu(window, qtbot, dialogs, folder) -> list:
    send = open_send(window)
    for code, box in send.provinces.items():
        box.setChecked(code == "JS")
    dialogs.answers = [folder]
    send.folder.choose()
    written = write(window, qtbot, send)
    send.reject()
    return written


def test_refusals_say_what_to_press_not_which_option_to_type(window, corridor, qtbot, dialogs, tmp_path):
    [template] = write_jiangsu(window, qtbot, dialogs, tmp_path / "out")
    filled = fill(template, status="滞后", percent=40, value=1234)
    book = openpyxl.load_workbook(filled)
    del book[layout.SHEET_META]
    lost = tmp_path / "lost.xlsx"
    book.save(lost)
    dialog = take_in(window, qtbot, dialogs, [lost])
    text = dialog.problems.toPlainText()
    assert "指定省市和报送期" in text and "--" not in text

    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.check([filled])
    dialog.files.select_key(filled)
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    again = fill(template, status="推进中", percent=60, value=99).rename(tmp_path / "again.xlsx")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.check([again])
    item = next(r for r in dialog.received if r.path == again)
    assert item.outcome.status == Outcome.NEEDS_CONFIRMATION
    assert all("--" not in reason.text() for reason in item.outcome.reasons)
