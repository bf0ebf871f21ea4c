"""Reading what people type into a template's cells: numbers, percents and dates by the
core's rules (`workbench.values`, shared with the window's edits); here only what is
particular to a template: free text and a status typed instead of picked."""

from __future__ import annotations

from datetime import date

from workbench.reporting import layout
from workbench.values import ValueProblem as CellError
from workbench.values import day, is_empty, number, percent

__all__ = ["CellError", "day", "is_empty", "number", "percent", "status", "text"]


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
