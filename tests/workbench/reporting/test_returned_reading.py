"""Reading returned files exactly: every file of the corpus (returned_reading.py), taken in
through the workbench into a real workspace, has exactly its stated outcome — the values
read back through the core, or the problems that refuse it — and exactly its notices."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.conftest import soffice_convert_all
from tests.workbench.reporting.returned_reading import (
    CASES,
    STORED_INDICATORS,
    STORED_TASKS,
    Case,
    build,
)
from tests.workbench.reporting.workbooks import indicator_value, issue, submissions
from workbench import browse
from workbench.app import services
from workbench.planning import plans
from workbench.reporting import summary
from workbench.reporting.model import Problem
from workbench.storage.workspace import Workspace

REGION, PERIOD = "JS", "2023H1"
NO_SOFFICE = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def issued(tmp_path_factory) -> tuple[Path, Path, int]:
    """A closed workspace holding the test plan and 江苏省's template for 2023H1, to copy per file."""
    folder = tmp_path_factory.mktemp("issued")
    with Workspace.open(folder / "base.sqlite", create=True, program="pytest") as ws:
        plan_id = plans.save(ws, test_plans.plan(8))
        template = issue(ws, plan_id, REGION, PERIOD, folder)
    return folder / "base.sqlite", template, plan_id


@pytest.fixture(scope="module")
def corpus(issued, tmp_path_factory) -> dict[str, Path]:
    """Every case's file; those LibreOffice saves again, in one run of it."""
    _, template, _ = issued
    folder = tmp_path_factory.mktemp("returned")
    files = {name: build(case, template, folder / f"{n:02d}.xlsx") for n, (name, case) in enumerate(CASES.items())}
    again = [name for name, case in CASES.items() if case.libreoffice]
    if again and shutil.which("soffice"):
        resaved = soffice_convert_all(
            [files[name] for name in again], folder / "resaved", "xlsx:Calc MS Excel 2007 XML", folder / "profile"
        )
        files.update(zip(again, resaved, strict=True))
    return files


def located(p: Problem) -> str:
    """How the corpus names a problem or notice: "code sheet!cell", or "code sheet: what"."""
    if p.sheet:
        return f"{p.code} {p.sheet}!{p.cell}"
    what = p.params.get("codes") or p.params.get("cells") or p.params.get("column")
    return f"{p.code} {p.params.get('sheet', '')}" + (f": {what}" if what else "")


def expected(base: dict[str, dict], changes: dict[str, dict | None]) -> dict[str, dict]:
    merged = {code: {**cells, **(changes.get(code) or {})} for code, cells in base.items()}
    return {code: cells for code, cells in merged.items() if not (code in changes and changes[code] is None)}


def stored_tasks(ws: Workspace, plan_id: int) -> dict[str, dict]:
    found = {}
    for task in browse.tasks(ws, plan_id):
        for h in browse.task_history(ws, task.id):
            if (h.region, h.period) == (REGION, PERIOD):
                found[task.number] = {
                    "status": h.status,
                    "percent": h.percent,
                    "progress": h.progress,
                    "problems": h.problems,
                    "next_steps": h.next_steps,
                }
    return found


def stored_indicators(ws: Workspace, plan_id: int) -> dict[str, dict]:
    found = {code: indicator_value(ws, plan_id, int(code), REGION, PERIOD) for code in STORED_INDICATORS}
    return {code: {"value": row["value"], "note": row["note"]} for code, row in found.items() if row}


def _param(name: str, case: Case):
    return pytest.param(name, id=name, marks=[NO_SOFFICE] if case.libreoffice else [])


def test_the_corpus_is_large_and_varied():
    assert len(CASES) >= 40
    assert sum(c.libreoffice for c in CASES.values()) >= 4 and sum(bool(c.xml) for c in CASES.values()) >= 6
    assert sum(bool(c.problems) for c in CASES.values()) >= 10


