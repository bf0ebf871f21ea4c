"""Nothing wrong gets in, nothing gets lost: returned files whose identity is in doubt — metadata
deleted or edited, a name or title that says otherwise, an old round's template, a second file of
one province, the blank template beside the filled one, files that are no .xlsx, a file changed
after its preview. Each is made from templates the office issued (identity_corpus) and has exactly
one outcome: the values stored, read back through the core, or the exact problem codes, with
nothing stored."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.workbench.reporting import identity_corpus as corpus
from tests.workbench.reporting.identity_corpus import INDICATORS, NEXT, PERIOD, STORED_TASKS, STORED_VALUES, Office
from tests.workbench.reporting.workbooks import fill, snapshot
from workbench import browse
from workbench.app import services
from workbench.reporting import layout
from workbench.reporting.model import Expectation, Problem, SubmissionOutcome

ASSIGNED = Expectation(as_region="JS", as_period=PERIOD)


@pytest.fixture
def office(workspace, plan_id, tmp_path) -> Office:
    return Office(workspace, plan_id, tmp_path)


def reported(office: Office, region: str = "JS", period: str = PERIOD) -> tuple[dict, dict]:
    """What the window shows for a region and period: task number → (status, percent, progress),
    indicator seq → value."""
    ws = office.workspace
    tasks = {
        t.number: (t.region_status, t.region_percent, t.region_progress)
        for t in browse.tasks(ws, office.plan_id, region=region, period=period)
        if t.region_status is not None
    }
    values = {
        i.seq: i.values[region] for i in browse.indicators(ws, office.plan_id, period=period) if region in i.values
    }
    return tasks, values


def located(problems: list[Problem]) -> list[str]:
    return [f"{p.code} {p.sheet}!{p.cell}" if p.sheet else p.code for p in problems]


def records(office: Office) -> list[tuple[str, str, str, str]]:
    return [(r.region, r.period, r.outcome, r.file_name) for r in browse.submissions(office.workspace, office.plan_id)]


# --- one file each ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A file made by *make*, submitted with *expect*; it becomes *status* with exactly *problems*
    (outcome.problems: the file's problems, or why it was not taken) and at least *notices*. An
    accepted file stores STORED_TASKS/STORED_VALUES for 江苏省 2023H1; any other stores nothing
    but, where *recorded*, the record of the refused attempt."""

    make: Callable[[Office], Path]
    status: str
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    expect: Expectation | None = None
    recorded: bool = False


def _zj_without_meta(office: Office) -> Path:
    """浙江省's filled file with its _meta deleted; 江苏省 was sent its own template too."""
    office.template("JS")
    return office.filled("浙江省_2023H1.xlsx", region="ZJ", edit=corpus.without_meta)


def _zj_relabelled_as_js(office: Office) -> Path:
    """浙江省's filled file, its _meta deleted and every visible 浙江省 made 江苏省."""
    office.template("JS")
    edit = corpus.both(corpus.without_meta, corpus.relabelled("浙江省", "江苏省"))
    tasks = {"1": corpus.TASKS["1"], "5": {"status": "已完成", "percent": 100}}
    return office.filled("长三角测试行动计划_江苏省_2023H1_进展报送.xlsx", region="ZJ", tasks=tasks, edit=edit)


def _other_workspace(office: Office) -> Path:
    office.template("JS")
    return fill(
        corpus.other_workspace_template(office.root),
        office.inbox / "江苏省_2023H1_外来模板.xlsx",
        tasks=corpus.TASKS,
        indicators=INDICATORS,
    )


def _untouched_after_last_period(office: Office) -> Path:
    office.took_last_period()
    return corpus.modified_at(fill(office.template(), office.inbox / "原模板.xlsx"), time.time())


def _xlsm(office: Office) -> Path:
    return corpus.xlsm(office.filled("填好.xlsx", folder=office.root), office.inbox / "江苏省_宏.xlsm")


