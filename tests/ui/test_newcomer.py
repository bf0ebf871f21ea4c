"""What a newcomer meets in the features added together (review, reminders, the meeting report, the cascade, the
index and themes): the Plans menu in the order of a round, each entry reachable by its own key, one word per
concept across the tabs and dialogs, and views that say what to do when they have nothing to show."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.conftest import WAIT
from ui import labels
from ui.flows.meeting import _missing
from workbench import browse
from workbench.reporting.states import RegionState, ReviewState

LANGUAGES = ["zh_CN", "en"]
REPO = Path(__file__).resolve().parents[2]
I18N, README = REPO / "ui" / "i18n", REPO / "README.md"


def speak(window, qtbot, language: str) -> None:
    """Switch the window's language and wait for the change, which Qt posts."""
    window.set_language(language)
    plans = "&Plans" if language == "en" else "规划(&P)"
    qtbot.waitUntil(lambda: window.menus.plan.title() == plans, timeout=WAIT)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plans_menu_follows_the_round_and_each_entry_has_its_own_key(window, qtbot, language):
    speak(window, qtbot, language)
    m = window.menus
    round_ = [m.send_templates, m.take_submissions, m.review, m.send_reminders, m.write_summary]
    round_.append(m.write_meeting_report)
    shown = [a for a in m.plan.actions() if not a.isSeparator()]
    assert [shown.index(a) for a in round_] == sorted(shown.index(a) for a in round_)
    for menu in (m.file, m.edit, m.plan, m.view, m.help):
        keys = [k for a in menu.actions() if (k := mnemonic(a.text()))]
        assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"


def test_review_the_reports_opens_the_review_tab(window):
    window.show_view("overview")
    window.menus.review.trigger()
    assert window.tabs.currentWidget() is window.review


def _plain(text: str) -> str:
    """A menu's or entry's words as a sentence names them: no access key, no trailing dots, no spaces (a
    README line may break inside a name)."""
    return re.sub(r"\(&\w\)|&|\s", "", text).rstrip("….")


def menu_paths(window) -> set[tuple[str, ...]]:
    """Every menu → entry (→ entry) of the window, in its current language."""
    found: set[tuple[str, ...]] = set()

    def walk(menu, above: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            path = (*above, _plain(action.text()))
            found.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for action in window.menuBar().actions():
        walk(action.menu(), (_plain(action.text()),))
    return found


MENUS = ("File", "Edit", "Plans", "Plan", "View", "Help", "文件", "编辑", "规划", "视图", "帮助")
ENTRY = r"[^→()（）*，,;；。]+(?:[(（][^)）→]*[)）][^→()（）*，,;；。]*)?"  # …演示工作区（培训用）…
PATH = re.compile(r"\b(" + "|".join(MENUS) + r")((?: → " + ENTRY + r")+)")


def named_paths(text: str) -> list[tuple[str, ...]]:
    """The menu paths a text names: 规划 → 接收报送文件…, Plans → Take in submissions…"""
    return [(menu, *(_plain(p) for p in rest.split(" → ")[1:])) for menu, rest in PATH.findall(text)]


def ui_texts(language: str) -> list[str]:
    """Every string of the window in a language: the sources (English) or their translations."""
    root = ElementTree.parse(I18N / "workbench_zh_CN.ts").getroot()
    tag = "source" if language == "en" else "translation"
    return [m.findtext(tag) or "" for m in root.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_path_a_message_names_is_in_the_menus(window, qtbot, language):
    speak(window, qtbot, language)
    menus = menu_paths(window)
    named = [(path, text) for text in ui_texts(language) for path in named_paths(text)]
    assert named  # the check has something to check
    assert [(p, t) for p, t in named if p not in menus] == []


@pytest.mark.parametrize("document", [README, *sorted((REPO / "ui" / "help").glob("guide_*.md"))], ids=lambda p: p.name)
def test_every_menu_path_the_readme_and_the_guide_name_is_in_the_menus(window, qtbot, document):
    menus = set()
    for language in LANGUAGES:
        speak(window, qtbot, language)
        menus |= menu_paths(window)
    named = named_paths(document.read_text(encoding="utf-8"))
    assert len(named) > 2
    assert [p for p in named if p not in menus] == []


def test_the_deadline_to_report_is_not_called_a_tasks_deadline(window):
    """完成时限 is when a task is due; the date a region's file is due has a name of its own, the same everywhere."""
    from ui.flows.meeting import LATENESS_COLUMNS
    from ui.flows.templates import PREVIEW_COLUMNS
    from ui.models.tasks import COLUMNS as TASK_COLUMNS
    from ui.views.submissions import STATUS_COLUMNS

    def title(columns) -> str:
        return QCoreApplication.translate("Columns", next(c for c in columns if c.key == "deadline").title)

    reporting = {title(c) for c in (LATENESS_COLUMNS, PREVIEW_COLUMNS, STATUS_COLUMNS)}
    assert len(reporting) == 1 and title(TASK_COLUMNS) not in reporting


def test_a_reminder_does_not_call_not_submitted_what_the_review_calls_submitted(window, qtbot):
    """The demo's 上海市 has values for 2023H1 but sent no file: 已报送（待审核） on the Review tab, and the
    reminders' preview says no file came, not that nothing was reported."""
    window.show_plan(next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title))
    window.current.period = "2023H1"
    window.show_view("review")
    states = {r.region: r.state for r in window.review.table.source.rows}
    assert states["SH"] == ReviewState.SUBMITTED
    dialog = window.flows.send_reminders()
    missing = {r.region: _missing(r) for r in dialog.table.source.rows}
    assert missing["SH"] and labels.review_state(ReviewState.NOT_SUBMITTED) not in missing["SH"]
    dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_tables_show_every_column_without_scrolling(window, qtbot, language):
    """Ranking, breakdown and weights side by side, at the size the dialog takes on a 1366×768 laptop: each
    column in sight, headers whole (the weight's 'double-click to edit' is a tooltip, not a header wider than
    the names)."""
    from ui.analysis_dialogs import IndexDialog

    speak(window, qtbot, language)
    plan = next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title)
    dialog = IndexDialog(window, plan, "2023H1")
    dialog.resize(1100, 691)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.export.width() < 2 * dialog.export.sizeHint().width()  # a button, not a bar across the top
    review_region = window.review.table.source.column_title(window.review.table.source.column_of("region"))
    assert dialog.ranking.horizontalHeaderItem(1).text() == review_region  # 省市 as on every tab
    for table in (dialog.ranking, dialog.parts, dialog.weights):
        assert table.rowCount()
        assert table.horizontalScrollBar().maximum() == 0, [
            table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
        ]
    dialog.close()


