"""Tables of a plan read by their columns: the task-allocation table, the indicator table
and project tables. A table none of them recognises stays in the text, read as paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from workbench.planning.document import ParsedIndicator, ParsedProject, ParsedTask, Span, TableMapping

from ..labels import BOX, parse_label
from . import indicators, projects, tasks
from .columns import Header
from .grid import SourceTable

__all__ = ["Recognised", "SourceTable", "TableItems", "read_tables", "recognise"]


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


def recognise(tables: list[SourceTable]) -> list[Recognised]:
    """The tables whose header names the columns of a kind: indicators, then projects, then tasks."""
    found = []
    for table in tables:
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
                if kind != tasks.KIND and table.caption_line is not None and boxed:
                    first = table.caption_line  # the 专栏 caption: the items are its content
                found.append(Recognised(table, kind, header, fields, range(first, table.first_line + len(table.rows))))
                break
    return found


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
