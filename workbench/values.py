"""Figures as people read and type them: one set of rules for the window's edits, a returned
template's cells and a plan's printed quantities, so the same text never means two numbers.

Predictable variants are accepted ("80%", "８０", "1,234", "12.5万", "5200亿元", "1.2e3",
spaces, "—" for nothing, dates written as text or as Excel serial numbers); anything else
raises `ValueProblem` with the message code that says why.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

# What people write to mean "nothing to report".
EMPTY_MARKS = frozenset({"", "-", "--", "—", "——", "/", "无", "暂无", "n/a", "na", "不适用"})
# Scale words, each before any shorter one it ends or starts with (万亿 before 亿 and 万, 千万 before 千);
# integers, so a plan's printed Decimal quantities scale exactly.
SCALES = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DATE = re.compile(r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*(?:月\s*)?(?:[/.\-]?\s*(\d{1,2})\s*[日号]?)?")
# Day 0 of each Excel date system; the 1900 one is a day early to absorb Excel's 1900-02-29.
_EPOCH_1900, _EPOCH_1904 = datetime(1899, 12, 30), datetime(1904, 1, 1)


class ValueProblem(ValueError):
    """A value that cannot be read; `code` names the message that says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def display(value: float) -> str:
    """Thousands separated, at most two decimals, no trailing zeros: 97,860,000 · 8,482.69 · 80."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _plain(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and _plain(value).lower() in EMPTY_MARKS)


def _unit_parts(unit: str) -> tuple[int, str]:
    """The scale a unit counts in and what it counts: 亿元 → (10⁸, 元), 个 → (1, 个), 万 → (10⁴, "")."""
    prefix = next((p for p in SCALES if unit.startswith(p)), "")
    return SCALES.get(prefix, 1), unit[len(prefix) :]


def number(value: object, *, unit: str = "", percent_cell: bool = False) -> float | None:
    """A number in *unit*. A scale word counts from the unit's own scale ("5200亿" in an 亿元
    row is 5200, "12.5万" in a 个 row 125000, in a 万个 row 12.5), and the unit may follow."""
    if isinstance(value, (bool, date)):  # datetime is a date
        raise ValueProblem("problem.bad_number")
    if isinstance(value, (int, float)):
        return round(float(value) * (100 if percent_cell and unit == "%" else 1), 9)
    if is_empty(value):
        return None
    return _written_number(_plain(value), _plain(unit))


def _written_number(plain: str, unit: str) -> float:
    """Normalised text to a number in *unit*; never None: emptiness is the caller's to judge."""
    unit_scale, counted = _unit_parts(unit)
    named = bool(counted) and plain.endswith(counted) and plain != counted
    if named:
        plain = plain[: -len(counted)]
    suffix = next((s for s in SCALES if plain.endswith(s) and plain != s), "")
    plain = plain[: len(plain) - len(suffix)]
    if named and not suffix and unit_scale != 1:
        raise ValueProblem("problem.bad_number")  # "5200元" in an 亿元 row: a slip, not 0.000052
    if _THOUSANDS.fullmatch(plain):
        plain = plain.replace(",", "")
    if not _NUMBER.fullmatch(plain) or not math.isfinite(float(plain)):
        raise ValueProblem("problem.bad_number")
    return round(float(plain) * (SCALES[suffix] / unit_scale if suffix else 1), 9)


def percent(value: object, *, percent_cell: bool = False) -> float | None:
    """Percent done, 0–100. A percent-formatted cell holds the fraction (Excel stores 80% as
    0.8, 100% as 1); anything else is the percent as written ("80", "80%", "0.8%"). A plain
    number strictly between 0 and 1 could be either, so it is refused, never guessed."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if percent_cell:
            return round(float(value) * 100, 6)
        result = float(value)
    elif is_empty(value):
        return None
    else:
        plain = _plain(value)
        try:
            result = _written_number(plain, "%")
        except ValueProblem:
            raise ValueProblem("problem.bad_percent") from None
        if plain.endswith("%"):
            return round(result, 6)
    if 0 < result < 1:
        raise ValueProblem("problem.ambiguous_percent")
    return round(result, 6)


def excel_date(serial: float, *, epoch_1904: bool = False) -> date:
    """The day an Excel serial number stands for, read as openpyxl's from_excel does: the 1900
    system counts a 1900-02-29 that never was (serial 60, read as 02-28), so serials below 60
    are one day later than the epoch alone says."""
    days, fraction = divmod(serial, 1)
    if not epoch_1904 and 0 < serial < 60:
        days += 1
    epoch = _EPOCH_1904 if epoch_1904 else _EPOCH_1900
    return (epoch + timedelta(days=days, milliseconds=round(fraction * 86_400_000))).date()


def day(value: object, *, epoch_1904: bool = False) -> str | None:
    """A date as ISO text: a date cell, an Excel serial number in the workbook's date system,
    2023/6/30, 2023-06-30, 2023年6月30日, 20230630, or a month only (2023年6月 → 2023-06)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:  # serials of 1954–2119; a bare 2023 or 20230630 is no serial
            return excel_date(value, epoch_1904=epoch_1904).isoformat()
        plain = f"{value:.12g}"
    elif is_empty(value):
        return None
    else:
        plain = _plain(value)
    if re.fullmatch(r"\d{8}", plain):
        plain = f"{plain[:4]}-{plain[4:6]}-{plain[6:]}"
    m = _DATE.fullmatch(plain)
    try:
        if not m:
            raise ValueError(plain)
        year, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            return date(year, month, int(m.group(3))).isoformat()
        return date(year, month, 1).isoformat()[:7]
    except ValueError:
        raise ValueProblem("problem.bad_date") from None
