"""Every dialog fits a 1366×768 laptop and a 1024×700 window: none asks for more than the
screen's free area allows, and none needs more than 1024×700 to show its contents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from ui.analysis_dialogs import IndexDialog, ThemesDialog
from ui.dialogs import SCREEN_SHARE, fitted
from ui.help import dialogs as help_dialogs
from ui.views.indicator_definition import DefinitionDialog, RevisionDialog
from workbench import browse
from workbench.tracking.indicators import IndicatorDetail

SMALL_WINDOW = QSize(1024, 700)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def corridor(window) -> int:
    return next(p.id for p in browse.plans(window.session.workspace) if "数字干线" in p.title)


def indicator(window) -> IndicatorDetail:
    window.show_plan(corridor(window))
    window.show_view("indicators")
    window.indicators.table.selectRow(0)
    detail = window.indicators.definition.detail
    assert detail is not None
    return detail


def flow(name: str):
    return lambda window: getattr(window.flows, name)()


DIALOGS = {
    **{
        name: flow(name)
        for name in (
            "import_plan",
            "send_templates",
            "take_submissions",
            "write_summary",
            "send_reminders",
            "write_meeting_report",
            "receive_template",
            "consolidate",
        )
    },
    "send_back": lambda window: window.flows.send_back(corridor(window), "2023H1", "JS"),
    "index": lambda window: IndexDialog(window, corridor(window), "2023H1"),
    "themes": ThemesDialog,
    "definition": lambda window: DefinitionDialog(indicator(window), [], window),
    "revision": lambda window: RevisionDialog(indicator(window), window),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_fits_a_small_screen(window, name):
    dialog = DIALOGS[name](window)
    free = window.screen().availableGeometry().size() * SCREEN_SHARE
    assert fits(dialog.size(), SMALL_WINDOW) and fits(dialog.size(), free)
    assert fits(dialog.minimumSizeHint(), SMALL_WINDOW)
    dialog.resize(SMALL_WINDOW)  # and it can be made that size
    assert dialog.size() == SMALL_WINDOW
    dialog.reject()


@pytest.mark.parametrize("kind", [help_dialogs.GuideDialog, help_dialogs.ShortcutsDialog])
def test_the_help_windows_fit_a_small_screen(window, kind):
    dialog = help_dialogs.show(window, kind)
    assert fits(dialog.size(), SMALL_WINDOW) and fits(dialog.minimumSizeHint(), SMALL_WINDOW)
    dialog.close()


def test_a_dialog_asks_for_no_more_than_the_screen_has(window):
    free = window.screen().availableGeometry()
    asked = fitted(window, 5000, 5000)
    assert asked == QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
    assert fitted(window, 300, 200) == QSize(300, 200)
    assert fits(window.size(), free.size())
