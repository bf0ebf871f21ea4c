"""Shared fixtures: the seed documents, fresh workspaces in tmp_path, the CLI in-process."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WORKBENCH_LANG"] = "zh_CN"
# The log file of every CLI run and window the tests start goes to a scratch folder, not the user's.
os.environ.setdefault("WORKBENCH_LOG_DIR", tempfile.mkdtemp(prefix="workbench-test-logs-"))

REPO = Path(__file__).resolve().parents[1]
# The copies bundled with the package (the demo's seeds): a clone tests itself.
SEEDS = REPO / "workbench" / "demo_seeds"
SEED_000 = SEEDS / "000_cb7a6a1268d93d61.txt"  # 三年行动计划（2021-2023年）
SEED_002 = SEEDS / "002_0800d899563075c0.txt"  # 长三角数字干线发展规划纲要
SEED_003 = SEEDS / "003_23568483099dda36.txt"  # “十三五”规划
SEED_004 = SEEDS / "004_9f1a1ae8a519372c.txt"  # “十二五”规划


def content(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a workspace file, to compare before and after."""
    from db import connection

    db = connection.connect(path, read_only=True)
    try:
        return {t: [tuple(r) for r in db.execute(f"SELECT * FROM [{t}] ORDER BY 1")] for t in db.table_names()}
    finally:
        db.close()


def recorded_changes(db) -> int:
    """Changed values the audit log holds, whichever its form: an entry per value until schema 5, per row since,
    and from schema 10 the versions a step replaced, read back as entries."""
    import json

    from db import connection
    from db.queries import audit

    if connection.user_version(db) < 5:
        return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if connection.user_version(db) < 10:
        return db.execute("SELECT count(*) FROM audit_log a, json_each(a.changes)").fetchone()[0]
    return sum(len(json.loads(e["changes"])) for e in audit.entries(db, plan_id=None, since=None))


@pytest.fixture
def restored_logging(monkeypatch):
    """The log files a test opens are closed and taken off the root logger afterwards."""
    import logging
    from logging.handlers import RotatingFileHandler

    monkeypatch.delenv("WORKBENCH_DEBUG", raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "ws.sqlite"


@pytest.fixture
def workspace(workspace_path: Path):
    from workbench.storage.workspace import Workspace

    ws = Workspace.open(workspace_path, create=True, program="pytest")
    yield ws
    ws.close()


@pytest.fixture
def cli(workspace_path: Path, capsys):
    """Run `workbench ARGS…` in-process against the test workspace: (exit code, stdout, stderr)."""
    from workbench.app.cli.main import run

    def invoke(*args: str, workspace: Path | None = None) -> tuple[int, str, str]:
        code = run(["--workspace", str(workspace or workspace_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One demo workspace built per test session; tests copy it instead of rebuilding."""
    from workbench import demo
    from workbench.app import services

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo.build(path, services.import_plan)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(autouse=True)
def _default_language():
    """A test that switches language (CLI --lang, GUI) must not leak it into the next."""
    from workbench import messages

    messages.set_language(None)
    yield
    messages.set_language(None)


def pytest_collection_modifyitems(items):
    """The reliability battery (crashes, hostile corpora, fuzzing) is marked slow, so
    `pytest -m "not slow"` is the quick suite a developer runs while working."""
    for item in items:
        if "reliability" in item.path.parts:
            item.add_marker(pytest.mark.slow)
