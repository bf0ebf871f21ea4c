"""Text that came from a file is shown as text: a plan whose title carries markup (an image
pointing at a local file) shows the characters, and Qt loads nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.conftest import SEED_000
from tests.ui.conftest import WAIT
from ui.dialogs import _message
from ui.navigator import ENTRY_ROLE
from ui.plain import PlainLabel, tooltip
from workbench import browse

MARKUP = "<img src=secret.png>"


def hostile_plan(tmp_path):
    """Seed 000 with markup inside its title."""
    text = SEED_000.read_text(encoding="utf-8").replace("长三角区域", f"长三角{MARKUP}区域", 1)
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plan_title_with_markup_is_shown_as_text(make_window, tmp_path, qtbot, dialogs):
    window = make_window(tmp_path / "ws.sqlite")
    dialogs.answers = [hostile_plan(tmp_path)]
    window.menus.import_plan.trigger()
    dialog = window.flows.open_dialog
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.choose_button.click()
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT):
        dialog.save_button.click()
    (plan,) = browse.plans(window.session.workspace)
    assert MARKUP in plan.title
    item = window.navigator.model.item(0)
    assert item.data(ENTRY_ROLE)[0] == "view:overview" and MARKUP in item.text()
    assert MARKUP not in item.toolTip() and "&lt;img" in item.toolTip()
    # every label of the window that shows such text draws it as characters
    showing = [label for label in window.findChildren(QLabel) if MARKUP in label.text()]
    showing += [label for label in dialog.findChildren(QLabel) if MARKUP in label.text()]
    assert showing  # the import summary and the status line name the plan
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)


def test_labels_tooltips_and_message_boxes_are_plain(qtbot):
    label = PlainLabel(MARKUP)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == MARKUP
    assert tooltip("a < b\nc") == "<p style='white-space:pre-wrap'>a &lt; b\nc</p>" and tooltip("") == ""
    box = _message(None, QMessageBox.Icon.Warning, "t", MARKUP)
    assert box.textFormat() == Qt.TextFormat.PlainText
