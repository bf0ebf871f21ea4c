"""The development index's ranking as CSV and XLSX, with the method and the weights beside it."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from workbench.analysis import development_index
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import plans
from workbench.reference import regions
from workbench.storage.workspace import Workspace


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_ranking_is_written_with_the_method_and_weights(demo_path, tmp_path, suffix):
    target = tmp_path / f"index{suffix}"
    with Workspace.open(demo_path) as ws:
        plan = plans.resolve(ws, "数字干线")
        report = development_index.compute(ws, plan, "2023H1", "range")
        services.write_index(ws, plan, "2023H1", "range", target)
        with pytest.raises(InputError):  # an existing file only with force
            services.write_index(ws, plan, "2023H1", "range", target)
    if suffix == ".csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    else:
        book = openpyxl.load_workbook(target)
        rows = [
            [str(c) if c is not None else "" for c in r] for s in book.worksheets for r in s.iter_rows(values_only=True)
        ]
    text = "\n".join(",".join(r) for r in rows)
    assert development_index.method_text("range") in text
    top = report.regions[0]
    ranking = [r for r in rows if r[:2] == ["1", regions.BY_CODE[top.region].name]]
    assert ranking and all(float(r[2]) == pytest.approx(top.index) for r in ranking)
    weights = [r for r in rows if len(r) > 5 and r[4] in ("increase", "decrease")]
    assert {float(r[5]) for r in weights} == {i.weight for i in report.indicators}
