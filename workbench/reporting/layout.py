"""The layout of a submission template, shared by the writer (exporters) and the reader
(importers): sheet names, columns and header texts, allowed statuses, metadata keys, the
format version and the keyed checksum over the locked content.

The template is a Chinese document whatever the UI language: its header texts identify
a file whose metadata was lost, so they never change with the language.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from workbench.reference import periods, statuses
from workbench.reference.statuses import TaskStatus

FORMAT = "yrd-workbench/template"
# Raise only when a reader of the old version would misread the new layout.
FORMAT_VERSION = 1

SHEET_GUIDE = "填报说明"
SHEET_TASKS = "任务进展"
SHEET_INDICATORS = "指标数据"
SHEET_LISTS = "选项"
SHEET_META = "_meta"
# A defined name, not an inline list: inline lists are capped at 255 characters and WPS
# stores them differently. ASCII so every program accepts it.
STATUS_LIST_NAME = "StatusList"

TITLE_ROW = 1
NOTE_ROW = 2
HEADER_ROW = 3
FIRST_DATA_ROW = 4

TASK = "task"
INDICATOR = "indicator"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    locked: bool
    kind: str = "text"  # code / text / number / percent / status / year
    aliases: tuple[str, ...] = ()  # other header texts people write for it, most specific first


TASK_COLUMNS: tuple[Column, ...] = (
    # 序号 last: a row counter a province inserts must not outrank the template's 编号.
    Column("code", "编号", 8, True, "code", ("任务编号", "序号")),
    Column("title", "任务", 36, True, "text", ("任务名称", "重点任务", "主要任务")),
    Column("lead", "牵头单位", 16, True, "text", ("责任单位",)),
    Column("deadline", "完成时限", 11, True, "text", ("时限",)),
    Column("status", "状态", 9, False, "status", ("进展状态", "完成状态", "任务状态", "当前状态")),
    Column("percent", "完成进度（%）", 10, False, "percent", ("完成比例", "完成百分比", "完成率", "进度")),
    Column("progress", "进展情况", 36, False, "text", ("工作进展情况", "工作进展", "主要进展", "进展")),
    Column("problems", "存在问题", 24, False, "text", ("存在的问题", "困难和问题", "主要问题", "问题")),
    Column("next_steps", "下步计划", 24, False, "text", ("下一步计划", "下步工作计划", "下一步工作计划", "下步工作")),
)

INDICATOR_COLUMNS: tuple[Column, ...] = (
    Column("code", "编号", 8, True, "code", ("指标编号", "序号")),
    Column("name", "指标", 36, True, "text", ("指标名称",)),
    Column("unit", "单位", 10, True, "text", ("计量单位",)),
    Column("baseline", "基期值", 12, True, "number", ("基准值",)),
    Column("baseline_year", "基期年份", 9, True, "year"),
    Column("target", "目标值", 12, True, "number"),
    Column("target_year", "目标年份", 9, True, "year"),
    Column("value", "本期实际值", 14, False, "number", ("实际值", "本期值", "本期数值", "实际完成值")),
    Column("note", "数据来源/说明", 36, False, "text", ("数据来源", "说明", "备注")),
)

COLUMNS = {TASK: TASK_COLUMNS, INDICATOR: INDICATOR_COLUMNS}
SHEETS = {TASK: SHEET_TASKS, INDICATOR: SHEET_INDICATORS}
# Which stored field each editable column fills.
TASK_FIELDS = ("status", "percent", "progress", "problems", "next_steps")
INDICATOR_FIELDS = ("value", "note")
FIELDS = {TASK: TASK_FIELDS, INDICATOR: INDICATOR_FIELDS}

# The status list of a template, in its display order.
STATUS_LABELS: dict[str, str] = {s.value: s.template_label for s in TaskStatus}

# The guide sheet, label in column A and value in B: locked facts of the template, then
# the fields a province fills in.
GUIDE_INFO: tuple[tuple[str, str], ...] = (
    ("plan", "规划"),
    ("region", "地区"),
    ("period", "报送期"),
    ("deadline", "截止日期"),
    ("contact", "联系方式"),
    ("template_id", "模板编号"),
)
GUIDE_FIELDS: tuple[tuple[str, str], ...] = (
    ("reporter", "填报人"),
    ("phone", "联系电话"),
    ("reported_on", "填报日期"),
)
GUIDE_FIRST_ROW = 3

# Where the metadata records each sheet's columns as issued (column_record), so a reworded
# header is still found; templates issued before it have none and are read by headers alone.
COLUMNS_META = {TASK: "columns.task", INDICATOR: "columns.indicator"}
# The hidden metadata sheet: A1 holds FORMAT, then key | value rows, then a ROWS_MARKER
# row followed by kind | id | code, one per template row. app_version (the program that wrote it)
# is for whoever looks into a file: unsigned and not required, as templates before it have none.
META_KEYS = (
    "template_id",
    "workspace_id",
    "plan_id",
    "plan_title",
    "region",
    "period",
    "format_version",
    "issued_at",
    "deadline",
    "checksum",
    *COLUMNS_META.values(),
    "app_version",
)
META_ROWS_MARKER = "rows"
# The fields the checksum covers, besides the rows and their locked content.
SIGNED_KEYS = ("template_id", "workspace_id", "plan_id", "region", "period", "format_version", "deadline")


def period_label(code: str) -> str:
    return periods.parse(code).chinese


def sheet_title(kind: str, plan_title: str, region_name: str, period_code: str) -> str:
    what = "任务进展报送表" if kind == TASK else "指标数据报送表"
    return f"《{plan_title}》{what} · {region_name} · {period_label(period_code)}"


def guide_title(plan_title: str) -> str:
    return f"《{plan_title}》进展报送模板"


# Characters XML 1.0 cannot hold (a form feed from a PDF copy, a vertical tab from Word):
# dropped wherever text meets a workbook, so what is written and what is compared agree.
UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def writable(text: str) -> str:
    return UNWRITABLE.sub("", text)


def canonical(value: object) -> str:
    """The comparable text of a cell, whatever the program that saved it did to it:
    full-width forms, runs of whitespace, 1 vs 1.0, a date vs its ISO text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else f"{value:.12g}"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(unicodedata.normalize("NFKC", writable(str(value))).split())


