"""Writing a workspace's consolidated answer into the template it received (the cascade): the issuer's own file,
opened with everything it holds (hidden sheets, names, validations, protection) and saved with only its input
cells written — the cells the template left unlocked. Its metadata, checksum and locked cells stay as issued, so
the issuing office takes the file in like any other return.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from exporters.files import save_new
from workbench.errors import InputError
from workbench.reporting import layout
from workbench.reporting.consolidation import Consolidation


def _meta_rows(wb: Workbook) -> tuple[dict[str, str], dict[tuple[str, str], int]]:
    """The metadata's key | value rows and its rows: (kind, code) → the issuer's row id."""
    ws = wb[layout.SHEET_META]
    meta: dict[str, str] = {}
    rows: dict[tuple[str, str], int] = {}
    in_rows = False
    for kind, value, code in ws.iter_rows(min_row=2, max_col=3, values_only=True):
        if layout.canonical(kind) == layout.META_ROWS_MARKER:
            in_rows = True
        elif in_rows and kind:
            rows[(layout.canonical(kind), layout.canonical_code(code))] = int(value)
        elif kind:
            meta[layout.canonical(kind)] = layout.canonical(value)
    return meta, rows


def _put(ws, row: int, col: int, value: object) -> None:
    cell = ws.cell(row, col)
    if cell.protection.locked:
        raise InputError("consolidate.locked_cell", sheet=ws.title, cell=cell.coordinate)
    cell.value = value


def fill(data: bytes, consolidation: Consolidation, *, reported_on: date | None = None) -> Workbook:
    """The received template (*data*, as received) with the consolidated answer in its input cells."""
    wb = load_workbook(io.BytesIO(data), keep_links=True, rich_text=True)
    if layout.SHEET_META not in wb.sheetnames:
        raise InputError("receive.not_a_template", file=consolidation.file_name)
    meta, row_ids = _meta_rows(wb)
    answers = consolidation.cells()
    for kind in layout.COLUMNS:
        ws = wb[layout.SHEETS[kind]]
        columns = layout.recorded_columns(meta.get(layout.COLUMNS_META[kind])) or {
            c.key: n for n, c in enumerate(layout.COLUMNS[kind], 1)
        }
        for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1):
            row_id = row_ids.get((kind, layout.canonical_code(ws.cell(r, columns["code"]).value)))
            answer = answers.get((kind, row_id)) if row_id is not None else None
            for key, value in (answer or {}).items():
                _put(ws, r, columns[key], value)
    guide = wb[layout.SHEET_GUIDE]
    labels = {label: key for key, label in layout.GUIDE_FIELDS}
    for r in range(1, guide.max_row + 1):
        if labels.get(layout.canonical(guide.cell(r, 1).value)) == "reported_on":
            _put(guide, r, 2, (reported_on or date.today()).isoformat())
    return wb


def write_consolidated(
    data: bytes, consolidation: Consolidation, out: str | Path, *, workspace: Path | None = None, force: bool = False
) -> Path:
    """*out* written whole and renamed into place; an existing file replaced only with *force*."""
    return save_new(lambda: fill(data, consolidation), out, workspace=workspace, force=force)
