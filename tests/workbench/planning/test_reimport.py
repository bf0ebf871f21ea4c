"""Re-importing a corrected version of a plan already in the workspace: the seed imported, progress recorded
and a template issued, then a corrected text updates the plan in place — progress, templates and the audit
log kept, the changes listed — or is refused when it drops a task that holds progress."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import SEED_000, SEED_003, content
from workbench import browse
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import changes, plans, reimport
from workbench.tracking import edits

NEW_TASK = "5.共建长三角算力调度平台。统筹三省一市算力资源，探索跨区域算力调度机制。"


def renumbered(text: str, start: int) -> str:
    """Every task numbered *start* or more moved up by one, where 000 prints its numbers (a line's start, or
    right after a 。 as 15. after 14)."""
    return re.sub(r"(^|。)(\d+)\.", lambda m: f"{m[1]}{int(m[2]) + (int(m[2]) >= start)}.", text, flags=re.MULTILINE)


def corrected_000(tmp_path: Path, *, drop: str = "16.联合举办数字经济创新创业大赛") -> Path:
    """000 corrected: task 3 retitled, a new task 5 (so 5–16 become 6–17), the task *drop* left out."""
    text = SEED_000.read_text(encoding="utf-8")
    text = text.replace("3.加快新技术基础设施协同部署。", "3.加快新型技术基础设施协同部署。")
    lines = [line for line in renumbered(text, 5).split("\n") if not line.startswith(renumbered(drop, 5))]
    group = next(i for i, line in enumerate(lines) if line.startswith("（二）壮大新产业"))
    text = "\n".join([*lines[: group + 1], NEW_TASK, *lines[group + 1 :]])
    path = tmp_path / "000-corrected.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def seeded(workspace, tmp_path):
    """The action plan with progress on tasks 1, 3 and 7 and a template issued to 江苏省."""
    plan_id, _ = services.import_plan(workspace, SEED_000)
    tasks = {t.number: t for t in browse.tasks(workspace, plan_id)}
    for number, percent in (("1", 40), ("3", 60), ("7", 80)):
        edits.task_progress(workspace, tasks[number].id, "JS", "2023H1", "percent", percent)
    services.issue_templates(workspace, plan_id, ["JS"], "2023H1", tmp_path / "templates")
    return plan_id, tasks


def progress_rows(workspace) -> list[tuple]:
    return [tuple(r) for r in workspace.db.execute("SELECT * FROM task_progress ORDER BY task_id")]


def test_a_corrected_version_updates_the_plan_in_place_keeping_progress(workspace, tmp_path, seeded):
    plan_id, before = seeded
    progress, templates = progress_rows(workspace), workspace.db.execute("SELECT * FROM templates").fetchall()
    parsed, _ = services.extract_plan(corrected_000(tmp_path))
    found = reimport.compare(workspace, plan_id, parsed)
    assert (found.count("added"), found.count("removed")) == (1, 1)
    by_change = {(c.change, c.kind, c.title): c for c in found.changes}
    retitled = by_change[("changed", "task", "加快新型技术基础设施协同部署")]
    assert retitled.item_id == before["3"].id and [f.field for f in retitled.fields] == ["title"]
    renumbered_7 = by_change[("changed", "task", before["7"].title)]
    assert renumbered_7.item_id == before["7"].id and renumbered_7.fields[0].old == "7" and renumbered_7.number == "8"
    assert by_change[("added", "task", "共建长三角算力调度平台")].item_id is None
    assert by_change[("removed", "task", before["16"].title)].item_id == before["16"].id
    assert not found.refused and found.as_dict()["changes"]

    reimport.update(workspace, plan_id, parsed, previewed=found)
    after = {t.number: t for t in browse.tasks(workspace, plan_id)}
    assert len(after) == 16 and [p.id for p in browse.plans(workspace)] == [plan_id]
    assert after["3"].id == before["3"].id and after["3"].title == "加快新型技术基础设施协同部署"
    assert after["8"].id == before["7"].id and after["5"].title == "共建长三角算力调度平台"
    assert before["16"].id not in {t.id for t in after.values()}
    assert progress_rows(workspace) == progress
    assert workspace.db.execute("SELECT * FROM templates").fetchall() == templates
    plan = workspace.db.execute("SELECT source_name, source_text FROM plans WHERE id = ?", [plan_id]).fetchone()
    assert plan[0] == "000-corrected.txt" and NEW_TASK in plan[1]
    for task in after.values():  # spans point into the new text
        assert task.title in plan[1]
    step = workspace.db.execute("SELECT id, source FROM audit_steps ORDER BY id DESC").fetchone()
    assert step[1] == "import:000-corrected.txt"
    logged = {
        (e, i): json.loads(c)
        for e, i, c in workspace.db.execute(
            "SELECT entity, item_id, changes FROM audit_log WHERE step_id = ?", [step[0]]
        )
    }
    assert logged[("task", before["3"].id)]["title"] == ["加快新技术基础设施协同部署", "加快新型技术基础设施协同部署"]
    assert logged[("task", before["16"].id)] == {"*": [f"16 {before['16'].title}", None]}
    assert logged[("task", after["5"].id)] == {"*": [None, "5 共建长三角算力调度平台"]}
    assert workspace.db.execute("SELECT count(*) FROM audit_steps").fetchone()[0] > 2  # the edits' steps kept
    assert reimport.compare(workspace, plan_id, parsed).changes == ()  # the same again: nothing to change


def test_removing_a_task_that_holds_progress_is_refused_and_nothing_changes(workspace, tmp_path, seeded):
    plan_id, before = seeded
    parsed, _ = services.extract_plan(corrected_000(tmp_path, drop="7.探索发展数字经济新模式"))
    found = reimport.compare(workspace, plan_id, parsed)
    assert [(c.title, c.held) for c in found.refused] == [(before["7"].title, 1)]
    assert "不能删除" in next(c.text() for c in found.changes if c.held)
    workspace.close()
    kept = content(workspace.path)
    from workbench.storage.workspace import Workspace

    with Workspace.open(workspace.path, write=True) as again, pytest.raises(changes.Refused) as err:
        reimport.update(again, plan_id, parsed)
    assert err.value.exit_code == 1 and before["7"].title in err.value.text() and "progress" in err.value.text("en")
    assert content(workspace.path) == kept


def test_a_status_the_office_set_is_progress_too(workspace, tmp_path):
    plan_id, _ = services.import_plan(workspace, SEED_000)
    sixteen = next(t for t in browse.tasks(workspace, plan_id) if t.number == "16")
    edits.task_status(workspace, sixteen.id, "lagging")
    parsed, _ = services.extract_plan(corrected_000(tmp_path))
    assert [c.item_id for c in reimport.compare(workspace, plan_id, parsed).refused] == [sixteen.id]


def test_a_preview_that_no_longer_holds_is_not_written(workspace, tmp_path, seeded):
    plan_id, before = seeded
    parsed, _ = services.extract_plan(corrected_000(tmp_path))
    found = reimport.compare(workspace, plan_id, parsed)
    edits.task_progress(workspace, before["16"].id, "JS", "2023H1", "percent", 10)  # after the preview
    kept = progress_rows(workspace)
    with pytest.raises(InputError) as err:
        reimport.update(workspace, plan_id, parsed, previewed=found)
    assert err.value.code == "reimport.changed_since"
    with pytest.raises(changes.Refused):  # looked at again: task 16 now holds progress
        reimport.update(workspace, plan_id, parsed)
    assert progress_rows(workspace) == kept and len(browse.tasks(workspace, plan_id)) == 16


def test_a_retitled_task_with_another_text_is_a_new_task(workspace, tmp_path):
    plan_id, _ = services.import_plan(workspace, SEED_000)
    text = SEED_000.read_text(encoding="utf-8")
    line = next(x for x in text.split("\n") if x.startswith("2.打造协同高效存算设施集群"))
    text = text.replace(line, "2.建立长三角数据跨境流动试点。探索数据出境安全评估的便利化安排，形成可复制的经验。")
    path = tmp_path / "other.txt"
    path.write_text(text, encoding="utf-8")
    found = reimport.compare(workspace, plan_id, services.extract_plan(path)[0])
    assert sorted((c.change, c.number) for c in found.changes) == [("added", "2"), ("removed", "2")]


def test_indicators_match_by_name_and_keep_their_values(workspace, tmp_path):
    plan_id, _ = services.import_plan(workspace, SEED_003)
    indicators = {i.name: i for i in browse.indicators(workspace, plan_id)}
    ports = indicators["宽带接入端口"]
    edits.indicator_value(workspace, ports.id, "JS", "2023H1", "9000")
    text = SEED_003.read_text(encoding="utf-8").replace("9786万个", "9800万个")
    path = tmp_path / "003-corrected.txt"
    path.write_text(text, encoding="utf-8")
    parsed, _ = services.extract_plan(path)
    found = reimport.compare(workspace, plan_id, parsed)
    (change,) = [c for c in found.changes if c.kind == "indicator"]
    assert (change.item_id, change.change) == (ports.id, "changed")
    assert [(f.field, f.old, f.new) for f in change.fields] == [("baseline_value", 97_860_000, 98_000_000)]
    assert "基期值（97,860,000 → 98,000,000）" in change.text("zh_CN")
    reimport.update(workspace, plan_id, parsed)
    again = {i.name: i for i in browse.indicators(workspace, plan_id)}["宽带接入端口"]
    assert again.id == ports.id
    assert (
        workspace.db.execute("SELECT value FROM indicator_values WHERE indicator_id = ?", [ports.id]).fetchone()[0]
        == 9000
    )


def test_the_same_title_is_found_spaces_aside(workspace):
    plan_id, _ = services.import_plan(workspace, SEED_000)
    title = browse.plans(workspace)[0].title
    assert plans.same_title(workspace, f" {title[:5]} {title[5:]}")["id"] == plan_id
    assert plans.same_title(workspace, title + "（修订）") is None
