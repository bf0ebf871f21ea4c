"""A table column's reading in words, as the dry run and the review show it."""

from __future__ import annotations

from workbench import messages
from workbench.planning.document import ColumnMapping
from workbench.planning.table_fields import describe


def test_fields_years_and_regions_in_both_languages():
    cases = [
        (ColumnMapping("牵头部门", "lead_units"), "牵头单位", "lead units"),
        (ColumnMapping("2020年", "baseline:2020"), "2020年基期值", "baseline 2020"),
        (ColumnMapping("南京", "target:2025@JS-NJ"), "2025年目标值（南京市）", "target 2025 (南京市)"),
        (ColumnMapping("备注", None), "不读取", "ignored"),
    ]
    for lang, index in ((messages.ZH, 1), (messages.EN, 2)):
        messages.set_language(lang)
        try:
            assert [describe(case[0]) for case in cases] == [case[index] for case in cases]
        finally:
            messages.set_language(None)
