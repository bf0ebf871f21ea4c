"""Each vocabulary is defined once, and every member has its names in both languages:
adding a status, a submission state or a period kind without wording it fails here."""

from __future__ import annotations

import pytest

from workbench import messages
from workbench.reference import periods, statuses
from workbench.reference.periods import PeriodKind
from workbench.reference.statuses import TaskStatus
from workbench.reporting.states import Outcome, RegionState, ReviewState

LABELLED = [*TaskStatus, *Outcome, *RegionState, *ReviewState]


@pytest.mark.parametrize("member", LABELLED, ids=lambda m: f"{type(m).__name__}.{m.name}")
@pytest.mark.parametrize("lang", [messages.ZH, messages.EN])
def test_every_member_is_named_in_both_languages(member, lang):
    name = member.label(lang)
    assert name.strip()
    assert name != member.value or lang == messages.EN  # Chinese is never the code itself


def test_the_two_languages_name_members_differently():
    for member in LABELLED:
        assert member.label(messages.ZH) != member.label(messages.EN)


@pytest.mark.parametrize("status", list(TaskStatus))
def test_a_status_is_read_back_by_each_of_its_names(status):
    for name in (status.value, status.template_label, status.label(messages.EN), f" {status.template_label} "):
        assert statuses.parse(name) is status


def test_typed_variants_and_unknown_words():
    assert statuses.parse("进行中") is TaskStatus.IN_PROGRESS
    assert statuses.parse("in progress") is TaskStatus.IN_PROGRESS
    assert statuses.parse("完成") is TaskStatus.DONE
    assert statuses.parse("差不多") is None
    assert statuses.parse(None) is None


@pytest.mark.parametrize("kind", list(PeriodKind))
def test_every_period_kind_round_trips_by_code_and_by_chinese_name(kind):
    for part in range(1, kind.parts + 1):
        code = f"2024{kind.letter}{part}" if kind.letter else "2024"
        period = periods.parse(code)
        assert (period.kind, period.part, period.code) == (kind, part, code)
        assert periods.parse(period.chinese) == period
        assert period.start_date <= period.end_date
    assert periods.parse(code).end_date.endswith("12-31")  # the last part ends the year


@pytest.mark.parametrize(
    "text, codes",
    [
        ("《规划》_江苏省_2023H1_进展报送.xlsx", {"2023H1"}),
        ("2023年下半年任务进展报送表", {"2023H2"}),
        ("2024年第三季度", {"2024Q3"}),
        ("2023h2 修改稿", {"2023H2"}),
        ("2023H3 and 12023H1", set()),
    ],
)
def test_periods_named_in_file_names_and_titles(text, codes):
    assert periods.codes_in(text) == codes


@pytest.mark.parametrize("typed", ["2023H3", "2023Q5", "1800", "abc", "", "2023年第五季度"])
def test_a_period_that_does_not_exist_is_refused_with_its_text(typed):
    from workbench.errors import InputError

    with pytest.raises(InputError) as caught:
        periods.parse(typed)
    assert typed in caught.value.text()
