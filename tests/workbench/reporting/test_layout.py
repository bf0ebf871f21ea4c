"""The template layout both sides share: comparable text, headers, statuses, checksum."""

from __future__ import annotations

from datetime import date

from workbench.reporting import layout


def test_canonical_text_survives_what_programs_do_to_cells():
    assert layout.canonical(" 推进  5G\n网络 ") == "推进 5G 网络"
    assert layout.canonical("（一）１") == "(一)1"
    assert layout.canonical(1.0) == layout.canonical(1) == "1"
    assert layout.canonical(92.8) == "92.8"
    assert layout.canonical(date(2023, 6, 30)) == "2023-06-30"
    assert layout.canonical(None) == ""


def test_codes_compare_without_the_leading_zeros_excel_drops():
    assert layout.canonical_code("001") == layout.canonical_code(1.0) == "1"
    assert layout.canonical_code("（二）3") == "(二)3"


def test_headers_are_found_by_text_and_by_what_people_write_instead():
    assert layout.column_for_header(layout.TASK, "完成进度（%）").key == "percent"
    assert layout.column_for_header(layout.TASK, " 进度 ").key == "percent"
    assert layout.column_for_header(layout.INDICATOR, "目标值（2023年）").key == "target"
    assert layout.column_for_header(layout.TASK, "备注") is None


def test_statuses_picked_or_typed():
    assert layout.status_for("已完成") == "done"
    assert layout.status_for(" 完成 ") == "done"
    assert layout.status_for("进行中") == "in_progress"
    assert layout.status_for("in progress") == "in_progress"
    assert layout.status_for("差不多") is None


def test_checksum_is_keyed_and_covers_metadata_and_locked_cells():
    fields = {
        "template_id": "t",
        "workspace_id": "w",
        "plan_id": 1,
        "region": "JS",
        "period": "2023H1",
        "format_version": 1,
        "deadline": "2023-07-15",
    }
    rows = [("task", 7, ("1", "任务一", "省经信厅", "2023年底"))]
    base = layout.checksum("key", fields, rows)
    assert layout.checksum("key", dict(fields), list(rows)) == base
    assert layout.checksum("other key", fields, rows) != base
    assert layout.checksum("key", {**fields, "region": "SH"}, rows) != base
    assert layout.checksum("key", fields, [("task", 7, ("1", "任务一（改）", "省经信厅", "2023年底"))]) != base
    assert layout.checksum("key", fields, [("task", 8, rows[0][2])]) != base
