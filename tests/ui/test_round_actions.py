"""A whole reporting round in the window, counted as a person does it (a click, a key press, a choice in a
dialog: one action each), as the README's walkthrough states it; a file taken in by mistake withdrawn from
the Submissions tab; the take-in dialog keeping up with files taken back while it is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import WAIT
from tests.ui.test_flows import DIGITAL_CORRIDOR, fill, take_in
from tests.ui.test_reporting_round import percent
from workbench import browse
from workbench.app import services
from workbench.reference import regions
from workbench.reporting.states import RegionState

NEW_PERIOD = "2023H2"


class Person:
    """Works the window with the mouse and the keyboard, and counts what it does."""

    def __init__(self, window, qtbot, dialogs) -> None:
        self.window, self.qtbot, self.dialogs = window, qtbot, dialogs
        self.actions = 0

    def click(self, widget, *, waits: bool = False) -> None:
        """A click; *waits*: for the background work it starts."""
        self.actions += 1
        if waits:
            with self.qtbot.waitSignal(self.window.operations.finished, timeout=WAIT):
                self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_at(self, viewport, point) -> None:
        self.actions += 1
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)

    def type(self, widget, text: str) -> None:
        """The word under the cursor selected by a double click, typed over, and Enter."""
        self.actions += 1 + len(text) + 1
        self.qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)
        self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def will_choose(self, answer: object) -> None:
        """What the next file or folder dialog is answered with: one choice."""
        self.actions += 1
        self.dialogs.answers.append(answer)


def close_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)


def play_round(window, qtbot, dialogs, tmp_path, *, cities: bool, messy: int) -> tuple[Person, dict[str, str]]:
    """The round as README's walkthrough has it, for the provinces or for their 41 cities, *messy* of the files
    coming back with problems; the person's actions and each region's state at the end."""
    person = Person(window, qtbot, dialogs)
    tree = window.navigator.tree
    plan = next(p for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    person.click_at(tree.viewport(), tree.visualRect(window.navigator.plan_index(plan.id)).center())
    assert window.current.plan_id == plan.id
    person.type(window.period.lineEdit(), NEW_PERIOD)  # the round's period, in the toolbar
    bar = window.tabs.tabBar()
    person.click_at(bar, bar.tabRect(window.tabs.indexOf(window.submissions)).center())

    person.click(window.submissions.send)
    send = window.flows.open_dialog
    assert send.fields.period_code() == NEW_PERIOD and send.chosen == ["SH", "JS", "ZJ", "AH"]
    if cities:  # the provinces unticked, their cities ticked: four of each
        for box in [*send.provinces.values(), *send.cities.values()]:
            person.click_at(box, QPoint(box.iconSize().width() // 2 + 2, box.height() // 2))  # on the box itself
    person.will_choose(tmp_path / "out")
    person.click(send.folder.button)
    person.click(send.write_button, waits=True)
    person.click(send.open_button)
    person.click(close_button(send))
    assert len(send.written) == (41 if cities else 4) and dialogs.folders_shown == [tmp_path / "out"]

    # Outside the window: the regions fill them in, *messy* of them badly, and the files come back to one folder.
    back = tmp_path / "back"
    back.mkdir()
    for n, template in enumerate(sorted(send.written, key=lambda p: "安徽省" not in p.name)):
        bad = n < messy  # 安徽省's file (or its cities' first) is the messy one
        filled = fill(template, status="差不多" if bad else "推进中", percent=150 if bad else 60, value=4321)
        filled.rename(back / template.name)

    person.click(window.submissions.take)
    take = window.flows.open_dialog
    person.will_choose(back)
    person.click(take.add_folder_button, waits=True)
    person.click(take.accept_all_button, waits=True)
    for n in range(messy):  # what is left to review is shown, one file after another
        assert take.current().outcome.preview is not None
        person.will_choose(tmp_path / f"问题说明_{n}.xlsx")
        person.click(take.report_button, waits=True)
        person.click(take.reject_button, waits=True)
    person.click(close_button(take))
    assert dialogs.errors == [] and all((tmp_path / f"问题说明_{n}.xlsx").exists() for n in range(messy))
    window.submissions.cities.setChecked(cities)
    return person, {s.region: s.state for s in window.submissions.status.source.rows}


def test_a_round_for_the_four_provinces_one_file_messy_takes_at_most_25_actions(window, qtbot, dialogs, tmp_path):
    person, states = play_round(window, qtbot, dialogs, tmp_path, cities=False, messy=1)
    assert states == {"SH": "accepted", "JS": "accepted", "ZJ": "accepted", "AH": "rejected"}
    assert person.actions == 24 <= 25  # as README's walkthrough counts them


@pytest.mark.slow
def test_a_round_for_the_41_cities_ten_files_messy_takes_at_most_60_actions(window, qtbot, dialogs, tmp_path):
    person, states = play_round(window, qtbot, dialogs, tmp_path, cities=True, messy=10)
    city_states = [state for region, state in states.items() if region in regions.CITIES]
    assert len(city_states) == 41
    assert city_states.count("rejected") == 10 and city_states.count("accepted") == 31
    assert person.actions == 59 <= 60  # as README's walkthrough counts them


def accepted_file(window, qtbot, dialogs, tmp_path) -> tuple[int, Path]:
    """江苏省's file for the corridor taken in through the dialog, which stays open; the plan's first task."""
    plan = next(p.id for p in browse.plans(window.session.workspace) if DIGITAL_CORRIDOR in p.title)
    window.show_plan(plan)
    [template] = services.issue_templates(window.session.workspace, plan, ["JS"], "2023H1", tmp_path / "out")
    dialog = take_in(window, qtbot, dialogs, [fill(template, status="滞后", percent=60, value=4321)])
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.accept_button.click()
    task = browse.tasks(window.session.workspace, plan)[0].id
    assert percent(window, task) == 60
    return task, dialog.received[0].path


def test_a_file_taken_in_is_withdrawn_from_the_submissions_tab(window, qtbot, dialogs, tmp_path):
    window.show_view("tasks")
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("SH"))
    first = browse.tasks(window.session.workspace, window.current.plan_id)[0].id
    assert window.tasks.table.model().setData(window.tasks.table.view_index(first, "percent"), "33")  # an edit
    task, _ = accepted_file(window, qtbot, dialogs, tmp_path)
    stack = window.session.undo_stack
    assert stack.undoText().startswith("接收") and stack.count() == 2
    window.flows.open_dialog.reject()
    window.show_view("submissions")
    view = window.submissions
    assert not view.withdraw.isEnabled()  # nothing selected
    view.records.selectRow(0)
    assert view.withdraw.isEnabled() and view.withdraw in view.records.actions()  # also its context menu
    dialogs.answers = [False]  # asked first: no
    view.withdraw.trigger()
    assert view.records.source.rows[0].outcome == RegionState.ACCEPTED
    dialogs.answers = [True]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        view.withdraw.trigger()
    assert view.records.source.rows[0].outcome == RegionState.WITHDRAWN
    assert {s.region: s.state for s in view.status.source.rows}["JS"] == RegionState.WITHDRAWN
    assert percent(window, task) != 60 and "已撤回报送" in window.status_message.text()
    view.records.selectRow(0)
    assert not view.withdraw.isEnabled()  # withdrawn already
    # Its take-in step went with it: Ctrl+Z now undoes the edit before it, not a refused nothing.
    assert stack.count() == 1 and not stack.undoText().startswith("接收")
    stack.undo()
    assert dialogs.errors == [] and percent(window, first, "SH") != 33


def test_a_withdrawal_the_core_refuses_is_said_in_words(window, qtbot, dialogs, tmp_path):
    task, _ = accepted_file(window, qtbot, dialogs, tmp_path)
    window.flows.open_dialog.reject()
    window.show_view("tasks")
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("JS"))
    assert window.tasks.table.model().setData(window.tasks.table.view_index(task, "percent"), "75")
    window.show_view("submissions")
    window.submissions.records.selectRow(0)
    dialogs.answers = [True]
    with qtbot.waitSignal(window.operations.failed, timeout=WAIT):
        window.submissions.withdraw.trigger()
    assert "未撤回报送" in dialogs.errors[-1] and "改动过" in dialogs.errors[-1]
    assert percent(window, task) == 75 and window.submissions.records.source.rows[0].outcome == RegionState.ACCEPTED


def test_the_take_in_dialog_shows_a_file_withdrawn_by_ctrl_z_while_it_is_open(window, qtbot, dialogs, tmp_path):
    _, path = accepted_file(window, qtbot, dialogs, tmp_path)
    dialog = window.flows.open_dialog
    assert dialog.files.view_index(path, "state").data() == "已接收"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):  # a file is taken back in the background
        qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in the dialog, as in the window
    assert dialog.isVisible() and dialog.received[0].decision == RegionState.WITHDRAWN
    assert dialog.files.view_index(path, "state").data() == "已撤回"
    dialog.files.select_key(path)
    assert not dialog.accept_button.isEnabled() and "再次添加" in dialog.problems.toPlainText()
