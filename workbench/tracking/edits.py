"""Edits a person makes in the window, one value at a time, through `progress.record` /
`set_task_status` so each lands in the audit log and comes back as undoable `Change`s.

Values arrive as typed by a person: a number may carry thousands separators, full-width
digits or a 万/亿 suffix; anything else is refused with a message, never guessed.
"""
from __future__ import annotations

import re
import unicodedata

from workbench.tracking import progress
from workbench.errors import InputError
from workbench.tracking.progress import INDICATOR_VALUE, TASK_PROGRESS, Change
from workbench.storage.workspace import Workspace

SOURCE = "gui"
TASK_FIELDS = ("status", "percent", "progress", "problems", "next_steps")
_SCALE = {"万": 1e4, "亿": 1e8}
_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*([万亿]?)$")


def parse_number(text: str | float | int | None) -> float | None:
    """'1,234', '１２.５', '12.5万' → a float; '' → None (the value is cleared)."""
    if text is None or isinstance(text, (int, float)):
        return None if text is None else float(text)
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    m = _NUMBER.match(cleaned)
    if not m:
        raise InputError("edit.not_a_number", value=text)
    return float(m.group(1)) * _SCALE.get(m.group(2), 1.0)


def task_status(workspace: Workspace, task_id: int, status: str) -> list[Change]:
    """The overall status of a task (across regions)."""
    return progress.set_task_status(workspace, task_id, status, source=SOURCE)


def task_progress(workspace: Workspace, task_id: int, region: str, period: str, field: str,
                  value: object) -> list[Change]:
    """One field of a region's progress on a task in a period (status, percent, texts)."""
    if field not in TASK_FIELDS:
        raise ValueError(f"not an editable progress field: {field}")
    if field == "percent":
        value = parse_number(value)  # type: ignore[arg-type]
    key = {"task_id": task_id, "region_id": progress.region_id(workspace, region),
           "period_id": progress.period_id(workspace, period)}
    return progress.record(workspace, TASK_PROGRESS, key, {field: value}, origin="manual", source=SOURCE)


def indicator_value(workspace: Workspace, indicator_id: int, region: str, period: str,
                    value: str | float | None) -> list[Change]:
    """A region's actual value of an indicator in a period; '' clears it."""
    key = {"indicator_id": indicator_id, "region_id": progress.region_id(workspace, region),
           "period_id": progress.period_id(workspace, period)}
    return progress.record(workspace, INDICATOR_VALUE, key, {"value": parse_number(value)},
                           origin="manual", source=SOURCE)


def undo(workspace: Workspace, changes: list[Change]) -> list[Change]:
    """Put back the old values of *changes* (newest first), audited as an undo."""
    return progress.apply(workspace, [c.reversed() for c in reversed(changes)], source=f"{SOURCE}:undo")


def redo(workspace: Workspace, changes: list[Change]) -> list[Change]:
    return progress.apply(workspace, list(changes), source=f"{SOURCE}:redo")
