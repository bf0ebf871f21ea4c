"""One table of what people type, read the same way by the core, by the window's edits and
by a returned template's cells: the same text never means two numbers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from importers.submission import reader
from importers.submission import values as cells
from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting import workbooks
from workbench import browse, values
from workbench.errors import InputError
from workbench.planning import plans
from workbench.storage.workspace import Workspace
from workbench.tracking import edits

BAD_NUMBER, BAD_PERCENT, BAD_DATE = "problem.bad_number", "problem.bad_percent", "problem.bad_date"
AMBIGUOUS = "problem.ambiguous_percent"
REGION, PERIOD = "SH", "2023H1"

# (typed, unit, kind, expected): a float, None (nothing reported) or the problem's code.
# kind: number (in the unit of the row), percent, percent_cell (a %-formatted cell), date, date1904.
# Units are those of the hand-built test plan's indicators: 亿元, 个, 万个, %.
TABLE = [
    ("5200亿", "亿元", "number", 5200.0),
    ("5200", "亿元", "number", 5200.0),
    ("5200亿元", "亿元", "number", 5200.0),
    ("52万亿", "亿元", "number", 520000.0),
    ("52万亿元", "亿元", "number", 520000.0),
    ("5200元", "亿元", "number", BAD_NUMBER),
    ("５２００ 亿", "亿元", "number", 5200.0),
    ("5,200.5", "亿元", "number", 5200.5),
    ("1,234,567.5", "个", "number", 1234567.5),
    ("１，２３４", "个", "number", 1234.0),
    ("1,2,3", "个", "number", BAD_NUMBER),
    ("1,23", "个", "number", BAD_NUMBER),
    ("12.5万", "个", "number", 125000.0),
    ("12.5万个", "个", "number", 125000.0),
    ("12.5千", "个", "number", 12500.0),
    ("3亿", "个", "number", 300000000.0),
    ("12.5万", "万个", "number", 12.5),
    ("30万个", "万个", "number", 30.0),
    ("3亿个", "万个", "number", 30000.0),
    ("1.2e3", "个", "number", 1200.0),
    ("1.2E-1", "%", "number", 0.12),
    ("1e999", "个", "number", BAD_NUMBER),
    ("１２.５", "个", "number", 12.5),
    (" 7 ", "个", "number", 7.0),
    ("1 234", "个", "number", 1234.0),
    ("-3.5", "%", "number", -3.5),
    ("85%", "%", "number", 85.0),
    ("８５％", "%", "number", 85.0),
    ("85%", "个", "number", BAD_NUMBER),
    ("—", "个", "number", None),
    ("——", "个", "number", None),
    ("-", "个", "number", None),
    ("--", "个", "number", None),
    ("/", "个", "number", None),
    ("无", "个", "number", None),
    ("暂无", "个", "number", None),
    ("N/A", "个", "number", None),
    ("不适用", "个", "number", None),
    ("", "个", "number", None),
    (None, "个", "number", None),
    ("abc", "个", "number", BAD_NUMBER),
    ("约30", "个", "number", BAD_NUMBER),
    (True, "个", "number", BAD_NUMBER),
    (date(2023, 6, 30), "个", "number", BAD_NUMBER),
    (42.0, "个", "number", 42.0),
    ("80%", "", "percent", 80.0),
    ("８０％", "", "percent", 80.0),
    (" 80 % ", "", "percent", 80.0),
    ("80", "", "percent", 80.0),
    (55, "", "percent", 55.0),
    # A plain number is the percent as written; one strictly between 0 and 1 could be 80% or 0.8%.
    (1, "", "percent", 1.0),
    (100, "", "percent", 100.0),
    (0, "", "percent", 0.0),
    (0.8, "", "percent", AMBIGUOUS),
    ("0.8", "", "percent", AMBIGUOUS),
    (0.05, "", "percent", AMBIGUOUS),
    ("0.8%", "", "percent", 0.8),
    ("1%", "", "percent", 1.0),
    # A percent-formatted cell holds the fraction: 1 is 100%.
    (0.8, "", "percent_cell", 80.0),
    (0.5, "", "percent_cell", 50.0),
    (1.0, "", "percent_cell", 100.0),
    (1, "", "percent_cell", 100.0),
    (0, "", "percent_cell", 0.0),
    ("80%", "", "percent_cell", 80.0),
    ("八十", "", "percent", BAD_PERCENT),
    ("80分", "", "percent", BAD_PERCENT),
    ("—", "", "percent", None),
    ("", "", "percent", None),
    (45000, "", "date", "2023-03-15"),
    (45000.0, "", "date", "2023-03-15"),
    (43538, "", "date1904", "2023-03-15"),
    (45000, "", "date1904", "2027-03-16"),
    (20230630, "", "date", "2023-06-30"),
    (2023, "", "date", BAD_DATE),  # a year, not a serial: serials are read only for 1954–2119
    (60, "", "date", BAD_DATE),
    (datetime(2023, 6, 30), "", "date", "2023-06-30"),
    ("2023年6月30日", "", "date", "2023-06-30"),
    ("2023年6月", "", "date", "2023-06"),
    ("2023/2/30", "", "date", BAD_DATE),
    ("", "", "date", None),
]
FIELDS = "typed, unit, kind, expected"


def read(module, typed: object, unit: str, kind: str) -> object:
    """The value, or the code of the problem, as *module* reads *typed*."""
    try:
        if kind == "number":
            return module.number(typed, unit=unit)
        if kind in ("percent", "percent_cell"):
            return module.percent(typed, percent_cell=kind == "percent_cell")
        return module.day(typed, epoch_1904=kind == "date1904")
    except (values.ValueProblem, cells.CellError) as exc:
        return exc.code


@pytest.mark.parametrize("module", [values, cells], ids=["core", "template"])
@pytest.mark.parametrize(FIELDS, TABLE)
def test_core_and_template_cells_read_alike(module, typed, unit, kind, expected):
    assert read(module, typed, unit, kind) == expected


@pytest.fixture(scope="module")
def window(tmp_path_factory) -> tuple[Workspace, int]:
    """A workspace with the test plan; every row first stores a known value, so rows may share it."""
    ws = Workspace.open(tmp_path_factory.mktemp("values") / "ws.sqlite", create=True, program="pytest")
    yield ws, plans.save(ws, test_plans.plan(8))
    ws.close()


KNOWN = 99.0


def stored(ws: Workspace, plan_id: int, kind: str, row_id: int) -> float | None:
    if kind == "number":
        return next(i for i in browse.indicators(ws, plan_id, period=PERIOD) if i.id == row_id).values.get(REGION)
    return browse.tasks(ws, plan_id, region=REGION, period=PERIOD, task_ids=[row_id])[0].region_percent


@pytest.mark.parametrize(FIELDS, [row for row in TABLE if row[2] in ("number", "percent")])
def test_the_window_stores_what_a_template_would(window, typed, unit, kind, expected):
    ws, plan_id = window
    if kind == "number":
        row_id = next(i.id for i in browse.indicators(ws, plan_id) if i.unit == unit)
        edit = lambda value: edits.indicator_value(ws, row_id, REGION, PERIOD, value)  # noqa: E731
    else:
        row_id = browse.tasks(ws, plan_id)[0].id
        edit = lambda value: edits.task_progress(ws, row_id, REGION, PERIOD, "percent", value)  # noqa: E731
    edit(KNOWN)
    if isinstance(expected, str):
        with pytest.raises(InputError) as err:
            edit(typed)
        assert err.value.code == "edit.not_a_number" and err.value.params["value"] == typed
        assert stored(ws, plan_id, kind, row_id) == KNOWN
    else:
        edit(typed)
        assert stored(ws, plan_id, kind, row_id) == expected


def test_5200_yi_typed_in_the_window_is_stored_as_5200_yi_yuan(workspace):
    plan_id = plans.save(workspace, test_plans.plan(8))
    scale = next(i for i in browse.indicators(workspace, plan_id) if i.unit == "亿元")
    changes = edits.indicator_value(workspace, scale.id, REGION, PERIOD, "5200亿")
    assert [c.new for c in changes] == [5200.0]
    assert (
        next(i for i in browse.indicators(workspace, plan_id, period=PERIOD) if i.id == scale.id).values[REGION]
        == 5200.0
    )


@pytest.mark.parametrize("serial", [1, 59, 60, 61, 366, 1462, 45000, 45000.5, 45000.9999999999])
@pytest.mark.parametrize("epoch_1904", [False, True])
def test_excel_serials_are_read_as_openpyxl_reads_them(serial, epoch_1904):
    expected = from_excel(serial, CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900).date()
    assert values.excel_date(serial, epoch_1904=epoch_1904) == expected


def test_the_1900_system_counts_a_february_29_that_never_was():
    assert [values.excel_date(s) for s in (59, 60, 61)] == [date(1900, 2, 28), date(1900, 2, 28), date(1900, 3, 1)]
    assert values.excel_date(0, epoch_1904=True) == date(1904, 1, 1)


@pytest.mark.parametrize("epoch, serial", [(CALENDAR_WINDOWS_1900, 45000), (CALENDAR_MAC_1904, 43538)])
def test_a_serial_date_typed_in_a_template_counts_from_the_workbooks_epoch(workspace, tmp_path: Path, epoch, serial):
    plans.save(workspace, test_plans.plan(8))
    template = workbooks.issue(workspace, test_plans.TITLE, "JS", PERIOD, tmp_path / "out")

    def date_as_serial(wb) -> None:
        wb.epoch = epoch
        workbooks.set_guide(wb, "填报日期", serial)

    returned = workbooks.fill(template, tmp_path / "back.xlsx", change=date_as_serial)
    assert reader.read_submission(returned).fields["reported_on"] == "2023-03-15"
