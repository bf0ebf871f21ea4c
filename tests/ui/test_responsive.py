"""The window answers on a workspace of many plans and regions: the navigator is built as it is opened and
renamed in place on a language switch; tables sort in their model and fit their columns to a sample of rows,
once shown; the indicator chart shows the provinces and the few regions a person adds; an older workspace is
upgraded in the background."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, Qt

from tests.ui.conftest import WAIT
from ui.models.base import ROW_ROLE, Column, RowTableModel
from ui.navigator import ENTRY_ROLE, FILLED_ROLE
from ui.views.indicators import MAX_ADDED
from ui.views.table import FIT_SAMPLE, RowTable
from workbench import browse
from workbench.storage import backups
from workbench.storage.workspace import Workspace
from workbench.tracking import edits

GOLDEN_V4 = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v4.sqlite"


def plan_named(window, part: str):
    return next(p for p in browse.plans(window.session.workspace) if part in p.title)


def test_the_navigator_builds_a_plan_when_it_is_opened(window):
    navigator = window.navigator
    plans = [navigator.model.item(row) for row in range(navigator.model.rowCount())]
    shown = [p for p in plans if p.data(ENTRY_ROLE)[2] == window.current.plan_id]
    assert [p.data(FILLED_ROLE) for p in shown] == [True]  # the plan shown is open
    closed = [p for p in plans if p not in shown]
    assert all(p.data(FILLED_ROLE) is False and p.rowCount() == 1 for p in closed)  # a mark for the expander
    action_plan = plan_named(window, "三年行动计划")
    index = navigator.plan_index(action_plan.id)
    navigator.tree.expand(index)
    tasks = navigator.model.itemFromIndex(index).child(1)
    assert tasks.text() == "任务（16）" and tasks.data(FILLED_ROLE) is False
    navigator.tree.expand(tasks.index())
    titles = [tasks.child(g).child(t).text() for g in range(tasks.rowCount()) for t in range(tasks.child(g).rowCount())]
    assert len(titles) == 16 and titles[2].startswith("3. 加快新技术基础设施协同部署")


def test_a_language_switch_renames_the_navigator_in_place(window, qtbot):
    navigator = window.navigator
    index = navigator.plan_index(plan_named(window, "三年行动计划").id)
    navigator.tree.expand(index)
    plan = navigator.model.itemFromIndex(index)
    sections = [plan.child(row) for row in range(plan.rowCount())]
    window.set_language("en")
    qtbot.waitUntil(lambda: sections[1].text() == "Tasks (16)", timeout=WAIT)  # Qt posts the language change
    assert [plan.child(row) for row in range(plan.rowCount())] == sections  # the same entries, not rebuilt
    assert sections[0].text() == "Outline and source text"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: sections[1].text() == "任务（16）", timeout=WAIT)


def test_tables_fit_their_columns_to_a_sample_of_rows(window):
    for table in (window.tasks.table, window.indicators.table, window.audit.table):
        assert table.horizontalHeader().resizeContentsPrecision() == FIT_SAMPLE


def test_the_chart_shows_the_provinces_and_the_regions_added(window):
    window.show_plan(plan_named(window, "数字干线").id)
    window.show_view("indicators")
    view = window.indicators
    indicator = view.model.rows[0]
    for city in ("JS-NJ", "ZJ-HZ"):
        value = lambda ws, c=city: edits.indicator_value(ws, indicator.id, c, "2023H1", "99")  # noqa: E731
        assert window.session.edit("value", value)
    view.table.select_key(indicator.id)
    assert set(view.chart.data.series) == {"SH", "JS", "ZJ"}  # the provinces, however many others report
    offered = [view.compare.itemData(at) for at in range(1, view.compare.count())]
    assert offered == ["JS-NJ", "ZJ-HZ"]
    view.compare.activated.emit(offered.index("ZJ-HZ") + 1)
    assert set(view.chart.data.series) == {"SH", "JS", "ZJ", "ZJ-HZ"}
    assert "杭州市" in view.chart.readout.text()
    assert [view.compare.itemData(at) for at in range(1, view.compare.count())] == ["JS-NJ"]  # not twice
    view.table.select_key(view.model.rows[1].id)  # kept from indicator to indicator
    assert view.added == ["ZJ-HZ"] and view.provinces_only.isEnabled()
    view.provinces_only.click()
    assert view.added == [] and not view.provinces_only.isEnabled()
    view.table.select_key(indicator.id)
    view.added = [f"R{n}" for n in range(MAX_ADDED)]
    view.compare.activated.emit(1)
    assert len(view.added) == MAX_ADDED and view.added[-1] == "JS-NJ" and "R0" not in view.added  # a chosen few


def test_an_older_workspace_is_upgraded_in_the_background(make_window, tmp_path, qtbot):
    path = tmp_path / "v4.sqlite"
    shutil.copyfile(GOLDEN_V4, path)
    window = make_window()
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.workspaces.open_path(path)
        assert window.operations.busy and window.session.workspace is None  # the window answers meanwhile
    assert window.navigator.model.rowCount() == 1 and window.session.path == path.resolve()
    assert next(p.name for p in backups.listing(path)).endswith("before-migration-v4.sqlite")
    with Workspace.open(tmp_path / "new.sqlite", create=True) as new:
        assert (
            window.session.require_workspace().db.execute("PRAGMA user_version").fetchone()
            == new.db.execute("PRAGMA user_version").fetchone()
        )


def test_a_table_is_sorted_by_its_model_keeping_the_row_selected(window):
    window.show_view("tasks")
    table, model = window.tasks.table, window.tasks.model
    given = model.rows
    chosen = given[5]
    assert table.select_key(chosen.id)
    table.sortByColumn(model.column_of("percent"), Qt.SortOrder.DescendingOrder)  # a click on its title
    shown = [table.proxy.index(r, 0).data(ROW_ROLE) for r in range(table.proxy.rowCount())]
    percents = [t.region_percent if t.region_percent is not None else float("-inf") for t in shown]
    assert percents == sorted(percents, reverse=True) and model.rows == given  # shown sorted, given as it was
    assert table.current_row() == chosen
    table.sortByColumn(model.column_of("title"), Qt.SortOrder.AscendingOrder)  # Chinese in pinyin order
    titles = [table.proxy.index(r, 0).data(ROW_ROLE).title for r in range(table.proxy.rowCount())]
    assert titles == sorted(titles, key=QCollator(QLocale("zh_CN")).sortKey) != sorted(titles)  # not by code point


def test_a_hidden_table_fits_its_columns_once_it_is_shown(qtbot, settings):
    model = RowTableModel([Column("name", "Name", lambda r: r), Column("note", "Note", lambda r: "")], key=lambda r: r)
    table = RowTable(model, settings, "hidden")
    qtbot.addWidget(table)
    model.set_rows(["长三角区域一体化发展信息化专题组"])
    before = table.columnWidth(0)  # hidden (a tab not shown): not measured yet
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(0) > before
