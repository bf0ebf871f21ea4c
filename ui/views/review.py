"""The office's review of the current plan and period: each province's (or city's) state, when its file came,
when it was approved and why it was returned, with the actions approve, send back (a dialog writes the return
workbook in the background), reopen, lock and unlock (each asked for and, where the core needs one, a reason)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui import labels, palette
from ui.changes import SUBMISSIONS, Changed
from ui.models.base import Column, RowTableModel
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench.planning import received
from workbench.reporting import review
from workbench.reporting.review import PeriodReview, RegionReview
from workbench.reporting.states import ReviewState
from workbench.storage.workspace import Workspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow

COLUMNS = (
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Province or city"),
        lambda r: labels.region(r.region),
        sort=lambda r: labels.region_order(r.region),
    ),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "Review state"),
        lambda r: labels.review_state(r.state),
        color=lambda r: palette.REVIEW_STATES.get(r.state),
    ),
    Column("submitted", QT_TRANSLATE_NOOP("Columns", "Submitted at"), lambda r: labels.moment(r.submitted_at)),
    Column("approved", QT_TRANSLATE_NOOP("Columns", "Approved at"), lambda r: labels.moment(r.approved_at)),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "Returned because"), lambda r: r.reason),
    Column(
        "overdue",
        QT_TRANSLATE_NOOP("Columns", "Days overdue"),
        lambda r: str(r.days_late) if r.overdue else "",
        sort=lambda r: r.days_late if r.overdue else -1,
        color=lambda r: palette.BAD if r.overdue else None,
    ),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Reporting deadline"), lambda r: r.deadline),
    Column("copied", QT_TRANSLATE_NOOP("Columns", "Copied from the last period"), lambda r: "、".join(r.copied)),
    # Last, over the room left: the decisions before it stay in sight on a projector, a long name is elided.
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.file_name),
)


class ReviewView(LazyReload, Retranslating, QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main_window = window
        self.caption = PlainLabel()
        self.caption.setWordWrap(True)
        self.table = RowTable(RowTableModel(COLUMNS, key=lambda r: r.region, parent=self), window.settings, "review")
        self.cities = QCheckBox()
        self.cities.toggled.connect(lambda _: self.reload())
        self.approve, self.send_back, self.reopen = QPushButton(), QPushButton(), QPushButton()
        self.lock, self.unlock = QPushButton(), QPushButton()
        self.approve.clicked.connect(self.approve_selected)
        self.send_back.clicked.connect(self.send_back_selected)
        self.reopen.clicked.connect(self.reopen_selected)
        self.lock.clicked.connect(self.lock_period)
        self.unlock.clicked.connect(self.unlock_period)
        buttons = QHBoxLayout()
        for button in (self.approve, self.send_back, self.reopen, self.lock, self.unlock):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cities)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.found: PeriodReview | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        window.operations.busy_changed.connect(lambda _: self._enable())
        window.current.changed.connect(self.request_reload)
        window.session.changed.connect(self._changed)
        self.retranslate()
        self.reload()  # nothing open yet: the empty table says so

    def retranslate(self) -> None:
        self.approve.setText(self.tr("Approve"))
        self.send_back.setText(self.tr("Send back…"))
        self.reopen.setText(self.tr("Reopen…"))
        self.lock.setText(self.tr("Lock the period…"))
        self.unlock.setText(self.tr("Unlock…"))
        self.cities.setText(self.tr("Show cities"))
        self.table.source.retranslate()
        self._caption()

    def _changed(self, changed: Changed) -> None:
        if changed.submissions or changed.task_ids or changed.indicator_ids:
            self.request_reload()

    def reload(self) -> None:
        window = self.main_window
        workspace, plan_id, period = window.session.workspace, window.current.plan_id, window.current.period
        # The states at once; deadlines, lateness and copied narratives read the whole period's reports, so they
        # follow from the background (README: Performance).
        # A received plan's round asks the regions under the one this workspace answers for, with or without cities.
        self.cities.setVisible(not (workspace and plan_id and received.answering_region(workspace, plan_id)))
        self.found = (
            review.review(workspace, plan_id, period, cities=self.cities.isChecked(), timely=False)
            if workspace is not None and plan_id is not None and period
            else None
        )
        self.table.source.set_rows(self.found.regions if self.found else [])
        self._caption()
        self._enable()
        if self.found is not None:
            shown = self.found
            window.operations.alongside(
                lambda job: review.timeliness(job.workspace, shown.plan_id, shown.period),
                on_done=lambda timed: self._timed(shown, timed),
            )

    def _timed(self, shown: PeriodReview, timed: dict[str, review.Timeliness]) -> None:
        """Deadlines, lateness and copied narratives, arrived; dropped if the view shows another round since."""
        if self.found is not shown:
            return
        rows = [replace(r, **asdict(timed[r.region])) if r.region in timed else r for r in shown.regions]
        self.found = replace(shown, regions=rows)
        self.table.source.update_rows(rows)

    def _caption(self) -> None:
        window = self.main_window
        self.table.set_plan_empty_text(
            workspace_open=window.session.workspace is not None,
            plan_chosen=window.current.plan_id is not None,
            no_plan=self.tr("Choose a plan in the navigator on the left to review its reports."),
            no_rows=self.tr("Choose a reporting period in the toolbar to review its reports."),
        )
        found = self.found
        if found is None:
            self.caption.clear()  # the empty table says what is missing: a workspace, a plan or a period
        elif found.locked:
            self.caption.setText(
                fill(
                    self.tr("%1 is locked (%2, %3): no change is taken until it is unlocked."),
                    found.period,
                    labels.moment(found.locked_at),
                    found.locked_by,
                )
            )
        elif all(r.state == ReviewState.NOT_SUBMITTED for r in found.regions):
            self.caption.setText(
                fill(
                    self.tr(
                        "No report for %1 yet: send the templates (Plans → Send templates…), then take in the "
                        "returned files (Plans → Take in submissions…); they are reviewed here."
                    ),
                    found.period,
                )
            )
        else:
            self.caption.setText(fill(self.tr("The review of each report for %1:"), found.period))

    def selected(self) -> RegionReview | None:
        return self.table.current_row()

    def _enable(self) -> None:
        row, found = self.selected(), self.found
        idle = found is not None and not self.main_window.operations.busy
        state = row.state if row else None
        self.approve.setEnabled(idle and state in (ReviewState.SUBMITTED, ReviewState.RETURNED))
        self.send_back.setEnabled(idle and state in (ReviewState.SUBMITTED, ReviewState.RETURNED))
        self.reopen.setEnabled(idle and state == ReviewState.APPROVED)
        self.lock.setEnabled(idle and found is not None and not found.locked)
        self.unlock.setEnabled(idle and found is not None and found.locked)

    def _run(self, title: str, work: Callable[[Workspace], object], done: str) -> None:
        """A review action in the background; the views that show the round are told."""
        self.main_window.operations.run(
            title, lambda job: work(job.workspace), changed=SUBMISSIONS, on_done=lambda _: self.main_window.say(done)
        )

    def approve_selected(self) -> None:
        row, found = self.selected(), self.found
        if row is None or found is None:
            return
        name = labels.region(row.region)
        self._run(
            fill(self.tr("Approving %1"), name),
            lambda ws: review.approve(ws, found.plan_id, found.period, row.region),
            fill(self.tr("Approved the report of %1 for %2"), name, found.period),
        )

    def send_back_selected(self) -> None:
        row = self.selected()
        if row is not None and self.found is not None:
            self.main_window.flows.send_back(self.found.plan_id, self.found.period, row.region)

    def reopen_selected(self) -> None:
        row, found = self.selected(), self.found
        if row is None or found is None:
            return
        name = labels.region(row.region)
        reason = self.main_window.dialogs.reason(
            self,
            fill(self.tr("Reopen the report of %1?"), name),
            self.tr("Its values may change again until it is approved anew. Why is it reopened?"),
        )
        if reason:
            self._run(
                fill(self.tr("Reopening %1"), name),
                lambda ws: review.reopen(ws, found.plan_id, found.period, row.region, reason),
                fill(self.tr("Reopened the report of %1 for %2"), name, found.period),
            )

    def lock_period(self) -> None:
        found = self.found
        if found is None:
            return
        question = self.tr(
            "Every change to this period of the plan is refused until it is unlocked: edits, files taken in or "
            "withdrawn, approvals and returns."
        )
        if self.main_window.dialogs.confirm(self, fill(self.tr("Lock %1?"), found.period), question):
            self._run(
                fill(self.tr("Locking %1"), found.period),
                lambda ws: review.lock(ws, found.plan_id, found.period),
                fill(self.tr("Locked %1"), found.period),
            )

    def unlock_period(self) -> None:
        found = self.found
        if found is None:
            return
        reason = self.main_window.dialogs.reason(
            self, fill(self.tr("Unlock %1?"), found.period), self.tr("Why is the period unlocked?")
        )
        if reason:
            self._run(
                fill(self.tr("Unlocking %1"), found.period),
                lambda ws: review.unlock(ws, found.plan_id, found.period, reason),
                fill(self.tr("Unlocked %1"), found.period),
            )
