"""Construction stages named in headings: 002's "（一）2022~2023年，建设形成 α 版本"."""

from __future__ import annotations

import re
from dataclasses import dataclass

YEAR_RANGE = re.compile(r"(?<!\d)(\d{4})\s*年?\s*[~～\-－—–至到]\s*(\d{4})\s*年")
_NAME = re.compile(r"[α-ωΑ-Ω]|第[一二三四五六七八九十]{1,3}阶段")


@dataclass(frozen=True)
class Stage:
    label: str
    start_year: int
    end_year: int


def parse_stage(heading: str) -> Stage | None:
    """The stage a heading opens, if it names both a year range and a stage."""
    years, name = YEAR_RANGE.search(heading), _NAME.search(heading)
    if not years or not name:
        return None
    start, end = int(years[1]), int(years[2])
    return Stage(name[0], start, end) if start <= end else None
