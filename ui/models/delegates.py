"""Editors for table cells, chosen by the model's EDITOR_ROLE: a list of choices, a 0–100
percent box, a number field and plain text. They constrain what can be typed; the core
still validates what arrives."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QLineEdit,
                               QStyledItemDelegate, QStyleOptionViewItem, QWidget)

from ui.models.base import CHOICES_ROLE, EDITOR_ROLE

Index = QModelIndex | QPersistentModelIndex
# Digits (also full-width), separators, a sign and a 万/亿 suffix, as people type numbers.
NUMBER_PATTERN = QRegularExpression(r"^[+\-]?[0-9０-９,，. ．]*[万亿]?$")


class EditorDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
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
        editor = QLineEdit(parent)
        if kind == "number":
            editor.setValidator(QRegularExpressionValidator(NUMBER_PATTERN, editor))
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
