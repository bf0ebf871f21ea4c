"""The window's last guard: an uncaught exception is logged, then shown in the user's language
with where the log is, its traceback on request and a button that copies it; never a flood."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.ui.conftest import WAIT
from ui import error_dialog
from ui.error_dialog import ErrorDialog, ExceptionHook
from ui.language import I18N
from workbench.app import logs


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch, restored_logging) -> Path:
    monkeypatch.setenv("WORKBENCH_LOG_DIR", str(tmp_path / "logs"))
    path = logs.configure()
    assert path is not None
    return path


@pytest.fixture
def chinese(qapp):
    """The UI translations of the default language, as the window installs them."""
    translator = QTranslator()
    assert translator.load("workbench_zh_CN", str(I18N))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def hook(chinese, log_file, qtbot):
    """A hook whose dialog is closed and deleted after the test."""
    made = ExceptionHook(log_file)
    yield made
    if made.dialog is not None:
        made.dialog.reject()
        qtbot.waitUntil(lambda: made.dialog is None, timeout=WAIT)


def raised(error: Exception) -> Exception:
    try:
        raise error
    except Exception as caught:  # noqa: BLE001 - a real traceback to report
        return caught


def report(hook: ExceptionHook, error: BaseException) -> None:
    hook(type(error), error, error.__traceback__)


def test_an_uncaught_error_is_logged_then_shown_in_chinese(hook, log_file, qtbot):
    report(hook, raised(ValueError("broken on purpose")))
    dialog = hook.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "意外错误"
    assert "您的数据是安全的" in dialog.message.text() and str(log_file) in dialog.message.text()
    assert dialog.summary.text() == "ValueError: broken on purpose"
    log = log_file.read_text(encoding="utf-8")
    assert "ERROR ui.error_dialog: Unexpected error" in log
    assert "Traceback (most recent call last):" in log and "ValueError: broken on purpose" in log

    assert not dialog.traceback.isVisible() and dialog.toggle.text() == "显示详细信息"
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.traceback.isVisible() and dialog.toggle.text() == "隐藏详细信息"
    assert "in raised" in dialog.traceback.toPlainText()

    assert dialog.copy.text() == "复制详细信息"
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last):" in copied and "ValueError: broken on purpose" in copied
    assert "Planning Workbench" in copied and "Python" in copied and "Qt" in copied

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is None, timeout=WAIT)


def test_one_dialog_at_a_time_and_an_error_shown_once_is_then_only_logged(hook, log_file, qtbot):
    def in_a_loop() -> Exception:
        return raised(RuntimeError("again"))

    report(hook, in_a_loop())
    first = hook.dialog
    report(hook, raised(KeyError("other")))  # another error while one is shown: logged only
    assert hook.dialog is first
    first.reject()
    qtbot.waitUntil(lambda: hook.dialog is None, timeout=WAIT)
    report(hook, in_a_loop())  # the same error again: the user was told
    assert hook.dialog is None
    report(hook, raised(KeyError("other")))  # not shown yet: now it is
    assert hook.dialog is not None and hook.dialog.summary.text() == "KeyError: 'other'"
    assert log_file.read_text(encoding="utf-8").count("Unexpected error") == 4


def test_the_hook_hands_over_to_the_default_one_for_ctrl_c_and_when_it_cannot_show(hook, monkeypatch):
    passed: list[BaseException] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, error, tb: passed.append(error))
    interrupt = KeyboardInterrupt()
    report(hook, interrupt)
    assert passed == [interrupt] and hook.dialog is None

    def broken(*args, **kwargs):
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(error_dialog, "ErrorDialog", broken)
    error = raised(ValueError("broken on purpose"))
    report(hook, error)  # does not raise
    assert passed == [interrupt, error]


def test_an_error_in_another_thread_is_logged_and_printed_not_shown(hook, log_file, monkeypatch):
    passed: list[BaseException] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, error, tb: passed.append(error))
    error = raised(ValueError("in a worker"))
    worker = threading.Thread(target=report, args=(hook, error))
    worker.start()
    worker.join()
    assert passed == [error] and hook.dialog is None
    assert "ValueError: in a worker" in log_file.read_text(encoding="utf-8")


def test_a_dialog_whose_window_went_first_does_not_block_the_next(hook, qtbot):
    window = QWidget()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=WAIT)
    report(hook, raised(ValueError("first")))
    assert hook.dialog is not None and hook.dialog.parent() is window
    window.deleteLater()
    qtbot.waitUntil(lambda: hook.dialog is None, timeout=WAIT)
    report(hook, raised(KeyError("next")))
    assert hook.dialog is not None and hook.dialog.isVisible()


def test_without_a_log_file_the_dialog_says_to_copy_the_details(qtbot):
    dialog = ErrorDialog(raised(OSError("disk gone")), None)
    qtbot.addWidget(dialog)
    assert "No log file could be written" in dialog.message.text()  # no translator: the English source
    assert "OSError: disk gone" in dialog.details
