"""The joint meeting's report and the reminders from the window: Plans menu → plan and period → written in the
background, the folder remembered, existing reminders replaced only when the user agrees."""

from __future__ import annotations

import docx

from tests.ui.conftest import WAIT
from workbench import browse
from workbench.app import services

PLAN = "数字干线"
PERIOD = "2023H1"


def _choose(dialog, window) -> None:
    plan = next(p for p in browse.plans(window.session.workspace) if PLAN in p.title)
    dialog.fields.plan.setCurrentIndex(dialog.fields.plan.findData(plan.id))
    dialog.fields.period.setText(PERIOD)


def test_write_the_meeting_report(window, qtbot, dialogs, tmp_path):
    window.menus.write_meeting_report.trigger()
    dialog = window.flows.open_dialog
    _choose(dialog, window)
    assert [r.region for r in dialog.table.source.rows] == ["SH", "JS", "ZJ", "AH"]
    dialogs.answers = [tmp_path / "报告"]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    written = tmp_path / "报告.docx"
    assert written.exists() and PLAN in docx.Document(written).paragraphs[0].text
    dialog.open_button.click()
    assert dialogs.folders_shown == [tmp_path]
    dialog.reject()
    window.menus.write_meeting_report.trigger()  # the next report starts in the folder used last
    dialogs.answers = [None]
    window.flows.open_dialog.write_button.click()
    assert dialogs.starts[-1].startswith(str(tmp_path))


def test_remind_the_late(window, qtbot, dialogs, tmp_path):
    plan = next(p for p in browse.plans(window.session.workspace) if PLAN in p.title)
    services.issue_templates(
        window.session.workspace,
        plan.id,
        ["ZJ", "AH"],
        PERIOD,
        tmp_path / "issued",
        deadline="2023-07-15",
        contact="王明 021-23110000",
    )
    window.menus.send_reminders.trigger()
    dialog = window.flows.open_dialog
    _choose(dialog, window)
    # the demo's sample progress is no file: both regions with a template past its deadline are reminded
    assert [r.region for r in dialog.table.source.rows if r.needs_reminder] == ["ZJ", "AH"]
    dialog.folder.folder = tmp_path / "催报"
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    assert sorted(p.suffix for p in (tmp_path / "催报").iterdir()) == [".docx", ".docx", ".txt", ".txt"]
    assert dialog.open_button.isEnabled()
    dialogs.answers = [True]  # written again: the user is asked, and agrees to replace them
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=WAIT)
    assert len(list((tmp_path / "催报").iterdir())) == 4
