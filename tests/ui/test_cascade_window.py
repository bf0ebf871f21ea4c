"""The cascade through the window: the province's window receives the office's template by a drop (and by the
Plans menu), its cities' files are taken in, and the consolidation is previewed, chosen over and edited in its
dialog, then written; the office takes the file in, accepted, with the values the dialog showed."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import WAIT
from tests.ui.test_flows import drop
from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, indicator_value, task_values
from ui.flows.cascade import ConsolidateDialog, ReceiveTemplateDialog
from ui.flows.templates import SendTemplatesDialog
from workbench import browse
from workbench.app import services
from workbench.planning import plans
from workbench.reference.statuses import TaskStatus
from workbench.reporting.states import Outcome
from workbench.storage.workspace import Workspace

PERIOD = "2023H1"


def office_round(tmp_path: Path) -> tuple[Path, int, Path]:
    path = tmp_path / "office.sqlite"
    with Workspace.open(path, create=True, program="pytest") as ws:
        plan_id = plans.save(ws, test_plans.plan(8))
        [template] = services.issue_templates(ws, plan_id, ["JS"], PERIOD, tmp_path / "from-office")
    return path, plan_id, template


def test_receive_by_drop_relay_and_consolidate_in_the_dialog(make_window, tmp_path, qtbot, dialogs):
    office, office_plan, template = office_round(tmp_path)
    window = make_window(tmp_path / "province.sqlite")
    drop(window, [template])
    dialog = window.flows.open_dialog
    assert isinstance(dialog, ReceiveTemplateDialog)
    qtbot.waitUntil(lambda: dialog.receive_button.isEnabled(), timeout=WAIT)
    assert "发给江苏省" in dialog.summary.text() and "任务 7 项、指标 3 项" in dialog.summary.text()
    assert browse.plans(window.session.workspace) == []  # nothing saved by the preview
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.receive_button.click()
    [plan] = browse.plans(window.session.workspace)
    assert window.navigator.model.rowCount() == 1
    dialog.reject()

    # Relayed to two of its cities with Send templates (which offers 江苏省's 13 cities for a received plan), their
    # files taken in as any return is.
    window.show_plan(plan.id)
    window.current.period = PERIOD
    window.menus.send_templates.trigger()
    dialog = window.flows.open_dialog
    assert isinstance(dialog, SendTemplatesDialog) and len(dialog.under) == 13
    for code, box in dialog.under.items():
        box.setChecked(code in ("JS-NJ", "JS-SZ"))
    dialogs.answers = [tmp_path / "to-cities"]
    dialog.folder.choose()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    issued = sorted(dialog.written)
    assert [p.name.split("_")[1] for p in issued] == ["南京市", "苏州市"]
    dialog.reject()
    ws = window.session.workspace
    for path, (status, percent, value) in zip(issued, (("已完成", 100, 2.0), ("滞后", 30, 3.0))):
        fill(
            path,
            tmp_path / "back" / path.name,
            tasks={"1": {"status": status, "percent": percent, "progress": f"{path.name[:4]}进展"}},
            indicators={"1": {"value": value}},
        )
    assert [o.status for o in services.submit_many(ws, [tmp_path / "back"])] == [Outcome.ACCEPTED] * 2

    window.menus.consolidate.trigger()
    dialog = window.flows.open_dialog
    assert isinstance(dialog, ConsolidateDialog) and dialog.write_button.isEnabled()
    assert "汇总规则" in dialog.rules.text() and "尚未报送" not in dialog.missing.text()
    row = next(r for r in range(dialog.tasks.rowCount()) if dialog.tasks.item(r, 0).text() == "1")
    assert dialog.tasks.cellWidget(row, 2).currentData() == TaskStatus.LAGGING  # 苏州 lags
    assert dialog.tasks.item(row, 4).text() == "65"  # (100 + 30) / 2
    combo = dialog.tasks.cellWidget(row, 2)
    combo.setCurrentIndex(combo.findData(TaskStatus.IN_PROGRESS.value))  # chosen over the rule
    row = next(r for r in range(dialog.tasks.rowCount()) if dialog.tasks.item(r, 0).text() == "1")
    assert dialog.tasks.item(row, 3).text() == "人工指定"
    dialog.tasks.item(row, 6).setText("全省两市推进顺利")  # the composed text, edited
    assert dialog.indicators.item(0, 4).text() == "5"  # 2 + 3 万个

    out = tmp_path / "江苏省汇总.xlsx"
    dialogs.answers = [out]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.write_button.click()
    assert out.exists() and dialog.open_button.isEnabled()

    with Workspace.open(office, program="pytest") as ws:
        [taken] = services.submit_many(ws, [out])
        assert taken.status == Outcome.ACCEPTED
        one = task_values(ws, office_plan, "1", "JS", PERIOD)
        assert (one["status"], one["percent"], one["progress"]) == ("in_progress", 65.0, "全省两市推进顺利")
        assert indicator_value(ws, office_plan, 1, "JS", PERIOD)["value"] == 5.0


def test_receive_by_the_plans_menu(make_window, tmp_path, qtbot, dialogs):
    _, _, template = office_round(tmp_path)
    window = make_window(tmp_path / "province.sqlite")
    window.menus.receive_template.trigger()
    dialog = window.flows.open_dialog
    assert isinstance(dialog, ReceiveTemplateDialog) and not dialog.receive_button.isEnabled()
    dialogs.answers = [template]
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.receive_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.receive_button.click()
    assert [p.title for p in browse.plans(window.session.workspace)] == [test_plans.TITLE]
    # A return of this workspace's own dropped on the window still goes to the intake.
    [own] = services.issue_templates(window.session.workspace, 1, ["JS-NJ"], PERIOD, tmp_path / "own")
    dialog.reject()
    drop(window, [own])
    assert not isinstance(window.flows.open_dialog, ReceiveTemplateDialog)


def province_workspace(tmp_path: Path) -> tuple[Path, int]:
    """The office issues to 江苏省, the province receives it and takes in three of its cities' returns; returns the
    province's workspace and its received plan."""
    template = office_round(tmp_path)[2]
    path = tmp_path / "province.sqlite"
    reports = {"JS-NJ": ("已完成", 100, 2.0), "JS-WX": ("滞后", 20, 3.0), "JS-SZ": ("推进中", 60, 4.0)}
    with Workspace.open(path, create=True, program="pytest") as ws:
        plan = services.receive(ws, template).plan_id
        assert plan is not None
        issued = services.issue_templates(ws, plan, list(reports), PERIOD, tmp_path / "to-cities")
        for out, (status, percent, value) in zip(issued, reports.values()):
            fill(
                out,
                tmp_path / "back" / out.name,
                tasks={"1": {"status": status, "percent": percent}},
                indicators={"1": {"value": value}},
            )
        assert [o.status for o in services.submit_many(ws, [tmp_path / "back"])] == [Outcome.ACCEPTED] * 3
    return path, plan