def canonical_code(value: object) -> str:
    """A row code as comparable text; Excel drops leading zeros of codes it takes for numbers."""
    text = canonical(value)
    return (text.lstrip("0") or "0") if text.isdigit() else text


@cache  # called for every cell read
def column_letter(number: int) -> str:
    """1 → A, 28 → AB, as a sheet names its columns."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """A → 1, AB → 28."""
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


# Notes people add to a header: （截至12月底）, [万元], 【必填】, and a trailing %, * or colon.
_HEADER_NOTES = re.compile(r"\(.*?\)|\[.*?\]|【.*?】")
_HEADER_TAIL = re.compile(r"[%*:]+$")


def header_key(text: object) -> str:
    """A header without spaces, case, width and notes: 完成进度%（截至12月底） → 完成进度."""
    plain = _HEADER_NOTES.sub("", canonical(text)).replace(" ", "").lower()
    return _HEADER_TAIL.sub("", plain)


@cache
def _header_keys(column: Column) -> list[str]:
    return [header_key(n) for n in (column.header, *column.aliases)]


def header_rank(column: Column, text: object) -> int:
    """How well a header names *column*: its own header best (1 + its aliases), then its aliases
    in order; 0 not at all."""
    key = header_key(text)
    names = _header_keys(column)
    return len(names) - names.index(key) if key and key in names else 0


def column_for_header(kind: str, text: object) -> Column | None:
    ranked = max(COLUMNS[kind], key=lambda column: header_rank(column, text))
    return ranked if header_rank(ranked, text) else None


def column_record(kind: str) -> str:
    """What the metadata records of a sheet's columns: code:A,title:B,…"""
    return ",".join(f"{c.key}:{column_letter(i)}" for i, c in enumerate(COLUMNS[kind], 1))


def recorded_columns(text: object) -> dict[str, int]:
    """The column number of each key in a `column_record`; {} for a template issued before it."""
    found = {}
    for part in canonical(text).split(","):
        key, _, letters = part.partition(":")
        if key and re.fullmatch(r"[A-Z]{1,3}", letters):
            found[key] = column_number(letters)
    return found


def status_for(text: object) -> str | None:
    """The status value for a label, a stored value or a predictable variant; None if unknown."""
    found = statuses.parse(canonical(text))
    return found.value if found else None


def checksum(key: str, fields: Mapping[str, object], rows: list[tuple[str, int, tuple[object, ...]]]) -> str:
    """HMAC-SHA256, keyed by the workspace's secret, over the signed metadata fields and
    every row's kind, id and locked cells. Protection against a casual edit, not an attacker
    who holds the workspace."""
    payload = json.dumps(
        {
            "fields": {k: canonical(fields.get(k)) for k in SIGNED_KEYS},
            "rows": [[kind, row_id, [canonical(v) for v in locked]] for kind, row_id, locked in rows],
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hmac.new(key.encode(), payload.encode("utf-8"), hashlib.sha256).hexdigest()
