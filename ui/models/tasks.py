"""Columns of the task table: the plan's task, its overall status, and the progress of
the region and period chosen above the table (editable in place)."""

from __future__ import annotations

from ui import labels, palette
from ui.models.base import Column, RowTableModel
from ui.text import QT_TRANSLATE_NOOP
from workbench.browse import TaskRow


def _status_color(status: str | None) -> str | None:
    return palette.STATUSES.get(status) if status else None


def _order(task: TaskRow) -> int:
    # One integer (plan, then position in the plan): the sort role must hold a plain value.
    return task.plan_id * 100_000 + task.seq


COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), lambda t: t.number, sort=lambda t: _order(t)),
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Plan"), lambda t: t.plan_title),
    Column(
        "group",
        QT_TRANSLATE_NOOP("Columns", "Group"),
        lambda t: f"{t.group_number or ''}{t.group_title or ''}",
        sort=lambda t: _order(t),
    ),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Task"), lambda t: t.title),
    Column("lead", QT_TRANSLATE_NOOP("Columns", "Lead units"), lambda t: "、".join(t.lead_units)),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda t: t.deadline),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Task status"),
        lambda t: labels.status(t.status),
        edit_value=lambda t: t.status,
        editor="choice",
        choices=labels.status_choices,
        color=lambda t: _status_color(t.status),
    ),
    Column(
        "region_status",
        QT_TRANSLATE_NOOP("Columns", "Status in region"),
        lambda t: labels.status(t.region_status),
        edit_value=lambda t: t.region_status,
        editor="choice",
        choices=labels.status_choices,
        color=lambda t: _status_color(t.region_status),
    ),
    Column(
        "percent", QT_TRANSLATE_NOOP("Columns", "Done %"), lambda t: t.region_percent, editor="percent", numeric=True
    ),
    Column("progress", QT_TRANSLATE_NOOP("Columns", "Progress made"), lambda t: t.region_progress, editor="text"),
)
HIDDEN_BY_DEFAULT = ("plan", "lead")


class TaskModel(RowTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, key=lambda t: t.id, parent=parent)

    def task(self, task_id: int) -> TaskRow | None:
        at = self.row_of(task_id)
        return None if at is None else self.rows[at]
