"""Tolerant reading of what people type into a template's cells.

Predictable variants are accepted: "80%", "８０", 0.8 in a percent cell, "1,234", "12.5万",
trailing spaces, a status typed instead of picked, dates written as text. Anything else
raises `CellError` with the message code that says why.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from workbench.reporting import layout

# What people write in a number cell to mean "nothing to report".
EMPTY_MARKS = {"", "-", "--", "—", "——", "/", "无", "暂无", "n/a", "na", "不适用"}
MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DATE = re.compile(r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*(?:月\s*)?(?:[/.\-]?\s*(\d{1,2})\s*[日号]?)?")
_EXCEL_EPOCH = date(1899, 12, 30)


class CellError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _plain(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and _plain(value).lower() in EMPTY_MARKS)


def text(value: object) -> str:
    """Free text as typed, minus the spaces around it; numbers and dates as people read them."""
    if value is None or isinstance(value, (int, float, date)):
        return layout.canonical(value)
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def status(value: object) -> str | None:
    if is_empty(value):
        return None
    found = layout.status_for(value)
    if found is None:
        raise CellError("problem.bad_status")
    return found


def _unit_multiplier(unit: str) -> float:
    return next((m for prefix, m in MULTIPLIERS.items() if unit.startswith(prefix)), 1.0)


def number(value: object, *, unit: str = "", percent_cell: bool = False) -> float | None:
    """A number in the indicator's *unit*: "12.5万" in a 个 row is 125000, in a 万个 row 12.5."""
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise CellError("problem.bad_number")
    if isinstance(value, (int, float)):
        return round(float(value) * (100 if percent_cell and unit == "%" else 1), 9)
    if is_empty(value):
        return None
    plain, unit = _plain(value), _plain(unit or "")
    if unit and plain.endswith(unit) and plain != unit:
        plain = plain[: -len(unit)]
    scale = 1.0
    if plain.endswith("%"):
        if unit != "%":
            raise CellError("problem.bad_number")
        plain = plain[:-1]
    for suffix, multiplier in MULTIPLIERS.items():
        if plain.endswith(suffix) and plain != suffix:
            plain, scale = plain[: -len(suffix)], multiplier / _unit_multiplier(unit)
            break
    if _THOUSANDS.fullmatch(plain):
        plain = plain.replace(",", "")
    if not _NUMBER.fullmatch(plain):
        raise CellError("problem.bad_number")
    return round(float(plain) * scale, 9)


def percent(value: object, *, percent_cell: bool = False) -> float | None:
    """Percent done, 0–100. A percent-formatted cell holds a fraction (Excel stores 80% as
    0.8), and so does a plain value strictly between 0 and 1: nobody reports 0.8% done."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        result = float(value) * 100 if percent_cell else float(value)
    elif is_empty(value):
        return None
    else:
        plain = _plain(value)
        typed_percent = plain.endswith("%")
        try:
            result = number(plain.rstrip("%"))
        except CellError:
            raise CellError("problem.bad_percent") from None
        if typed_percent:
            return round(result, 6)
    if 0 < result < 1 and not percent_cell:
        result *= 100
    return round(result, 6)


def day(value: object) -> str | None:
    """A date as ISO text: a date cell, an Excel serial number, 2023/6/30, 2023-06-30,
    2023年6月30日, or a month only (2023年6月 → 2023-06)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:   # the serial numbers of 1954–2119
            return (_EXCEL_EPOCH + timedelta(days=int(value))).isoformat()
        plain = layout.canonical(value)
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
        raise CellError("problem.bad_date") from None
