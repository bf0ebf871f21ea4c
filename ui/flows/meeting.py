"""The joint meeting's report and the reminders to the late, for a plan and period: where each region stands
against its deadline (the preview), then the report (.docx) or one reminder per overdue region (.docx and the
mail text) written in the background; the folders are remembered for the next round."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QVBoxLayout

from ui import labels
from ui.flows.common import FlowDialog, FolderField, PlanPeriodFields, write_buttons
from ui.models.base import Column, RowTableModel
from ui.plain import PlainLabel
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.table import RowTable
from workbench.app import services
from workbench.errors import WorkbenchError
from workbench.reporting import lateness
from workbench.reporting.lateness import Lateness

if TYPE_CHECKING:
    from ui.main_window import MainWindow

REPORTS, REMINDERS = "meeting-reports", "reminders"  # the purposes whose last folder is kept
REPORT_FILTER = "*.docx"


def _missing(item: Lateness) -> str:
    if not item.has_file:
        return labels.translated(QT_TRANSLATE_NOOP("Labels", "no file"))
    return " ".join(
        fill(labels.translated(text), len(found), "、".join(found[:8]))
        for text, found in (
            (QT_TRANSLATE_NOOP("Labels", "%1 tasks (%2)"), item.missing_tasks),
            (QT_TRANSLATE_NOOP("Labels", "%1 indicators (%2)"), item.missing_indicators),
        )
        if found
    )


LATENESS_COLUMNS = (
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Province or city"),
        lambda s: labels.region(s.region),
        sort=lambda s: labels.region_order(s.region),
    ),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Reporting deadline"), lambda s: s.deadline),
    Column("received", QT_TRANSLATE_NOOP("Columns", "Submitted at"), lambda s: labels.moment(s.received_at)),
    Column("days", QT_TRANSLATE_NOOP("Columns", "Days overdue"), lambda s: s.days_late or "", numeric=True),
    Column("missing", QT_TRANSLATE_NOOP("Columns", "Missing"), _missing),
    Column(
        "remind",
        QT_TRANSLATE_NOOP("Columns", "Reminder"),
        lambda s: labels.translated(QT_TRANSLATE_NOOP("Labels", "yes")) if s.needs_reminder else "",
    ),
)


class _RoundDialog(FlowDialog):
    """Plan and period, a sentence, each region's deadline and what is missing, and the flow's buttons."""

    def __init__(self, window: MainWindow, title: str, write_text: str) -> None:
        super().__init__(window, title, 900, 480)
        self.fields = PlanPeriodFields(
            window.session.require_workspace(), window.current.plan_id, window.current.period
        )
        self.fields.changed.connect(lambda: self.refresh())
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.table = RowTable(
            RowTableModel(LATENESS_COLUMNS, key=lambda s: s.region, parent=self),
            window.settings,
            "lateness",
            stretch="missing",
        )
        self.buttons, self.write_button, self.open_button = write_buttons(self, write_text)
        self.open_button.clicked.connect(self.open_folder)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.written: Path | None = None  # the folder written to

    def refresh(self) -> None:
        """Show the round for the plan and period chosen, or why they cannot be used."""
        workspace = self.main_window.session.require_workspace()
        try:
            rows = lateness.lateness(workspace, self.fields.plan_ref(), self.fields.period_code())
        except WorkbenchError as exc:
            rows, text = [], exc.text()
        else:
            text = self.describe(rows)
        self.table.source.set_rows(rows)
        self.message.setText(text)
        self.write_button.setEnabled(self.can_write(rows))

    def describe(self, rows: list[Lateness]) -> str:
        """The sentence over the round's regions."""
        raise NotImplementedError

    def can_write(self, rows: list[Lateness]) -> bool:
        return bool(rows)

    def open_folder(self) -> None:
        if self.written is not None:  # the button is enabled once written
            self.main_window.dialogs.show_folder(self.written)