@pytest.mark.parametrize("name", [_param(name, case) for name, case in CASES.items()])
def test_a_returned_file_has_exactly_its_outcome(name, issued, corpus, tmp_path):
    base, _, plan_id = issued
    case = CASES[name]
    shutil.copyfile(base, tmp_path / "ws.sqlite")
    with Workspace.open(tmp_path / "ws.sqlite", program="pytest") as ws:
        outcome = services.submit(ws, corpus[name])
        assert outcome.preview is not None, [p.text() for p in outcome.problems]
        assert sorted(map(located, outcome.problems)) == sorted(case.problems)
        assert sorted(map(located, outcome.preview.notices)) == sorted(case.notices)
        if case.problems:
            assert outcome.status == "rejected"
            assert (stored_tasks(ws, plan_id), stored_indicators(ws, plan_id)) == ({}, {})
            return
        assert outcome.status == "accepted"
        assert stored_tasks(ws, plan_id) == expected(STORED_TASKS, case.stored_tasks)
        assert stored_indicators(ws, plan_id) == expected(STORED_INDICATORS, case.stored_indicators)
        if case.reported_on:
            assert submissions(ws)[-1]["reported_on"] == case.reported_on


def test_every_problem_and_notice_says_where_and_what_to_do(issued, corpus, tmp_path):
    """A sample of the new wordings, as a clerk reads them."""
    base, _, _ = issued
    shutil.copyfile(base, tmp_path / "ws.sqlite")
    with Workspace.open(tmp_path / "ws.sqlite", program="pytest") as ws:

        def said(name: str, lang: str) -> list[str]:
            outcome = services.submit(ws, corpus[name], dry_run=True)
            return [p.text(lang) for p in outcome.problems + (outcome.preview.notices if outcome.preview else [])]

        assert said("formula without a saved result (a script wrote it)", "zh_CN") == [
            "“任务进展”表 F4 单元格（“=40+40”）：这里是公式，但文件中没有保存它的计算结果（用程序生成的文件常见），"
            "无法知道它显示的值。请直接填写数值，或在 Excel/WPS 中打开并保存后再提交"
        ]
        [merged] = said("progress merged over two tasks", "zh_CN")
        assert merged.startswith(
            "“任务进展”表 G5 单元格（“两项任务合并推进，完成方案编制”）：本格被合并进 G4:G5，显示的是第 4 行的内容"
        )
        [missing] = said("a fill-in column deleted", "en")
        assert missing.startswith("Sheet '任务进展' has no '存在问题' column in its header (row 3)")
        [ambiguous] = said("plain 0.8 is ambiguous", "en")
        assert ambiguous.endswith("write 80 for 80%, or 0.8% for less than one percent")
        [done] = said("done with 70 percent", "zh_CN")
        assert (
            done
            == "“任务进展”表 E4 单元格（“已完成”）：编号 1 的状态为“已完成”，但完成进度为 70%，已按所填接收，请核对"
        )
        [added] = said("a column added at the end", "zh_CN")
        assert added.startswith("“任务进展”表 J3 单元格（“备注”）：这一列不是模板中的列，其中的内容没有读取")
        [unreported] = said("one row blank and one deleted", "zh_CN")
        assert unreported.startswith("“任务进展”表中有 2 项未填报（编号 2、7）")


def test_rows_left_blank_or_deleted_are_not_reported_in_the_summary(issued, corpus, tmp_path):
    base, _, plan_id = issued
    shutil.copyfile(base, tmp_path / "ws.sqlite")
    with Workspace.open(tmp_path / "ws.sqlite", program="pytest") as ws:
        assert services.submit(ws, corpus["one row blank and one deleted"]).status == "accepted"
        assert summary.summary_data(ws, plan_id, PERIOD).status_counts()[REGION][summary.NOT_REPORTED] == 2
        path = services.write_summary(ws, plan_id, PERIOD, tmp_path / "汇总表.xlsx")
    wb = openpyxl.load_workbook(path)
    tasks = wb["任务汇总"]
    js = next(c.column for c in tasks[3] if c.value == "江苏省")  # its status column
    shown = {tasks.cell(r, 1).value: tasks.cell(r, js).value for r in range(5, tasks.max_row + 1)}
    assert shown == {
        **{"1": "推进中", "3": "已完成", "4": "滞后", "6": "未启动", "8": "暂停"},
        **{"2": "未填报", "7": "未填报", "5": "—"},  # blank, deleted; 5 is not 江苏省's
    }
    overview = wb["概览"]
    header = [c.value for c in overview[4]]
    [row] = [r for r in overview.iter_rows(min_row=5, max_row=8, values_only=True) if r[0] == "江苏省"]
    assert row[header.index("未填报")] == 2
