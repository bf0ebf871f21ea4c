"""Editors for table cells, chosen by the model's EDITOR_ROLE: a list of choices, a 0–100
percent box and a text field. A number is typed as people write it (5200亿, 1,234, —) and
parsed by the core's one value parser, in the indicator's unit; what it refuses comes
back as a message naming the value."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.base import CHOICES_ROLE, EDITOR_ROLE

Index = QModelIndex | QPersistentModelIndex


class EditorDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind == "choice":
            combo = QComboBox(parent)
            for code, text in index.data(CHOICES_ROLE):
                combo.addItem(text, code)
            # A choice is the whole edit: commit at once instead of waiting for focus to leave.
            combo.activated.connect(lambda _: self._commit(combo))
            return combo
        if kind == "percent":
            spin = QDoubleSpinBox(parent)
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSingleStep(5)
            spin.setSuffix(" %")
            return spin
        return QLineEdit(parent)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QLineEdit):
            # Every significant digit: committing the text unchanged must store the same value.
            editor.setText("" if value is None else f"{value:.15g}" if isinstance(value, float) else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
