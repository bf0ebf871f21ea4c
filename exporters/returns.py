"""The return workbook: the region's template, reissued with its values as stored, every cell the office names
and every row of a task it names filled red with the reason in a comment (the marking of `report`), and an
instruction sheet placed first with the reasons. The province revises it and sends it back as an ordinary return:
its hidden metadata and checksum are those of the template issued with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from exporters import workbook_style as style
from exporters.cells import put
from exporters.files import stage
from exporters.report import annotate
from exporters.template import build as build_template
from workbench import messages
from workbench.reporting.review import SendBack

WIDTHS = (18, 90)


def _instructions(wb: Workbook, back: SendBack) -> None:
    ws = wb.create_sheet(messages.text("return.sheet"), 0)
    wb.active = 0
    style.widths(ws, WIDTHS)
    names = {"region": back.spec.region_name, "plan": back.spec.plan_title, "period": back.period}
    style.title_row(ws, 1, messages.text("return.title", **names), len(WIDTHS))
    style.title_row(ws, 2, messages.text("return.intro"), len(WIDTHS), font=style.NOTE)
    style.fit_height(ws, 2, [(messages.text("return.intro"), sum(WIDTHS))])
    lines = (
        ("return.reason", back.reason),
        ("return.when", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("return.cells", "、".join(back.cells) or messages.text("return.none")),
        ("return.tasks", "、".join(back.tasks) or messages.text("return.none")),
    )
    for row, (label, value) in enumerate(lines, 4):
        style.styled(put(ws.cell(row, 1), messages.text(label)), font=style.BOLD, border=style.GRID)
        style.styled(put(ws.cell(row, 2), value), font=style.BODY, border=style.GRID, alignment=style.WRAP)
        style.fit_height(ws, row, [(value, WIDTHS[1])])
    style.print_setup(ws)


def build(back: SendBack) -> Workbook:
    wb = build_template(back.spec)
    for sheet, marks in back.marks.items():
        annotate(wb[sheet], marks)
    _instructions(wb, back)
    return wb


def stage_return(back: SendBack, target: Path) -> Path:
    """Written whole beside *target* under a temporary name: `templates.issue` records it, then renames it."""
    return stage(build(back), target)
