"""The current plan's indicators with each province's value in the current period
(edited in place), and the selected indicator's chart: actual values against the
baseline, the targets and the trajectory, with each province's verdict on its value for
that period. A plan received from a higher office shows the region this workspace answers for
and its cities (or districts) instead of the provinces (`received.reporting_regions`).
The chart shows the provinces and the few other regions (cities, districts)
a person adds to compare: a line for each of the hundreds that report an indicator is
more than anyone can read, and drawing them held the window for seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

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
from ui.views.indicator_definition import DefinitionDialog, DefinitionPanel, RevisionDialog
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench import browse
from workbench.browse import IndicatorRow
from workbench.planning import received
from workbench.tracking import edits, indicators

MAX_ADDED = 8  # regions charted besides the provinces; adding one more lets the earliest go


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
        self.added: list[str] = []  # regions charted besides the provinces, kept from indicator to indicator
        self._offered: list[str] | None = None  # the regions the list holds
        self.compare = QComboBox()
        # As wide as its prompt whatever it lists: a width following the regions offered would lay the tab out anew.
        self.compare.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare.activated.connect(self._add_region)
        self.provinces_only = QPushButton()
        self.provinces_only.clicked.connect(self._provinces_only)
        self.caption = PlainLabel()
        self.chart = TrajectoryChart()
        self.definition = DefinitionPanel()
        self.definition.edit_requested.connect(self.edit_definition)
        self.definition.revise_requested.connect(self.revise_target)
        # Shows a dialog and says whether it was accepted: tests answer it without a modal loop.
        self.ask = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        # The definition beside the table, the chart below at the full width its year labels need.
        above = QSplitter(Qt.Orientation.Horizontal)
        above.addWidget(self.table)
        above.addWidget(self.definition)
        above.setStretchFactor(0, 3)
        above.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(above)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        bar = QHBoxLayout()
        for widget in (self.filter, self.compare, self.provinces_only):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.caption)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chart())
        current.changed.connect(self.request_reload)
        session.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the indicators of this plan…"))
        self.compare.setToolTip(self.tr("Chart another region's values beside the provinces'"))
        self.provinces_only.setText(self.tr("Provinces only"))
        prompt = self.tr("Compare with…")
        self.compare.setMinimumContentsLength(max(8, len(prompt)))  # the prompt whole, in either language
        if self.compare.count():
            self.compare.setItemText(0, prompt)
        self._caption()
        self.model.retranslate()

    def _caption(self) -> None:
        if self.session.workspace is not None and self.current.plan_id is not None and not self.model.rows:
            self.caption.setText(self.tr("This plan states no quantitative indicators."))
        else:
            self.caption.setText(
                fill(self.tr("Values reported for %1; double-click a value to correct it."), self.current.period or "—")
            )
        self.table.set_plan_empty_text(
            workspace_open=self.session.workspace is not None,
            plan_chosen=self.current.plan_id is not None,
            no_plan=self.tr("Choose a plan in the navigator on the left to see its indicators."),
            no_rows=self.tr(
                "This plan states no quantitative indicators (a name with a baseline or a target, such as "
                "“5G基站数 达到 30 万个”). Indicators come from the plan document: import a version that states them."
            ),
        )

    def reload(self) -> None:
        selected = self.table.current_row()
        workspace, plan_id = self.session.workspace, self.current.plan_id
        rows: list[IndicatorRow] = []
        shown = self.model.regions
        if workspace is not None and plan_id is not None:
            rows = browse.indicators(workspace, plan_id, period=self.current.period)
            shown = received.reporting_regions(workspace, plan_id)
        self.model.set_rows_of(rows, shown)
        self._caption()
        # Selecting a row draws its chart (currentRowChanged): drawn once, not again here.
        if rows and not (selected and self.table.select_key(selected.id)):
            self.table.select_key(rows[0].id)
        if not rows:
            self._show_chart()

    def _changed(self, changed: Changed) -> None:
        if changed.plans or changed.submissions or changed.indicator_ids:
            self.request_reload()

    def _show_chart(self) -> None:
        row = self.table.current_row()
        workspace = self.session.workspace
        period = self.current.period
        if row is None or workspace is None:
            self.chart.set_data(None)
            self.definition.set_detail(None)
            self._offer([])
            return
        self.chart.sample = self.session.sample_data
        self.definition.set_detail(indicators.of(workspace, row.id))
        self.chart.set_data(browse.indicator_chart(workspace, row.id, period=period, also=self.added))
        self._offer(browse.indicator_regions(workspace, row.id))

    def _offer(self, codes: list[str]) -> None:
        """The regions that can be added: those with values for the indicator, not charted yet (a list of
        hundreds made again only when it changes: the indicators of a plan are mostly reported by the same)."""
        offered = [code for code in codes if code not in self.added]
        if offered != self._offered:
            self._offered = offered
            self.compare.blockSignals(True)
            self.compare.clear()
            self.compare.addItem(self.tr("Compare with…"), None)
            for code in offered:  # a city's or district's own name, in every language
                self.compare.addItem(labels.region(code), code)
            self.compare.blockSignals(False)
        self.compare.setEnabled(bool(offered))
        self.provinces_only.setEnabled(bool(self.added))

    def _add_region(self, at: int) -> None:
        code = self.compare.itemData(at)
        if code is None:
            return
        self.added = [*self.added, code][-MAX_ADDED:]
        self._show_chart()

    def _provinces_only(self) -> None:
        self.added = []
        self._show_chart()

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

    def edit_definition(self) -> bool:
        """Edit the selected indicator's definition in a dialog: one step, undone like any edit."""
        detail, workspace = self.definition.detail, self.session.workspace
        if detail is None or workspace is None:
            return False
        dialog = DefinitionDialog(detail, indicators.of_plan(workspace, detail.plan_id), self)
        if not self.ask(dialog):
            return False
        fields = dialog.values()
        label = fill(self.tr("Edit the definition of %1"), detail.name)
        return self.session.edit(label, lambda ws: edits.indicator_definition(ws, detail.id, fields))

    def revise_target(self) -> bool:
        """Revise a target of the selected indicator: kept as history beside the plan's, not a step to undo."""
        detail = self.definition.detail
        if detail is None:
            return False
        dialog = RevisionDialog(detail, self)
        if not self.ask(dialog):
            return False
        v = dialog.values()
        return self.session.record(
            lambda ws: edits.revise_target(
                ws, detail.id, v["year"], v["target"], v["reason"], on=v["on"], document=v["document"]
            ),
            Changed(indicator_ids=frozenset({detail.id})),
        )
