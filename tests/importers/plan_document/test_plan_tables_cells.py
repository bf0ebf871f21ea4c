"""A figure in an indicator table's cell, read by the one value parser: bounds, marks,
notes, scales and empties."""

from __future__ import annotations

import pytest

from importers.plan_document.quantities import table_cell


@pytest.mark.parametrize(
    "cell, unit, expected",
    [
        ("＞90", "%", (90, "%", False)),
        ("90%以上", "%", (90, "%", False)),
        ("≥ 95%", "％", (95, "%", False)),
        ("15左右", "%", (15, "%", False)),
        ("约80", "%", (80, "%", False)),
        ("≤13.5", "%", (13.5, "%", True)),
        ("0.5以下", "吨", (0.5, "吨", True)),
        ("不超过3", "天", (3, "天", True)),
        ("9786", "万个", (97_860_000, "个", False)),  # a count in 万个 is kept in 个
        ("12.5万", "户", (125_000, "户", False)),
        ("8000", "亿元", (8000, "亿元", False)),  # money stays in 亿元
        ("5000亿级", "", (5000, "亿元", False)),
        ("60%", "", (60, "%", False)),
        ("100（累计）", "个", (100, "个", False)),
        ("80*", "%", (80, "%", False)),
        ("1,200", "项", (1200, "项", False)),
    ],
)
def test_figures(cell, unit, expected):
    assert table_cell(cell, unit) == expected


@pytest.mark.parametrize("cell", ["—", "--", "/", "无", "翻一番", "90%/95%", "待定"])
def test_no_figure(cell):
    assert table_cell(cell, "%") is None
