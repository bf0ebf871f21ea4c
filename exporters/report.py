"""The `--report` workbook: a first sheet listing every problem (file, sheet, cell, value,
reason), then the submitted workbook with each bad cell filled red and commented, ready
to mail back. For several files, one combined report holds a copy of each refused
file's sheets.

Always a new file: the received workbook is only read, never saved over. The copy is
inert: the province's formulas (HYPERLINK, WEBSERVICE, DDE …) are kept as text, never run
from a file we send, and only a workbook of a template's size is copied at all.
"""

from __future__ import annotations

import warnings
import zipfile
from datetime import datetime
from pathlib import Path
from typing import IO

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.worksheet import Worksheet

from exporters import workbook_style as style
from exporters.cells import put
from exporters.files import save_new
from workbench import messages
from workbench.reporting.layout import writable
from workbench.reporting.model import Problem, SubmissionOutcome
from workbench.reporting.states import Outcome

AUTHOR = "规划工作台"
# A template's sheets unpack to well under a megabyte; a file that passes the reader's limits
# can unpack to far more, and openpyxl would take minutes and gigabytes to copy it.
MAX_COPIED_SHEET_XML = 16 * 1024 * 1024
WIDTHS = (28, 12, 12, 9, 24, 70)


def _load(path: Path) -> Workbook:
    with warnings.catch_warnings():
        # openpyxl warns about extensions it drops (WPS, LibreOffice); the copy does not need them.
        warnings.simplefilter("ignore")
        wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formula = cell.value if isinstance(cell.value, str) else getattr(cell.value, "text", "")
                    put(cell, formula or "")  # as text: shown, never run
    wb._external_links = []  # links to other workbooks would be refreshed on opening
    return wb


def copyable(path: Path | IO[bytes]) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(m.file_size for m in package.infolist() if m.filename.startswith("xl/worksheets/"))
    except (OSError, zipfile.BadZipFile):
        return False
    return unpacked <= MAX_COPIED_SHEET_XML


def annotate(ws: Worksheet, problems: list[Problem]) -> None:
    for problem in problems:
        cell = ws[problem.cell]
        cell.fill = style.LAGGING_FILL
        text = problem.reason()
        if cell.comment:
            text = f"{cell.comment.text}\n{text}"
        cell.comment = Comment(writable(text), AUTHOR, width=320, height=120)


def _located(outcome: SubmissionOutcome) -> dict[str, list[Problem]]:
    by_sheet: dict[str, list[Problem]] = {}
    for p in outcome.problems:
        if p.sheet and p.cell:
            by_sheet.setdefault(p.sheet, []).append(p)
    return by_sheet


def _list_sheet(wb: Workbook, outcomes: list[SubmissionOutcome], sheet_names: dict[tuple[int, str], str]) -> None:
    ws = wb.create_sheet(messages.text("report.sheet"), 0)
    wb.active = 0
    style.widths(ws, WIDTHS)
    style.title_row(ws, 1, messages.text("report.title", when=datetime.now().strftime("%Y-%m-%d %H:%M")), len(WIDTHS))
    style.title_row(ws, 2, messages.text("report.intro"), len(WIDTHS), font=style.NOTE)
    style.header_row(ws, 3, messages.text("report.headers").split("|"))
    row = 4
    for index, outcome in enumerate(outcomes):
        preview = outcome.preview
        lines: list[tuple[Problem | None, bool]] = [(p, True) for p in outcome.problems]
        lines += [(n, False) for n in (preview.notices if preview else [])]
        for problem, is_problem in lines or [(None, False)]:
            values = [
                outcome.path.name,
                outcome.status.label(),
                problem.sheet if problem else "",
                problem.cell if problem else "",
                problem.value if problem else "",
                problem.reason() if problem else "",
            ]
            for col, value in enumerate(values, 1):
                cell = put(ws.cell(row, col), value)
                cell.font, cell.border, cell.alignment = style.BODY, style.GRID, style.WRAP
            if is_problem:
                ws.cell(row, 6).fill = style.LAGGING_FILL
            target = sheet_names.get((index, problem.sheet)) if problem else None
            if target and problem and problem.cell:
                ws.cell(row, 4).hyperlink = f"#'{target}'!{problem.cell}"
            style.fit_height(ws, row, list(zip(values, WIDTHS)))
            row += 1
    ws.freeze_panes = "A4"
    style.print_setup(ws, title_rows="3:3")


def _copy_sheet(source: Worksheet, target: Worksheet) -> None:
    for row in source.iter_rows():
        for cell in row:
            if cell.value is not None:
                put(target.cell(cell.row, cell.column), cell.value)
    for letter, dim in source.column_dimensions.items():
        target.column_dimensions[letter].width = dim.width


def _refused(outcomes: list[SubmissionOutcome]) -> list[tuple[int, SubmissionOutcome]]:
    return [(i, o) for i, o in enumerate(outcomes) if o.status == Outcome.REJECTED and _located(o) and copyable(o.path)]


def build(outcomes: list[SubmissionOutcome]) -> Workbook:
    refused = _refused(outcomes)
    if len(outcomes) == 1 and refused:
        wb = _load(outcomes[0].path)
        located = _located(outcomes[0])
        for sheet, problems in located.items():
            if sheet in wb.sheetnames:
                annotate(wb[sheet], problems)
        _list_sheet(wb, outcomes, {(0, s): s for s in located if s in wb.sheetnames})
        return wb
    wb = Workbook()
    names: dict[tuple[int, str], str] = {}
    for index, outcome in refused:
        source = _load(outcome.path)
        for sheet, problems in _located(outcome).items():
            if sheet not in source.sheetnames:
                continue
            copy = wb.create_sheet(f"{index + 1}-{sheet}"[:31])
            _copy_sheet(source[sheet], copy)
            annotate(copy, problems)
            names[(index, sheet)] = copy.title
    wb.remove(wb.active)
    _list_sheet(wb, outcomes, names)
    return wb


def write_report(
    outcomes: list[SubmissionOutcome], path: str | Path, *, workspace: Path | None = None, force: bool = False
) -> Path:
    """Never over a received file or the *workspace*'s own; over another existing file only with *force*."""
    return save_new(lambda: build(outcomes), path, workspace=workspace, inputs=[o.path for o in outcomes], force=force)
