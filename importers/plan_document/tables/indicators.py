"""The indicator table (主要指标): 指标 / 单位 / 基期年 / 目标年 / 属性 (约束性·预期性).

A year column is a baseline before the plan's period and a target in it (without a known
period, the earliest of several is the baseline). Rows with one heading merged across are
categories. Annex tables by city work either way round: columns named for cities (a
target for each), or a 地区 column whose rows are cities and whose other columns are
indicators ("5G基站数（万个）").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.planning.document import (
    Direction,
    IndicatorAttribute,
    ParsedIndicator,
    ParsedTarget,
    Span,
    TableMapping,
)
from workbench.reference import regions

from .. import places
from ..quantities import table_cell
from .columns import YEAR, Header, field_of, find_header, mapping, plain
from .grid import SourceTable
from .rows import distinct_texts, group_heading, is_note, split_heading

KIND = "indicators"


class _RegionHeader:
    """A header that is a region's name: a column of values for that city or province."""

    def search(self, text: str) -> str | None:
        return places.region_named(text)


FIELDS = (
    ("number", re.compile(r"^(?:序号|编号|序)$")),
    ("attribute", re.compile(r"属性|性质|约束性|预期性")),
    ("unit", re.compile(r"^(?:计量|指标)?单位$")),
    ("regions", re.compile(r"^(?:地区|城市|地市|设区市|区域|省市|区县|省份|行政区|市)(?:名称)?$")),
    (None, re.compile(r"备注|说明|口径|来源|牵头|责任|计算|序号")),
    ("category", re.compile(r"^(?:类别|领域|分类|方面|维度|一级指标|板块|类型)$")),
    ("baseline", re.compile(r"基期|基准|基数|现状|基础值|现值|起始|实际值|完成值|^20\d{2}年?(?:底|末)$")),
    ("target", re.compile(r"目标|规划值|预期值|预计|^20\d{2}年?(?:前|底前)$")),
    ("year", re.compile(r"^(?:19|20)\d{2}年?(?:指标值|数值|值|水平)?(?:\([^()]{1,8}\))?$")),  # 2023年（万个）
    ("name", re.compile(r"指标|名称")),
    ("scope", _RegionHeader()),
)
_VALUES = {"baseline", "target", "year", "scope"}
_UNIT_IN_NAME = re.compile(r"[（(]\s*([^（()）]{1,8})\s*[)）]$")
_CAPTION_NOISE = re.compile(
    r"^(?:附件|附表|表|专栏)\d*[:：]?|^各(?:设区)?(?:市|城市|地市|地区|省市|区县)"
    r"|^(?:19|20)\d{2}年?(?:[-~～至到—–](?:19|20)\d{2}年?)?"
    r"|(?:建设|发展)?(?:目标值?|目标表|一览表|分解表|任务分解|表)(?=$|[（(])"
)
_NO_UNIT = re.compile(r"[-—–－/／\\无]*")
_WHEN = re.compile(r"^(?:到|至)?\s*\d{4}\s*年(?:底|末)?\s*")  # "到2026年 数据开放率"


def _enough(fields: list[str | None], texts: list[str]) -> bool:
    named = set(fields)
    if "name" in named and named & _VALUES:
        return True
    # By city in rows: a 地区 column and indicator columns no synonym names.
    return "regions" in named and any(t and (f is None or f in _VALUES) for f, t in zip(fields, texts))


def header(table: SourceTable) -> tuple[Header, list[str | None]] | None:
    found = find_header(table, FIELDS, _enough)
    if not found:
        return None
    fields = [field_of(t, FIELDS) if t else None for t in found.texts]
    if "name" not in fields:
        if not _rows_are_regions(table, found, fields.index("regions")):
            return None
        fields = [f if f or not t else "column" for f, t in zip(fields, found.texts)]
    return found, fields


