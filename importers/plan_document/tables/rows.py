"""What a table's body rows are: items, group rows (a heading merged across the row), notes
and blanks; and the cells people write lists of units into."""

from __future__ import annotations

import re

from workbench.reference import regions

from .. import places
from ..labels import parse_label
from .grid import SourceTable

_NOTE = re.compile(r"^(?:注|备注|说明|资料来源|数据来源)\s*[:：\d]")
_CHINESE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
_NUMBER_ONLY = re.compile(r"^[\s\d.．、()（）]*$")
# Separators outside brackets: 上海市经信委（大数据中心）、江苏省工信厅
_UNIT_SPLIT = re.compile(r"[、，,；;/／\s]+(?![^（(]*[)）])")
_LEAD_MARK = re.compile(r"[（(]\s*牵头\s*[)）]|牵头$")
_TRAILING = re.compile(r"(?:等(?:单位|部门)?|按职责分工负责)$")


def distinct_texts(table: SourceTable, row: int) -> list[str]:
    """The row's non-empty cells, a merged cell once."""
    seen, texts = set(), []
    for cell in table.rows[row]:
        if cell.text and cell.origin not in seen:
            seen.add(cell.origin)
            texts.append(cell.text)
    return texts


def group_heading(table: SourceTable, row: int, number_column: int | None) -> str | None:
    """The heading a row holds when it stands for a group, not an item: one cell merged
    across the row, or a lone cell numbered 一、/（一） or standing in the number column."""
    texts = distinct_texts(table, row)
    number = table.text(row, number_column) if number_column is not None else ""
    if _CHINESE_NUMERAL.fullmatch(numeral(number)) and len(texts) == 2:
        # （一） in the number column, the group's name beside it
        name = next(t for t in texts if t != number)
        return f"{number if numeral(number) != number else number + '、'}{name}"
    if len(texts) != 1 or is_note(texts[0]) or _NUMBER_ONLY.match(texts[0]):
        return None
    text = texts[0]
    cells = [c for c in table.rows[row] if c.text]
    if any(c.origin[0] != row for c in cells):
        return None  # a cell merged down from an item above
    label = parse_label(text)
    if len(cells) > 1 or (label and label.level <= 2) or (number_column is not None and table.text(row, number_column)):
        return " ".join(text.split())
    return None


def is_note(text: str) -> bool:
    return bool(_NOTE.match(text))


def numeral(text: str) -> str:
    """The number alone: "1." "（1）" "一、" "1.2" → "1" "1" "一" "1.2"."""
    return re.sub(r"^[(（]+|[)）.．、,，]+$", "", "".join(text.split()))


def split_heading(text: str) -> tuple[str, str]:
    """A group heading's label and title: "（一）数字基础设施" → ("（一）", "数字基础设施")."""
    label = parse_label(text)
    return (label.number, text[label.end :].strip()) if label else ("", text)


def units(text: str) -> tuple[list[str], list[str]]:
    """Units written in one cell, and those of them marked as leading: 市经信委（牵头）."""
    found, marked = [], []
    for part in places.share_body(_UNIT_SPLIT.split(text.strip())):
        unit = _TRAILING.sub("", part.strip()).strip()
        if _LEAD_MARK.search(unit):
            unit = _LEAD_MARK.sub("", unit).strip()
            marked.append(unit)
        if unit and unit not in found:
            found.append(unit)
    return found, marked


def unit_regions(names: list[str]) -> list[str]:
    """Regions the units belong to, as named: 苏州市工信局 → the city, 上海市经信委 → SH."""
    codes = (places.first_region(name) for name in names)
    return list(dict.fromkeys(c for c in codes if c and c != regions.WHOLE_DELTA))
