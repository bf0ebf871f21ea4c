"""The Indicators view's definition panel: a definition edited in its dialog (one step, undone with Ctrl+Z and
audited), a target revised from the panel (kept as history; the chart draws the plan's own target dashed, in
its legend), and a refused revision told to the user with nothing written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench import browse
from workbench.planning import plans
from workbench.tracking import indicators

DIGITAL = "数字干线"


def select_first_indicator(window):
    plan_id = plans.resolve(window.session.workspace, DIGITAL)["id"]
    window.current.set(plan_id, "2023H1")
    window.show_view("indicators")
    view = window.indicators
    view.reload()
    first = indicators.detail(window.session.workspace, plan_id, "1")
    assert view.table.select_key(first.id)
    return view, first


def answering(fill):
    """A stand-in for the view's `ask`: fills the dialog as a person would and accepts it."""

    def ask(dialog) -> bool:
        fill(dialog)
        return True

    return ask


def test_the_definition_is_edited_in_a_dialog_shown_in_the_panel_and_undone(window, qtbot):
    view, first = select_first_indicator(window)
    assert "未说明" in view.definition.text.text() or "not stated" in view.definition.text.text()

    def fill(dialog):
        dialog.definition.setPlainText("规上数字产业企业营业收入")
        dialog.source.setText("统计局")
        dialog.aggregation.setCurrentIndex(dialog.aggregation.findData("sum"))
        dialog.attribute.setCurrentIndex(dialog.attribute.findData("binding"))

    view.ask = answering(fill)
    assert view.definition.edit.isEnabled()
    view.definition.edit.click()
    stored = indicators.of(window.session.workspace, first.id)
    assert (stored.definition, stored.data_source, stored.aggregation, stored.attribute) == (
        "规上数字产业企业营业收入",
        "统计局",
        "sum",
        "binding",
    )
    shown = view.definition.text.text()
    assert "规上数字产业企业营业收入" in shown and "统计局" in shown
    window.show_view("audit")
    latest = {(e.entity, e.field, e.new, e.source) for e in window.audit.table.source.rows[:4]}
    assert ("indicator", "definition", "规上数字产业企业营业收入", "gui") in latest
    window.show_view("indicators")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = indicators.of(window.session.workspace, first.id)
    assert (undone.definition, undone.aggregation, undone.attribute) == ("", None, None)
    assert "规上数字产业企业营业收入" not in view.definition.text.text()


def test_a_cancelled_dialog_changes_nothing(window):
    view, first = select_first_indicator(window)
    view.ask = lambda dialog: False
    assert not view.edit_definition() and not view.revise_target()
    assert indicators.of(window.session.workspace, first.id) == first


def test_a_target_revised_from_the_panel_keeps_the_plans_and_the_chart_shows_both(window):
    view, first = select_first_indicator(window)

    def fill(dialog):
        dialog.year.setCurrentText("2025")
        dialog.target.setText("6500")
        dialog.reason.setText("中期评估下调")
        dialog.source.setText("中期评估报告")

    assert "7,000" in view.definition.text.text()
    view.ask = answering(fill)
    view.definition.revise.click()
    revised = indicators.of(window.session.workspace, first.id)
    assert revised.in_force()[2025] == 6500 and [t[1] for t in revised.targets if t[0] == 2025] == [7000]
    assert "中期评估下调" in view.definition.text.text() and "6,500" in view.definition.text.text()
    chart = view.chart.data
    assert chart.original is not None
    assert 7000 in [p.value for p in chart.original.points] and 6500 in [p.value for p in chart.trajectory.points]
    legend = [label.text for _, label in view.chart.legend_row.legend.items]
    assert any("原定" in text or "plan set" in text for text in legend)
    assert not window.menus.undo.isEnabled()  # history, not a step to undo


def test_a_revision_without_a_reason_is_refused_and_the_user_told(window, dialogs):
    view, first = select_first_indicator(window)
    view.ask = answering(lambda dialog: dialog.target.setText("6500"))
    assert not view.revise_target()
    assert dialogs.errors and first.name in dialogs.errors[-1]
    assert indicators.of(window.session.workspace, first.id).revisions == ()
    assert browse.indicator_chart(window.session.workspace, first.id).original is None


def test_the_audit_tab_names_who_made_a_change(window):
    view, _ = select_first_indicator(window)
    view.ask = answering(lambda dialog: dialog.formula.setText("∑ 营收"))
    assert view.edit_definition()
    window.show_view("audit")
    latest = window.audit.table.source.rows[0]
    assert latest.user and window.audit.table.view_index((latest.id, latest.field), "user").data() == latest.user