def test_the_themes_window_says_what_to_do_and_enables_only_what_can_work(window, qtbot):
    from ui.analysis_dialogs import ThemesDialog

    dialog = ThemesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.theme_list.count() == 0 and dialog.empty.isVisible() and "确认" in dialog.empty.text()
    assert not dialog.rename.isEnabled()  # no theme to name
    qtbot.waitUntil(lambda: dialog.proposals.rowCount() > 0 and not window.operations.busy, timeout=WAIT)
    assert not dialog.confirm_button.isEnabled() and not dialog.reject_button.isEnabled()  # no link chosen
    dialog.proposals.selectRow(0)
    assert dialog.confirm_button.isEnabled() and dialog.reject_button.isEnabled()
    # Both tasks of a link in sight, each shortened in the middle (its plan and its title), whole in a tooltip.
    header = dialog.proposals.horizontalHeader()
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= dialog.proposals.viewport().width()
    assert dialog.proposals.item(0, 4).toolTip() == dialog.proposals.item(0, 4).text()
    dialog.search.setText("没有这个主题")
    assert "搜索" in dialog.empty.text()


def test_the_review_tab_says_what_to_do_before_any_report(window, qtbot):
    window.show_plan(next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title))
    window.current.period = "2025H2"  # nothing reported for it
    window.show_view("review")
    qtbot.waitUntil(lambda: window.review.found is not None and window.review.found.period == "2025H2", timeout=WAIT)
    assert {r.state for r in window.review.found.regions} == {ReviewState.NOT_SUBMITTED}
    assert "下发报送模板" in window.review.caption.text() and "接收报送文件" in window.review.caption.text()
    assert not window.review.approve.isEnabled()


def test_consolidating_a_plan_of_ones_own_says_to_receive_a_template_first(window, qtbot):
    window.show_plan(next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title))
    dialog = window.flows.consolidate()
    assert dialog.answer is None and not dialog.write_button.isEnabled()
    assert "接收上级模板" in dialog.rules.text()
    assert not dialog.tasks.isVisibleTo(dialog) and not dialog.indicators.isVisibleTo(dialog)
    dialog.resize(1000, 680)
    qtbot.waitUntil(lambda: dialog.rules.geometry().bottom() < dialog.height() // 3)  # at the top, not mid-air
    dialog.reject()


def test_the_import_reviews_panel_says_how_to_fill_it(window, qtbot):  # the window brings the translation
    from ui.flows.import_review import ItemPanel

    panel = ItemPanel()
    qtbot.addWidget(panel)
    assert panel.item is None and "条目" in panel.body.placeholderText()


def test_the_reminders_and_the_review_name_the_time_a_file_came_alike(window):
    from ui.flows.meeting import LATENESS_COLUMNS
    from ui.views.review import COLUMNS as REVIEW_COLUMNS

    def title(columns, key) -> str:
        return next(c for c in columns if c.key == key).title

    assert title(LATENESS_COLUMNS, "received") == title(REVIEW_COLUMNS, "submitted")
    dialog = window.flows.write_meeting_report()
    assert dialog.write_button.text() == "生成报告…"  # what is written, not a bare 生成…
    dialog.reject()


def test_the_review_tab_without_a_workspace_says_to_open_one(make_window):
    window = make_window()
    window.show_view("review")
    window.review.reload()
    assert "文件" in window.review.table.shown_empty_text()  # the File menu, not "choose a plan"
    assert window.review.caption.text() == ""


@pytest.mark.parametrize("state", [*ReviewState, *RegionState], ids=str)
def test_the_window_names_a_state_as_the_files_it_writes_do(window, state):
    """The summary workbook, the reminders and the meeting report name states by the core's catalogue; the window
    shows the same Chinese word (未报送, not 尚未报送 on one side and 未报送 on the other)."""
    shown = labels.review_state(state) if isinstance(state, ReviewState) else labels.region_state(state)
    assert shown == state.label("zh_CN")


def test_a_return_waits_for_its_reasons(window, qtbot):
    plan = next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title)
    dialog = window.flows.send_back(plan, "2023H1", "JS")
    assert not dialog.write_button.isEnabled()
    dialog.reason.setPlainText("进展情况未填写")
    assert dialog.write_button.isEnabled()
    dialog.reason.setPlainText("  ")
    assert not dialog.write_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("entry", ["development_index", "themes", "review"])
def test_an_analysis_without_a_workspace_says_to_open_one(make_window, dialogs, qtbot, entry):
    window = make_window()
    qtbot.wait(1)  # the language set at start is posted: its retranslation clears the status bar
    getattr(window.menus, entry).trigger()
    assert "文件" in window.status_message.text() or "文件" in window.review.table.shown_empty_text()
    assert dialogs.errors == []  # not "choose a plan" when there is no workspace to choose from
