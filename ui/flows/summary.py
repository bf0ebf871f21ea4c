"""Writing the summary workbook (汇总表) for the joint meeting: plan and period → where
each province stands (the preview) → the workbook written, and its folder opened."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from ui.flows.common import FlowDialog, PlanPeriodFields, write_buttons
from ui.plain import PlainLabel
from ui.text import fill
from ui.views.submissions import region_status, status_model
from ui.views.table import RowTable
from workbench.app import services
from workbench.errors import WorkbenchError
from workbench.reporting.states import RegionState

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SUMMARY_FILTER = "*.xlsx"


class WriteSummaryDialog(FlowDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Write the summary workbook"), 900, 460)
        self.fields = PlanPeriodFields(
            window.session.require_workspace(), window.current.plan_id, window.current.period
        )
        self.fields.changed.connect(self.refresh)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.status = RowTable(status_model(self), window.settings, "summary-status", stretch="why")
        self.buttons, self.write_button, self.open_button = write_buttons(self, self.tr("Write…"))
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.buttons)
        self.written: Path | None = None
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = region_status(self.main_window, self.fields.plan_id, self.fields.period_code())
        except WorkbenchError as exc:
            rows, text = [], exc.text()
        else:
            accepted = sum(r.state == RegionState.ACCEPTED for r in rows)
            text = fill(
                self.tr(
                    "%1 of %2 provinces have an accepted report for this period; the summary shows what is stored now."
                ),
                accepted,
                len(rows),
            )
        self.status.source.set_rows(rows)
        self.message.setText(text)
        self.write_button.setEnabled(bool(rows))

    def open_folder(self) -> None:
        if self.written is not None:  # the button is enabled once written
            self.main_window.dialogs.show_folder(self.written.parent)

    def suggested_name(self) -> str:
        title = re.sub(r'[\\/:*?"<>|\s]+', "", self.fields.plan.currentText())[:30]
        return f"{title}_{self.fields.period_code()}_汇总表.xlsx"

    def write(self) -> None:
        plan_id, period = self.fields.plan_ref(), self.fields.period_code()
        settings = self.main_window.settings
        start = settings.start_in(
            "summaries", self.suggested_name(), default=self.main_window.session.require_workspace().path.parent
        )
        target = self.main_window.dialogs.save_file(self, self.tr("Save the summary workbook"), SUMMARY_FILTER, start)
        settings.remember_folder("summaries", target)
        if target is None:
            return
        target = target if target.suffix else target.with_suffix(".xlsx")
        self.main_window.operations.run(
            self.tr("Writing the summary"),
            # The save dialog has asked before naming an existing file: that answer is the force.
            lambda job: services.write_summary(
                job.workspace, plan_id, period, target, force=True, progress=job.progress, cancel=job.cancel.is_set
            ),
            on_done=self._written,
        )

    def _written(self, path: Path) -> None:
        self.written = path
        self.message.setText(fill(self.tr("Summary written to %1"), path))
        self.open_button.setEnabled(True)
        self.main_window.say(fill(self.tr("Summary written to %1"), path))
