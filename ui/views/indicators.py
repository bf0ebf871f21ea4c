"""The current plan's indicators with each province's value in the current period
(edited in place), and the selected indicator's chart: actual values against the
baseline, the targets and the trajectory, with each province's verdict on its value for
that period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from ui import labels
from ui.changes import Changed
from ui.charts.trajectory import TrajectoryChart
from ui.current import Current
from ui.models.indicators import VALUE_PREFIX, IndicatorModel
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.settings import Settings
from ui.text import fill
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench import browse
from workbench.browse import IndicatorRow
from workbench.tracking import edits


class IndicatorsView(LazyReload, Retranslating, QWidget):
    def __init__(self, session: Session, current: Current, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.current = session, current
        self.model = IndicatorModel(self)
        self.model.editor = self._edit
        self.table = RowTable(self.model, settings, "indicators", stretch="name")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.table.set_filter)
        self.caption = PlainLabel()
        self.chart = TrajectoryChart()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.caption)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chart())
        current.changed.connect(self.request_reload)
        session.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the indicators of this plan…"))
        self._caption()
        self.model.retranslate()

    def _caption(self) -> None:
        if self.session.workspace is not None and self.current.plan_id is not None and not self.model.rows:
            self.caption.setText(self.tr("This plan states no quantitative indicators."))
        else:
            self.caption.setText(
                fill(self.tr("Values reported for %1; double-click a value to correct it."), self.current.period or "—")
            )

    def reload(self) -> None:
        selected = self.table.current_row()
        workspace, plan_id = self.session.workspace, self.current.plan_id
        rows = (
            browse.indicators(workspace, plan_id, period=self.current.period)
            if workspace is not None and plan_id is not None
            else []
        )
        self.model.set_rows(rows)
        if rows and not (selected and self.table.select_key(selected.id)):
            self.table.select_key(rows[0].id)
        self._caption()
        self._show_chart()

    def _changed(self, changed: Changed) -> None:
        if changed.plans or changed.submissions or changed.indicator_ids:
            self.request_reload()

    def _show_chart(self) -> None:
        row = self.table.current_row()
        workspace = self.session.workspace
        period = self.current.period
        self.chart.set_data(browse.indicator_chart(workspace, row.id, period=period) if row and workspace else None)

    def show_indicator(self, indicator_id: int) -> bool:
        if not self.table.select_key(indicator_id):
            self.filter.clear()
        return self.table.select_key(indicator_id)

    def _edit(self, row: IndicatorRow, column: str, value: object) -> bool:
        region, period = column.removeprefix(VALUE_PREFIX), self.current.period
        label = fill(self.tr("Set %1 of %2 for %3"), period, row.name, labels.region(region))
        # The value cell's editor hands over its text; the core takes text, a number or None.
        number = value if value is None or isinstance(value, str | int | float) else str(value)
        return self.session.edit(label, lambda ws: edits.indicator_value(ws, row.id, region, period, number))
