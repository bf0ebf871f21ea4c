"""Writing the summary workbook (汇总表) for the joint meeting from `SummaryData`.

Sheets: an overview (submissions, status counts per region with a native bar chart, the
lagging tasks), tasks × regions, the details of every report, indicators' target against
actual per region, and each indicator's actual values against its targets over the
periods (native line charts). Lagging work and missed targets are highlighted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.title import title_maker
from openpyxl.drawing.text import CharacterProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters import workbook_style as style
from exporters.cells import put
from exporters.files import save_new
from workbench import messages
from workbench.errors import Cancelled
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting.layout import writable
from workbench.reporting.states import RegionState
from workbench.reporting.summary import NOT_REPORTED, SummaryData, SummaryIndicator, SummaryTask

STATUS_ORDER = [*TaskStatus, NOT_REPORTED]


def t(code: str, **params: object) -> str:
    return messages.text(code, None, **params)


def status_label(status: str | None) -> str:
    if not status:
        return ""
    return t("summary.not_reported") if status == NOT_REPORTED else TaskStatus(status).label()


def _name(region: str) -> str:
    return regions.BY_CODE[region].name


def _sheet_head(ws: Worksheet, data: SummaryData, columns: int) -> None:
    style.title_row(
        ws, 1, t("summary.title", plan=data.plan_title, period=data.period, label=data.period_label), columns
    )
    style.title_row(ws, 2, t("summary.generated", when=data.generated_at.replace("T", " ")), columns, font=style.NOTE)


def _cell(ws: Worksheet, row: int, col: int, value: object, *, wrap: bool = False) -> None:
    style.styled(
        put(ws.cell(row, col), value),
        font=style.BODY,
        border=style.GRID,
        alignment=style.WRAP if wrap else style.CENTER,
        number_format=style.number_format(value),
    )


def _region_header(ws: Worksheet, row: int, fixed: list[str], regions_: list[str], sub: list[str]) -> None:
    """Two header rows: the fixed columns spanning both, then each region over its sub-columns."""
    style.header_row(ws, row, fixed + [""] * (len(regions_) * len(sub)))
    style.header_row(ws, row + 1, [""] * len(fixed) + sub * len(regions_))
    for col in range(1, len(fixed) + 1):
        ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    for i, region in enumerate(regions_):
        first = len(fixed) + 1 + i * len(sub)
        put(ws.cell(row, first), _name(region))
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=first + len(sub) - 1)


def _overview(ws: Worksheet, data: SummaryData) -> None:
    headers = [
        t("summary.region"),
        t("summary.submission"),
        *(status_label(s) for s in STATUS_ORDER),
        t("summary.mean_percent"),
    ]
    style.widths(ws, [10, 44, *[8] * len(STATUS_ORDER), 11])
    _sheet_head(ws, data, len(headers))
    style.header_row(ws, 4, headers)
    counts = data.status_counts()
    for row, state in enumerate(data.region_status, 5):
        described = state.state.label() + (
            f"（{state.when[:16].replace('T', ' ')}）{state.file_name}" if state.when else ""
        )
        if state.overdue:
            described += "；" + t("state.overdue", deadline=state.deadline)
        values = [
            state.region_name,
            described,
            *(counts[state.region][s] for s in STATUS_ORDER),
            data.mean_percent(state.region),
        ]
        for col, value in enumerate(values, 1):
            _cell(ws, row, col, value, wrap=col == 2)
        style.fit_height(ws, row, [(described, 44)])
        if state.overdue or state.state == RegionState.REJECTED:
            ws.cell(row, 2).fill = style.LAGGING_FILL
        if counts[state.region]["lagging"]:
            ws.cell(row, 3 + STATUS_ORDER.index(TaskStatus.LAGGING)).fill = style.LAGGING_FILL
    last = 4 + len(data.region_status)
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    _title(chart, t("summary.chart.status"))
    chart.y_axis.title = t("summary.chart.count")
    chart.add_data(
        Reference(ws, min_col=3, max_col=2 + len(STATUS_ORDER), min_row=4, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=5, max_row=last))
    for series, status in zip(chart.series, STATUS_ORDER):
        series.graphicalProperties.solidFill = style.STATUS_COLOURS[status]
        series.graphicalProperties.line.solidFill = style.STATUS_COLOURS[status]
    _axes(chart)
    chart.width, chart.height = 22, 8
    ws.add_chart(chart, f"A{last + 2}")
    _lagging_list(ws, data, last + 20)
    style.print_setup(ws)


def _axes(chart: BarChart | LineChart) -> None:
    # openpyxl marks axes deleted unless told; Excel and LibreOffice then draw no labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = "#,##0"
    chart.legend.position = "b"


def _title(chart: BarChart | LineChart, text: str) -> None:
    """A chart title at a size that fits the chart (the default is large enough to wrap)."""
    chart.title = title_maker(writable(text))
    for paragraph in chart.title.tx.rich.paragraphs:
        paragraph.pPr.defRPr = CharacterProperties(sz=1100, b=True)


def _lagging_list(ws: Worksheet, data: SummaryData, row: int) -> None:
    """Region | task | problems (spanning the status columns) | percent, under the overview."""
    style.title_row(ws, row, t("summary.lagging_list"), 9, font=style.BOLD)
    lagging = [(task, region) for task in data.tasks for region in task.lagging]
    if not lagging:
        put(ws.cell(row + 1, 1), t("summary.no_lagging")).font = style.BODY
        return
    style.header_row(
        ws,
        row + 1,
        [t("summary.region"), t("summary.task"), t("summary.problems"), "", "", "", "", "", t("summary.percent")],
    )
    ws.merge_cells(start_row=row + 1, start_column=3, end_row=row + 1, end_column=8)
    for r, (task, region) in enumerate(lagging, row + 2):
        cell = task.cells[region]
        _cell(ws, r, 1, _name(region))
        _cell(ws, r, 2, f"{task.code}. {task.title}", wrap=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        _cell(ws, r, 3, cell.get("problems"), wrap=True)
        _cell(ws, r, 9, cell.get("percent"))
        ws.cell(r, 1).fill = style.LAGGING_FILL
        style.fit_height(ws, r, [(f"{task.code}. {task.title}", 44), (cell.get("problems"), 48)])


def _tasks(ws: Worksheet, data: SummaryData) -> None:
    fixed = [t("summary.code"), t("summary.task"), t("summary.lead")]
    style.widths(ws, [8, 40, 16, *[9, 8] * len(data.regions)])
    _sheet_head(ws, data, len(fixed) + 2 * len(data.regions))
    _region_header(ws, 3, fixed, data.regions, [t("summary.status"), t("summary.percent")])
    for row, task in enumerate(data.tasks, 5):
        for col, value in enumerate((task.code, task.title, task.lead), 1):
            _cell(ws, row, col, value, wrap=col > 1)
        for i, region in enumerate(data.regions):
            _task_cells(ws, row, len(fixed) + 1 + 2 * i, task, region)
        style.fit_height(ws, row, [(task.title, 40), (task.lead, 16)])
    ws.freeze_panes = "D5"
    style.print_setup(ws, title_rows="3:4", header=data.plan_title)


def _task_cells(ws: Worksheet, row: int, col: int, task: SummaryTask, region: str) -> None:
    if region not in task.cells:
        for c in (col, col + 1):
            _cell(ws, row, c, t("summary.not_applicable"))
            ws.cell(row, c).fill = style.LOCKED_FILL
        return
    cell = task.cells[region]
    _cell(ws, row, col, status_label(cell.get("status") or NOT_REPORTED))
    _cell(ws, row, col + 1, cell.get("percent"))
    if region in task.lagging:
        for c in (col, col + 1):
            ws.cell(row, c).fill, ws.cell(row, c).font = style.LAGGING_FILL, style.LAGGING_FONT


def _details(ws: Worksheet, data: SummaryData) -> None:
    headers = [
        t("summary.code"),
        t("summary.task"),
        t("summary.region"),
        t("summary.status"),
        t("summary.percent"),
        t("summary.progress"),
        t("summary.problems"),
        t("summary.next_steps"),
    ]
    widths = [8, 30, 9, 9, 8, 40, 28, 28]
    style.widths(ws, widths)
    _sheet_head(ws, data, len(headers))
    style.header_row(ws, 3, headers)
    row = 4
    for task in data.tasks:
        for region, cell in task.cells.items():
            values = [
                task.code,
                task.title,
                _name(region),
                status_label(cell.get("status") or NOT_REPORTED),
                cell.get("percent"),
                cell.get("progress"),
                cell.get("problems"),
                cell.get("next_steps"),
            ]
            for col, value in enumerate(values, 1):
                _cell(ws, row, col, value, wrap=col in (2, 6, 7, 8))
            if region in task.lagging:
                ws.cell(row, 4).fill, ws.cell(row, 4).font = style.LAGGING_FILL, style.LAGGING_FONT
            style.fit_height(ws, row, list(zip(values, widths)))
            row += 1
    ws.freeze_panes = "C4"
    ws.auto_filter.ref = f"A3:H{max(row - 1, 3)}"
    style.print_setup(ws, title_rows="3:3", header=data.plan_title)


def _indicators(ws: Worksheet, data: SummaryData) -> None:
    fixed = [
        t("summary.code"),
        t("summary.indicator"),
        t("summary.unit"),
        t("summary.target"),
        t("summary.target_year"),
    ]
    style.widths(ws, [7, 30, 9, 12, 9, *[12, 11] * len(data.regions)])
    _sheet_head(ws, data, len(fixed) + 2 * len(data.regions))
    _region_header(ws, 3, fixed, data.regions, [t("summary.actual"), t("summary.gap")])
    for row, ind in enumerate(data.indicators, 5):
        for col, value in enumerate((ind.code, ind.name, ind.unit, ind.target, ind.target_year), 1):
            _cell(ws, row, col, value, wrap=col == 2)
        ws.cell(row, 5).number_format = "0"
        for i, region in enumerate(data.regions):
            col = len(fixed) + 1 + 2 * i
            if region not in ind.regions:
                for c in (col, col + 1):
                    _cell(ws, row, c, t("summary.not_applicable"))
                    ws.cell(row, c).fill = style.LOCKED_FILL
                continue
            gap = ind.gap(region)
            _cell(ws, row, col, ind.actual.get(region))
            _cell(ws, row, col + 1, gap)
            if gap is not None:
                ws.cell(row, col + 1).fill = style.LAGGING_FILL if gap < 0 else style.GOOD_FILL
        style.fit_height(ws, row, [(ind.name, 30)])
    ws.freeze_panes = "C5"
    style.print_setup(ws, title_rows="3:4", header=data.plan_title)


def _trend_columns(data: SummaryData) -> int:
    """Period, target, one per region shown (the provinces; a received plan's region and its cities)."""
    return 2 + len(data.regions)


def _trend_block(ws: Worksheet, row: int, ind: SummaryIndicator, columns: int) -> int:
    """One indicator's table of actual values and targets over the periods, with its line
    chart beside it; returns the next free row."""
    style.title_row(ws, row, t("summary.chart.trend", name=ind.name, unit=ind.unit), 6, font=style.BOLD)
    headers = [t("summary.period"), t("summary.target"), *(_name(r) for r in ind.regions)]
    style.header_row(ws, row + 1, headers)
    for r, point in enumerate(ind.series, row + 2):
        for col, value in enumerate([point.period, point.target, *(point.values[x] for x in ind.regions)], 1):
            _cell(ws, r, col, value)
    last = row + 1 + len(ind.series)
    chart = LineChart()
    _title(chart, t("summary.chart.trend", name=ind.name, unit=ind.unit))
    chart.add_data(Reference(ws, min_col=2, max_col=len(headers), min_row=row + 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=row + 2, max_row=last))
    target = chart.series[0].graphicalProperties.line  # the target: dashed, dark, thick
    target.dashStyle, target.solidFill, target.width = "dash", "404040", 28575
    _axes(chart)
    chart.width, chart.height = 16, 7
    ws.add_chart(chart, f"{get_column_letter(columns + 2)}{row}")
    return max(last, row + 15) + 2


def _trends(ws: Worksheet, data: SummaryData) -> None:
    columns = _trend_columns(data)
    style.widths(ws, [10] + [12] * (columns - 1))
    _sheet_head(ws, data, columns)
    row = 4
    shown = [ind for ind in data.indicators if any(v is not None for p in ind.series for v in p.values.values())]
    for ind in shown:
        row = _trend_block(ws, row, ind, columns)
    if not shown:
        put(ws.cell(row, 1), t("summary.no_values")).font = style.BODY
    style.print_setup(ws)


SHEETS = (
    ("summary.sheet.overview", _overview),
    ("summary.sheet.tasks", _tasks),
    ("summary.sheet.details", _details),
    ("summary.sheet.indicators", _indicators),
    ("summary.sheet.trends", _trends),
)


def build(
    data: SummaryData, *, progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None
) -> Workbook:
    wb = Workbook()
    for index, (title, fill) in enumerate(SHEETS):
        if cancel and cancel():
            raise Cancelled("cancelled")
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = t(title)
        fill(ws, data)
        if progress:
            progress(index + 1, len(SHEETS))
    return wb


def write_summary(
    data: SummaryData,
    path: str | Path,
    *,
    workspace: Path | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Nothing is written when cancelled: the file is saved only once it is whole. An existing file is replaced
    only with *force*; the *workspace*'s own files never are."""
    return save_new(lambda: build(data, progress=progress, cancel=cancel), path, workspace=workspace, force=force)
