"""Every released schema version upgrades in place, after a verified backup; each step applies whole or not at all."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import connection, migrations
from tests.conftest import SEED_002, recorded_changes
from workbench.app import services
from workbench.storage import backups
from workbench.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces"
EARLIER = [s.version for s in migrations.STEPS if s.version < migrations.LATEST]


def test_steps_are_numbered_one_by_one():
    assert [s.version for s in migrations.STEPS] == list(range(1, migrations.LATEST + 1))


def test_an_empty_file_becomes_a_current_workspace(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) == migrations.LATEST


@pytest.mark.parametrize("version", EARLIER)
def test_golden_workspace_of_every_earlier_version_upgrades(version, tmp_path):
    golden = FIXTURES / f"v{version}.sqlite"
    assert golden.exists(), f"keep a golden workspace for every released schema: {golden}"
    path = tmp_path / "old.sqlite"
    shutil.copyfile(golden, path)
    before = backups.verify(path)
    old = connection.connect(path, read_only=True)
    before["audit_log"] = recorded_changes(old)  # schema 5 keeps an entry per changed row, not per value
    old.close()
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) == migrations.LATEST
        assert connection.integrity_problems(ws.db) == []
        after = {t: ws.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in before}
        after["audit_log"] = recorded_changes(ws.db)
    assert after == before  # nothing the user had is lost
    saved = backups.listing(path)
    assert len(saved) == 1 and f"before-migration-v{version}" in saved[0].name
    old = connection.connect(saved[0], read_only=True)
    assert connection.user_version(old) == version
    old.close()


# A trigger's body holds several statements, each ending in ';', inside one CREATE TRIGGER.
NOTES = (
    migrations.Step(
        1,
        "notes",
        (
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, edits INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE note_history (note_id INTEGER NOT NULL, body TEXT NOT NULL)",
        ),
    ),
    migrations.Step(
        2,
        "note history",
        (
            """
CREATE TRIGGER notes_edited AFTER UPDATE OF body ON notes BEGIN
    UPDATE notes SET edits = edits + 1 WHERE id = NEW.id;
    INSERT INTO note_history (note_id, body) VALUES (OLD.id, OLD.body);
END""",
        ),
    ),
)


def test_a_step_adding_a_trigger_with_several_statements_runs_whole(tmp_path):
    db = connection.connect(tmp_path / "notes.sqlite")
    assert [s.version for s in migrations.migrate(db, upto=2, steps=NOTES)] == [1, 2]
    assert connection.user_version(db) == 2
    db.execute("INSERT INTO notes (id, body) VALUES (1, 'first')")
    db.execute("UPDATE notes SET body = 'second' WHERE id = 1")
    assert db.execute("SELECT body, edits FROM notes").fetchall() == [("second", 1)]
    assert db.execute("SELECT note_id, body FROM note_history").fetchall() == [(1, "first")]
    db.close()


def test_a_failing_step_leaves_neither_its_changes_nor_its_version(tmp_path):
    broken = migrations.Step(2, "broken", ("CREATE TABLE half_done (id INTEGER)", "CREATE TABLE notes (id INTEGER)"))
    db = connection.connect(tmp_path / "notes.sqlite")
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        migrations.migrate(db, upto=2, steps=(NOTES[0], broken))
    assert connection.user_version(db) == 1
    assert "half_done" not in db.table_names()
    db.close()


def test_a_schema_5_workspace_gains_the_index_weights_and_themes(tmp_path):
    path = tmp_path / "v5.sqlite"
    shutil.copyfile(FIXTURES / "v5.sqlite", path)
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) >= 6
        for table in ("index_weights", "themes", "theme_tasks", "theme_links"):
            assert ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        indicator = ws.db.execute("SELECT id FROM indicators LIMIT 1").fetchone()
        if indicator:
            with ws.write() as db:
                db.execute("INSERT INTO index_weights (indicator_id, weight) VALUES (?, 2)", [indicator[0]])
            with pytest.raises(sqlite3.IntegrityError), ws.write() as db:
                db.execute("UPDATE index_weights SET weight = -1")


def test_a_schema_7_workspace_gains_indicator_definitions_and_a_target_history(tmp_path):
    """v5 (plan 000, which states no indicators, and progress), through schema 7, keeps its audit steps, who made
    them unknown; a plan imported after the upgrade has indicators with nothing stated yet and no revision."""
    path = tmp_path / "v5.sqlite"
    shutil.copyfile(FIXTURES / "v5.sqlite", path)
    old = connection.connect(path, read_only=True)
    steps = [tuple(r) for r in old.execute("SELECT id, at, source FROM audit_steps ORDER BY id")]
    old.close()
    with Workspace.open(path) as ws:
        assert [tuple(r) for r in ws.db.execute("SELECT id, at, source FROM audit_steps ORDER BY id")] == steps
        assert {r[0] for r in ws.db.execute("SELECT user FROM audit_steps")} == {""}
        services.import_plan(ws, SEED_002)
        stated = ws.db.execute(
            "SELECT DISTINCT definition, data_source, formula, aggregation, weight_by_id, attribute FROM indicators"
        ).fetchall()
        assert [tuple(r) for r in stated] == [("", "", "", None, None, None)]
        assert ws.db.execute("SELECT count(*) FROM indicator_target_revisions").fetchone()[0] == 0
        assert ws.db.execute("SELECT user FROM audit_steps ORDER BY id DESC LIMIT 1").fetchone()[0] != ""


def test_a_withdrawal_finds_its_files_steps_through_the_index_by_submission_id(tmp_path):
    """Schema 12 indexes the steps of files by the submission id their source names, not the whole source text."""
    from db.queries import audit as audit_queries

    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        with ws.write() as db:
            db.conn.executemany(
                "INSERT INTO audit_steps (at, source) VALUES ('2024-01-01T00:00:00', ?)",
                [(f"submission:{n}:江苏省.xlsx" if n % 3 else "gui",) for n in range(3000)],
            )
        sql = (
            f"SELECT id, source FROM audit_steps WHERE {migrations.SUBMISSION_OF_SOURCE} = ?"
            f" AND {migrations.IS_SUBMISSION_SOURCE} ORDER BY id"
        )
        plan = " ".join(str(r[3]) for r in ws.db.execute("EXPLAIN QUERY PLAN " + sql, [1234]))
        assert "USING INDEX audit_steps_submission" in plan
        assert audit_queries.entries_of(ws.db, "submission:1234:江苏省.xlsx") == []  # a step with no entries
        names = {r[0] for r in ws.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "audit_steps_submission" in names and "audit_steps_source" not in names
