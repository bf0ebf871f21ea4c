"""A table model over row objects: named columns, a sort role with comparable values, a
role returning the row object (so actions work through a filtering proxy), in-place refresh
of the rows an edit touched, and sorting done here, with one key per row: a sorting proxy
asks the model for two values per comparison, some 20,000 calls into Python to sort a
1,000-row table on each reload (README: Performance).

Edits are not applied here: `setData` hands (row, column key, value) to an editor
callback that goes through the core and returns whether it was accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.values import display

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3  # which editor a delegate opens: choice/percent/number/text
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4  # for a choice: [(code, shown text)]
COLUMNS_CONTEXT = "Columns"  # translation context of every column title

Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
        SORT_ROLE,
        EDITOR_ROLE,
        CHOICES_ROLE,
    )
)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Columns", …)
    display: Callable[[Any], object]
    edit_value: Callable[[Any], object] | None = None
    editor: str | None = None  # choice / percent / number / text; None = read-only
    sort: Callable[[Any], object] | None = None
    numeric: bool = False
    color: Callable[[Any], str | None] | None = None
    context: str = COLUMNS_CONTEXT  # translation context of the title
    choices: Callable[[], list[tuple[str, str]]] | None = None  # for editor="choice"
    tooltip: Callable[[Any], str] | None = None  # else the cell's text


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return display(value)
    return str(value)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: Callable[[Any], object], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._key = key
        self._given: list[Any] = []  # as set_rows had them
        self._rows: list[Any] = []  # as shown: sorted
        self._where: dict[object, int] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column sorted by, and how
        self.editor: Callable[[Any, str, object], bool] | None = None

    # -- rows ---------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        """In the order given, whatever the order shown."""
        return list(self._given)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self._where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Other columns (a table whose columns follow what it shows); sorted by the same column if it is still
        there, else in the order given."""
        self.beginResetModel()
        self.columns = tuple(columns)
        if self._order is not None and self._order[0] >= len(self.columns):
            self._order = None
        self._rows = self._sorted(self._given)
        self._where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Replace rows with the same keys in place (no reset: selection and scroll stay)."""
        for row in rows:
            at = self._where.get(self._key(row))
            if at is not None:
                self._given[next(i for i, r in enumerate(self._given) if r is self._rows[at])] = row
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        self._resort()

    # -- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self._resort()

    def _resort(self) -> None:
        """Rows in order again, the views' selections and editors kept on their rows."""
        if self._order is None or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self._key(self._rows[i.row()]) for i in before]
        self._rows = self._sorted(self._rows)
        self._where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(self._where[k], i.column()) for k, i in zip(keys, before)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        """Numbers as numbers, texts in the window's language's order (pinyin for Chinese); equal rows keep
        their order."""
        if self._order is None:
            return rows
        column, order = self._order
        collator = QCollator()

        def key(row: Any) -> tuple:
            value = self._sort_value(row, self.columns[column])
            return (0, value) if isinstance(value, int | float) else (1, collator.sortKey(str(value)))

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    @staticmethod
    def _sort_value(row: Any, column: Column) -> object:
        value = (column.sort or column.display)(row)
        return value if value is not None else (float("-inf") if column.numeric else "")

    def row_of(self, key: object) -> int | None:
        return self._where.get(key)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def column_title(self, section: int) -> str:
        """A column's title in the current language."""
        column = self.columns[section]
        return QCoreApplication.translate(column.context, column.title)

    def retranslate(self) -> None:
        """Titles and coded values (statuses, verdicts) are translated when shown, and sort in the new words."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._order is not None:
            self._resort()  # a new layout: the views repaint and a filter runs again, once
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.column_title(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ANSWERED or not index.isValid():  # first: a view asks for a dozen roles per cell
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(column.display(row))
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit_value or column.display)(row)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == EDITOR_ROLE:
            return column.editor
        if role == CHOICES_ROLE:
            return column.choices() if column.choices else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(QColor(color)) if color else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editor and self.editor is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.editor is None:
            return False
        row, column = self._rows[index.row()], self.columns[index.column()]
        if value == (column.edit_value or column.display)(row):
            return False
        return self.editor(row, column.key, value)
