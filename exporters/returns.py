"""The return workbook: the province's own file (the newest accepted, kept by the workspace) or, where none was
kept or it cannot be reopened, the region's template reissued with its values as stored; every cell the
office names and every row of a task it names filled red with the reason in a comment (the marking of `report`),
and an instruction sheet placed first with the reasons (replacing one an earlier return put there). Nothing else
of the province's file changes. The province revises it and sends it back as an ordinary return: its hidden
metadata and checksum are those of the template it was made from (or the one reissued with it)."""

from __future__ import annotations

import warnings
import zipfile
from datetime import datetime
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from exporters import workbook_style as style
from exporters.cells import put
from exporters.files import stage
from exporters.report import annotate, copyable
from exporters.template import build as build_template
from workbench import messages
from workbench.reporting import layout
from workbench.reporting.review import SendBack

WIDTHS = (18, 90)


def own_workbook(back: SendBack) -> Workbook | None:
    """The province's own file, where one was kept, is of a template's size, opens, and lists the plan's tasks
    in the rows the marks name (a plan re-imported with tasks added since would move them)."""
    if not back.own or not copyable(BytesIO(back.own)):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # extensions openpyxl does not know (WPS, LibreOffice)
            wb = load_workbook(BytesIO(back.own))
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError):
        return None  # the reader took it, openpyxl does not: the template is reissued instead
    codes = [str(row.cells["code"]) for row in back.spec.rows[layout.TASK]]
    tasks = wb[layout.SHEET_TASKS] if layout.SHEET_TASKS in wb.sheetnames else None
    found = [str(tasks.cell(layout.FIRST_DATA_ROW + n, 1).value) for n in range(len(codes))] if tasks else None
    return wb if found == codes else None


def _instructions(wb: Workbook, back: SendBack) -> None:
    name = messages.text("return.sheet")
    if name in wb.sheetnames:  # the file of an earlier return, sent in again: its instructions are replaced
        del wb[name]
    ws = wb.create_sheet(name, 0)
    for sheet in wb.worksheets:  # else Excel opens the province's selected sheet grouped with ours
        sheet.sheet_view.tabSelected = sheet is ws
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


def build(back: SendBack, own: Workbook | None = None) -> Workbook:
    wb = own if own is not None else build_template(back.spec)
    for sheet, marks in back.marks.items():
        annotate(wb[sheet], marks)
    _instructions(wb, back)
    return wb


def stage_return(back: SendBack, target: Path, own: Workbook | None = None) -> Path:
    """Written whole beside *target* under a temporary name, to be renamed into place once the return is recorded
    (with the reissued template, by `templates.issue`)."""
    return stage(build(back, own), target)
