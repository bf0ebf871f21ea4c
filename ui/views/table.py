"""A table view over a RowTableModel through a sorting/filtering proxy, with the column
choice (shown, order, widths) offered in the header's context menu and remembered, and a
sentence saying what to do while it has no rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.models.base import ROW_ROLE, RowTableModel
from ui.models.delegates import EditorDelegate
from ui.models.proxy import sorting_filter
from ui.settings import Settings

MAX_FITTED_WIDTH = 320


class RowTable(QTableView):
    def __init__(
        self,
        model: RowTableModel,
        settings: Settings,
        name: str,
        *,
        hidden: tuple[str, ...] = (),
        stretch: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = sorting_filter(model, self)
        self.setModel(self.proxy)
        self.setItemDelegate(EditorDelegate(self))
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(model.column_of(stretch), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._settings, self._key = settings, f"columns/{name}"
        state = settings.bytes(self._key)
        # Columns follow their contents until the user sets widths; from then on (and from
        # a remembered layout) the user's widths rule.
        self._auto_fit = state is None or not header.restoreState(state)
        self._fitting = False
        if self._auto_fit:
            for key in hidden:
                self.setColumnHidden(model.column_of(key), True)
        model.modelReset.connect(self._fit)
        model.headerDataChanged.connect(lambda *_: self._fit())  # titles in another language
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(self._save)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty_text = ""  # shown in the empty table, e.g. what fills it

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and not self.proxy.rowCount():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16), int(flags), self.empty_text)
            painter.end()

    def _fit(self) -> None:
        if not self._auto_fit or not self.source.rowCount():
            return
        self._fitting = True
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, min(header.sectionSize(column), MAX_FITTED_WIDTH))
        self._fitting = False

    def _resized(self, column: int, old: int, new: int) -> None:
        header = self.horizontalHeader()
        if (
            self._fitting
            or not old
            or not new
            or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
            or (header.stretchLastSection() and header.visualIndex(column) == header.count() - 1)
        ):
            return  # our own fitting, a column hidden or shown, or one stretching with the window
        self._auto_fit = False
        self._save()

    def _save(self, *_: object) -> None:
        self._settings.set_bytes(self._key, self.horizontalHeader().saveState())

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column in range(self.source.columnCount()):
            action = menu.addAction(self.source.column_title(column))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("RowTable", "Fit columns to contents"), lambda: self.resizeColumnsToContents()
        )
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        self._save()

    def current_row(self) -> Any:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_key(self, key: object) -> bool:
        """Select and show the row with this key; False if it is filtered out or absent."""
        at = self.source.row_of(key)
        if at is None:
            return False
        index = self.proxy.mapFromSource(self.source.index(at, 0))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def view_index(self, key: object, column_key: str) -> QModelIndex:
        """The proxy index of a cell, for editing it from code (and from tests)."""
        at = self.source.row_of(key)
        if at is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.source.index(at, self.source.column_of(column_key)))

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
