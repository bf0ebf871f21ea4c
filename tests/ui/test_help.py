"""Help inside the app (the guide in both languages with its pictures, the shortcuts, About),
Qt's own dialogs in Chinese, views that say what to do when they have nothing to show, and
panels that can always be brought back."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from tests.conftest import SEED_000
from tests.ui.conftest import WAIT
from ui.changes import Changed
from ui.charts.group_progress import percent
from ui.help import dialogs as help_dialogs
from ui.help.dialogs import plain
from ui.language import QT_GAPS
from workbench import browse
from workbench.app import logs, services
from workbench.browse import GroupProgress
from workbench.storage.paths import log_dir

REPO = Path(__file__).resolve().parents[2]
LATIN = re.compile(r"[A-Za-z]")


def test_the_guide_opens_in_the_windows_language_with_its_pictures(window, qtbot):
    window.menus.guide.trigger()
    guide = help_dialogs.show(window, help_dialogs.GuideDialog)  # the one open, brought forward
    assert len(window.findChildren(help_dialogs.GuideDialog)) == 1 and guide.isVisible()
    assert guide.windowTitle() == "使用指南" and "接收所有无问题的文件" in guide.browser.toPlainText()
    assert "**" not in guide.browser.toPlainText()  # read as Markdown, not shown as its source
    picture = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("images/overview.png"))
    assert not QImage.fromData(picture).isNull()

    window.set_language("en")
    qtbot.waitUntil(lambda: guide.windowTitle() == "User guide", timeout=WAIT)
    assert "Accept all clean files" in guide.browser.toPlainText()


def test_the_guide_and_its_pictures_are_package_data():
    shipped = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = shipped["package-data"]["ui"]
    folder = REPO / "ui" / "help"
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    assert files and all(any(fnmatch(str(p.relative_to(REPO / "ui")), pat) for pat in patterns) for p in files)
    for guide in folder.glob("guide_*.md"):
        pictures = re.findall(r"\]\((images/[^)]+)\)", guide.read_text(encoding="utf-8"))
        assert pictures and all((folder / p).is_file() for p in pictures)
    assert sum(p.stat().st_size for p in files) < 400_000  # the wheel stays small


def test_the_shortcut_list_shows_every_menu_command_with_keys(window):
    window.menus.shortcuts.trigger()
    table = help_dialogs.show(window, help_dialogs.ShortcutsDialog).table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert {"Ctrl+Z", "Ctrl+F", "F11", "F1"} <= rows.keys()
    assert rows["F11"] == "视图 › 演示模式" and rows["F1"] == "帮助 › 使用指南"
    assert not any("&" in command for command in rows.values())


def test_about_says_where_the_workspace_and_the_log_are(window, dialogs):
    window.menus.about.trigger()
    text = dialogs.infos[-1]
    assert str(window.session.path) in text and str(log_dir() / logs.FILE_NAME) in text


def test_qts_own_file_dialog_speaks_chinese(window):
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert all(not LATIN.search(plain(QCoreApplication.translate("QFileDialog", text))) for text in QT_GAPS)
    dialog = QFileDialog(window, "打开", "", "*.xlsx")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as offscreen and bare X11 show
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    texts = [plain(w.text()) for w in widgets if w.text()]
    assert len(texts) >= 4 and not [t for t in texts if LATIN.search(t)]
    dialog.deleteLater()


def test_views_without_data_say_what_to_do(window):
    window.show_view("overview")
    window.period.setCurrentText("2030H1")
    window.period.lineEdit().editingFinished.emit()
    status, groups = window.overview.status_chart, window.overview.group_chart
    for chart in (status, groups):
        assert chart.empty.isVisible() and not chart.plot_widget.isVisible()
    assert "2030H1" in status.empty.text() and "接收" in status.empty.text()
    window.period.setCurrentText("2023H1")
    window.period.lineEdit().editingFinished.emit()
    assert status.plot_widget.isVisible() and not status.empty.isVisible()
    assert percent(GroupProgress("（一）", "数字基础设施", None, 3)) == "—"  # a group nobody reported on is not 0%


def test_an_empty_workspace_says_how_to_begin_a_round(make_window, tmp_path):
    window = make_window(tmp_path / "empty.sqlite")
    window.show_view("submissions")
    assert "左侧导航" in window.submissions.status_label.text()
    assert "尚未收到" in window.submissions.records_label.text()
    window.show_view("audit")
    assert window.audit.table.proxy.rowCount() == 0 and "还没有任何修改" in window.audit.table.empty_text
    window.show_view("source")
    assert window.source.editor.toPlainText() == "" and "左侧导航" in window.source.editor.placeholderText()
    window.audit.table.grab()  # paints the sentence over the empty table


def test_a_closed_panel_comes_back_from_the_view_menu_also_after_a_restart(make_window, demo_path):
    window = make_window(demo_path)
    window.navigator_dock.close()
    window.toolbar.hide()
    window.close()
    again = make_window(demo_path)
    assert not again.navigator_dock.isVisible()  # the layout is kept as it was left …
    toggles = {a.text(): a for a in again.menus.view.actions()}
    toggles["规划"].trigger()  # … and the View menu brings the panel back
    toggles["工具栏"].trigger()
    assert again.navigator_dock.isVisible() and again.toolbar.isVisible()
    assert "搜索结果" in toggles


def test_tasks_and_indicators_say_why_they_are_empty(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "empty.sqlite")
    for view, noun in ((window.tasks, "任务"), (window.indicators, "指标")):
        window.show_view("tasks" if view is window.tasks else "indicators")
        assert view.table.proxy.rowCount() == 0
        assert "左侧" in view.table.shown_empty_text() and noun in view.table.shown_empty_text()
        view.table.grab()


def test_a_plan_without_indicators_and_a_filter_that_hides_every_row_are_told_apart(window, qtbot):
    action_plan = next(p for p in browse.plans(window.session.workspace) if "三年行动计划" in p.title)
    window.current.set(action_plan.id, window.current.period)
    window.show_view("indicators")
    assert window.indicators.model.rowCount() == 0  # the action plan states no indicators
    assert "未列出量化指标" in window.indicators.table.shown_empty_text()
    window.show_view("tasks")
    assert window.tasks.table.proxy.rowCount() == 16 and window.tasks.table.shown_empty_text() == ""
    window.tasks.filter.setText("没有这样的任务XYZ")
    assert window.tasks.table.proxy.rowCount() == 0
    assert "筛选" in window.tasks.table.shown_empty_text()
    window.tasks.filter.clear()
    assert window.tasks.table.shown_empty_text() == ""


def test_the_demos_made_up_figures_are_labelled_on_every_chart_and_not_elsewhere(window, make_window, tmp_path):
    window.show_view("overview")
    assert "示例数据" in window.overview.facts.text()
    for chart in window.overview.charts:
        assert chart.title.startswith("【示例数据】"), chart.title
    window.show_view("indicators")
    assert window.indicators.chart.title.startswith("【示例数据】")
    own = make_window(tmp_path / "own.sqlite")
    plan_id, _ = services.import_plan(own.session.workspace, SEED_000)
    own.session.announce(Changed(plans=True))
    own.current.set(plan_id, "2023H1")
    own.show_view("overview")
    assert own.overview.facts.text() and "示例数据" not in own.overview.facts.text()
    assert all("示例数据" not in chart.title for chart in own.overview.charts)
