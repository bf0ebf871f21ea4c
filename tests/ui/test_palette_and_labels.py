"""The window names and colours every member of the core's vocabularies, in one place each."""

from __future__ import annotations

import pytest

from tests.ui.test_language import translations
from ui import labels, palette
from workbench.reference.statuses import TaskStatus
from workbench.reporting.states import Outcome, RegionState, ReviewState

TABLES = [
    (TaskStatus, labels.STATUS),
    (Outcome, labels.OUTCOME),
    (RegionState, labels.REGION_STATE),
    (ReviewState, labels.REVIEW_STATE),
]


@pytest.mark.parametrize("vocabulary, table", TABLES, ids=lambda v: getattr(v, "__name__", ""))
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_member_has_a_translated_name_in_the_window(vocabulary, table, language):
    translated = translations(language)
    for member in vocabulary:
        assert member in table, f"{vocabulary.__name__}.{member.name} has no name in ui/labels.py"
        text, kind = translated[table[member]]
        assert text.strip() and kind != "unfinished"


def test_every_status_and_outcome_has_a_colour():
    assert set(palette.STATUSES) == set(TaskStatus)
    assert set(palette.OUTCOMES) == set(Outcome)
    assert len(set(palette.STATUSES.values())) == len(TaskStatus)  # told apart on a chart
