"""An indicator's definition (口径, source, formula, aggregation, direction, attribute) and the history of its
revised targets."""

from __future__ import annotations

import sqlite_utils

from db.connection import inserted_id

DEFINITION_COLUMNS = ("definition", "data_source", "formula", "aggregation", "weight_by_id", "direction", "attribute")


def definition(db: sqlite_utils.Database, indicator_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(DEFINITION_COLUMNS)} FROM indicators WHERE id = ?", [indicator_id]).fetchone()
    return dict(zip(DEFINITION_COLUMNS, row)) if row else None


def update_definition(db: sqlite_utils.Database, indicator_id: int, values: dict) -> None:
    """Write some of DEFINITION_COLUMNS; the caller holds the transaction."""
    columns = [c for c in DEFINITION_COLUMNS if c in values]
    if columns:
        db.execute(
            f"UPDATE indicators SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :id",
            {**{c: values[c] for c in columns}, "id": indicator_id},
        )


def revisions(db: sqlite_utils.Database, indicator_id: int) -> list[dict]:
    """Revised targets in the order they took effect (by date, then as recorded)."""
    return list(
        db.query(
            "SELECT * FROM indicator_target_revisions WHERE indicator_id = ? ORDER BY revised_on, id", [indicator_id]
        )
    )


def add_revision(db: sqlite_utils.Database, row: dict) -> int:
    """Record a revised target (indicator_id, year, old_value, new_value, revised_on, reason, source,
    recorded_at); the caller holds the transaction."""
    return inserted_id(
        db.execute(
            "INSERT INTO indicator_target_revisions (indicator_id, year, old_value, new_value, revised_on, reason,"
            " source, recorded_at) VALUES (:indicator_id, :year, :old_value, :new_value, :revised_on, :reason,"
            " :source, :recorded_at)",
            row,
        )
    )
