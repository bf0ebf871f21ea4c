"""Property-based fuzzing of the submission importer: whatever a province's file holds,
the outcome is accepted, a duplicate, rejected with located problems, unusable with a
reason, or waiting for the office's word (it would replace the file already accepted), with
nothing filled in — never a traceback or a hang — and a file not taken changes nothing but
the record of a refused attempt."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import MergedCell

from db import connection
from tests.workbench.reporting.workbooks import snapshot
from workbench.app import services
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

FUZZ = settings(
    max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", 40)),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
OUTCOMES = {"accepted", "duplicate", "rejected", "unusable", "needs_confirmation", "unfilled"}

# What people type into cells, and what spreadsheets put there.
CELL = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    # only what a spreadsheet program can save (XML has no control characters)
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=[chr(c) for c in range(32)]), max_size=40),
    st.sampled_from(
        [
            "80%",
            "８０",
            "0.8",
            "1,234",
            "12.5万",
            " 推进中 ",
            "已完成",
            "滞后",
            "=SUM(A1:A9)",
            "+1",
            "-",
            "@x",
            "#N/A",
            "2023年6月",
            "2023/6/30",
        ]
    ),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.booleans(),
)


def submit_and_check(workspace_path: Path, file: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        before = snapshot(ws)
        outcome = services.submit(ws, file)
        assert outcome.status in OUTCOMES
        if outcome.status != "accepted":
            assert outcome.status == "duplicate" or (outcome.problems and all(p.text() for p in outcome.problems))
            assert snapshot(ws) == before
        assert connection.integrity_problems(ws.db) == []


@FUZZ
@given(
    cells=st.lists(
        st.tuples(
            st.sampled_from([layout.SHEET_TASKS, layout.SHEET_INDICATORS]), st.integers(1, 14), st.integers(1, 10), CELL
        ),
        max_size=12,
    )
)
def test_any_cell_values(js_workspace, tmp_path_factory, cells):
    workspace_path, template = js_workspace
    wb = openpyxl.load_workbook(template)
    for sheet, row, column, value in cells:
        cell = wb[sheet].cell(row, column)
        if not isinstance(cell, MergedCell):  # a title spanning columns: only its anchor takes text
            cell.value = value
    out = tmp_path_factory.mktemp("cells") / "filled.xlsx"
    wb.save(out)
    submit_and_check(workspace_path, out)


@FUZZ
@given(member=st.integers(0, 50), position=st.floats(0, 1), garbage=st.binary(min_size=1, max_size=64))
def test_any_damage_to_the_file(js_workspace, tmp_path_factory, member, position, garbage):
    workspace_path, template = js_workspace
    out = tmp_path_factory.mktemp("damage") / "damaged.xlsx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        victim = names[member % len(names)]
        for name in names:
            data = src.read(name)
            if name == victim:
                at = int(len(data) * position)
                data = data[:at] + garbage + data[at + len(garbage) :]
            dst.writestr(name, data)
    submit_and_check(workspace_path, out)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_any_bytes(js_workspace, tmp_path_factory, data):
    workspace_path, _ = js_workspace
    out = tmp_path_factory.mktemp("bytes") / "anything.xlsx"
    out.write_bytes(data)
    submit_and_check(workspace_path, out)
