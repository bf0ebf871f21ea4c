"""What people type is read tolerantly where they are predictable, and refused with the
reason where they are not."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from importers.submission import values
from importers.submission.values import CellError


@pytest.mark.parametrize(
    "typed, percent_cell, expected",
    [
        (80, False, 80.0),
        (80.0, False, 80.0),
        ("80%", False, 80.0),
        ("８０", False, 80.0),
        ("８０％", False, 80.0),
        (" 80 % ", False, 80.0),
        (0.8, True, 80.0),
        (1.0, True, 100.0),
        ("0.8%", False, 0.8),
        (1, False, 1.0),
        (0, False, 0.0),
        ("", False, None),
        (None, False, None),
        ("—", False, None),
    ],
)
def test_percent(typed, percent_cell, expected):
    assert values.percent(typed, percent_cell=percent_cell) == expected


@pytest.mark.parametrize("typed", ["八十", "80分", "about 80", "80-90"])
def test_percent_refused(typed):
    with pytest.raises(CellError) as err:
        values.percent(typed)
    assert err.value.code == "problem.bad_percent"


@pytest.mark.parametrize("typed", [0.8, "0.8", 0.5, "0.99"])
def test_a_plain_fraction_is_refused_as_ambiguous(typed):
    with pytest.raises(CellError) as err:
        values.percent(typed)
    assert err.value.code == "problem.ambiguous_percent"


@pytest.mark.parametrize(
    "typed, unit, expected",
    [
        ("1,234", "个", 1234.0),
        ("12.5万", "个", 125000.0),
        ("12.5万", "万个", 12.5),
        ("3亿", "万户", 30000.0),
        ("30万个", "万个", 30.0),
        ("５０００", "亿元", 5000.0),
        ("85%", "%", 85.0),
        ("1,234,567.5", "", 1234567.5),
        (42.0, "个", 42.0),
        ("  7 ", "", 7.0),
        ("-3.5", "%", -3.5),
        ("/", "个", None),
        ("", "个", None),
    ],
)
def test_number(typed, unit, expected):
    assert values.number(typed, unit=unit) == expected


def test_number_in_a_percent_cell_of_a_percent_indicator():
    assert values.number(0.853, unit="%", percent_cell=True) == 85.3


@pytest.mark.parametrize("typed, unit", [("约30", "个"), ("1,23", ""), ("85%", "个"), ("abc", "%"), (True, "")])
def test_number_refused(typed, unit):
    with pytest.raises(CellError) as err:
        values.number(typed, unit=unit)
    assert err.value.code == "problem.bad_number"


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("已完成", "done"),
        ("完成", "done"),
        (" 推进中 ", "in_progress"),
        ("滞后", "lagging"),
        ("暂缓", "on_hold"),
        ("", None),
        (None, None),
    ],
)
def test_status(typed, expected):
    assert values.status(typed) == expected


def test_status_refused():
    with pytest.raises(CellError) as err:
        values.status("差不多了")
    assert err.value.code == "problem.bad_status"


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2023年6月", "2023-06"),
        ("2023/6/30", "2023-06-30"),
        ("2023-06-30", "2023-06-30"),
        ("2023年6月30日", "2023-06-30"),
        ("2023.6.30", "2023-06-30"),
        ("20230630", "2023-06-30"),
        (date(2023, 6, 30), "2023-06-30"),
        (datetime(2023, 6, 30, 0, 0), "2023-06-30"),
        (45107.0, "2023-06-30"),
        ("", None),
    ],
)
def test_dates(typed, expected):
    assert values.day(typed) == expected


@pytest.mark.parametrize("typed", ["2023/13/1", "六月底", "2023/2/30"])
def test_dates_refused(typed):
    with pytest.raises(CellError) as err:
        values.day(typed)
    assert err.value.code == "problem.bad_date"


def test_text_keeps_lines_and_drops_surrounding_spaces():
    assert values.text("  第一行  \r\n第二行   ") == "第一行\n第二行"
    assert values.text(2023.0) == "2023"
    assert values.text(None) == ""
