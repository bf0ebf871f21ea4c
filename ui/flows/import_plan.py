"""Importing a plan document, with a preview before anything is saved: the extracted
counts, warnings and outline, and every task, project and safeguard, which can be
reclassified or retitled. Reading and saving run in the background."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.changes import PLANS
from ui.flows.common import FlowDialog
from ui.models.base import Column, RowTableModel
from ui.plain import PlainLabel
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.table import RowTable
from workbench import messages
from workbench.app import services
from workbench.planning import plans, preview
from workbench.planning import review as plan_review
from workbench.planning.document import OutlineNode, ParsedPlan
from workbench.planning.review import ReviewItem

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KIND_LABELS = {
    plan_review.TASK: labels.KIND["task"],
    plan_review.PROJECT: labels.KIND["project"],
    plan_review.SAFEGUARD: labels.KIND["safeguard"],
    plan_review.EXCLUDED: QT_TRANSLATE_NOOP("Labels", "Not an item (plain text)"),
}
REVIEW_COLUMNS = (
    Column(
        "kind",
        QT_TRANSLATE_NOOP("Columns", "Save as"),
        lambda i: labels.translated(KIND_LABELS[i.kind]),
        edit_value=lambda i: i.kind,
        editor="choice",
        choices=lambda: [(k, labels.translated(text)) for k, text in KIND_LABELS.items()],
    ),
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), lambda i: i.number, sort=lambda i: i.span.start),
    Column("group", QT_TRANSLATE_NOOP("Columns", "Group"), lambda i: i.group),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda i: i.title, editor="text"),
)
DOCUMENT_FILTER = "*.txt *.docx"


def outline_model(nodes: list[OutlineNode], parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(parent)

    def add(into: QStandardItem, children: list[OutlineNode]) -> None:
        for node in children:
            item = QStandardItem(f"{node.number} {node.title}".strip())
            item.setEditable(False)
            into.appendRow(item)
            add(item, node.children)

    add(model.invisibleRootItem(), nodes)
    return model


class ImportPlanDialog(FlowDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Import a plan document"), 1100, 680)
        self.parsed: ParsedPlan | None = None
        self.file_label = PlainLabel(
            self.tr("Choose a plan document (.txt or .docx). Nothing is saved until you press Save.")
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.outline = QTreeView()
        self.outline.setHeaderHidden(True)
        self.review = RowTableModel(REVIEW_COLUMNS, key=lambda i: (i.extracted_as, i.position), parent=self)
        self.review.editor = self._edit
        self.items = RowTable(self.review, window.settings, "import-review")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.outline)
        split.addWidget(self.items)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def choose(self) -> None:
        settings = self.main_window.settings
        path = self.main_window.dialogs.open_file(
            self, self.tr("Plan document"), DOCUMENT_FILTER, settings.start_in("plan-documents")
        )
        settings.remember_folder("plan-documents", path)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        self.file_label.setText(fill(self.tr("Reading %1…"), path))
        self.main_window.operations.run(
            fill(self.tr("Reading %1"), path.name),
            lambda job: services.extract_plan(path, cancel=job.cancel.is_set),
            workspace=False,
            on_done=self._extracted,
        )

    def _extracted(self, result: tuple[ParsedPlan, plans.ImportSummary]) -> None:
        self.parsed, _ = result
        self.file_label.setText(
            fill(
                self.tr(
                    "Read %1. Check the outline and the items; correct a title by "
                    "double-clicking it, or change what an item is saved as."
                ),
                self.parsed.source_name,
            )
        )
        self.outline.setModel(outline_model(self.parsed.outline, self))
        self.outline.expandToDepth(0)
        self.review.set_rows(plan_review.items(self.parsed))
        self._summarize()
        self.save_button.setEnabled(True)

    def _summarize(self) -> None:
        summary = plans.summarize(self.corrected())
        text = messages.text("plan.summary", **summary.as_dict())
        self.summary.setText("\n".join([text, *(f"! {preview.text(w)}" for w in summary.warnings)]))

    def corrected(self) -> ParsedPlan:
        """The plan read, with the corrections made in the review table."""
        if self.parsed is None:
            raise RuntimeError("no plan document has been read")
        return plan_review.apply(self.parsed, self.review.rows)

    def _edit(self, item: ReviewItem, column: str, value: object) -> bool:
        edited: dict[str, Any] = {column: str(value)}  # the column's key names the field it edits
        self.review.update_rows([replace(item, **edited)])
        self._summarize()
        return True

    def save(self) -> None:
        parsed = self.parsed
        if parsed is None:
            return
        corrected = self.corrected()
        self.save_button.setEnabled(False)
        self.main_window.operations.run(
            self.tr("Saving the plan"),
            lambda job: plans.save(job.workspace, corrected),
            changed=PLANS,
            on_done=lambda plan_id: self._saved(plan_id, parsed.metadata.title),
            always=lambda: self.save_button.setEnabled(True),
        )

    def _saved(self, plan_id: int, title: str) -> None:
        self.main_window.show_plan(plan_id)
        self.main_window.say(fill(self.tr("Plan saved: %1"), title))
        self.accept()
