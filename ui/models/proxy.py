"""Filtering over a RowTableModel, any column; the model sorts itself (RowTableModel.sort): the
proxy keeps the model's order, and a click on a column's title reaches the model."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from ui.models.base import RowTableModel


class _Filter(QSortFilterProxyModel):
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        assert isinstance(source, RowTableModel)
        source.sort(column, order)


def sorting_filter(model: RowTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = _Filter(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
