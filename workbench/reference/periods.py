"""Reporting periods: a year (2023), a half-year (2023H1) or a quarter (2023Q2)."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from workbench.errors import InputError

_PATTERN = re.compile(r"^\s*(\d{4})\s*(?:([HhQq])\s*([1-4]))?\s*$")


@dataclass(frozen=True)
class Period:
    code: str
    kind: str   # year / half / quarter
    year: int
    part: int   # 1 for a year; 1–2 for a half; 1–4 for a quarter

    @property
    def start_month(self) -> int:
        return {"year": 1, "half": 6 * (self.part - 1) + 1, "quarter": 3 * (self.part - 1) + 1}[self.kind]

    @property
    def end_month(self) -> int:
        return {"year": 12, "half": 6 * self.part, "quarter": 3 * self.part}[self.kind]

    @property
    def start_date(self) -> str:
        return f"{self.year:04d}-{self.start_month:02d}-01"

    @property
    def end_date(self) -> str:
        last = calendar.monthrange(self.year, self.end_month)[1]
        return f"{self.year:04d}-{self.end_month:02d}-{last:02d}"

    def as_row(self) -> dict:
        return {"code": self.code, "kind": self.kind, "year": self.year, "part": self.part,
                "start_date": self.start_date, "end_date": self.end_date}


def parse(code: str) -> Period:
    m = _PATTERN.match(code or "")
    if not m:
        raise InputError("period.invalid", period=code)
    year, letter, part = int(m.group(1)), (m.group(2) or "").upper(), m.group(3)
    if not letter:
        return Period(str(year), "year", year, 1)
    part_no = int(part)
    if letter == "H" and part_no > 2 or not 1900 < year < 2200:
        raise InputError("period.invalid", period=code)
    kind = "half" if letter == "H" else "quarter"
    return Period(f"{year}{letter}{part_no}", kind, year, part_no)
