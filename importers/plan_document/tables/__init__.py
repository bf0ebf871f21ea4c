"""Tables of a plan read by their columns: the task-allocation table, the indicator table
and project tables. A table none of them recognises stays in the text, read as paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from workbench.planning.document import ParsedIndicator, ParsedProject, ParsedTask, Span, TableMapping

from ..labels import BOX, parse_label
from . import indicators, projects, tasks
from .columns import Header
from .grid import SourceTable

__all__ = ["Recognised", "SourceTable", "TableItems", "merge_tasks", "read_tables", "recognise"]
_NOT_IN_TITLE = re.compile(r"[\s\W_]+")
# An annexed table's title (附件：重点任务分工表) below the plan's text; a document that is only
# the table keeps its caption as its title.
_ANNEX = re.compile(r"(?:附件|附表)\s*\d*\s*[:：]?\s*\S")


@dataclass
class Recognised:
    table: SourceTable
    kind: str
    header: Header
    fields: list[str | None]
    lines: range  # source lines the table's items replace: its header and body, a 专栏 caption


@dataclass
class TableItems:
    tasks: list[ParsedTask] = field(default_factory=list)
    indicators: list[ParsedIndicator] = field(default_factory=list)
    projects: list[ParsedProject] = field(default_factory=list)
    mappings: list[TableMapping] = field(default_factory=list)


def recognise(tables: list[SourceTable], lines: list[str]) -> list[Recognised]:
    """The tables whose header names the columns of a kind: indicators, then projects, then
    tasks. *lines* are the source's, to tell a table's caption from the document's title."""
    found: list[Recognised] = []
    # Where the plan's text starts: an annex caption after it is the table's, not the title.
    text_starts = next((n for n, line in enumerate(lines) if parse_label(line.strip())), len(lines))
    for table in tables:
        if found and _continues(found[-1], table):
            before = found[-1]
            header = Header(0, 0, before.header.texts, before.header.row)
            rows = range(table.first_line, table.first_line + len(table.rows))
            found.append(Recognised(table, before.kind, header, before.fields, rows))
            continue
        boxed = _boxed(table)
        readers: tuple[tuple[str, Callable[[SourceTable], tuple[Header, list[str | None]] | None]], ...] = (
            (indicators.KIND, indicators.header),
            (projects.KIND, partial(projects.header, boxed=boxed)),
            (tasks.KIND, tasks.header),
        )
        for kind, read_header in readers:
            read = read_header(table)
            if read:
                header, fields = read
                first = table.first_line + header.first
                caption = table.caption_line
                if caption is not None and (boxed or (caption > text_starts and _ANNEX.match(lines[caption].strip()))):
                    first = caption  # the items are the content of the 专栏 or 附件 it names
                found.append(Recognised(table, kind, header, fields, range(first, table.first_line + len(table.rows))))
                break
    return found


def _continues(before: Recognised, table: SourceTable) -> bool:
    """The Word table goes on from the one above it, broken at a page without its header: as
    wide, nothing but blank lines between them, and no header of its own."""
    nothing_between = table.caption_line is not None and table.caption_line in before.lines
    own_header = any(module.header(table) for module in (indicators, tasks))
    return nothing_between and table.width == before.table.width and not own_header


def _boxed(table: SourceTable) -> bool:
    label = parse_label(table.caption)
    return bool(label and label.level == BOX)


def read_tables(
    recognised: list[Recognised], span_of_line: Callable[[int], Span], period: tuple[int | None, int | None]
) -> TableItems:
    items = TableItems()
    for r in recognised:
        table = r.table

        def span_of(row: int, table: SourceTable = table) -> Span:
            return span_of_line(table.first_line + row)

        if r.kind == tasks.KIND:
            found_tasks, mapping = tasks.read(table, r.header, r.fields, span_of)
            items.tasks += found_tasks
        elif r.kind == indicators.KIND:
            found_indicators, mapping = indicators.read(table, r.header, r.fields, span_of, period)
            items.indicators += found_indicators
        else:
            found_projects, mapping = projects.read(table, r.header, r.fields, span_of)
            items.projects += found_projects
        items.mappings.append(mapping)
    return items


def merge_tasks(text_tasks: list[ParsedTask], table_tasks: list[ParsedTask]) -> list[ParsedTask]:
    """Both, in document order; a table row restating a task of the text (an annexed 分工表
    of the plan's own tasks) gives that task its responsibilities instead of a second task."""
    by_title = {_NOT_IN_TITLE.sub("", t.title): t for t in text_tasks}
    kept = []
    for row in table_tasks:
        task = by_title.get(_NOT_IN_TITLE.sub("", row.title))
        if task is None:
            kept.append(row)
            continue
        task.lead_units = task.lead_units or row.lead_units
        task.cooperating_units = task.cooperating_units or row.cooperating_units
        task.regions = task.regions or row.regions
        task.deadline = task.deadline or row.deadline
    return sorted(text_tasks + kept, key=lambda t: t.span.start)
