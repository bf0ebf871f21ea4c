"""An upgraded workspace has exactly the schema of a new one: a released step edited later,
or a new step that misses a path, would otherwise leave old workspaces subtly different."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from db import connection, migrations
from workbench.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces"
GOLDEN = sorted(FIXTURES.glob("v*.sqlite"))


def schema(db: sqlite_utils.Database) -> dict[str, object]:
    objects = db.execute(
        r"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'"
    ).fetchall()
    tables = sorted(name for kind, name, _, _ in objects if kind == "table")
    return {
        "user_version": connection.user_version(db),
        "objects": {(kind, name, table, " ".join(sql.split())) for kind, name, table, sql in objects},
        # in column order: a column added at a different place is a different table
        "columns": {t: [tuple(c[1:]) for c in db.execute(f"PRAGMA table_info([{t}])")] for t in tables},
        "indexes": {
            t: sorted(
                (i[1], i[2], i[3], i[4], [tuple(c) for c in db.execute(f"PRAGMA index_xinfo([{i[1]}])")])
                for i in db.execute(f"PRAGMA index_list([{t}])")
            )
            for t in tables
        },
        "foreign_keys": {t: sorted(tuple(k) for k in db.execute(f"PRAGMA foreign_key_list([{t}])")) for t in tables},
    }


def test_there_is_a_golden_workspace_to_compare():
    assert GOLDEN


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_an_upgraded_workspace_has_the_schema_of_a_new_one(golden, tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(golden, path)
    with Workspace.open(tmp_path / "new.sqlite", create=True) as new, Workspace.open(path) as old:
        assert schema(old.db) == schema(new.db)
        assert connection.user_version(old.db) == migrations.LATEST
