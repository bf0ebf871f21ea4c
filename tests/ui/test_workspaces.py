"""Workspace handling from the File menu: a held workspace is refused with who holds it,
the last workspace reopens at start, New/Open/Recent/Save a copy, backup and restore,
and the demo workspace one click away (and reset for trainers)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from tests.conftest import SEED_000
from tests.ui.conftest import WAIT
from workbench import browse
from workbench.app import services
from workbench.storage import backups
from workbench.storage.workspace import Workspace
from workbench.tracking import edits


def test_a_workspace_held_by_another_program_is_refused_and_named(make_window, demo_path, dialogs):
    other = Workspace.open(demo_path, program="another workbench")
    try:
        window = make_window(demo_path)
        assert window.session.workspace is None
        assert "another workbench" in dialogs.errors[-1] and "正被另一个程序使用" in dialogs.errors[-1]
    finally:
        other.close()


def test_the_last_workspace_reopens_at_start_unless_another_is_named(make_window, demo_path, tmp_path):
    first = make_window(demo_path)
    first.close()
    again = make_window()
    again.start(None)
    assert again.session.path == demo_path.resolve()
    assert again.settings.recent()[0] == demo_path.resolve()
    again.close()
    other = make_window()
    other.start(tmp_path / "fresh.sqlite", default=tmp_path / "default.sqlite")
    assert other.session.path == (tmp_path / "fresh.sqlite").resolve()
    assert browse.plans(other.session.workspace) == []


def test_new_open_and_recent(make_window, demo_path, tmp_path, dialogs):
    window = make_window()
    dialogs.answers = [tmp_path / "new"]
    window.menus.new.trigger()
    assert window.session.path == tmp_path / "new.sqlite" and window.navigator.model.rowCount() == 0
    dialogs.answers = [tmp_path / "new.sqlite"]
    window.menus.new.trigger()
    assert "already exists" in dialogs.errors[-1] or "已存在" in dialogs.errors[-1]
    dialogs.answers = [demo_path]
    window.menus.open.trigger()
    assert window.session.path == demo_path.resolve() and window.navigator.model.rowCount() == 4
    window.menus.recent.aboutToShow.emit()
    recent = [a for a in window.menus.recent.actions() if isinstance(a, QAction)]
    assert [a.text() for a in recent] == [str(demo_path.resolve()), str(tmp_path / "new.sqlite")]
    recent[1].trigger()
    assert window.session.path == tmp_path / "new.sqlite"


def test_save_a_copy_and_back_up_run_in_the_background(window, qtbot, tmp_path, dialogs):
    dialogs.answers = [tmp_path / "copy.sqlite"]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.menus.save_copy.trigger()
    with Workspace.open(tmp_path / "copy.sqlite", write=False) as copy:
        assert len(browse.plans(copy)) == 4
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT) as done:
        window.menus.backup.trigger()
    assert done.args[0].exists() and str(done.args[0].name) in window.status_message.text()


def test_edits_go_on_while_the_window_backs_up(window, qtbot):
    window.show_view("tasks")
    task = window.tasks.model.rows[0]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT) as done:
        window.menus.backup.trigger()
        assert window.operations.busy and not window.session.busy  # a backup only reads
        assert window.session.edit("edit", lambda ws: edits.task_status(ws, task.id, "done"))
        assert window.session.undo_stack.canUndo()
    assert done.args[0].exists() and window.tasks.model.task(task.id).status == "done"


def test_restore_puts_back_a_backup_and_reopens(window, qtbot, dialogs):
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.menus.backup.trigger()
    window.show_view("tasks")
    task = window.tasks.model.rows[0]
    window.session.edit("edit", lambda ws: edits.task_status(ws, task.id, "done"))
    assert window.tasks.model.task(task.id).status == "done"
    dialogs.answers = [0]  # the newest backup
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.menus.restore.trigger()
    assert window.session.workspace is not None
    assert window.tasks.model.task(task.id).status == task.status
    assert not window.session.undo_stack.canUndo()  # a new history for the restored content


def test_the_demo_is_one_click_away_and_resets_for_trainers(make_window, settings, qtbot, tmp_path, dialogs):
    demo = tmp_path / "demo" / "demo.sqlite"
    settings.set_text("workspaces/demo", str(demo))
    window = make_window()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.menus.demo.trigger()
    assert window.session.path == demo.resolve() and window.navigator.model.rowCount() == 4
    window.show_view("tasks")
    task = window.tasks.model.rows[0]
    window.session.edit("edit", lambda ws: edits.task_status(ws, task.id, "on_hold"))

    window.menus.reset_demo.trigger()  # the trainer says no
    assert not window.operations.busy
    dialogs.answers = [True]
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        window.menus.reset_demo.trigger()
    assert window.session.path == demo.resolve()
    assert window.tasks.model.rows[0].state.override is None  # the status the office set went with the reset


def test_a_workspace_in_a_synced_folder_opens_with_a_warning(make_window, demo_path, tmp_path, dialogs):
    synced = tmp_path / "Dropbox" / "demo.sqlite"
    synced.parent.mkdir()
    synced.write_bytes(demo_path.read_bytes())
    window = make_window(synced)
    assert window.session.path == synced.resolve()
    assert "云同步文件夹" in dialogs.infos[-1]


def test_a_first_start_offers_the_ways_in_instead_of_empty_charts(make_window, settings, qtbot, tmp_path):
    settings.set_text("workspaces/demo", str(tmp_path / "demo" / "demo.sqlite"))
    window = make_window()
    overview = window.overview
    assert overview.start_box.isVisible() and not overview.charts_box.isVisible()
    buttons = [b for b in overview.start_box.findChildren(QToolButton)]
    menus = window.menus
    assert [b.defaultAction() for b in buttons] == [menus.demo, menus.new, menus.open, menus.import_plan]
    assert buttons[0].text().startswith("打开演示工作区")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        buttons[0].click()  # 打开演示工作区
    assert window.navigator.model.rowCount() == 4
    window.show_plan(browse.plans(window.session.workspace)[0].id)
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.charts_box.isVisible() and not overview.start_box.isVisible(), timeout=WAIT)


def test_restoring_another_workspaces_backup_asks_first(window, qtbot, dialogs, tmp_path):
    from workbench.storage import backups
    from workbench.storage.backups import MANUAL

    with Workspace.open(tmp_path / "other.sqlite", create=True, program="pytest") as other:
        foreign = backups.take(other)
    own = backups.folder(window.session.path)
    own.mkdir(exist_ok=True)
    copied = own / f"{window.session.path.stem}-from-elsewhere-{MANUAL}.sqlite"
    copied.write_bytes(foreign.read_bytes())
    backups.sidecar(copied).write_text(backups.sidecar(foreign).read_text().replace(foreign.name, copied.name))
    names = [p.name for p in backups.listing(window.session.path)]
    dialogs.answers = [names.index(copied.name), False]  # that backup; then "no"
    with qtbot.waitSignal(window.operations.failed, timeout=WAIT):
        window.menus.restore.trigger()
    assert len(browse.plans(window.session.workspace)) == 4  # reopened as it was
    dialogs.answers = [names.index(copied.name), True]
    with qtbot.waitSignals([window.operations.failed, window.operations.finished], timeout=WAIT):
        window.menus.restore.trigger()
    assert browse.plans(window.session.workspace) == [] and dialogs.errors == []


def test_the_days_backup_is_taken_in_the_background_as_a_workspace_opens(make_window, demo_path, qtbot, tmp_path):
    assert backups.listing(demo_path) == []
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: len(backups.listing(demo_path)) == 1, timeout=WAIT)
    [taken] = backups.listing(demo_path)
    assert taken.stem.endswith("-daily") and backups.verify(taken)
    qtbot.waitUntil(lambda: "今日备份" in window.status_message.text(), timeout=WAIT)
    # The day's first plan import finds it taken: no second copy of the whole file.
    another = tmp_path / "修订版.txt"
    another.write_text(SEED_000.read_text(encoding="utf-8") + "\n修订。\n", encoding="utf-8")
    services.import_plan(window.session.workspace, another)
    assert backups.listing(demo_path) == [taken]
    window.close()
    make_window(demo_path)  # opened again the same day: nothing more
    assert backups.listing(demo_path) == [taken]
