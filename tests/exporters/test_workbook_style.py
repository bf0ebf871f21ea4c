"""Styling cells through the cache gives each cell what setting its styles one by one
gives, whatever the cell held before (a quote prefix from `put` stays)."""

from __future__ import annotations

from openpyxl import Workbook

from exporters import workbook_style as style
from exporters.cells import put

STYLES = {"font": style.BODY, "border": style.GRID, "alignment": style.WRAP, "number_format": "#,##0"}


def looks(cell) -> tuple:
    return tuple(
        repr(x)
        for x in (
            cell.font,
            cell.fill,
            cell.border,
            cell.alignment,
            cell.number_format,
            cell.protection,
            cell.quotePrefix,
        )
    )


def test_a_cached_style_is_the_style_set_directly():
    wb = Workbook()
    ws = wb.active
    direct = put(ws.cell(1, 1), "=1+1")
    for name, value in STYLES.items():
        setattr(direct, name, value)
    cached = [style.styled(put(ws.cell(r, 2), value), **STYLES) for r, value in enumerate(("正文", "=2+2", "+86"), 1)]
    assert [c.quotePrefix for c in cached] == [False, True, True]
    assert looks(cached[1]) == looks(cached[2]) == looks(direct)
    assert looks(cached[0])[:-1] == looks(direct)[:-1]


def test_changing_one_cell_later_leaves_the_others_alone():
    wb = Workbook()
    ws = wb.active
    first, second = (style.styled(ws.cell(r, 1), fill=style.LOCKED_FILL, **STYLES) for r in (1, 2))
    second.fill = style.LAGGING_FILL
    assert first.fill == style.LOCKED_FILL and second.fill == style.LAGGING_FILL


def test_the_summary_colours_every_status_and_the_unreported():
    from exporters.workbook_style import STATUS_COLOURS
    from workbench.reference.statuses import TaskStatus
    from workbench.reporting.summary import NOT_REPORTED

    assert set(STATUS_COLOURS) == {*TaskStatus, NOT_REPORTED}
