"""The cascade in the window: a template a higher office issued, received (by the Plans menu or dropped onto the
window) after a look at what it holds and changes; and the consolidated answer, previewed with its rules —
statuses and aggregations to choose, texts to edit — before the received template is written with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.changes import PLANS
from ui.flows.common import FlowDialog, PlanPeriodFields, write_buttons
from ui.plain import PlainLabel
from ui.text import fill
from workbench import messages
from workbench.app import services
from workbench.errors import WorkbenchError
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting import consolidation, layout
from workbench.reporting.received import ReceivedTemplate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TEMPLATE_FILTER = "*.xlsx"
EDITABLE_TEXTS = consolidation.TEXT_FIELDS


class ReceiveTemplateDialog(FlowDialog):
    """A template from a higher office: what it holds (and, for a later period, what it changes), then Receive."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Receive a template from a higher office"), 760, 460)
        self.path: Path | None = None
        self.found: ReceivedTemplate | None = None
        self.choose_button = QPushButton(self.tr("Choose a template…"))
        self.choose_button.clicked.connect(self.choose)
        self.summary = PlainLabel(self.tr("Choose the template (.xlsx) the higher office sent, or drop it here."))
        self.summary.setWordWrap(True)
        self.changes = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.receive_button = self.buttons.addButton(self.tr("Receive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setEnabled(False)
        self.receive_button.clicked.connect(self.receive)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        settings = self.main_window.settings
        path = self.main_window.dialogs.open_file(
            self, self.tr("Template from a higher office"), TEMPLATE_FILTER, settings.start_in("received-templates")
        )
        settings.remember_folder("received-templates", path)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        self.path, self.found = path, None
        self.receive_button.setEnabled(False)
        self.changes.clear()
        self.summary.setText(fill(self.tr("Reading %1…"), path))
        self.main_window.operations.run(
            fill(self.tr("Reading %1"), path.name),
            lambda job: services.preview_received(job.workspace, path),
            on_done=self._previewed,
            writes=False,
        )

    def _previewed(self, found: ReceivedTemplate) -> None:
        self.found = found
        self.summary.setText(found.summary())
        if found.plan_id is not None:  # a later template of a plan received before: what it changes
            for row in found.added:
                kind = messages.text(f"receive.kind.{row.kind}")
                self.changes.addItem(messages.text("receive.added", kind=kind, number=row.code, title=row.title))
            for row, old in found.retitled:
                kind = messages.text(f"receive.kind.{row.kind}")
                self.changes.addItem(
                    messages.text("receive.retitled", kind=kind, number=row.code, old=old, new=row.title)
                )
            if not self.changes.count():
                self.changes.addItem(self.tr("Its tasks and indicators are those already received."))
        self.receive_button.setEnabled(True)

    def receive(self) -> None:
        if self.found is None or self.path is None:
            return
        found, path = self.found, self.path
        self.receive_button.setEnabled(False)
        self.main_window.operations.run(
            fill(self.tr("Receiving %1"), path.name),
            lambda job: services.receive(job.workspace, path, previewed=found),
            on_done=self._received,
            changed=PLANS,
        )

    def _received(self, found: ReceivedTemplate) -> None:
        text = messages.text("receive.saved", plan_id=found.plan_id, period=found.period)
        self.summary.setText(text)
        self.main_window.say(text)


class ConsolidateDialog(FlowDialog):
    """The consolidated answer for a received plan and period, by the stated rules: a status per task and an
    aggregation per indicator may be chosen, the texts edited; Write… fills the received template with it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Consolidate for the higher office"), 1100, 680)
        workspace = window.session.require_workspace()
        self.fields = PlanPeriodFields(workspace, window.current.plan_id, window.current.period)
        self.fields.changed.connect(self.restart)
        self.rules = PlainLabel()
        self.rules.setWordWrap(True)
        self.missing = PlainLabel()
        self.missing.setWordWrap(True)
        self.tasks = QTableWidget()
        self.indicators = QTableWidget()
        self.buttons, self.write_button, self.open_button = write_buttons(self, self.tr("Write…"))
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.rules)
        layout.addWidget(self.missing)
        layout.addWidget(self.tasks, 3)
        layout.addWidget(self.indicators, 2)
        layout.addStretch(0)  # takes the room only while the tables are hidden: the sentences stay at the top
        layout.addWidget(self.buttons)
        self.choices = consolidation.Choices()
        self.answer: consolidation.Consolidation | None = None
        self.written: Path | None = None
        self.tasks.itemChanged.connect(self._text_edited)
        self.restart()

    def restart(self) -> None:
        """Another plan or period: the rules from the start."""
        self.choices = consolidation.Choices()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.answer = consolidation.consolidate(
                self.main_window.session.require_workspace(),
                self.fields.plan_ref(),
                self.fields.period_code(),
                self.choices,
            )
        except WorkbenchError as exc:
            self.answer = None
            hint = self.tr(
                "Only a plan received from a higher office is consolidated: receive its template first "
                "(Plans → Receive a template from a higher office…), and take in the files of the regions under "
                "this one."
            )
            self.rules.setText(f"{exc.text()}\n{hint}" if exc.code == "consolidate.not_received_plan" else exc.text())
            self.missing.clear()
            self.tasks.setRowCount(0)
            self.indicators.setRowCount(0)
            self._show_tables(False)  # two empty grids say nothing
            self.write_button.setEnabled(False)
            return
        self._show_tables(True)
        answer = self.answer
        self.rules.setText("\n".join(answer.statement()))
        self.missing.setText(answer.missing_text())
        self._fill_tasks(answer)
        self._fill_indicators(answer)
        self.write_button.setEnabled(True)

    def _show_tables(self, shown: bool) -> None:
        self.tasks.setVisible(shown)
        self.indicators.setVisible(shown)

    def _item(self, text: object, *, editable: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem("" if text is None else str(text))
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _fill_tasks(self, answer: consolidation.Consolidation) -> None:
        headers = [
            *messages.text("consolidate.task_headers").split("|")[:6],
            self.tr("Progress"),
            self.tr("Problems"),
            self.tr("Next steps"),
        ]
        self.tasks.blockSignals(True)
        self.tasks.clear()
        self.tasks.setColumnCount(len(headers))
        self.tasks.setHorizontalHeaderLabels(headers)
        self.tasks.setRowCount(len(answer.tasks))
        for r, t in enumerate(answer.tasks):
            self.tasks.setItem(r, 0, self._item(t.code))
            self.tasks.setItem(r, 1, self._item(t.title))
            combo = QComboBox()
            combo.addItem("—", None)
            for status in TaskStatus:
                combo.addItem(status.label(), status.value)
            combo.setCurrentIndex(max(0, combo.findData(t.status)))
            combo.currentIndexChanged.connect(lambda _=0, code=t.code, c=combo: self._status_chosen(code, c))
            self.tasks.setCellWidget(r, 2, combo)
            self.tasks.setItem(r, 3, self._item(messages.text(f"rule.{t.status_rule}")))
            self.tasks.setItem(r, 4, self._item(layout.canonical(t.percent) if t.percent is not None else "—"))
            self.tasks.setItem(r, 5, self._item("、".join(regions.BY_CODE[c].short_name for c in t.reporting)))
            for offset, key in enumerate(EDITABLE_TEXTS):
                item = self._item(t.texts.get(key, ""), editable=True)
                item.setData(Qt.ItemDataRole.UserRole, (t.code, key))
                self.tasks.setItem(r, 6 + offset, item)
        self.tasks.resizeColumnsToContents()
        self.tasks.blockSignals(False)

    def _fill_indicators(self, answer: consolidation.Consolidation) -> None:
        headers = messages.text("consolidate.indicator_headers").split("|")
        self.indicators.clear()
        self.indicators.setColumnCount(len(headers))
        self.indicators.setHorizontalHeaderLabels(headers)
        self.indicators.setRowCount(len(answer.indicators))
        for r, i in enumerate(answer.indicators):
            self.indicators.setItem(r, 0, self._item(i.code))
            self.indicators.setItem(r, 1, self._item(i.name))
            self.indicators.setItem(r, 2, self._item(i.unit))
            combo = QComboBox()
            for how in consolidation.AGGREGATES:
                combo.addItem(messages.text(f"aggregate.{how}"), how)
            combo.setCurrentIndex(combo.findData(i.aggregate))
            combo.currentIndexChanged.connect(lambda _=0, code=i.code, c=combo: self._aggregate_chosen(code, c))
            self.indicators.setCellWidget(r, 3, combo)
            self.indicators.setItem(r, 4, self._item(layout.canonical(i.value) if i.value is not None else "—"))
            self.indicators.setItem(r, 5, self._item(messages.text(f"rule.{i.rule}")))
            values = "、".join(f"{regions.BY_CODE[c].short_name} {layout.canonical(v)}" for c, v in i.values.items())
            self.indicators.setItem(r, 6, self._item(values))
        self.indicators.resizeColumnsToContents()

    def _status_chosen(self, code: str, combo: QComboBox) -> None:
        if combo.currentData():
            self.choices.statuses[code] = combo.currentData()
        else:
            self.choices.statuses.pop(code, None)
        self.refresh()

    def _aggregate_chosen(self, code: str, combo: QComboBox) -> None:
        self.choices.aggregates[code] = combo.currentData()
        self.refresh()

    def _text_edited(self, item: QTableWidgetItem) -> None:
        found = item.data(Qt.ItemDataRole.UserRole)
        if not found:
            return
        code, key = found
        self.choices.texts.setdefault(code, {})[key] = item.text()
        if self.answer is not None:  # the answer written takes the text as typed, without a recount
            for t in self.answer.tasks:
                if t.code == code:
                    t.texts[key] = item.text()

    def suggested_name(self) -> str:
        answer = self.answer
        return Path(answer.file_name).stem + "_汇总.xlsx" if answer else "汇总.xlsx"

    def write(self) -> None:
        answer = self.answer
        if answer is None:
            return
        settings = self.main_window.settings
        start = settings.start_in(
            "consolidated", self.suggested_name(), default=self.main_window.session.require_workspace().path.parent
        )
        target = self.main_window.dialogs.save_file(self, self.tr("Save the filled template"), TEMPLATE_FILTER, start)
        settings.remember_folder("consolidated", target)
        if target is None:
            return
        target = target if target.suffix else target.with_suffix(".xlsx")
        self.main_window.operations.run(
            self.tr("Writing the filled template"),
            # The save dialog has asked before naming an existing file: that answer is the force.
            lambda job: services.write_consolidation(job.workspace, answer, target, force=True),
            on_done=self._written,
            writes=False,
        )

    def _written(self, path: Path) -> None:
        self.written = path
        self.missing.setText(fill(self.tr("The filled template was written to %1"), path))
        self.open_button.setEnabled(True)
        self.main_window.say(fill(self.tr("The filled template was written to %1"), path))

    def open_folder(self) -> None:
        if self.written is not None:
            self.main_window.dialogs.show_folder(self.written.parent)
