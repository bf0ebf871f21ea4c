"""Printed quantities → value and unit.

Counts are scaled by 万/亿 (9786万个 → 97860000 个); money keeps the number as printed
with the scale in its unit (2000亿元 → 2000 亿元; 5000亿级, an output "of the 5000亿
class", → 5000 亿元), because plans state and compare money in 亿元.
"""

from __future__ import annotations

import re
from decimal import Decimal

from workbench.values import SCALES, ValueProblem, number

from .script import keywords, simplified

_PERCENT = ("%", "％")

QUANTITY = keywords(
    r"(?<![0-9A-Za-z.．])(?P<number>\d{1,12}(?:\.\d{1,6})?)(?![\d.]|\s*[年月日号])\s*"
    r"(?P<scale>万亿|千万|百万|万|亿)?"
    r"(?P<unit>个百分点|%|％|Gbps|Mbps|Tbps|EFLOPS|PFLOPS|TFLOPS|EB|PB|TB|元|级|个|户|人次|人|家|项|台|套|架|次|座|条"
    r"|公里|千米|吨|款|张|所|辆|颗|件|部|千瓦时|千瓦|兆瓦|平方米|毫秒)?"
    r"(?![A-Za-z])"
)


def quantity(m: re.Match[str]) -> tuple[float, str] | None:
    """Value and unit of a QUANTITY match; None when it is not a level a plan measures."""
    number, scale, unit = Decimal(m["number"]), simplified(m["scale"] or ""), simplified(m["unit"] or "")
    if unit in ("元", "级"):
        return (float(number), scale + "元") if unit == "元" or scale else None
    if unit == "个百分点":  # a change, not a level
        return None
    if scale:
        return (float(number * SCALES[scale]), unit) if unit else None  # a bare 万 names no unit
    return float(number), "%" if unit in _PERCENT else unit


# Words around a figure in a table cell that bound it rather than change it: ＞90, 90以上, 约5.
_BOUNDS = re.compile(
    r"^(?:约|超过|达到|不低于|不少于|不高于|不超过|大于|小于|高于|低于|[≥≤＞＜><=≈])+|(?:以上|以下|以内|左右|及以上)$"
)
_NOTE = re.compile(r"[（(][^（()）]*[)）]|[*＊★※]+$")  # 100（累计）, 80*
_AT_MOST = re.compile(r"[≤＜<]|以下|以内|不高于|不超过|小于|低于")


def table_cell(text: str, unit: str) -> tuple[float, str, bool] | None:
    """A table cell's figure in the row's unit: value, unit after scaling (a count in 万个 is
    counted in 个, money stays in 亿元) and whether the figure is an upper bound (≤5, 5以下).
    None for an empty mark (—) or anything that is not one figure."""
    bare = _NOTE.sub("", "".join(text.split()))
    figure = _BOUNDS.sub("", _BOUNDS.sub("", bare))
    try:
        value = number(figure, unit=unit)
    except ValueProblem:
        m = QUANTITY.fullmatch(figure)
        measured = quantity(m) if m else None
        if measured is None:
            return None
        value, unit = measured
    if value is None:
        return None
    prefix = next((p for p in SCALES if unit.startswith(p) and unit != p), "")
    counted = unit[len(prefix) :]
    if prefix and not counted.endswith("元"):
        value, unit = float(Decimal(str(value)) * SCALES[prefix]), counted
    return value, unit.replace("％", "%"), bool(_AT_MOST.search(bare))
