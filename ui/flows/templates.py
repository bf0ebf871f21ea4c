"""Sending templates: plan, period, provinces and their cities → a preview of the files and
what each holds → the workbooks written into a folder, which can then be opened to mail them.
The folder and the contact person are kept for the next round."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from ui import labels
from ui.changes import SUBMISSIONS
from ui.flows.common import FlowDialog, FolderField, PlanPeriodFields, write_buttons
from ui.models.base import Column, RowTableModel
from ui.plain import PlainLabel
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.table import RowTable
from workbench.app import services
from workbench.errors import WorkbenchError
from workbench.planning import received as received_plans
from workbench.reference import regions
from workbench.reporting import layout as template_layout
from workbench.reporting import templates as submission_templates
from workbench.reporting.model import TemplateSpec

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PREVIEW_COLUMNS = (
    Column("region", QT_TRANSLATE_NOOP("Columns", "Province or city"), lambda s: labels.region(s.region)),
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda s: s.file_name),
    Column(
        "tasks", QT_TRANSLATE_NOOP("Columns", "Task rows"), lambda s: len(s.rows[template_layout.TASK]), numeric=True
    ),
    Column(
        "indicators",
        QT_TRANSLATE_NOOP("Columns", "Indicator rows"),
        lambda s: len(s.rows[template_layout.INDICATOR]),
        numeric=True,
    ),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Reporting deadline"), lambda s: s.deadline),
)
FOLDER = "templates"  # the purpose whose last folder is kept
CONTACT_KEY = "flows/template-contact"
CITIES_OF = {p: [c for c in regions.CITIES if regions.BY_CODE[c].parent == p] for p in regions.PROVINCES}


class SendTemplatesDialog(FlowDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Send templates"), 900, 560)
        workspace = window.session.require_workspace()
        self.fields = PlanPeriodFields(workspace, window.current.plan_id, window.current.period)
        self.provinces = {code: QCheckBox(labels.region(code)) for code in regions.PROVINCES}
        # A province's cities as one choice: the 41 cities in four ticks, not 41.
        self.cities = {
            code: QCheckBox(fill(self.tr("its cities (%1)"), len(CITIES_OF[code]))) for code in regions.PROVINCES
        }
        self.round_boxes = QWidget()
        boxes = QGridLayout(self.round_boxes)
        boxes.setContentsMargins(0, 0, 0, 0)
        for column, code in enumerate(regions.PROVINCES):
            self.provinces[code].setChecked(True)
            for row, box in enumerate((self.provinces[code], self.cities[code])):
                box.toggled.connect(lambda _: self._later())
                boxes.addWidget(box, row, column)
        # A plan received from a higher office goes to the regions under the one it was issued to, whatever level.
        self.under: dict[str, QCheckBox] = {}
        self.relaying = False
        self.children_boxes = QWidget()
        self.children_grid = QGridLayout(self.children_boxes)
        self.children_grid.setContentsMargins(0, 0, 0, 0)
        recipients = QVBoxLayout()
        recipients.addWidget(self.round_boxes)
        recipients.addWidget(self.children_boxes)
        self.deadline = QLineEdit()
        self.deadline.setToolTip(self.tr("Empty: the date suggested, 15 days after the period ends"))
        self.contact = QLineEdit(window.settings.text(CONTACT_KEY))
        self.folder = FolderField(
            window.dialogs, Path(window.settings.start_in(FOLDER, default=workspace.path.parent / "templates"))
        )
        form = QFormLayout()
        form.addRow(self.tr("Send to"), recipients)
        form.addRow(self.tr("Reporting deadline"), self.deadline)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Folder"), self.folder)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.preview = RowTable(
            RowTableModel(PREVIEW_COLUMNS, key=lambda s: s.region, parent=self),
            window.settings,
            "template-preview",
            stretch="file",
        )
        self.buttons, self.write_button, self.open_button = write_buttons(self, self.tr("Write templates"))
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(lambda: window.dialogs.show_folder(self.folder.folder))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addLayout(form)
        for widget in (self.message, self.preview, self.buttons):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        for signal in (self.fields.changed, self.deadline.textChanged, self.contact.textChanged):
            signal.connect(self._later)
        self.fields.changed.connect(self._recipients)
        self.written: list[Path] = []
        self._recipients()
        self.refresh()

    def _recipients(self) -> None:
        """The provinces and their cities for a plan of this office's; for a received plan, a tick for each
        region under the one this workspace answers for."""
        plan_id = self.fields.plan_id
        workspace = self.main_window.session.require_workspace()
        answering = received_plans.answering_region(workspace, plan_id) if plan_id is not None else None
        under = regions.children(answering) if answering else []
        if list(self.under) != under:
            for box in self.under.values():
                box.deleteLater()
            self.under = {code: QCheckBox(labels.region(code)) for code in under}
            for at, box in enumerate(self.under.values()):
                box.setChecked(True)
                box.toggled.connect(lambda _: self._later())
                self.children_grid.addWidget(box, at // 7, at % 7)
        self.relaying = answering is not None
        self.round_boxes.setVisible(answering is None)
        self.children_boxes.setVisible(answering is not None)

    @property
    def chosen(self) -> list[str]:
        """The provinces ticked, each followed by its cities where those are ticked; for a received plan, the
        regions under the one it was issued to that are ticked."""
        if self.relaying:
            return [code for code, box in self.under.items() if box.isChecked()]
        return [
            code
            for province in regions.PROVINCES
            for code in (
                *([province] if self.provinces[province].isChecked() else []),
                *(CITIES_OF[province] if self.cities[province].isChecked() else []),
            )
        ]

    def _later(self, *_: object) -> None:
        self._timer.start()

    def specs(self) -> list[TemplateSpec]:
        """What would be written; raises WorkbenchError with the reason an input is wrong."""
        period = self.fields.period_code()
        return [
            submission_templates.plan_template(
                self.main_window.session.require_workspace(),
                self.fields.plan_ref(),
                code,
                period,
                deadline=self.deadline.text().strip() or None,
                contact=self.contact.text().strip(),
            )
            for code in self.chosen
        ]

    def refresh(self) -> None:
        if self.main_window.session.workspace is None:  # a refresh still queued as the window closes
            return
        try:
            self.deadline.setPlaceholderText(submission_templates.default_deadline(self.fields.period_code()))
        except WorkbenchError:
            self.deadline.setPlaceholderText("")
        try:
            specs = self.specs()
        except WorkbenchError as exc:
            specs, text = [], exc.text()
        else:
            text = fill(self.tr("%1 workbooks will be written; nothing is recorded until you press Write."), len(specs))
        self.preview.source.set_rows(specs)
        self.message.setText(text)
        self.write_button.setEnabled(bool(specs))

    def write(self, *, replace: bool = False) -> None:
        plan_id, period, codes = self.fields.plan_ref(), self.fields.period_code(), self.chosen
        folder, deadline, contact = (
            self.folder.folder,
            self.deadline.text().strip() or None,
            self.contact.text().strip(),
        )
        self.main_window.settings.remember_folder(FOLDER, folder, is_folder=True)
        self.main_window.settings.set_text(CONTACT_KEY, contact)
        self.write_button.setEnabled(False)

        def issue(job):
            folder.mkdir(parents=True, exist_ok=True)
            return services.issue_templates(
                job.workspace,
                plan_id,
                codes,
                period,
                folder,
                deadline=deadline,
                contact=contact,
                force=replace,
                progress=job.progress,
                cancel=job.cancel.is_set,
            )

        self.main_window.operations.run(
            self.tr("Writing templates"),
            issue,
            on_done=self._written,
            changed=SUBMISSIONS,
            always=lambda: self.write_button.setEnabled(True),
            ask={"output.exists": self._ask_replace},
        )

    def _ask_replace(self, refusal: WorkbenchError) -> None:
        question = fill(
            self.tr("%1 is already in the folder (sent earlier?). Write the templates again, replacing it?"),
            Path(str(refusal.params.get("path", ""))).name,
        )
        if self.main_window.dialogs.confirm(self, self.tr("Replace the templates?"), question):
            self.write(replace=True)

    def _written(self, paths: list[Path]) -> None:
        self.written = paths
        self.message.setText(
            fill(self.tr("Written: %1. Open the folder to attach them to a mail."), "、".join(p.name for p in paths))
        )
        self.open_button.setEnabled(True)
        self.main_window.say(fill(self.tr("%1 templates written to %2"), len(paths), self.folder.folder))