class WriteMeetingReportDialog(_RoundDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Write the joint meeting's report"), self.tr("Write the report…"))
        self.write_button.clicked.connect(self.write)
        self.refresh()

    def describe(self, rows: list[Lateness]) -> str:
        return fill(
            self.tr(
                "The report (Word, official layout) counts what is stored now for this plan and period; "
                "%1 regions are overdue."
            ),
            sum(r.overdue for r in rows),
        )

    def suggested_name(self) -> str:
        title = re.sub(r'[\\/:*?"<>|\s]+', "", self.fields.plan.currentText())[:30]
        return f"{title}_{self.fields.period_code()}_联席会议报告.docx"

    def write(self) -> None:
        plan_id, period = self.fields.plan_ref(), self.fields.period_code()
        settings = self.main_window.settings
        start = settings.start_in(
            REPORTS, self.suggested_name(), default=self.main_window.session.require_workspace().path.parent
        )
        target = self.main_window.dialogs.save_file(self, self.tr("Save the report"), REPORT_FILTER, start)
        settings.remember_folder(REPORTS, target)
        if target is None:
            return
        target = target if target.suffix else target.with_suffix(".docx")
        self.main_window.operations.run(
            self.tr("Writing the report"),
            # The save dialog has asked before naming an existing file: that answer is the force.
            lambda job: services.write_meeting_report(
                job.workspace, plan_id, period, target, force=True, progress=job.progress, cancel=job.cancel.is_set
            )[0],
            on_done=self._written,
            writes=False,
        )

    def _written(self, path: Path) -> None:
        self.written = path.parent
        self.message.setText(fill(self.tr("Report written to %1"), path))
        self.open_button.setEnabled(True)
        self.main_window.say(fill(self.tr("Report written to %1"), path))


class SendRemindersDialog(_RoundDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Remind the late"), self.tr("Write reminders"))
        workspace = window.session.require_workspace()
        self.folder = FolderField(
            window.dialogs, Path(window.settings.start_in(REMINDERS, default=workspace.path.parent / "reminders"))
        )
        self.form.addRow(self.tr("Folder"), self.folder)
        self.write_button.clicked.connect(lambda: self.write())
        self.refresh()

    def describe(self, rows: list[Lateness]) -> str:
        late = sum(r.needs_reminder for r in rows)
        if late:
            return fill(self.tr("%1 regions are past their deadline with something missing: one notice each."), late)
        return self.tr("No region needs a reminder for this plan and period.")

    def can_write(self, rows: list[Lateness]) -> bool:
        return any(r.needs_reminder for r in rows)

    def write(self, *, replace: bool = False) -> None:
        plan_id, period, folder = self.fields.plan_ref(), self.fields.period_code(), self.folder.folder
        self.main_window.settings.remember_folder(REMINDERS, folder, is_folder=True)
        self.main_window.operations.run(
            self.tr("Writing reminders"),
            lambda job: services.write_reminders(
                job.workspace, plan_id, period, folder, force=replace, progress=job.progress, cancel=job.cancel.is_set
            ),
            on_done=self._written,
            ask={"output.exists": self._ask_replace},
            writes=False,
        )

    def _ask_replace(self, refusal: WorkbenchError) -> None:
        question = fill(
            self.tr("%1 is already in the folder (written earlier?). Write the reminders again, replacing it?"),
            Path(str(refusal.params.get("path", ""))).name,
        )
        if self.main_window.dialogs.confirm(self, self.tr("Replace the reminders?"), question):
            self.write(replace=True)

    def _written(self, written: list) -> None:
        self.written = self.folder.folder
        names = "、".join(docx.name for _, docx, _ in written)
        self.message.setText(fill(self.tr("Written: %1, each with its mail text (.txt) beside it."), names))
        self.open_button.setEnabled(True)
        self.main_window.say(fill(self.tr("%1 reminders written to %2"), len(written), self.folder.folder))
