"""Submissions of the current plan and period: where each province (or city) stands, every
file received so far, which can be withdrawn, and the three flows (send templates, take in
submissions, write the summary). Workbooks can be dropped anywhere on the window."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from ui import labels, palette
from ui.changes import Changed
from ui.models.base import Column, RowTableModel
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench import browse
from workbench.planning import received
from workbench.reporting import submissions, withdrawal
from workbench.reporting.model import RegionStatus
from workbench.reporting.states import RegionState

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STATUS_COLUMNS = (
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Province or city"),
        lambda s: labels.region(s.region),
        sort=lambda s: labels.region_order(s.region),
    ),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "State"),
        lambda s: labels.region_state(s.state),
        color=lambda s: palette.REGION_STATES.get(s.state),
    ),
    Column("when", QT_TRANSLATE_NOOP("Columns", "When"), lambda s: s.when),
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda s: s.file_name),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Reporting deadline"), lambda s: s.deadline),
    Column(
        "overdue",
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
        lambda s: labels.translated(QT_TRANSLATE_NOOP("Labels", "overdue")) if s.overdue else "",
    ),
    Column("why", QT_TRANSLATE_NOOP("Columns", "Why rejected"), lambda s: s.why),
)


def status_model(parent: object = None) -> RowTableModel:
    return RowTableModel(STATUS_COLUMNS, key=lambda s: s.region, parent=parent)


def region_status(
    window: MainWindow, plan_id: int | None, period: str | None, *, cities: bool = False
) -> list[RegionStatus]:
    if window.session.workspace is None or plan_id is None or not period:
        return []
    return submissions.status(window.session.workspace, plan_id, period, cities=cities)


RECORD_COLUMNS = (
    Column("received", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.received_at, sort=lambda r: r.id),
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Province"),
        lambda r: labels.region(r.region),
        sort=lambda r: labels.region_order(r.region),
    ),
    Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), lambda r: r.period),
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.file_name),
    Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: labels.region_state(r.outcome)),
    Column("values", QT_TRANSLATE_NOOP("Columns", "Rows"), lambda r: json.loads(r.counts).get("rows"), numeric=True),
)


class SubmissionsView(LazyReload, Retranslating, QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main_window = window
        self.status_label, self.records_label = PlainLabel(), PlainLabel()
        self.status_label.setWordWrap(True)
        self.records_label.setWordWrap(True)
        self.status = RowTable(status_model(self), window.settings, "submission-status", stretch="why")
        self.records = RowTable(
            RowTableModel(RECORD_COLUMNS, key=lambda r: r.id, parent=self),
            window.settings,
            "submission-records",
            stretch="file",
        )
        self.send, self.take, self.summary = QPushButton(), QPushButton(), QPushButton()
        self.cities = QCheckBox()  # the 41 cities' rounds instead of the provinces'
        self.answering: str | None = None  # the region a received plan's round is run for
        self.cities.toggled.connect(lambda _: self.reload())
        # A file taken in by mistake goes back out: in the records' context menu and as a button above them.
        self.withdraw = QAction(self)
        self.withdraw.triggered.connect(self.withdraw_selected)
        self.records.addAction(self.withdraw)
        self.records.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.records.selectionModel().currentRowChanged.connect(lambda *_: self._can_withdraw())
        window.operations.busy_changed.connect(lambda _: self._can_withdraw())
        withdraw_button = QToolButton()
        withdraw_button.setDefaultAction(self.withdraw)
        self.send.clicked.connect(lambda: window.flows.send_templates())
        self.take.clicked.connect(lambda: window.flows.take_submissions())
        self.summary.clicked.connect(lambda: window.flows.write_summary())
        buttons = QHBoxLayout()
        for button in (self.send, self.take, self.summary):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cities)
        records_bar = QHBoxLayout()
        records_bar.addWidget(self.records_label, 1)
        records_bar.addWidget(withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status, 1)  # as high as the files: the four provinces in view at any text size
        layout.addLayout(records_bar)
        layout.addWidget(self.records, 1)
        window.current.changed.connect(self.request_reload)
        window.session.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.send.setText(self.tr("Send templates…"))
        self.take.setText(self.tr("Take in submissions…"))
        self.summary.setText(self.tr("Write the summary workbook…"))
        self.cities.setText(self.tr("Show cities"))
        self.withdraw.setText(self.tr("Withdraw…"))
        self.withdraw.setToolTip(self.tr("Take the selected file back out: the values it changed go back"))
        self.status.source.retranslate()
        self.records.source.retranslate()
        self._caption()

    def _caption(self) -> None:
        period = self.main_window.current.period or "—"
        if self.main_window.current.plan_id is None:
            self.status_label.setText(self.tr("Choose a plan in the navigator on the left to see its reporting round."))
        elif self.answering is not None:
            self.status_label.setText(
                fill(self.tr("Where each region under %1 stands for %2:"), labels.region(self.answering), period)
            )
        elif self.cities.isChecked():
            self.status_label.setText(fill(self.tr("Where each city stands for %1:"), period))
        else:
            self.status_label.setText(fill(self.tr("Where each province stands for %1:"), period))
        if self.records.source.rowCount():
            self.records_label.setText(
                self.tr("Every file received for this plan (drop workbooks onto the window to take them in):")
            )
        else:
            self.records_label.setText(
                self.tr(
                    "No file received for this plan yet: send the templates, then drop the filled workbooks "
                    "onto the window (or press Take in submissions…)."
                )
            )

    def _changed(self, changed: Changed) -> None:
        if changed.submissions:
            self.request_reload()

    def reload(self) -> None:
        window = self.main_window
        workspace, plan_id = window.session.workspace, window.current.plan_id
        # A received plan's round asks the regions under the one this workspace answers for, with or without cities.
        self.answering = received.answering_region(workspace, plan_id) if workspace and plan_id else None
        self.cities.setVisible(self.answering is None)
        self.status.source.set_rows(
            region_status(window, plan_id, window.current.period, cities=self.cities.isChecked())
        )
        self.records.source.set_rows(browse.submissions(workspace, plan_id) if workspace and plan_id else [])
        self._caption()
        self._can_withdraw()

    def _can_withdraw(self) -> None:
        record = self.records.current_row()
        busy = self.main_window.operations.busy
        self.withdraw.setEnabled(record is not None and record.outcome == RegionState.ACCEPTED and not busy)

    def withdraw_selected(self) -> None:
        """Withdraw the selected file after asking; the core refuses, in words, where a later file or an edit
        stands over its values."""
        window, record = self.main_window, self.records.current_row()
        if record is None or record.outcome != RegionState.ACCEPTED:
            return
        question = self.tr(
            "The values this file changed go back to what they were before it was taken in. Its record stays, "
            "marked withdrawn, and the file can be taken in again."
        )
        if not window.dialogs.confirm(self, fill(self.tr("Withdraw %1?"), record.file_name), question):
            return
        window.operations.run(
            fill(self.tr("Withdrawing %1"), record.file_name),
            lambda job: withdrawal.withdraw(job.workspace, record.id),
            changed=lambda done: replace(Changed.of(list(done.changes)), submissions=True),
            on_done=lambda done: window.say(done.text()),
        )
