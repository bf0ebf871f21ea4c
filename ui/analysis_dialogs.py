"""The development index and themes across plans, each in a window of its own (Plans menu): they show what
workbench.analysis computes and call it; no rule lives here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui import labels
from ui.changes import Changed
from ui.charts.index_course import IndexCourseChart
from ui.dialogs import fitted
from ui.operations import Job
from ui.plain import PlainLabel
from ui.text import fill
from workbench.analysis import development_index, similarity, themes
from workbench.analysis.index_method import Method
from workbench.app import services
from workbench.errors import WorkbenchError
from workbench.planning import plans
from workbench.storage.workspace import Workspace
from workbench.values import display


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("—" if value is None else str(value))
            item.setToolTip(item.text())  # whole, where the column shortens it
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _needed(table: QTableWidget) -> int:
    """The width that shows every column of *table* whole."""
    header = table.horizontalHeader()
    columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(table.columnCount()))
    return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()


def _figure(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


class IndexDialog(QDialog):
    """A plan's development index for the window's period: ranking, the chosen region's breakdown, the weights
    (double-click to edit), the method in words, the course over periods; Export… writes the ranking."""

    def __init__(self, window, plan_id: int, period: str) -> None:
        super().__init__(window)
        self.window_, self.period = window, period
        self.workspace = window.session.workspace
        self.plan = plans.resolve(self.workspace, plan_id)
        self.method = QComboBox()
        for m in Method:
            self.method.addItem("", m.value)
        self.method.currentIndexChanged.connect(lambda _: self.reload())
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.ranking = _table(["", "", "", ""])
        self.ranking.itemSelectionChanged.connect(self._show_parts)
        self.parts = _table(["", "", "", "", ""])
        self.weights = _table(["", ""])
        self.weights.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked)
        self.weights.itemChanged.connect(self._weight_changed)
        self.method_text = PlainLabel()
        self.method_text.setWordWrap(True)
        self.chart = IndexCourseChart()
        top = QHBoxLayout()
        self.heading = PlainLabel()
        top.addWidget(self.heading)
        top.addWidget(self.method)
        top.addWidget(self.export)
        top.addStretch(1)  # the controls at their own width, beside their label
        self.tables = tables = QSplitter(Qt.Orientation.Horizontal)
        for table in (self.ranking, self.parts, self.weights):
            tables.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tables, 1)
        layout.addWidget(self.method_text)
        layout.addWidget(self.chart, 1)
        self.resize(fitted(self, 1100, 700))  # three tables side by side: wider than tall
        self.report: development_index.IndexReport | None = None
        self.retranslate()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once laid out at the size the screen allows: the ranking and the weights as wide as their columns, the
        # breakdown (most columns) the rest.
        ranking, weights = _needed(self.ranking), _needed(self.weights)
        rest = sum(self.tables.sizes()) - ranking - weights
        if rest > 0:
            self.tables.setSizes([ranking, rest, weights])

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Development index: %1"), self.plan["title"]))
        self.heading.setText(fill(self.tr("Period %1, method:"), self.period))
        self.method.setItemText(0, self.tr("against the target"))
        self.method.setItemText(1, self.tr("against the regions' range"))
        self.export.setText(self.tr("Export…"))
        self.ranking.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Province or city"), self.tr("Index"), self.tr("Coverage")]
        )
        self.parts.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Value"), self.tr("Score"), self.tr("Weight"), self.tr("Contribution")]
        )
        self.weights.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Weight")])
        # The hint as a tooltip: in the header it took the room the names need.
        self.weights.setToolTip(self.tr("Double-click a weight to change it"))

    def _name(self, indicator_id: int) -> str:
        assert self.report is not None
        return f"{self.report.indicator(indicator_id).name}（{self.report.scopes.get(indicator_id)}）"

    def reload(self) -> None:
        method = self.method.currentData()
        self.report = development_index.compute(self.workspace, self.plan, self.period, method)
        self.method_text.setText(development_index.method_text(method))
        _fill(
            self.ranking,
            [
                [n if r.index is not None else None, labels.region(r.region), _figure(r.index), f"{r.coverage:.0%}"]
                for n, r in enumerate(self.report.regions, 1)
            ],
        )
        self.weights.blockSignals(True)
        _fill(self.weights, [[self._name(i.id), display(i.weight)] for i in self.report.indicators])
        for row in range(self.weights.rowCount()):
            name = self.weights.item(row, 0)
            assert name is not None  # _fill made it
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, self.report.indicators[row].id)
        self.weights.blockSignals(False)
        self.ranking.selectRow(0)
        self._show_parts()
        self.chart.set_data(development_index.course(self.workspace, self.plan, method))

    def _show_parts(self) -> None:
        if self.report is None:
            return
        row = max(self.ranking.currentRow(), 0)
        region = self.report.regions[row] if row < len(self.report.regions) else None
        _fill(
            self.parts,
            [
                [
                    self._name(p.indicator_id),
                    None if p.value is None else display(p.value),
                    _figure(p.score),
                    display(p.weight),
                    _figure(p.contribution),
                ]
                for p in (region.parts if region else ())
            ],
        )

    def _weight_changed(self, item: QTableWidgetItem) -> None:
        name = self.weights.item(item.row(), 0)
        if name is None or item.column() != 1:
            return
        indicator_id = name.data(Qt.ItemDataRole.UserRole)
        try:
            development_index.set_weight(self.workspace, self.plan["id"], str(indicator_id), float(item.text()))
            self.window_.session.changed.emit(Changed())  # the audit log has a line more
        except (ValueError, WorkbenchError) as exc:
            text = exc.text() if isinstance(exc, WorkbenchError) else fill(self.tr("Not a number: %1"), item.text())
            self.window_.dialogs.error(self, self.tr("The weight was not changed"), text)
        self.reload()

    def _export(self) -> None:
        path = self.window_.dialogs.save_file(
            self, self.tr("Export the index"), self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path is None:
            return
        try:
            services.write_index(self.workspace, self.plan, self.period, self.method.currentData(), path, force=True)
        except WorkbenchError as exc:
            self.window_.dialogs.error(self, self.tr("The index was not exported"), exc.text())


def _proposals(job: Job) -> list[dict]:
    return [themes.candidate_dict(job.workspace, c) for c in themes.candidates(job.workspace)]


class ThemesDialog(QDialog):
    """Themes across plans: the confirmed themes (searched by name or task), the chosen theme's tasks plan by plan
    with their last status, and the pending proposals, computed off the GUI thread, to confirm or reject."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.workspace = window.session.workspace
        self.search = QLineEdit()
        self.search.textChanged.connect(lambda _: self._fill_themes())
        self.theme_list = QListWidget()
        self.theme_list.currentItemChanged.connect(lambda *_: self._show_theme())
        self.name_edit = QLineEdit()
        self.rename = QPushButton()
        self.rename.clicked.connect(self._rename)
        self.theme_tasks = _table(["", "", "", ""])
        self.theme_tasks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the task
        self.proposals = _table(["", "", "", "", ""])
        # Two tasks side by side, each "《plan》number. title": halves of the width, shortened in the middle so
        # that both the plan and the task's title stay in sight.
        self.proposals.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.proposals.setWordWrap(False)
        for column in (3, 4):
            self.proposals.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.proposals.itemSelectionChanged.connect(self._enable)
        self.empty = PlainLabel()
        self.empty.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.reject_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self._decide(themes.confirm))
        self.reject_button.clicked.connect(lambda: self._decide(themes.reject))
        self.caption = PlainLabel()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.theme_list)
        left.addWidget(self.empty)
        naming = QHBoxLayout()
        naming.addWidget(self.name_edit)
        naming.addWidget(self.rename)
        right = QVBoxLayout()
        right.addLayout(naming)
        right.addWidget(self.theme_tasks)
        upper = QHBoxLayout()
        upper.addLayout(left, 1)
        upper.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addLayout(upper, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.proposals, 1)
        self.links: list[tuple[str, str]] = []  # (link id, proposed name) per proposals row
        window.operations.busy_changed.connect(lambda _: self._enable())
        self.resize(fitted(self, 1100, 700))
        self.retranslate()
        self._fill_themes()
        self.load_proposals()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Themes across plans"))
        self.search.setPlaceholderText(self.tr("Search themes by name or task…"))
        self.rename.setText(self.tr("Name the theme"))
        self.confirm_button.setText(self.tr("Confirm link"))
        self.reject_button.setText(self.tr("Reject link"))
        self.theme_tasks.setHorizontalHeaderLabels(
            [self.tr("Plan"), self.tr("No."), self.tr("Task"), self.tr("Status")]
        )
        self.proposals.setHorizontalHeaderLabels(
            [self.tr("Proposed theme"), self.tr("Link"), self.tr("Similarity"), self.tr("Task"), self.tr("Task")]
        )

    def _fill_themes(self) -> None:
        current = self.theme_list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.theme_list.clear()
        for t in themes.listing(self.workspace, self.search.text()):
            item = QListWidgetItem(f"{t['name']}（{t['tasks']}/{t['plans']}）")
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            self.theme_list.addItem(item)
            if t["id"] == chosen:
                self.theme_list.setCurrentItem(item)
        self._say_empty()
        self._enable()

    def _say_empty(self) -> None:
        """What to do when no theme is listed: confirm a link below, or search for something else."""
        if self.theme_list.count():
            self.empty.hide()
            return
        self.empty.setText(
            self.tr("No theme matches the search.")
            if self.search.text().strip()
            else self.tr("No theme yet: choose a proposed link below and confirm it to start one.")
        )
        self.empty.show()

    def _enable(self) -> None:
        """Naming needs a theme chosen; deciding, a proposed link chosen and no work running."""
        self.rename.setEnabled(self.theme_list.currentItem() is not None)
        self.name_edit.setEnabled(self.theme_list.currentItem() is not None)
        chosen = 0 <= self.proposals.currentRow() < len(self.links) and bool(self.proposals.selectedItems())
        idle = not self.window_.operations.busy
        self.confirm_button.setEnabled(chosen and idle)
        self.reject_button.setEnabled(chosen and idle)

    def _show_theme(self) -> None:
        item = self.theme_list.currentItem()
        self._enable()
        if item is None:
            _fill(self.theme_tasks, [])
            return
        doc = themes.show(self.workspace, item.data(Qt.ItemDataRole.UserRole))
        self.name_edit.setText(doc["name"])
        _fill(
            self.theme_tasks,
            [
                [p["title"], t["number"], t["title"], labels.status(t.get("status"))]
                for p in doc["plans"]
                for t in p["tasks"]
            ],
        )

    def load_proposals(self) -> None:
        """Proposing compares every task of every plan: off the GUI thread."""
        self.caption.setText(self.tr("Looking for links between the plans' tasks…"))
        self.window_.operations.run(self.tr("Proposing themes"), _proposals, on_done=self._show_proposals, writes=False)

    def _show_proposals(self, proposals: list[dict]) -> None:
        rows, self.links = [], []
        for c in proposals:
            titles = {t["id"]: f"《{t['plan']}》{t['number']}. {t['title']}" for t in c["tasks"]}
            for link in c["links"]:
                a, b = (int(x) for x in link["id"].split("-"))
                rows.append([c["proposed_name"], link["id"], f"{link['similarity']:.2f}", titles[a], titles[b]])
                self.links.append((link["id"], c["proposed_name"]))
        _fill(self.proposals, rows)
        self._enable()
        self.caption.setText(
            fill(self.tr("%1 links proposed (similarity at least %2)"), str(len(rows)), str(similarity.THRESHOLD))
        )

    def _decide(self, decide: Callable[[Workspace, str], object]) -> None:
        """Confirm or reject the chosen link; deciding checks it against fresh proposals, which are then shown
        again: both off the GUI thread."""
        row = self.proposals.currentRow()
        if not 0 <= row < len(self.links):
            return
        link = self.links[row][0]

        def work(job: Job) -> list[dict]:
            decide(job.workspace, link)
            return _proposals(job)

        def done(proposals: list[dict]) -> None:
            self._fill_themes()
            self._show_proposals(proposals)

        self.window_.operations.run(fill(self.tr("Deciding link %1"), link), work, on_done=done, changed=Changed())

    def _rename(self) -> None:
        item = self.theme_list.currentItem()
        if item is None:
            return
        try:
            themes.rename(self.workspace, item.data(Qt.ItemDataRole.UserRole), self.name_edit.text())
            self.window_.session.changed.emit(Changed())
        except WorkbenchError as exc:
            self.window_.dialogs.error(self, self.tr("The theme was not renamed"), exc.text())
        self._fill_themes()


def show_index(window) -> None:
    """The index of the plan and period the window shows."""
    if not window.flows.workspace_open():
        return
    if window.current.plan_id is None:
        window.dialogs.error(window, window.tr("No plan chosen"), window.tr("Choose a plan in the navigator first."))
        return
    IndexDialog(window, window.current.plan_id, window.current.period).show()


def show_themes(window) -> None:
    if window.flows.workspace_open():
        ThemesDialog(window).show()
