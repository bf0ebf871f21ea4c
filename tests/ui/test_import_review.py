"""The import dialog's review, driven as a person does: a misread item reclassified, an indicator's target
edited, two items merged and one split, the source text marking the item chosen, the tables' column mapping
shown; then saved, and the workspace holds what the review made. A corrected version of a plan in the
workspace updates it in place after a page of changes, or is refused there."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import SEED_003
from tests.ui.conftest import WAIT
from tests.workbench.planning.test_reimport import corrected_000
from ui.flows.import_plan import CHANGES_PAGE, ImportPlanDialog
from workbench import browse
from workbench.planning import review
from workbench.planning.document import ColumnMapping, TableMapping


def open_dialog(window, qtbot, dialogs, path) -> ImportPlanDialog:
    dialogs.answers = [path]
    window.menus.import_plan.trigger()
    dialog = window.flows.open_dialog
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.choose_button.click()
    return dialog


def item(dialog, kind, title):
    return next(i for i in dialog.review.rows if i.kind == kind and i.title == title)


def choose(dialog, found):
    assert dialog.items.select_key(found.key)
    assert dialog.panel.item == found


def type_into(dialog, field, text):
    line = dialog.panel.fields[field]
    line.setText(text)
    line.editingFinished.emit()


def test_review_fix_and_save(make_window, tmp_path, qtbot, dialogs):
    window = make_window(tmp_path / "empty.sqlite")
    dialog = open_dialog(window, qtbot, dialogs, SEED_003)
    read = dialog.parsed
    assert dialog.pages.currentIndex() == 0 and dialog.save_button.text() == dialog.tr("Save")
    assert f"{len(read.indicators)} 个指标" in dialog.summary.text()
    assert not dialog.tabs.isTabVisible(dialog.mapping_tab)

    # a task that is really an indicator: reclassified in the table, keeping its name
    task = next(i for i in dialog.review.rows if i.kind == review.TASK)
    assert dialog.items.model().setData(dialog.items.view_index(task.key, "kind"), review.INDICATOR)
    assert f"{len(read.indicators) + 1} 个指标" in dialog.summary.text()

    # an indicator's target edited, and a wrong one refused in words
    ports = item(dialog, review.INDICATOR, "宽带接入端口")
    choose(dialog, ports)
    assert dialog.panel.form.isRowVisible(dialog.panel.fields["targets"])
    assert not dialog.panel.form.isRowVisible(dialog.panel.fields["lead_units"])
    type_into(dialog, "targets", "2020: 1.2亿")
    assert [(t.year, t.value) for t in item(dialog, review.INDICATOR, "宽带接入端口").targets] == [(2020, 120_000_000)]
    type_into(dialog, "targets", "到2020年")
    assert "年份: 数值" in dialog.panel.error.text()

    # the source text marks the passage the item chosen came from
    cursor = dialog.source.textCursor().position()
    assert cursor == dialog._offsets(ports.span.start)
    selections = dialog.source.extraSelections()
    marked = selections[-1].cursor
    assert (marked.selectionStart(), marked.selectionEnd()) == (
        dialog._offsets(ports.span.start),
        dialog._offsets(ports.span.end),
    )

    # two projects merged, then split again where the second began
    projects = [i for i in dialog.review.rows if i.kind == review.PROJECT]
    first, second = projects[0], projects[1]
    assert (
        review.in_text_order(dialog.review.rows).index(second)
        == review.in_text_order(dialog.review.rows).index(first) + 1
    )
    choose(dialog, first)
    dialog.merge_button.click()
    merged = next(i for i in dialog.review.rows if i.key == first.key)
    assert second.key not in [i.key for i in dialog.review.rows] and second.title in merged.body
    assert dialog.panel.item == merged
    cursor = dialog.panel.body.textCursor()
    cursor.setPosition(merged.body.index(second.number))
    dialog.panel.body.setTextCursor(cursor)
    dialog.panel.split_button.click()
    assert len([i for i in dialog.review.rows if i.kind == review.PROJECT]) == len(projects)
    split_off = next(
        i for i in dialog.review.rows if i.kind == review.PROJECT and i.key not in {p.key for p in projects}
    )
    assert split_off.title.startswith(second.title[:6])

    # a task retitled through its panel
    task2 = next(i for i in dialog.review.rows if i.kind == review.TASK)
    choose(dialog, task2)
    type_into(dialog, "title", "改过的任务标题")
    type_into(dialog, "lead_units", "上海市经信委、江苏省工信厅")
    assert not dialog.panel.error.text()

    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    workspace = window.session.workspace
    (plan,) = browse.plans(workspace)
    assert (plan.tasks, plan.projects) == (len(read.tasks) - 1, len(read.projects))
    indicators = {i.name: i for i in browse.indicators(workspace, plan.id)}
    assert task.title in indicators and len(indicators) == len(read.indicators) + 1
    saved = workspace.db.execute(
        "SELECT t.year, t.value FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.name = ?",
        ["宽带接入端口"],
    ).fetchall()
    assert saved == [(2020, 120_000_000)]
    retitled = next(t for t in browse.tasks(workspace, plan.id) if t.title == "改过的任务标题")
    assert retitled.lead_units == ("上海市经信委", "江苏省工信厅")


def test_a_passage_the_importer_missed_is_added_from_the_source_text(make_window, tmp_path, qtbot, dialogs):
    window = make_window(tmp_path / "empty.sqlite")
    dialog = open_dialog(window, qtbot, dialogs, SEED_003)
    tasks = len(dialog.parsed.tasks)
    dialog.add_button.click()
    assert dialog.panel.error.text()  # nothing selected: said, nothing added
    text = dialog.parsed.source_text
    start = text.index("发展基础")
    cursor = dialog.source.textCursor()
    cursor.setPosition(dialog._offsets(start))
    cursor.setPosition(dialog._offsets(start + 30), cursor.MoveMode.KeepAnchor)
    dialog.source.setTextCursor(cursor)
    dialog.add_kind.setCurrentIndex(dialog.add_kind.findData(review.TASK))
    dialog.add_button.click()
    added = dialog.panel.item
    assert added is not None and added.kind == review.TASK and added.span.start == start
    assert f"{tasks + 1} 项任务" in dialog.summary.text()


def test_the_column_mapping_of_tables_is_shown(make_window, tmp_path, qtbot, dialogs):
    window = make_window(tmp_path / "empty.sqlite")
    dialog = open_dialog(window, qtbot, dialogs, SEED_003)
    mapped = replace(
        dialog.parsed,
        table_mappings=[
            TableMapping(
                "表1",
                "tasks",
                [ColumnMapping("序号", "number"), ColumnMapping("重点任务", "title"), ColumnMapping("备注", None)],
            )
        ],
    )
    dialog._extracted((mapped, None))
    assert dialog.tabs.isTabVisible(dialog.mapping_tab)
    table = dialog.mappings.topLevelItem(0)
    assert table.text(0) == "表1 · tasks" and table.childCount() == 3
    assert [(table.child(i).text(0), table.child(i).text(1)) for i in range(3)] == [
        ("序号", "number"),
        ("重点任务", "title"),
        ("备注", dialog.tr("(not used)")),
    ]


def test_a_corrected_version_updates_its_plan_after_a_page_of_changes(window, tmp_path, qtbot, dialogs):
    workspace = window.session.workspace
    plan = next(p for p in browse.plans(workspace) if "三年行动计划" in p.title)
    before = {t.number: t for t in browse.tasks(workspace, plan.id)}
    progress = workspace.db.execute("SELECT count(*) FROM task_progress").fetchone()[0]
    dialog = open_dialog(window, qtbot, dialogs, corrected_000(tmp_path, drop="no task is left out"))
    assert dialog.target.currentData() == plan.id  # the plan of the same title
    assert dialog.save_button.text() == dialog.tr("Show the changes…")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.pages.currentIndex() == CHANGES_PAGE and dialog.save_button.isEnabled()
    lines = [dialog.changes_page.lines.item(i).text() for i in range(dialog.changes_page.lines.count())]
    assert "+ 任务 5 共建长三角算力调度平台" in lines and "新增 1 项，删除 0 项" in dialog.changes_page.title.text()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    after = {t.number: t for t in browse.tasks(workspace, plan.id)}
    assert len(browse.plans(workspace)) == 4 and len(after) == 17
    assert after["8"].id == before["7"].id and after["3"].title == "加快新型技术基础设施协同部署"
    assert workspace.db.execute("SELECT count(*) FROM task_progress").fetchone()[0] == progress
    assert window.current.plan_id == plan.id


def test_dropping_a_task_with_progress_is_refused_on_the_changes_page(window, tmp_path, qtbot, dialogs):
    workspace = window.session.workspace
    plan = next(p for p in browse.plans(workspace) if "三年行动计划" in p.title)
    dialog = open_dialog(window, qtbot, dialogs, corrected_000(tmp_path))
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.pages.currentIndex() == CHANGES_PAGE and not dialog.save_button.isEnabled()
    assert (
        "联合举办数字经济创新创业大赛" in dialog.changes_page.refusal.text() and dialog.changes_page.refusal.isVisible()
    )
    assert len(browse.tasks(workspace, plan.id)) == 16
    dialog.target.setCurrentIndex(dialog.target.findData(None))  # or saved as a new plan
    assert dialog.save_button.text() == dialog.tr("Save") and dialog.pages.currentIndex() == 0
