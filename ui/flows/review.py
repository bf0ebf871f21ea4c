"""Sending a region's report back for revision: the reasons, the cells and tasks concerned, and where to save the
return workbook, which is written (and the return recorded) in the background."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from ui import labels
from ui.changes import SUBMISSIONS
from ui.flows.common import FlowDialog, write_buttons
from ui.plain import PlainLabel
from ui.text import fill
from workbench import messages
from workbench.app import services
from workbench.planning import plans
from workbench.reporting import layout

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RETURN_FILTER = "*.xlsx"
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def listed(text: str) -> list[str]:
    """What a person types in a field of several: separated by spaces, commas or 、."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]


class SendBackDialog(FlowDialog):
    def __init__(self, window: MainWindow, plan_id: int, period: str, region: str) -> None:
        super().__init__(window, self.tr("Send back for revision"), 720, 420)
        self.plan_id, self.period, self.region = plan_id, period, region
        title = plans.resolve(window.session.require_workspace(), plan_id)["title"]
        self.what = PlainLabel(fill(self.tr("%1 — %2, %3"), labels.region(region), title, period))
        self.what.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("What must be revised, and why"))
        self.cells = QLineEdit()
        self.cells.setPlaceholderText(fill(self.tr("e.g. %1!F5 %1!G6"), layout.SHEET_TASKS))
        self.tasks = QLineEdit()
        self.tasks.setPlaceholderText(self.tr("Task numbers, e.g. 2 5"))
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reasons"), self.reason)
        form.addRow(self.tr("Cells to mark"), self.cells)
        form.addRow(self.tr("Tasks to mark"), self.tasks)
        self.buttons, self.write_button, self.open_button = write_buttons(self, self.tr("Write the return workbook…"))
        self.write_button.clicked.connect(self.write)
        # A return needs its reasons: the button waits for them rather than refuse after the save dialog.
        self.write_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.write_button.setEnabled(self.written is None and bool(self.reason.toPlainText().strip()))
        )
        self.open_button.clicked.connect(self.open_folder)
        layout_ = QVBoxLayout(self)
        layout_.addWidget(self.what)
        layout_.addLayout(form)
        layout_.addWidget(self.message)
        layout_.addWidget(self.buttons)
        self.written: Path | None = None

    def suggested_name(self) -> str:
        return f"{labels.region(self.region)}_{self.period}_退回修改.xlsx"

    def write(self) -> None:
        window = self.main_window
        start = window.settings.start_in(
            "returns", self.suggested_name(), default=window.session.require_workspace().path.parent
        )
        target = window.dialogs.save_file(self, self.tr("Save the return workbook"), RETURN_FILTER, start)
        window.settings.remember_folder("returns", target)
        if target is None:
            return
        target = target if target.suffix else target.with_suffix(".xlsx")
        plan_id, period, region = self.plan_id, self.period, self.region
        reason, cells, tasks = self.reason.toPlainText(), listed(self.cells.text()), listed(self.tasks.text())
        window.operations.run(
            fill(self.tr("Sending back to %1"), labels.region(region)),
            # The save dialog has asked before naming an existing file: that answer is the force.
            lambda job: services.send_back(
                job.workspace, plan_id, period, region, reason, target, cells=cells, tasks=tasks, force=True
            ),
            changed=SUBMISSIONS,
            on_done=self._written,
        )

    def _written(self, returned: services.Returned) -> None:
        self.written = returned.path
        text = fill(self.tr("Returned to %1; the return workbook is %2"), labels.region(self.region), returned.path)
        which = "review.returned_own" if returned.own_file else "review.returned_reissued"
        kind = messages.text(which, region=labels.region(self.region), file=returned.own_file)
        self.message.setText(f"{text}\n{kind}")
        self.main_window.say(text)
        self.write_button.setEnabled(False)  # one return per dialog: the state has moved on
        self.open_button.setEnabled(True)

    def open_folder(self) -> None:
        if self.written is not None:
            self.main_window.dialogs.show_folder(self.written.parent)
