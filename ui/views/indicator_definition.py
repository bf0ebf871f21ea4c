"""The selected indicator's definition beside its chart (口径, source, formula, aggregation, direction,
约束性/预期性; the targets in force and every revision), with the dialogs that edit it: the definition, an
undoable edit like any other, and a revised target, kept as history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.dialogs import fitted
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.text import fill
from workbench.tracking.indicators import IndicatorDetail
from workbench.values import display


class DefinitionPanel(Retranslating, QWidget):
    edit_requested = Signal()
    revise_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: IndicatorDetail | None = None
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit = QPushButton()
        self.edit.clicked.connect(self.edit_requested)
        self.revise = QPushButton()
        self.revise.clicked.connect(self.revise_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addWidget(self.revise)
        # Scrolled: a long definition must not make the window taller than a projector's screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setText(self.tr("Edit definition…"))
        self.revise.setText(self.tr("Revise target…"))
        self._show()

    def set_detail(self, detail: IndicatorDetail | None) -> None:
        self.detail = detail
        self._show()

    def _show(self) -> None:
        d = self.detail
        self.edit.setEnabled(d is not None)
        self.revise.setEnabled(d is not None)
        if d is None:
            self.text.setText("")
            return
        unstated = self.tr("not stated")
        aggregation = labels.aggregation(d.aggregation) if d.aggregation else unstated
        if d.aggregation == "mean" and d.weight_by:
            aggregation = fill(self.tr("mean weighted by %1"), d.weight_by)
        lines = [
            fill(self.tr("Definition: %1"), d.definition or unstated),
            fill(self.tr("Data source: %1"), d.data_source or unstated),
            fill(self.tr("Formula: %1"), d.formula or unstated),
            fill(self.tr("Aggregation across regions: %1"), aggregation),
            fill(self.tr("Direction: %1"), labels.direction(d.direction)),
            fill(self.tr("Attribute: %1"), labels.attribute(d.attribute) if d.attribute else unstated),
            fill(self.tr("Targets in force: %1"), _targets(d.in_force())),
        ]
        if d.revisions:
            lines.append(fill(self.tr("Targets as the plan set them: %1"), _targets({y: v for y, v, _ in d.targets})))
            for r in d.revisions:
                old = "—" if r.old is None else display(r.old)
                line = fill(self.tr("%1: the %2 target %3 → %4 (%5)"), r.on, r.year, old, display(r.new), r.reason)
                lines.append(f"  {line}" + (f" · {r.source}" if r.source else ""))
        self.text.setText("\n".join(lines))


def _targets(found: dict[int, float]) -> str:
    return ", ".join(f"{y}: {display(v)}" for y, v in sorted(found.items())) or "—"


def _choices(combo: QComboBox, items: list[tuple[str | None, str]], current: str | None) -> None:
    for code, text in items:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))


def _form(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> None:
    """The dialog's fields, labelled, over OK and Cancel."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


class DefinitionDialog(QDialog):
    """The definition's fields, filled with what is stated; `values()` are what the core's `define` takes."""

    def __init__(self, detail: IndicatorDetail, others: list[IndicatorDetail], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Definition of %1"), detail.name))
        self.resize(fitted(self, 560, 420))
        self.definition = QPlainTextEdit(detail.definition)
        self.source = QLineEdit(detail.data_source)
        self.formula = QLineEdit(detail.formula)
        unstated = self.tr("Not stated")
        self.aggregation = QComboBox()
        _choices(self.aggregation, [(None, unstated), *labels.aggregation_choices()], detail.aggregation)
        self.weight_by = QComboBox()
        weights = [(str(o.seq), f"{o.seq}. {o.name}") for o in others if o.id != detail.id]
        current = next((str(o.seq) for o in others if o.name == detail.weight_by and o.id != detail.id), None)
        _choices(self.weight_by, [(None, self.tr("No weight")), *weights], current)
        self.direction = QComboBox()
        _choices(self.direction, [(code, labels.direction(code)) for code in labels.DIRECTION], detail.direction)
        self.attribute = QComboBox()
        _choices(
            self.attribute, [(None, unstated), *((c, labels.attribute(c)) for c in labels.ATTRIBUTE)], detail.attribute
        )
        _form(
            self,
            [
                (self.tr("Definition (口径)"), self.definition),
                (self.tr("Data source"), self.source),
                (self.tr("Formula or components"), self.formula),
                (self.tr("Aggregation across regions"), self.aggregation),
                (self.tr("Mean weighted by"), self.weight_by),
                (self.tr("Direction"), self.direction),
                (self.tr("Attribute"), self.attribute),
            ],
        )

    def values(self) -> dict:
        return {
            "definition": self.definition.toPlainText(),
            "data_source": self.source.text(),
            "formula": self.formula.text(),
            "aggregation": self.aggregation.currentData() or "",
            "weight_by": self.weight_by.currentData() or "",
            "direction": self.direction.currentData(),
            "attribute": self.attribute.currentData() or "",
        }


class RevisionDialog(QDialog):
    """A revised target: the year (one with a target, or another), the new value as typed, the date it takes
    effect, the reason and the document."""

    def __init__(self, detail: IndicatorDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Revise a target of %1"), detail.name))
        self.resize(fitted(self, 480, 300))
        in_force = detail.in_force()
        self.year = QComboBox()
        self.year.setEditable(True)
        self.year.addItems([str(y) for y in sorted(in_force)])
        self.target = QLineEdit()
        self.target.setPlaceholderText(detail.unit)
        self.year.currentTextChanged.connect(
            lambda text: self.target.setPlaceholderText(
                fill(self.tr("now %1 %2"), display(in_force[int(text)]), detail.unit)
                if text.isdigit() and int(text) in in_force
                else detail.unit
            )
        )
        self.year.currentTextChanged.emit(self.year.currentText())
        self.on = QDateEdit(QDate.fromString(date.today().isoformat(), "yyyy-MM-dd"))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. the mid-term evaluation report (中期评估报告)"))
        _form(
            self,
            [
                (self.tr("Year"), self.year),
                (self.tr("New target"), self.target),
                (self.tr("In force from"), self.on),
                (self.tr("Reason"), self.reason),
                (self.tr("Source document"), self.source),
            ],
        )

    def values(self) -> dict:
        return {
            "year": self.year.currentText(),
            "target": self.target.text(),
            "reason": self.reason.text(),
            "on": self.on.date().toString("yyyy-MM-dd"),
            "document": self.source.text(),
        }