def _rows_are_regions(table: SourceTable, found: Header, column: int) -> bool:
    names = [table.text(r, column) for r in range(found.body, len(table.rows)) if table.text(r, column)]
    return bool(names) and sum(1 for n in names if places.first_region(n)) * 2 > len(names)


@dataclass(frozen=True)
class _Column:
    index: int
    role: str  # baseline / target
    year: int | None
    scope: str | None = None
    name: str = ""  # an indicator column of a table by city in rows
    unit: str = ""


def read(
    table: SourceTable,
    found: Header,
    fields: list[str | None],
    span_of: Callable[[int], Span],
    period: tuple[int | None, int | None],
) -> tuple[list[ParsedIndicator], TableMapping]:
    value_columns = _value_columns(table, found, fields, period)
    shown = [None if f in _VALUES or f == "column" else f for f in fields]  # value columns as read, below
    for column in value_columns:
        shown[column.index] = f"{column.role}:{column.year or ''}" + (f"@{column.scope}" if column.scope else "")
    columns = {name: c for c, name in reversed(list(enumerate(fields))) if name}
    found_indicators: dict[tuple[str, str | None], ParsedIndicator] = {}
    group: str | None = None
    for r in range(found.body, len(table.rows)):
        heading = group_heading(table, r, columns.get("number"))
        texts = distinct_texts(table, r)
        if not heading and len(texts) == 1 and not is_note(texts[0]):
            heading = texts[0]  # a name with no unit, value or attribute: a sheet's category row
        if heading:
            group = split_heading(heading)[1]
            continue
        if not texts or is_note(texts[0]) or found.repeated(table, r):
            continue
        row_group = table.text(r, columns["category"]) if "category" in columns else ""
        for indicator in _row(table, r, columns, value_columns, span_of(r)):
            indicator.group = " ".join(row_group.split()) or group
            key = (indicator.name, indicator.scope_region)
            if key in found_indicators:
                found_indicators[key].targets.extend(indicator.targets)
            else:
                found_indicators[key] = indicator
    return list(found_indicators.values()), TableMapping(table.location, KIND, mapping(found.texts, shown))


def _value_columns(
    table: SourceTable, found: Header, fields: list[str | None], period: tuple[int | None, int | None]
) -> list[_Column]:
    default = _caption_year(table, found) or period[1]
    years = {c: int(m[1]) for c, t in enumerate(found.texts) if (m := YEAR.search(plain(t)))}
    bare_years = sorted(years[c] for c, f in enumerate(fields) if f == "year" and c in years)
    # By city in rows with year columns: one indicator, named by the table's title.
    name, unit = ("", "") if "name" in fields else _caption_name(table, found)
    columns = []
    for c, field in enumerate(fields):
        year = years.get(c)
        # A unit the column's own header carries: 2026年目标（EFLOPS）
        own_unit = unit or _name_and_unit(YEAR.sub("", found.texts[c]))[1]
        if field in ("year", "baseline", "target") and "name" not in fields and not name:
            continue
        if field == "year":
            before_period = period[0] is not None and year is not None and year < period[0]
            earliest = period[0] is None and len(bare_years) > 1 and year == bare_years[0]
            role = "baseline" if before_period or earliest else "target"
            columns.append(_Column(c, role, year, name=name, unit=own_unit))
        elif field in ("baseline", "target"):
            when = year or (default if field == "target" else None)
            columns.append(_Column(c, field, when, name=name, unit=own_unit))
        elif field == "scope":
            columns.append(_Column(c, "target", year or default, places.region_named(plain(found.texts[c]))))
        elif field == "column":
            own, own_unit = _name_and_unit(YEAR.sub("", found.texts[c]).strip("/ "))
            role = "baseline" if re.search("基期|现状", own) else "target"
            own = re.sub("基期|现状|目标值?", "", own)
            columns.append(_Column(c, role, year or default, name=own, unit=own_unit))
    return columns


