"""Every dialog fits a 1366×768 laptop and a 1024×700 window: none asks for more than the
screen's free area allows, and none needs more than 1024×700 to show its contents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from ui.dialogs import SCREEN_SHARE, fitted
from ui.help import dialogs as help_dialogs

SMALL_WINDOW = QSize(1024, 700)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


@pytest.mark.parametrize("flow", ["import_plan", "send_templates", "take_submissions", "write_summary"])
def test_each_flow_dialog_fits_a_small_screen(window, flow):
    dialog = getattr(window.flows, flow)()
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
