"""A table model over row objects: named columns, a sort role with comparable values, a
role returning the row object (so actions work through a sorting/filtering proxy), and
in-place refresh of the rows an edit touched.

Edits are not applied here: `setData` hands (row, column key, value) to an editor
callback that goes through the core and returns whether it was accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.values import display

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3  # which editor a delegate opens: choice/percent/number/text
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4  # for a choice: [(code, shown text)]
COLUMNS_CONTEXT = "Columns"  # translation context of every column title

Index = QModelIndex | QPersistentModelIndex


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
        self._rows: list[Any] = []
        self._where: dict[object, int] = {}
        self.editor: Callable[[Any, str, object], bool] | None = None

    # -- rows ---------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Replace rows with the same keys in place (no reset: selection and scroll stay)."""
        for row in rows:
            at = self._where.get(self._key(row))
            if at is not None:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))

    def row_of(self, key: object) -> int | None:
        return self._where.get(key)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def column_title(self, section: int) -> str:
        """A column's title in the current language."""
        column = self.columns[section]
        return QCoreApplication.translate(column.context, column.title)

    def retranslate(self) -> None:
        """Titles and coded values (statuses, verdicts) are translated when shown."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
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
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(column.display(row))
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit_value or column.display)(row)
        if role == SORT_ROLE:
            value = (column.sort or column.display)(row)
            return value if value is not None else (float("-inf") if column.numeric else "")
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
