"""Reporting periods: a year (2023), a half-year (2023H1) or a quarter (2023Q2).

`PeriodKind` is the one definition of the kinds: its code letter, how many parts a year
has, and how a part is named in Chinese. Codes and the Chinese names printed on
templates (2023年上半年, 2023年第二季度) are both parsed here and nowhere else.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from enum import StrEnum

from workbench.errors import InputError

_ORDINALS = "一二三四"


class PeriodKind(StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"

    @property
    def letter(self) -> str:
        """The letter of its code: 2023H1, 2023Q2; a year has none."""
        return {"year": "", "half": "H", "quarter": "Q"}[self.value]

    @property
    def parts(self) -> int:
        return {"year": 1, "half": 2, "quarter": 4}[self.value]

    @property
    def months(self) -> int:
        return 12 // self.parts

    def chinese(self, year: int, part: int) -> str:
        """The name printed on templates and reports."""
        if self is PeriodKind.YEAR:
            return f"{year}年"
        if self is PeriodKind.HALF:
            return f"{year}年{'上下'[part - 1]}半年"
        return f"{year}年第{_ORDINALS[part - 1]}季度"


# Reporting rounds of the plans this office keeps (the earliest seeds report from 2011); a year outside is a typo.
FIRST_YEAR, LAST_YEAR = 2000, 2100
_BY_LETTER = {kind.letter: kind for kind in PeriodKind}
_CODE = re.compile(r"^\s*(\d{4})\s*(?:([HhQq])\s*([1-4]))?\s*$")
# A period inside longer text (a file name, a sheet title): a code or its Chinese name.
_CODE_IN_TEXT = re.compile(r"(?<!\d)(20\d{2})\s*([HhQq])\s*([1-4])(?!\d)")
_WORDS_IN_TEXT = re.compile(r"(20\d{2})\s*年?\s*(?:([上下])半年|第?([一二三四1-4])季度)")
_WORDS = re.compile(r"^\s*(\d{4})\s*年\s*(?:([上下])半年|第?([一二三四1-4])季度|度)?\s*$")


@dataclass(frozen=True)
class Period:
    code: str
    kind: PeriodKind
    year: int
    part: int  # 1 for a year; 1–2 for a half; 1–4 for a quarter

    @property
    def start_month(self) -> int:
        return self.kind.months * (self.part - 1) + 1

    @property
    def end_month(self) -> int:
        return self.kind.months * self.part

    @property
    def start_date(self) -> str:
        return f"{self.year:04d}-{self.start_month:02d}-01"

    @property
    def end_date(self) -> str:
        last = calendar.monthrange(self.year, self.end_month)[1]
        return f"{self.year:04d}-{self.end_month:02d}-{last:02d}"

    @property
    def chinese(self) -> str:
        return self.kind.chinese(self.year, self.part)

    def previous(self) -> Period:
        """The period of the same kind just before: 2023H1 → 2022H2, 2023 → 2022."""
        if self.part > 1:
            return _make(self.year, self.kind, self.part - 1, self.code)
        return _make(self.year - 1, self.kind, self.kind.parts, self.code)

    @property
    def order(self) -> tuple[str, str]:
        """Sorts periods as the workspace lists them: by start, then kind."""
        return self.start_date, self.kind.value

    def as_row(self) -> dict:
        return {
            "code": self.code,
            "kind": self.kind.value,
            "year": self.year,
            "part": self.part,
            "start_date": self.start_date,
            "end_date": self.end_date,
        }


def _make(year: int, kind: PeriodKind, part: int, typed: str) -> Period:
    if not 1 <= part <= kind.parts:
        raise InputError("period.invalid", period=typed)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError("period.out_of_range", period=typed, first=FIRST_YEAR, last=LAST_YEAR)
    return Period(f"{year}{kind.letter}{part}" if kind.letter else str(year), kind, year, part)


def _from_words(year: str, half: str | None, quarter: str | None, typed: str) -> Period:
    if half:
        return _make(int(year), PeriodKind.HALF, "上下".index(half) + 1, typed)
    if quarter:
        return _make(int(year), PeriodKind.QUARTER, ("一二三四1234".index(quarter) % 4) + 1, typed)
    return _make(int(year), PeriodKind.YEAR, 1, typed)


def parse(text: str) -> Period:
    """A period from its code (2023, 2023H1, 2023q2) or its Chinese name (2023年上半年,
    2023年第二季度, 2023年度)."""
    m = _CODE.match(text or "")
    if m:
        kind = _BY_LETTER[(m.group(2) or "").upper()]
        return _make(int(m.group(1)), kind, int(m.group(3) or 1), text)
    m = _WORDS.match(text or "")
    if m:
        return _from_words(m.group(1), m.group(2), m.group(3), text)
    raise InputError("period.invalid", period=text)


def codes_in(text: str) -> set[str]:
    """The period codes named anywhere in *text*, by code or by Chinese name."""
    found = set()
    for m in _CODE_IN_TEXT.finditer(text):
        try:
            found.add(_make(int(m.group(1)), _BY_LETTER[m.group(2).upper()], int(m.group(3)), m.group(0)).code)
        except InputError:
            continue  # 2023H3 names no period: not a mention of one
    for m in _WORDS_IN_TEXT.finditer(text):
        found.add(_from_words(m.group(1), m.group(2), m.group(3), m.group(0)).code)
    return found
