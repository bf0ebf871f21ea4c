"""Regions and reporting periods: reference rows every workspace holds."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from db.connection import inserted_id


def upsert_regions(db: sqlite_utils.Database, regions: Iterable[dict]) -> None:
    """Insert missing regions (code, name, short_name, level, parent, aliases) in order,
    parents before children; existing rows keep their ids."""
    for r in regions:
        parent_id = None
        if r["parent"]:
            parent_id = db.execute("SELECT id FROM regions WHERE code = ?", [r["parent"]]).fetchone()[0]
        db.execute(
            "INSERT INTO regions (code, name, short_name, level, parent_id) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,"
            " level = excluded.level, parent_id = excluded.parent_id",
            [r["code"], r["name"], r["short_name"], r["level"], parent_id],
        )
        region_id = db.execute("SELECT id FROM regions WHERE code = ?", [r["code"]]).fetchone()[0]
        for alias in r["aliases"]:
            db.execute("INSERT OR IGNORE INTO region_aliases (alias, region_id) VALUES (?, ?)", [alias, region_id])


def region_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {code: rid for rid, code in db.execute("SELECT id, code FROM regions")}


def regions(db: sqlite_utils.Database) -> list[dict]:
    return list(
        db.query(
            "SELECT r.id, r.code, r.name, r.short_name, r.level, p.code AS parent"
            " FROM regions r LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.id"
        )
    )


def ensure_period(db: sqlite_utils.Database, period: dict) -> int:
    """Id of the period with period['code'], inserting it if new."""
    row = db.execute("SELECT id FROM periods WHERE code = ?", [period["code"]]).fetchone()
    if row:
        return row[0]
    return inserted_id(
        db.execute(
            "INSERT INTO periods (code, kind, year, part, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)",
            [period["code"], period["kind"], period["year"], period["part"], period["start_date"], period["end_date"]],
        )
    )


def periods(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM periods ORDER BY start_date, kind"))


def period_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    return next(db.query("SELECT * FROM periods WHERE code = ?", [code]), None)


def period_by_id(db: sqlite_utils.Database, period_id: int) -> dict | None:
    return next(db.query("SELECT * FROM periods WHERE id = ?", [period_id]), None)


def get_info(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM workspace_info WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_info(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO workspace_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
