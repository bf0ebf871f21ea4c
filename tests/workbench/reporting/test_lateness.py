"""Deadlines, lateness and reminders: each region against the deadline of the template issued to it, late
returns counted as overdue, reminders (docx + mail text) only for the overdue regions still missing something."""

from __future__ import annotations

import json

import docx
import pytest

from tests.workbench.reporting.workbooks import fill
from workbench.app import services
from workbench.reporting import lateness, reminders

PERIOD = "2023H1"
PAST, FUTURE, TODAY = "2023-07-15", "2099-12-31", "2026-12-01"
CONTACT = "联席会议办公室 王明 021-23110000"


@pytest.fixture
def round_(workspace, plan_id, tmp_path):
    """上海 on time with a partly filled file, 江苏 late with a partly filled file, 浙江 past its deadline without a
    file, 安徽 not yet due."""
    issued = {}
    for region, deadline in (("SH", FUTURE), ("JS", PAST), ("ZJ", PAST), ("AH", FUTURE)):
        [issued[region]] = services.issue_templates(
            workspace, plan_id, [region], PERIOD, tmp_path / "issued", deadline=deadline, contact=CONTACT
        )
    for region in ("SH", "JS"):
        back = fill(
            issued[region],
            tmp_path / "back" / issued[region].name,
            tasks={"1": {"status": "推进中", "percent": 40}, "2": {"status": "已完成", "percent": 100}},
            indicators={"1": {"value": 20}},
        )
        assert services.submit(workspace, back).status == "accepted"
    return issued


def test_lateness_per_region(workspace, plan_id, round_):
    found = {item.region: item for item in lateness.lateness(workspace, plan_id, PERIOD, today=TODAY)}
    assert list(found) == ["SH", "JS", "ZJ", "AH"]
    sh, js, zj, ah = found["SH"], found["JS"], found["ZJ"], found["AH"]
    assert sh.has_file and not sh.overdue and sh.deadline == FUTURE and sh.contact == CONTACT
    assert js.late_return and js.days_late > 0 and js.received_at[:10] > PAST
    assert zj.overdue and not zj.has_file and zj.days_late == 1235  # 2023-07-15 → 2026-12-01
    assert not ah.overdue and not ah.has_file
    # the tasks SH reports (not task 3, 江苏's alone) left unfilled; the indicators in its scope without a value
    assert "1" not in sh.missing_tasks and "2" not in sh.missing_tasks
    assert "3" not in sh.missing_tasks and "4" in sh.missing_tasks
    assert "1" not in sh.missing_indicators and "2" in sh.missing_indicators
    assert zj.missing_tasks == () and zj.missing  # no file at all is what is missing
    assert [i.region for i in found.values() if i.needs_reminder] == ["JS", "ZJ"]


def test_no_deadline_no_lateness(workspace, plan_id):
    assert not any(item.overdue or item.deadline for item in lateness.lateness(workspace, plan_id, PERIOD))


def test_reminders_for_the_overdue_only(workspace, plan_id, round_, tmp_path, cli, monkeypatch):
    notices = reminders.reminders(workspace, plan_id, PERIOD, today=TODAY)
    assert [n.region for n in notices] == ["JS", "ZJ"]
    zj = notices[1].mail_text()
    assert "2023年7月15日" in zj and "尚未收到" in zj and CONTACT in zj and "2023年上半年" in zj
    assert "4" in notices[0].mail_text()  # 江苏's unfilled tasks are named
    workspace.close()

    out = tmp_path / "催报"
    code, stdout, _ = cli("remind", "--plan", str(plan_id), "--period", PERIOD, "--out", str(out), "--json")
    assert code == 0
    written = json.loads(stdout)
    assert [w["region"] for w in written] == ["JS", "ZJ"]
    for item in written:
        document = docx.Document(item["docx"])
        text = "\n".join(p.text for p in document.paragraphs)
        assert "催报通知" in text and CONTACT in text and item["region_name"] in text
        with open(item["txt"], encoding="utf-8-sig") as handle:
            assert handle.read() == item["text"]
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".docx", ".txt", ".txt"]

    code, _, err = cli("remind", "--plan", str(plan_id), "--period", PERIOD, "--out", str(out))
    assert code == 2 and "--force" in err  # nothing is replaced without --force
    code, stdout, _ = cli("remind", "--plan", str(plan_id), "--period", PERIOD, "--out", str(out), "--force")
    assert code == 0 and "尚未收到" in stdout  # the mail text is printed


def test_no_reminder_when_nobody_is_late(workspace, plan_id, tmp_path, cli):
    workspace.close()
    code, stdout, _ = cli("remind", "--plan", str(plan_id), "--period", PERIOD, "--out", str(tmp_path / "none"))
    assert code == 0 and "没有需要催报" in stdout
    assert not (tmp_path / "none").exists()
