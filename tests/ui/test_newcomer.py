"""What a newcomer meets in the features added together (review, reminders, the meeting report, the cascade, the
index and themes): the Plans menu in the order of a round, each entry reachable by its own key, one word per
concept across the tabs and dialogs, and views that say what to do when they have nothing to show."""

from __future__ import annotations

import re

import pytest

LANGUAGES = ["zh_CN", "en"]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plans_menu_follows_the_round_and_each_entry_has_its_own_key(window, language):
    window.set_language(language)
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
