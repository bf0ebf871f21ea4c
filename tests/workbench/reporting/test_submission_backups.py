"""The backup rule for writes: the day's first batch of submissions or plan import is preceded by a verified full
backup, and the rest of that day's are not. Each file is still one transaction, and a file taken in is withdrawn
from the audit log, so a copy of the whole workspace before every batch bought nothing a copy a day does not."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill
from workbench.app import services
from workbench.planning import plans
from workbench.storage import backups
from workbench.storage.workspace import Workspace

PERIOD = "2023H1"


def automatic(workspace: Workspace) -> list[str]:
    """The reason of each backup, oldest first."""
    start = len(workspace.path.stem) + len("-20240101-000000-000000-")
    return [p.stem[start:] for p in reversed(backups.listing(workspace.path))]


def made_yesterday(workspace: Workspace) -> None:
    """Every backup (and its checksum) renamed as if it had been taken the day before."""
    today, yesterday = (d.strftime("%Y%m%d") for d in (date.today(), date.today() - timedelta(days=1)))
    for backup in backups.listing(workspace.path):
        older = backup.with_name(backup.name.replace(f"-{today}-", f"-{yesterday}-", 1))
        backups.sidecar(backup).rename(backups.sidecar(older))
        backup.rename(older)


def batch(workspace: Workspace, plan_id: int, folder: Path, percent: int) -> None:
    issued = services.issue_templates(workspace, plan_id, ["JS", "ZJ"], PERIOD, folder / "issued")
    for template in issued:
        fill(template, folder / "back" / template.name, tasks={"2": {"status": "推进中", "percent": percent}})
    outcomes = services.submit_many(workspace, [folder / "back"], replace=True)
    assert [o.status for o in outcomes] == ["accepted", "accepted"]


def test_the_days_first_import_and_first_batch_are_backed_up_the_rest_of_the_day_not(workspace, tmp_path):
    plan_id = plans.save(workspace, test_plans.plan(8))
    plans.save(workspace, test_plans.plan(4, title="长三角另一项行动计划（2021-2023年）"))
    assert automatic(workspace) == ["before-import"]  # the day's first import only

    batch(workspace, plan_id, tmp_path / "one", 40)
    assert automatic(workspace) == ["before-import"]  # a backup was taken today: none before this batch

    made_yesterday(workspace)
    assert not backups.taken_today(workspace.path)
    batch(workspace, plan_id, tmp_path / "two", 50)
    batch(workspace, plan_id, tmp_path / "three", 60)
    assert automatic(workspace) == ["before-import", "before-submission"]  # one for the day, not one per batch
    assert backups.taken_today(workspace.path)


def test_an_unfinished_backup_of_today_does_not_count(workspace):
    folder = backups.folder(workspace.path)
    folder.mkdir()
    stamp = date.today().strftime("%Y%m%d")
    (folder / f"{workspace.path.stem}-{stamp}-090000-000000-before-import.sqlite").write_bytes(b"")  # no checksum
    assert not backups.taken_today(workspace.path)
    assert backups.take_daily(workspace, reason="before-import") is not None
    assert backups.take_daily(workspace, reason="before-import") is None
