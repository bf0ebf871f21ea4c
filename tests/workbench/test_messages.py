"""The catalogue speaks to two audiences: the command line names its options (--replace,
--as-region …); the window, which has buttons and questions instead, never does."""

from __future__ import annotations

import re
import string

import pytest

from workbench import messages
from workbench.reporting.model import Problem

OPTION = re.compile(r"--[a-z]")
# Raised by the command line alone: the window always gives one folder, one file, a region.
CLI_ONLY = {"template.need_region", "template.out_is_file", "submission.assign_one_file"}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def in_window():
    messages.set_language("zh_CN", window=True)
    yield
    messages.set_language(None)


def test_every_message_that_names_an_option_has_the_windows_wording():
    naming = {code for code, texts in messages.CATALOGUE.items() if any(OPTION.search(t) for t in texts)}
    assert naming - CLI_ONLY == messages.IN_WINDOW.keys()


@pytest.mark.parametrize("code", sorted(messages.IN_WINDOW))
def test_the_windows_wording_names_no_option_and_fills_from_the_same_values(code):
    for window_text, cli_text in zip(messages.IN_WINDOW[code], messages.CATALOGUE[code]):
        assert not OPTION.search(window_text)
        assert placeholders(window_text) <= placeholders(cli_text)


def test_the_window_says_what_to_press_where_the_command_line_names_an_option(in_window):
    problem = Problem("problem.no_metadata", params={"file": "江苏.xlsx", "region": "JS", "period": "2023H1"})
    assert "指定省市和报送期" in problem.text() and "--as-region" not in problem.text()
    assert "Assign province and period" in problem.text("en")
    messages.set_language(None)
    assert "--as-region JS --as-period 2023H1" in problem.text()
