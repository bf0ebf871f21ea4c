"""The development index and themes windows on the demo: ranking, breakdown, weights edited, proposals found off
the GUI thread, a link confirmed, the index exported with its method."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QTableWidgetItem

from ui import analysis_dialogs
from workbench.analysis import development_index


def test_index_window_ranks_breaks_down_and_edits_weights(window, qtbot, tmp_path):
    plan = next(p for p in window.session.workspace.db.query("SELECT id FROM plans WHERE title LIKE '%数字干线%'"))
    dialog = analysis_dialogs.IndexDialog(window, plan["id"], "2023H1")
    qtbot.addWidget(dialog)
    report = development_index.compute(window.session.workspace, dialog.plan, "2023H1")
    assert dialog.ranking.rowCount() == 4
    assert dialog.ranking.item(0, 2).text() == f"{report.regions[0].index:.2f}"
    assert dialog.parts.rowCount() == 2
    assert dialog.chart.data and any(dialog.chart.data.values())
    dialog.weights.item(1, 1).setText("0")  # as a double-click edit would
    assert development_index.compute(window.session.workspace, dialog.plan, "2023H1").indicators[1].weight == 0
    target = tmp_path / "index.xlsx"
    window.dialogs.save_file = lambda *a, **k: target  # the file dialog, answered
    dialog._export()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["ranking", "method"]
    assert "Σ" in "".join(str(c.value) for row in book["method"].iter_rows() for c in row if c.value)


def test_themes_window_proposes_off_the_gui_thread_and_confirms(window, qtbot):
    dialog = analysis_dialogs.ThemesDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.proposals.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10000)
    dialog.proposals.selectRow(0)
    dialog._decide(analysis_dialogs.themes.confirm)  # in the background, the proposals found again after
    qtbot.waitUntil(lambda: dialog.theme_list.count() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10000)
    dialog.theme_list.setCurrentRow(0)
    assert dialog.theme_tasks.rowCount() == 2
    dialog.name_edit.setText("电子商务")
    dialog._rename()
    assert dialog.theme_list.item(0).text().startswith("电子商务")
    assert isinstance(dialog.theme_tasks.item(0, 3), QTableWidgetItem)
