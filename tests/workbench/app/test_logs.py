"""The log file: made in the log folder, one handler however often it is configured, no crash
when it cannot be written; the command's last guard writes the traceback there and says where."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from workbench import messages
from workbench.app import logs
from workbench.app.cli import plan_commands

pytestmark = pytest.mark.usefixtures("restored_logging")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "logs" / "nested"
    monkeypatch.setenv("WORKBENCH_LOG_DIR", str(folder))
    return folder


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_the_log_file_is_made_in_the_log_folder_and_takes_info_lines(log_dir):
    path = logs.configure()
    assert path == log_dir / "workbench.log" and path.is_file()
    logging.getLogger("workbench.test").info("planned 3 tasks")
    logging.getLogger("workbench.test").debug("not at INFO")
    text = path.read_text(encoding="utf-8")
    assert " INFO workbench.test: planned 3 tasks" in text
    assert "not at INFO" not in text
    assert text[:4].isdigit()  # the time comes first


def test_configuring_again_adds_no_second_handler_and_debug_lowers_the_level(log_dir):
    first = logs.configure()
    assert logs.configure(debug=True) == first
    assert len(our_handlers()) == 1
    logging.getLogger("workbench.test").debug("now at DEBUG")
    assert "DEBUG workbench.test: now at DEBUG" in first.read_text(encoding="utf-8")


def test_a_new_log_folder_moves_the_one_handler_there(log_dir, tmp_path, monkeypatch):
    logs.configure()
    monkeypatch.setenv("WORKBENCH_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logs.configure() == tmp_path / "elsewhere" / "workbench.log"
    assert [Path(h.baseFilename) for h in our_handlers()] == [tmp_path / "elsewhere" / "workbench.log"]


@pytest.mark.parametrize("blocker", ["folder_is_a_file", "log_is_a_folder"])
def test_a_log_that_cannot_be_written_gives_no_file_and_no_crash(tmp_path, monkeypatch, blocker):
    if blocker == "folder_is_a_file":
        (tmp_path / "logs").write_text("not a folder", encoding="utf-8")
    else:
        (tmp_path / "logs" / "workbench.log").mkdir(parents=True)
    monkeypatch.setenv("WORKBENCH_LOG_DIR", str(tmp_path / "logs"))
    assert logs.configure() is None
    assert our_handlers() == []


@pytest.fixture
def broken_plan_list(monkeypatch):
    def fail(args):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(plan_commands, "list_plans", fail)


def test_an_internal_error_goes_to_the_log_and_the_user_is_told_where(cli, log_dir, broken_plan_list):
    code, out, err = cli("plan", "list")
    log_file = log_dir / "workbench.log"
    assert code == 70 and out == ""
    assert err.splitlines() == [
        messages.text("internal_error", error="RuntimeError: broken on purpose"),
        messages.text("log.see_file", path=log_file),
    ]
    assert "详细信息已写入日志" in err  # the default language
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR workbench.app.cli.main: internal error in `workbench plan`" in text
    assert "Traceback (most recent call last):" in text and "in fail" in text
    assert text.rstrip().endswith("RuntimeError: broken on purpose")


def test_with_debug_the_traceback_is_also_printed(cli, log_dir, broken_plan_list):
    code, _, err = cli("--debug", "plan", "list")
    assert code == 70
    assert "Traceback (most recent call last):" in err
    assert err.splitlines()[-1] == messages.text("log.see_file", path=log_dir / "workbench.log")
    assert "RuntimeError: broken on purpose" in (log_dir / "workbench.log").read_text(encoding="utf-8")


def test_without_a_log_file_the_error_is_still_one_line(cli, tmp_path, monkeypatch, broken_plan_list):
    (tmp_path / "logs").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_LOG_DIR", str(tmp_path / "logs"))
    code, _, err = cli("plan", "list")
    assert code == 70
    assert err.splitlines() == [messages.text("internal_error", error="RuntimeError: broken on purpose")]
