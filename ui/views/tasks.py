"""The tasks of the current plan with one province's progress in the current period,
edited in place, and a detail pane: the task's text, responsibilities and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ui import labels, palette
from ui.changes import Changed
from ui.current import Current
from ui.models.listings import history_model
from ui.models.tasks import HIDDEN_BY_DEFAULT, TaskModel, status_explained, status_shown
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.settings import Settings
from ui.text import fill
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench import browse
from workbench.browse import TaskRow
from workbench.planning import received
from workbench.reference import regions
from workbench.reporting import review
from workbench.tracking import edits

PROGRESS_FIELDS = {"region_status": "status", "percent": "percent", "progress": "progress"}


class TaskDetail(Retranslating, QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.history_label = PlainLabel()
        self.history = RowTable(history_model(self), settings, "history")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.history_label)
        box_layout.addWidget(self.history)
        split.addWidget(box)
        layout.addWidget(split)
        self.task: TaskRow | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.history_label.setText(self.tr("Reported progress by province and period"))
        self.history.source.retranslate()
        self.show_task(self.task, self.history.source.rows)

    def show_task(self, task: TaskRow | None, history: list[browse.HistoryRow]) -> None:
        self.task = task
        self.history.source.set_rows(history)
        if task is None:
            hint = self.tr("Select a task to see its text and history.")  # lupdate skips f-strings
            self.text.setHtml(f"<p>{escape(hint)}</p>")
            return
        rows = [
            (self.tr("Group"), f"{task.group_number or ''}{task.group_title or ''}"),
            (self.tr("Lead units"), "、".join(task.lead_units)),
            (self.tr("Cooperating units"), "、".join(task.cooperating_units)),
            (self.tr("Responsible regions"), "、".join(labels.region(r) for r in task.regions)),
            (self.tr("Deadline"), task.deadline or ""),
            (self.tr("Task status"), status_shown(task)),
        ]
        facts = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v or '—')}</td></tr>" for k, v in rows)
        why = "<br>".join(escape(line) for line in status_explained(task).splitlines())
        self.text.setHtml(
            f"<h3>{escape(task.number)}. {escape(task.title)}</h3><table>{facts}</table><p><small>{why}</small></p>"
            f"<p>{escape(task.body)}</p><p><i>{escape(task.plan_title)}</i></p>"
        )


class TasksView(LazyReload, Retranslating, QWidget):
    task_selected = Signal(object)  # TaskRow or None

    def __init__(self, session: Session, current: Current, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.current = session, current
        self.model = TaskModel(self)
        self.model.editor = self._edit
        self.table = RowTable(self.model, settings, "tasks", hidden=HIDDEN_BY_DEFAULT, stretch="title")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.table.set_filter)
        self.region_label = PlainLabel()
        self.region = QComboBox()
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._offer_regions(list(regions.PROVINCES))
        self.region.currentIndexChanged.connect(lambda _: self.request_reload())
        self.caption = PlainLabel()
        # A locked period or an approved report: said above the table, as the core refuses the edits.
        self.closed_note = PlainLabel()
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet(f"color: {palette.BAD}; font-weight: bold")
        self.closed_note.hide()
        self.detail = TaskDetail(settings)
        bar = QHBoxLayout()
        for widget in (self.filter, self.region_label, self.region, self.caption):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.closed_note)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        current.changed.connect(self.request_reload)
        session.changed.connect(self._changed)
        self.retranslate()

    @property
    def region_code(self) -> str:
        return self.region.currentData()

    def _offer_regions(self, codes: list[str]) -> None:
        """The regions the plan is reported by here (`reporting_regions`: the provinces, or a received plan's region
        and its cities or districts), the one chosen kept where it is still offered, else the first."""
        if codes == [self.region.itemData(i) for i in range(self.region.count())]:
            return
        chosen = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        for code in codes:
            self.region.addItem(labels.region(code), code)
        self.region.setCurrentIndex(codes.index(chosen) if chosen in codes else 0)
        self.region.blockSignals(False)
        self._label_regions()

    def _label_regions(self) -> None:
        offered = [self.region.itemData(i) for i in range(self.region.count())]
        provinces = all(code in regions.PROVINCES for code in offered)
        self.region_label.setText(self.tr("Province:") if provinces else self.tr("Region:"))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the tasks of this plan…"))
        self._label_regions()
        for i in range(self.region.count()):
            self.region.setItemText(i, labels.region(self.region.itemData(i)))
        self._caption()
        self.model.retranslate()

    def _caption(self) -> None:
        self.caption.setText(fill(self.tr("progress in %1"), self.current.period or "—"))
        self.table.set_plan_empty_text(
            workspace_open=self.session.workspace is not None,
            plan_chosen=self.current.plan_id is not None,
            no_plan=self.tr("Choose a plan in the navigator on the left to see its tasks."),
            no_rows=self.tr(
                "This plan has no tasks: none were found in its document. Import it again (Plans → Import a plan "
                "document…) and mark its tasks as such in the check before saving, or import a corrected document."
            ),
        )
        workspace, plan_id, period = self.session.workspace, self.current.plan_id, self.current.period
        closed = (
            review.refusal(workspace, plan_id, self.region_code, period) if workspace and plan_id and period else None
        )
        if closed is None:
            self.closed_note.hide()
            return
        if closed.code == "review.period_locked":
            text = fill(self.tr("%1 is locked: no change is taken until it is unlocked (Review tab)."), period)
        else:
            text = fill(
                self.tr("The report of %1 for %2 is approved: reopen it (Review tab) to change its values."),
                labels.region(self.region_code),
                period,
            )
        self.closed_note.setText(text)
        self.closed_note.show()

    def reload(self) -> None:
        workspace, plan_id = self.session.workspace, self.current.plan_id
        shown = received.reporting_regions(workspace, plan_id) if workspace is not None and plan_id is not None else []
        self._offer_regions(shown or list(regions.PROVINCES))
        rows = (
            browse.tasks(workspace, plan_id, region=self.region_code, period=self.current.period)
            if workspace is not None and plan_id is not None
            else []
        )
        selected = self.table.current_row()
        self.model.set_rows(rows)
        self._caption()
        # Selecting a row shows its detail (currentRowChanged): shown once, not again here.
        if rows and not (selected and self.table.select_key(selected.id)):
            self.table.selectRow(0)
        if not rows:
            self._show_detail()

    def _changed(self, changed: Changed) -> None:
        if changed.plans or changed.submissions:
            self.request_reload()
        elif changed.task_ids and self.session.workspace is not None:
            self.model.update_rows(
                browse.tasks(
                    self.session.workspace,
                    self.current.plan_id,
                    region=self.region_code,
                    period=self.current.period,
                    task_ids=sorted(changed.task_ids),
                )
            )
            self._show_detail()

    def _show_detail(self) -> None:
        task = self.table.current_row()
        history = browse.task_history(self.session.workspace, task.id) if task and self.session.workspace else []
        self.detail.show_task(task, history)
        self.task_selected.emit(task)

    def show_task(self, task_id: int) -> bool:
        if self.model.row_of(task_id) is not None and not self.table.select_key(task_id):
            self.filter.clear()  # the filter hid it
        return self.table.select_key(task_id)

    def _edit(self, task: TaskRow, column: str, value: object) -> bool:
        if column == "status":  # '' clears the office's status: the derived one applies again
            if value:
                label = fill(self.tr("Set status of task %1"), task.number)
            else:
                label = fill(self.tr("Use the derived status of task %1"), task.number)
            return self.session.edit(label, lambda ws: edits.task_status(ws, task.id, str(value) if value else None))
        field = PROGRESS_FIELDS[column]
        region, period = self.region_code, self.current.period
        title = self.model.headerData(self.model.column_of(column), Qt.Orientation.Horizontal)
        label = fill(self.tr("Edit %1 of task %2 (%3, %4)"), title, task.number, labels.region(region), period)
        return self.session.edit(label, lambda ws: edits.task_progress(ws, task.id, region, period, field, value))
