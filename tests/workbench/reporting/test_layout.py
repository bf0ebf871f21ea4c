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


def test_headers_are_matched_whatever_notes_widths_and_signs_they_carry():
    reworded = ["完成进度%（截至12月底）", "完成进度(％)", "完成进度 [%]", "完 成 进 度\n（%）"]
    reworded += ["完成进度：", "完成进度*", "完成进度【必填】"]
    for header in reworded:
        assert layout.header_key(header) == "完成进度", header
    assert layout.column_for_header(layout.TASK, "完成比例（%）").key == "percent"
    assert layout.column_for_header(layout.TASK, "存在的问题【必填】").key == "problems"
    assert layout.column_for_header(layout.INDICATOR, "本期实际值（万元）").key == "value"


def test_the_templates_own_header_ranks_above_its_aliases_and_序号_last():
    ranks = [layout.header_rank(layout.TASK_COLUMNS[0], header) for header in ("编号", "任务编号", "序号", "进展")]
    assert ranks[0] > ranks[1] > ranks[2] > ranks[3] == 0


def test_the_column_record_reads_back_as_issued():
    assert layout.recorded_columns(layout.column_record(layout.TASK)) == {
        c.key: n for n, c in enumerate(layout.TASK_COLUMNS, 1)
    }
    assert layout.recorded_columns("") == layout.recorded_columns("code:1,x:a") == {}
    assert [layout.column_letter(n) for n in (1, 26, 27, 64)] == ["A", "Z", "AA", "BL"]
    assert [layout.column_number(x) for x in ("A", "Z", "AA", "BL")] == [1, 26, 27, 64]


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
