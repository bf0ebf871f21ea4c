"""The parts of the import preview that review the items read: the table's columns, the panel where
the chosen item's fields are corrected and where it is split, the outline, the tree of the tables'
column mapping, and the page listing what updating a plan in place changes. Every correction goes
through `workbench.planning.review`; nothing here decides what a field may hold."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.models.base import Column
from ui.plain import PlainLabel
from ui.text import QT_TRANSLATE_NOOP
from workbench.planning import review
from workbench.planning.changes import PlanUpdate
from workbench.planning.document import OutlineNode, TableMapping
from workbench.planning.review import ReviewItem
from workbench.values import display

KIND_LABELS = {
    review.TASK: labels.KIND["task"],
    review.PROJECT: labels.KIND["project"],
    review.INDICATOR: labels.KIND["indicator"],
    review.SAFEGUARD: labels.KIND["safeguard"],
    review.EXCLUDED: QT_TRANSLATE_NOOP("Labels", "Not an item (plain text)"),
}


def _number(value: float | None) -> str:
    return "" if value is None else display(value)


def details(item: ReviewItem) -> str:
    """An indicator's unit, baseline, targets and scope; a task's lead units and deadline."""
    if item.kind == review.INDICATOR:
        parts = (
            f"[{item.unit}]" if item.unit else "",
            f"{item.baseline_year or ''}: {_number(item.baseline_value)}" if item.baseline_value is not None else "",
            f"→ {review.targets_text(item)}" if item.targets else "",
            labels.region(item.scope_region) if item.scope_region else "",
        )
        return " ".join(filter(None, parts))
    if item.kind == review.TASK:
        return " · ".join(filter(None, ("、".join(item.lead_units), item.deadline or "")))
    return ""


REVIEW_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), lambda i: i.number, sort=lambda i: i.span.start),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("Columns", "Save as"),
        lambda i: labels.translated(KIND_LABELS[i.kind]),
        edit_value=lambda i: i.kind,
        editor="choice",
        choices=lambda: [(k, labels.translated(text)) for k, text in KIND_LABELS.items()],
    ),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda i: i.title, editor="text"),
    Column("details", QT_TRANSLATE_NOOP("Columns", "Details"), details),
    Column("group", QT_TRANSLATE_NOOP("Columns", "Group"), lambda i: i.group),
)


def field_text(item: ReviewItem, field: str) -> str:
    """A field as the panel shows it and `review.edit` reads it back."""
    value = getattr(item, field)
    if field == "targets":
        return review.targets_text(item)
    if field == "regions":
        return "、".join(labels.region(code) for code in value)
    if field == "scope_region":
        return labels.region(value) if value else ""
    if isinstance(value, tuple):
        return "、".join(value)
    if isinstance(value, float):
        return _number(value)
    return "" if value is None else str(value)


class ItemPanel(QWidget):
    """The chosen item's fields, each corrected by typing over it; its text, split at the cursor."""

    edited = Signal(str, str)  # field, text typed
    split_requested = Signal(int)  # offset into the item's body

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ReviewItem | None = None
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        names = {
            "number": self.tr("No."),
            "title": self.tr("Title / name"),
            "lead_units": self.tr("Lead units"),
            "cooperating_units": self.tr("Cooperating units"),
            "deadline": self.tr("Deadline"),
            "regions": self.tr("Responsible regions"),
            "unit": self.tr("Unit"),
            "baseline_value": self.tr("Baseline value"),
            "baseline_year": self.tr("Baseline year"),
            "targets": self.tr("Targets (year: value；…)"),
            "scope_region": self.tr("Scope (blank: the whole plan area)"),
        }
        for field, name in names.items():
            line = QLineEdit()
            line.editingFinished.connect(lambda field=field: self._finished(field))
            self.fields[field] = line
            self.form.addRow(PlainLabel(name), line)
        self.fields["targets"].setPlaceholderText("2020: 80；2025: 90")
        self.fields["lead_units"].setToolTip(self.tr("Several separated by 、 or commas"))
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setMinimumHeight(60)
        self.split_button = QPushButton(self.tr("Split at the cursor"))
        self.split_button.setToolTip(self.tr("Put the cursor in the text where the second item begins"))
        self.split_button.clicked.connect(lambda: self.split_requested.emit(self.body.textCursor().position()))
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(PlainLabel(self.tr("Text")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.split_button)
        layout.addWidget(self.error)
        self.show_item(None)

    def show_item(self, item: ReviewItem | None) -> None:
        self.item = item
        self.error.clear()
        shown: tuple[str, ...] = review.TASK_FIELDS
        if item and item.kind == review.INDICATOR:
            shown = review.INDICATOR_FIELDS
        elif item and item.kind in (review.PROJECT, review.SAFEGUARD, review.EXCLUDED):
            shown = ("number", "title")
        for field, line in self.fields.items():
            self.form.setRowVisible(line, field in shown)
            line.setText(field_text(item, field) if item else "")
            line.setEnabled(item is not None)
        self.body.setPlainText(item.body if item else "")
        # With nothing chosen the panel is a column of greyed boxes: it says how to fill it.
        self.body.setPlaceholderText(
            "" if item else self.tr("Choose an item in the table: its fields are corrected here, its text split.")
        )
        self.split_button.setEnabled(item is not None)

    def _finished(self, field: str) -> None:
        text = self.fields[field].text()
        if self.item is not None and text != field_text(self.item, field):
            self.edited.emit(field, text)


def mapping_tree(mappings: list[TableMapping], tree: QTreeWidget, unused: str) -> None:
    """Each table read, with the field each of its columns was taken as (*unused*: none); read-only."""
    tree.clear()
    for mapping in mappings:
        table = QTreeWidgetItem(tree, [f"{mapping.location} · {mapping.kind}", ""])
        for column in mapping.columns:
            shown = column.field if column.field is not None else unused
            QTreeWidgetItem(table, [column.header, shown])
    tree.expandAll()


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


class ChangesPage(QWidget):
    """What updating a plan in place changes, line by line as the command line prints it, and the refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.lines = QListWidget()
        self.refusal = PlainLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b03a2e")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.refusal)

    def show_changes(self, found: PlanUpdate) -> None:
        self.title.setText(found.header())
        self.lines.clear()
        self.lines.addItems([change.text() for change in found.changes])
        self.refusal.setText(found.refusal().text() if found.refused else "")
        self.refusal.setVisible(bool(found.refused))