CASES = {
    # _meta deleted
    "_meta deleted": Case(
        lambda o: o.filled("江苏省_2023H1.xlsx", edit=corpus.without_meta), "rejected", ("problem.no_metadata",)
    ),
    "_meta deleted, assigned --as-region JS --as-period 2023H1": Case(
        lambda o: o.filled("江苏省_2023H1.xlsx", edit=corpus.without_meta),
        "accepted",
        notices=("notice.assigned_no_meta",),
        expect=ASSIGNED,
    ),
    "_meta deleted, 浙江省's file assigned to 江苏省": Case(
        _zj_without_meta,
        "rejected",
        (
            "problem.region_claim 填报说明!B4",
            "problem.region_claim 任务进展!A1",
            "problem.unknown_row 任务进展!A7",  # task 5, which 浙江省 reports and 江苏省 does not
            "problem.region_claim 指标数据!A1",
        ),
        expect=ASSIGNED,
        recorded=True,
    ),
    "_meta deleted, 浙江省's data relabelled 江苏省 everywhere visible, assigned": Case(
        _zj_relabelled_as_js, "rejected", ("problem.unknown_row 任务进展!A7",), expect=ASSIGNED, recorded=True
    ),
    "_meta deleted, assigned a period nobody issued": Case(
        lambda o: o.filled("江苏省_2024H1.xlsx", edit=corpus.without_meta),
        "rejected",
        # and the targets a 2024H1 template would show (the indicators' next targets) are not these
        (
            "problem.not_issued",
            "problem.locked_altered 指标数据!F4",
            "problem.locked_altered 指标数据!G4",
            "problem.locked_altered 指标数据!F6",
            "problem.locked_altered 指标数据!G6",
        ),
        expect=Expectation(as_region="JS", as_period="2024H1"),
        recorded=True,
    ),
    "_meta deleted, assigned to another period than its guide and titles": Case(
        lambda o: (o.template("JS", NEXT), o.filled("江苏省.xlsx", edit=corpus.without_meta))[1],
        "rejected",
        (
            "problem.locked_altered 填报说明!B5",
            "problem.locked_altered 任务进展!A1",
            "problem.locked_altered 指标数据!A1",
        ),
        expect=Expectation(as_region="JS", as_period=NEXT),
        recorded=True,
    ),
    # _meta edited
    "checksum broken": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.meta("checksum", "0" * 64)),
        "rejected",
        ("problem.checksum",),
        recorded=True,
    ),
    "checksum broken, assigned": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.meta("checksum", "0" * 64)),
        "accepted",
        notices=("notice.assigned_unverified",),
        expect=ASSIGNED,
    ),
    "template id changed": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.meta("template_id", "f" * 32)),
        "rejected",
        ("problem.unknown_template",),
        recorded=True,  # against what its metadata claims, as before
    ),
    "template id changed, assigned": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.meta("template_id", "f" * 32)), "accepted", expect=ASSIGNED
    ),
    "region in _meta changed to 浙江省": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.meta("region", "ZJ")),
        "rejected",
        ("problem.checksum", "problem.meta_altered _meta!"),
        recorded=True,
    ),
    "another workspace's template": Case(_other_workspace, "rejected", ("problem.other_workspace",)),
    "another workspace's template, assigned": Case(
        _other_workspace, "accepted", notices=("notice.assigned_unverified",), expect=ASSIGNED
    ),
    # a name or title that says otherwise
    "file named 浙江省's": Case(
        lambda o: o.filled("长三角测试行动计划_浙江省_2023H1_进展报送.xlsx"),
        "accepted",
        notices=("notice.name_other_region",),
    ),
    "file named for 2023H2": Case(
        lambda o: o.filled("江苏省_2023H2_进展报送（修改）.xlsx"), "accepted", notices=("notice.name_other_period",)
    ),
    "sheet title changed to 浙江省": Case(
        lambda o: o.filled("江苏省.xlsx", edit=corpus.title(layout.SHEET_TASKS, "江苏省", "浙江省")),
        "rejected",
        ("problem.region_claim 任务进展!A1",),
        recorded=True,
    ),
    # the blank template
    "the issued template, untouched": Case(_untouched_after_last_period, "unfilled", ("submission.unfilled",)),
    "the issued template, opened and saved by LibreOffice": Case(
        lambda o: (o.took_last_period(), o.libreoffice(o.template(), name="模板另存.xlsx"))[1],
        "unfilled",
        ("submission.unfilled",),
    ),
    # files that are no .xlsx
    ".xlsm": Case(_xlsm, "accepted"),
    ".xls saved by LibreOffice": Case(
        lambda o: o.libreoffice(o.filled("江苏省.xlsx", folder=o.root), "xls"), "unusable", ("xlsx.legacy_xls",)
    ),
    ".ods saved by LibreOffice": Case(
        lambda o: o.libreoffice(o.filled("江苏省.xlsx", folder=o.root), "ods"), "unusable", ("xlsx.not_xlsx",)
    ),
    ".zip of the filled file": Case(
        lambda o: corpus.zipped(o.filled("江苏省.xlsx", folder=o.root), o.inbox / "江苏省.zip"),
        "unusable",
        ("submission.not_a_workbook",),
    ),
    ".docx covering letter": Case(
        lambda o: corpus.docx(o.inbox / "报送说明.docx"), "unusable", ("submission.not_a_workbook",)
    ),
    # saved again by LibreOffice
    "_meta deleted, saved by LibreOffice, assigned": Case(
        lambda o: o.libreoffice(o.filled("江苏省.xlsx", edit=corpus.without_meta, folder=o.root)),
        "accepted",
        notices=("notice.assigned_no_meta",),
        expect=ASSIGNED,
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_one_returned_file(case, office):
    c = CASES[case]
    path = c.make(office)
    before, attempts = snapshot(office.workspace), records(office)
    outcome = services.submit(office.workspace, path, expect=c.expect)
    assert (outcome.status, located(outcome.problems)) == (c.status, list(c.problems)), [
        p.text() for p in outcome.problems
    ]
    notices = [n.code for n in outcome.preview.notices] if outcome.preview else []
    assert set(c.notices) <= set(notices), notices
    if c.status == "accepted":
        assert reported(office) == (STORED_TASKS, STORED_VALUES)
        assert records(office)[0][:3] == ("JS", PERIOD, "accepted")
        return
    after = snapshot(office.workspace)
    after.pop("periods"), before.pop("periods")  # reference data, made on first use (by the attempt's record)
    assert after == before  # not a value changed
    added = records(office)[: len(records(office)) - len(attempts)]
    assert [a[2] for a in added] == (["rejected"] if c.recorded else [])


def test_what_a_file_without_metadata_is_told(office):
    path = office.filled("江苏省_2023H1_进展报送.xlsx", edit=corpus.without_meta)
    [problem] = services.submit(office.workspace, path).problems
    assert problem.text("zh_CN").startswith("江苏省_2023H1_进展报送.xlsx 中没有模板的隐藏信息表（_meta）")
    assert "--as-region JS --as-period 2023H1" in problem.text("zh_CN")
    assert "--as-region JS --as-period 2023H1" in problem.text("en")


# --- an old round's template, a second file -----------------------------------------------------------


def _old_round(office: Office) -> Path:
    """江苏省 2023H1 accepted; in the 2023H2 round its 2023H1 template comes back, filled again."""
    assert services.submit(office.workspace, office.filled("江苏省_2023H1.xlsx")).status == "accepted"
    office.template("JS", NEXT)
    tasks = {"1": {"status": "已完成", "percent": 100, "progress": "旧模板又填了一遍"}}
    return office.filled("江苏省_旧模板.xlsx", tasks=tasks, reported_on="2023-12-20")


def test_an_old_rounds_template_in_a_new_round_waits_for_both_confirmations(office):
    path = _old_round(office)
    before = snapshot(office.workspace)
    round_ = Expectation(period=NEXT)
    outcome = services.submit(office.workspace, path, expect=round_)
    assert (outcome.status, outcome.exit_code) == ("needs_confirmation", 1)
    assert located(outcome.problems) == ["confirm.other_period", "confirm.replace"]
    assert outcome.problems[0].text() == (
        "江苏省_旧模板.xlsx 是 2023H1 的报送，而本次接收的是 2023H2。如确实要接收它，请加 --other-period 重新提交"
    )
    outcome = services.submit(office.workspace, path, expect=round_, other_period=True)
    assert located(outcome.problems) == ["confirm.replace"]
    assert snapshot(office.workspace) == before  # nothing stored, not even an attempt
    outcome = services.submit(office.workspace, path, expect=round_, other_period=True, replace=True)
    assert outcome.status == "accepted"
    assert reported(office)[0]["1"] == ("done", 100.0, "旧模板又填了一遍")
    assert reported(office, period=NEXT) == ({}, {})


def test_an_old_rounds_template_in_a_new_round_through_the_command(cli, office, workspace_path):
    path = _old_round(office)
    office.workspace.close()
    code, out, _ = cli("submit", str(path), "--period", NEXT)
    assert code == 1 and "--other-period" in out and "--replace" in out and "暂未接收 江苏省_旧模板.xlsx" in out
    code, out, _ = cli("submit", str(path), "--period", NEXT, "--other-period", "--replace")
    assert code == 0 and "已接收 江苏省_旧模板.xlsx" in out


def test_a_late_file_of_an_earlier_period_needs_only_the_period_confirmed(office):
    path = office.filled("江苏省_2023H1_补报.xlsx")
    outcome = services.submit(office.workspace, path, expect=Expectation(period=NEXT))
    assert located(outcome.problems) == ["confirm.other_period"]
    assert services.submit(office.workspace, path, expect=Expectation(period=NEXT), other_period=True).status == (
        "accepted"
    )
    assert reported(office) == (STORED_TASKS, STORED_VALUES)


def test_replacing_an_accepted_file_is_refused_until_replace(office):
    first = office.filled("江苏省_2023H1.xlsx")
    assert services.submit(office.workspace, first).status == "accepted"
    [(_, _, _, name)] = records(office)
    second = office.filled("江苏省_2023H1_更正.xlsx", tasks={"1": {"status": "已完成", "percent": 100}})
    before = snapshot(office.workspace)
    outcome = services.submit(office.workspace, second)
    assert (outcome.status, located(outcome.problems)) == ("needs_confirmation", ["confirm.replace"])
    text = outcome.problems[0].text("en")
    assert text.startswith(f"江苏省 2023H1 already accepted from {name} at ")
    assert text.endswith("; use --replace to take this one (江苏省_2023H1_更正.xlsx) instead")
    assert snapshot(office.workspace) == before and reported(office)[0] == STORED_TASKS
    assert services.submit(office.workspace, second, replace=True).status == "accepted"
    assert reported(office)[0] == {**STORED_TASKS, "1": ("done", 100.0, "")}


# --- files given together -------------------------------------------------------------------------------


def _taken(outcomes: list[SubmissionOutcome]) -> list[tuple[str, str]]:
    return [(o.path.name, o.status) for o in outcomes]


def test_the_newer_by_reporting_date_wins_whatever_the_names_and_times(office):
    """修改稿 was saved last, but its 填报日期 is the older: 原稿 is 江苏省's latest report."""
    done = {**corpus.TASKS, "1": {"status": "已完成", "percent": 100}}
    newer = office.filled("江苏省_原稿.xlsx", tasks=done, reported_on="2023-07-05")
    office.filled("江苏省_修改稿.xlsx", reported_on="2023-07-01")  # saved last, but reported earlier
    corpus.modified_at(newer, time.time() - 3600)
    outcomes = services.submit_many(office.workspace, [office.inbox])
    assert _taken(outcomes) == [("江苏省_原稿.xlsx", "accepted"), ("江苏省_修改稿.xlsx", "superseded")]
    assert outcomes[1].superseded_by == newer and located(outcomes[1].problems) == ["submission.superseded"]
    assert "notice.newest_of" in [n.code for n in outcomes[0].preview.notices]
    assert reported(office)[0] == {**STORED_TASKS, "1": ("done", 100.0, "")}
    assert [r[3] for r in records(office)] == ["江苏省_原稿.xlsx"]


def test_without_reporting_dates_the_later_saved_wins(office):
    newer = office.filled("江苏省_原稿.xlsx", reported_on=None)
    office.filled("江苏省_修改稿.xlsx", tasks={"1": {"status": "暂停", "percent": 0}}, reported_on=None)
    corpus.modified_at(office.inbox / "江苏省_修改稿.xlsx", time.time() - 3600)
    outcomes = services.submit_many(office.workspace, [office.inbox])
    assert _taken(outcomes) == [("江苏省_原稿.xlsx", "accepted"), ("江苏省_修改稿.xlsx", "superseded")]
    assert outcomes[1].superseded_by == newer
    assert reported(office) == (STORED_TASKS, STORED_VALUES)


def test_same_date_and_time_the_fuller_file_wins(office):
    fuller = office.filled("江苏省_b.xlsx", tasks={**corpus.TASKS, "2": {"status": "推进中", "percent": 20}})
    thinner = office.filled("江苏省_a.xlsx")
    for path in (fuller, thinner):
        corpus.modified_at(path, 1_690_000_000)
    outcomes = services.submit_many(office.workspace, [office.inbox])
    assert _taken(outcomes) == [("江苏省_b.xlsx", "accepted"), ("江苏省_a.xlsx", "superseded")]
    assert reported(office)[0] == {**STORED_TASKS, "2": ("in_progress", 20.0, "")}


def test_two_files_nothing_tells_apart_are_both_held_back(office):
    one = office.filled("江苏省_甲.xlsx", tasks={**corpus.TASKS, "2": {"status": "推进中", "percent": 20}})
    two = office.filled("江苏省_乙.xlsx", tasks={**corpus.TASKS, "2": {"status": "滞后", "percent": 20}})
    for path in (one, two):
        corpus.modified_at(path, 1_690_000_000)
    before = snapshot(office.workspace)
    outcomes = services.submit_many(office.workspace, [office.inbox])
    assert [(o.status, located(o.problems)) for o in outcomes] == [("needs_confirmation", ["confirm.which_newer"])] * 2
    assert snapshot(office.workspace) == before


def test_the_untouched_template_beside_the_filled_one_puts_nothing_back(office):
    office.took_last_period()
    filled = office.filled("江苏省_2023H1_已填.xlsx")
    blank = corpus.modified_at(fill(office.template(), office.inbox / "江苏省_2023H1_进展报送.xlsx"), time.time() + 60)
    outcomes = services.submit_many(office.workspace, [office.inbox])
    assert dict(_taken(outcomes)) == {filled.name: "accepted", blank.name: "unfilled"}
    tasks, values = reported(office)
    # The filled file's values, not last period's: task 2, 3 and 6 kept what the province left pre-filled.
    assert tasks["1"] == STORED_TASKS["1"] and tasks["4"] == ("lagging", 10.0, "上期进展4")
    assert values == STORED_VALUES


def test_every_file_in_a_folder_is_accounted_for(cli, office, tmp_path):
    filled = office.filled("江苏省_2023H1.xlsx")
    corpus.xlsm(office.filled("浙江省.xlsx", region="ZJ", folder=office.root), office.inbox / "浙江省_宏.xlsm")
    office.libreoffice(office.filled("上海市.xlsx", region="SH", folder=office.root), "xls")
    office.libreoffice(office.filled("安徽省.xlsx", region="AH", folder=office.root), "ods")
    corpus.zipped(filled, office.inbox / "打包.zip")
    corpus.docx(office.inbox / "报送说明.docx")
    corpus.lock_file(office.inbox, filled.name)
    office.workspace.close()
    code, out, err = cli("submit", str(office.inbox), "--json")
    assert code == 2, err
    found = {Path(f["file"]).name: (f["status"], [p["code"] for p in f["problems"]]) for f in json.loads(out)["files"]}
    assert found == {
        "江苏省_2023H1.xlsx": ("accepted", []),
        "浙江省_宏.xlsm": ("accepted", []),
        "上海市.xls": ("unusable", ["xlsx.legacy_xls"]),
        "安徽省.ods": ("unusable", ["xlsx.not_xlsx"]),
        "打包.zip": ("unusable", ["submission.not_a_workbook"]),
        "报送说明.docx": ("unusable", ["submission.not_a_workbook"]),
    }


# --- the preview is the commit ------------------------------------------------------------------------


def test_a_file_changed_after_its_preview_is_not_taken_until_reviewed_again(office):
    path = office.filled("江苏省_2023H1.xlsx")
    shown = services.submit(office.workspace, path, dry_run=True)
    assert shown.status == "valid"
    office.filled("江苏省_2023H1.xlsx", tasks={"1": {"status": "暂停", "percent": 0}})  # saved again meanwhile
    before = snapshot(office.workspace)
    outcome = services.submit(office.workspace, path, previewed=shown.preview)
    assert (outcome.status, located(outcome.problems)) == ("needs_confirmation", ["confirm.file_changed"])
    assert snapshot(office.workspace) == before
    assert [(c.code, c.field, c.new) for c in outcome.preview.changes if c.field == "status"] == [
        ("1", "status", "on_hold")
    ]
    assert services.submit(office.workspace, path, previewed=outcome.preview).status == "accepted"
    assert reported(office)[0] == {"1": ("on_hold", 0.0, "")}


def test_an_unchanged_file_is_taken_as_previewed(office):
    path = office.filled("江苏省_2023H1.xlsx")
    shown = services.submit(office.workspace, path, dry_run=True)
    outcome = services.submit(office.workspace, path, previewed=shown.preview)
    assert outcome.status == "accepted" and outcome.preview.file.sha256 == shown.preview.file.sha256
    assert reported(office) == (STORED_TASKS, STORED_VALUES)


# --- the command line ------------------------------------------------------------------------------------


def test_a_file_without_metadata_through_the_command(cli, office):
    path = office.filled("江苏省_2023H1.xlsx", edit=corpus.without_meta)
    office.workspace.close()
    code, out, _ = cli("submit", str(path))
    assert code == 1 and "--as-region JS --as-period 2023H1" in out
    code, _, err = cli("submit", str(path), "--as-region", "JS")
    assert code == 2 and "--as-period" in err
    code, _, err = cli("submit", str(path), str(path), "--as-region", "JS", "--as-period", PERIOD)
    assert code == 2
    code, out, _ = cli("submit", str(path), "--as-region", "JS", "--as-period", PERIOD, "--json")
    assert code == 0
    [file] = json.loads(out)["files"]
    assert (file["status"], file["identified_by"], file["region"], file["period"]) == (
        "accepted",
        "assigned",
        "JS",
        PERIOD,
    )