def test_a_received_plans_tabs_show_the_province_and_its_cities(make_window, tmp_path, qtbot):
    from ui.models.indicators import VALUE_PREFIX
    from workbench.reference import regions

    province, plan = province_workspace(tmp_path)
    cities = regions.children("JS")
    window = make_window(province)
    window.show_plan(plan)
    window.current.period = PERIOD

    window.show_view("overview")
    bars = window.overview.status_chart.data
    assert bars.regions == ("JS", "JS-NJ", "JS-WX", "JS-SZ")
    assert bars.counts[("JS-WX", TaskStatus.LAGGING.value)] == 1

    window.show_view("tasks")
    chooser = window.tasks.region
    assert [chooser.itemData(i) for i in range(chooser.count())] == ["JS", *cities]
    assert chooser.itemText(1) == "南京市"
    chooser.setCurrentIndex(chooser.findData("JS-NJ"))
    task = next(t for t in window.tasks.model.rows if t.number == "1")
    assert (task.region_status, task.region_percent) == (TaskStatus.DONE.value, 100.0)

    window.show_view("indicators")
    values = [
        c.key.removeprefix(VALUE_PREFIX) for c in window.indicators.model.columns if c.key.startswith(VALUE_PREFIX)
    ]
    assert values == ["JS", *cities]
    first = window.indicators.model.rows[0]
    assert first.values == {"JS-NJ": 2.0, "JS-WX": 3.0, "JS-SZ": 4.0}
    window.indicators.show_indicator(first.id)
    assert {"JS-NJ", "JS-WX", "JS-SZ"} <= set(window.indicators.chart.data.series) and "SH" not in (
        window.indicators.chart.data.series
    )

    window.show_view("submissions")
    status = window.submissions.status.source.rows
    assert [s.region for s in status] == cities and not window.submissions.cities.isVisible()
    assert "江苏省" in window.submissions.status_label.text()
    window.show_view("review")
    assert [r.region for r in window.review.table.source.rows] == cities and not window.review.cities.isVisible()


def test_the_offices_own_plan_still_shows_the_provinces(make_window, tmp_path, qtbot):
    from ui.models.indicators import VALUE_PREFIX
    from workbench.reference import regions

    office, plan, _ = office_round(tmp_path)
    window = make_window(office)
    window.show_plan(plan)
    window.current.period = PERIOD
    window.show_view("overview")
    assert window.overview.status_chart.data.regions == regions.PROVINCES
    window.show_view("tasks")
    chooser = window.tasks.region
    assert [chooser.itemData(i) for i in range(chooser.count())] == list(regions.PROVINCES)
    window.show_view("indicators")
    values = [
        c.key.removeprefix(VALUE_PREFIX) for c in window.indicators.model.columns if c.key.startswith(VALUE_PREFIX)
    ]
    assert values == list(regions.PROVINCES)
    window.show_view("submissions")
    assert [s.region for s in window.submissions.status.source.rows] == list(regions.PROVINCES)
    assert window.submissions.cities.isVisible()
    window.show_view("review")
    assert [r.region for r in window.review.table.source.rows] == list(regions.PROVINCES)
