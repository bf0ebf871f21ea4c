"""Columns of the task table: the plan's task, its status as a whole (derived from the
provinces' reports, or set by the office, which the cell and its tooltip say), and the
progress of the region and period chosen above the table (editable in place)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import labels, palette
from ui.models.base import Column, RowTableModel
from ui.text import QT_TRANSLATE_NOOP, fill
from workbench.browse import TaskRow

translate = QCoreApplication.translate  # by this name, which lupdate reads
DERIVED = QT_TRANSLATE_NOOP("TaskModel", "Derived from the reports")


def _status_color(status: str | None) -> str | None:
    return palette.STATUSES.get(status) if status else None


def status_shown(task: TaskRow) -> str:
    shown = labels.status(task.status)
    return fill(translate("TaskModel", "%1 (set by the office)"), shown) if task.state.override else shown


def _derivation(task: TaskRow) -> str:
    """What the task's status is derived from, for its tooltip."""
    state = task.state
    if not state.reports:
        return translate("TaskModel", "No province has reported a status: not started.")
    reports = "、".join(
        fill(
            translate("TaskModel", "%1 %2 (%3)"),
            labels.region(r.region),
            labels.status(r.status),
            r.period,
        )
        for r in state.reports
    )
    return fill(
        translate("TaskModel", "Derived from each province's latest report: %1 → %2."),
        reports,
        labels.status(state.derived),
    )


def status_explained(task: TaskRow) -> str:
    """Where the task's status comes from: the office, or the reports (and which)."""
    if not task.state.override:
        return _derivation(task)
    return "\n".join(
        (
            fill(translate("TaskModel", "Set by the office: %1."), labels.status(task.state.override)),
            _derivation(task),
            fill(
                translate("TaskModel", "Choose “%1” to clear it."),
                translate("TaskModel", DERIVED),
            ),
        )
    )


def _status_choices() -> list[tuple[str, str]]:
    """The statuses the office can set, and the derived one ('') to clear what it set."""
    return [("", translate("TaskModel", DERIVED)), *labels.status_choices()]


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
        status_shown,
        edit_value=lambda t: t.state.override or "",
        editor="choice",
        choices=_status_choices,
        color=lambda t: _status_color(t.status),
        tooltip=status_explained,
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
