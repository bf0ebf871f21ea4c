"""A table view over a RowTableModel through a sorting/filtering proxy, with the column
choice (shown, order, widths) offered in the header's context menu and remembered, and a
sentence saying what to do while it has no rows. Rows and columns follow the font: presentation
mode's larger text makes them taller and wider, never cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.models.base import ROW_ROLE, RowTableModel
from ui.models.delegates import EditorDelegate
from ui.models.proxy import sorting_filter
from ui.settings import Settings
from ui.text import QT_TRANSLATE_NOOP

MAX_FITTED_CHARS = 20  # a column fitted to its contents is at most this many Chinese characters wide
# Rows (beyond those in view) a column is fitted to: measuring each of a 1,000-row table's rows on every
# reload held the window for a tenth of a second and more (README: Performance).
FIT_SAMPLE = 50
NO_MATCH = QT_TRANSLATE_NOOP("RowTable", "No row matches the filter. Clear it to see them all.")
NO_WORKSPACE = QT_TRANSLATE_NOOP(
    "RowTable", "No workspace is open. Open one, or the demo workspace, from the File menu."
)


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
        header.setResizeContentsPrecision(FIT_SAMPLE)
        header.setStretchLastSection(stretch is None)
        self._stretch = model.column_of(stretch) if stretch is not None else None
        self._stretch_needs = 0  # px its contents need, once fitted
        if self._stretch is not None:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        self._row_height = self.verticalHeader().defaultSectionSize()  # the style's, for the font it was made with
        self._point_size = self.font().pointSizeF()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._settings, self._key = settings, f"columns/{name}"
        state = settings.bytes(self._key)
        # Columns follow their contents until the user sets widths; from then on (and from
        # a remembered layout) the user's widths rule.
        self._auto_fit = state is None or not header.restoreState(state)
        self._fitting = False
        self._fit_when_shown = False
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

    def set_plan_empty_text(self, *, workspace_open: bool, plan_chosen: bool, no_plan: str, no_rows: str) -> None:
        """The sentence for a table of the plan chosen: what is missing first, the workspace, then the plan."""
        if not workspace_open:
            self.set_empty_text(QCoreApplication.translate("RowTable", NO_WORKSPACE))
        else:
            self.set_empty_text(no_rows if plan_chosen else no_plan)

    def shown_empty_text(self) -> str:
        """The sentence over the empty table: what fills it, or that the filter hides every row."""
        if self.proxy.rowCount():
            return ""
        if self.source.rowCount():
            return QCoreApplication.translate("RowTable", NO_MATCH)
        return self.empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.shown_empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16), int(flags), text)
            painter.end()

    def widest(self) -> int:
        return round(self.fontMetrics().horizontalAdvance("中") * MAX_FITTED_CHARS)

    def _fit(self) -> None:
        if not self._auto_fit or not self.source.rowCount():
            return
        if not self.isVisible():  # fitted once shown: a language switch would refit every table of every tab
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        self._fitting = True
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive and column != self._stretch:
                header.resizeSection(column, min(header.sectionSize(column), self.widest()))
        if self._stretch is not None:
            contents = max(self.sizeHintForColumn(self._stretch), header.sectionSizeHint(self._stretch))
            self._stretch_needs = min(contents, self.widest())
        self._fitting = False
        self._place_stretch()

    def _place_stretch(self) -> None:
        """The stretching column fills the room the others leave; where that is less than its text needs, it
        keeps that width and the table scrolls sideways instead of cutting it to a few characters."""
        if self._stretch is None or not self._stretch_needs:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != self._stretch and not header.isSectionHidden(c)
        )
        fits = self.viewport().width() - others >= self._stretch_needs
        self._fitting = True
        if fits:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self._stretch, self._stretch_needs)
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_stretch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()

    def _follow_font(self) -> None:
        """Rows as high as the text needs (at least the style's height); columns fitted again, or the user's
        widths scaled by as much as the text grew."""
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(max(self._row_height, self.fontMetrics().lineSpacing() + 10))
        scale, self._point_size = self.font().pointSizeF() / self._point_size, self.font().pointSizeF()
        if self._auto_fit:
            self._fit()
            return
        header = self.horizontalHeader()
        self._fitting = True
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, round(header.sectionSize(column) * scale))
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