def _caption_name(table: SourceTable, found: Header) -> tuple[str, str]:
    """An indicator's name and unit from a table's title: "附件2 各市2025年5G基站建设目标（万个）"
    → ("5G基站", "万个")."""
    titles = [t for t in (table.caption, *(table.text(r, 0) for r in range(found.first))) if t.strip()]
    text = plain(titles[-1]) if titles else ""
    while (trimmed := _CAPTION_NOISE.sub("", text)) != text:
        text = trimmed
    return _name_and_unit(text)


def _caption_year(table: SourceTable, found: Header) -> int | None:
    """A year the table's title names: the caption above it or its own title rows."""
    above = [table.caption, *(table.text(r, 0) for r in range(found.first))]
    m = next((m for m in map(YEAR.search, above) if m), None)
    return int(m[1]) if m else None


def _name_and_unit(text: str) -> tuple[str, str]:
    """ "固定宽带家庭普及率（%）" → ("固定宽带家庭普及率", "%")."""
    text = _WHEN.sub("", " ".join(text.split()))
    m = _UNIT_IN_NAME.search(text)
    return (text[: m.start()].strip(), m[1].strip()) if m else (text, "")


def _row(
    table: SourceTable, r: int, columns: dict[str, int], values: list[_Column], span: Span
) -> list[ParsedIndicator]:
    attribute = _attribute(table.text(r, columns["attribute"])) if "attribute" in columns else None
    if "name" in columns:
        name, unit = _name_and_unit(table.text(r, columns["name"]))
        unit = " ".join(table.text(r, columns["unit"]).split()) if "unit" in columns else ""
        unit = "" if _NO_UNIT.fullmatch(unit) else unit  # 两化融合发展水平 | — : a figure without unit
        unit = unit or _name_and_unit(table.text(r, columns["name"]))[1]
        if not name:
            return []
        # A 地区 column beside the name: each row one indicator for one place (长表 by city).
        row_scope = places.first_region(table.text(r, columns["regions"])) if "regions" in columns else None
        row_scope = None if row_scope == regions.WHOLE_DELTA else row_scope
        by_scope: dict[str | None, ParsedIndicator] = {}
        for column in values:
            scope = column.scope or row_scope
            indicator = by_scope.get(scope)
            reading = _reading(table.text(r, column.index), unit)
            if indicator is None:
                indicator = ParsedIndicator(name, unit, span, scope_region=scope, attribute=attribute)
                by_scope[scope] = indicator
            _place(indicator, column, reading)
        return [
            i for i in by_scope.values() if i.targets or i.baseline_value is not None or i.scope_region == row_scope
        ]
    scope = places.first_region(table.text(r, columns["regions"]))
    if scope is None:
        return []
    found = []
    for column in values:
        reading = _reading(table.text(r, column.index), column.unit)
        if reading:
            indicator = ParsedIndicator(column.name, column.unit, span, scope_region=scope, attribute=attribute)
            _place(indicator, column, reading)
            found.append(indicator)
    return found


def _reading(text: str, unit: str) -> tuple[float, str, bool] | None:
    return table_cell(text, unit) if text else None


def _place(indicator: ParsedIndicator, column: _Column, reading: tuple[float, str, bool] | None) -> None:
    if reading is None:
        return
    value, unit, at_most = reading
    indicator.unit = unit
    if at_most:  # ≤13.5 bounds from above; a name such as 能耗下降 does not: its figure is a fall to reach
        indicator.direction = Direction.DECREASE
    if column.role == "baseline":
        if indicator.baseline_value is None:
            indicator.baseline_value, indicator.baseline_year = value, column.year
    elif column.year is not None and all(t.year != column.year for t in indicator.targets):
        indicator.targets.append(ParsedTarget(column.year, value, span=indicator.span))


def _attribute(text: str) -> IndicatorAttribute | None:
    if "约束" in text:
        return IndicatorAttribute.BINDING
    return IndicatorAttribute.EXPECTED if "预期" in text else None
