"""The current plan at a glance: its metadata and contents, task status per province,
progress per task group in the current period, and the timeline with its stages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ui.changes import Changed
from ui.charts.base import ChartWidget
from ui.charts.group_progress import GroupProgressChart
from ui.charts.status_bars import StatusBarsChart
from ui.charts.timeline import TimelineChart
from ui.current import Current
from ui.retranslate import Retranslating
from ui.session import Session
from ui.text import fill
from ui.views.lazy import LazyReload
from workbench import browse
from workbench.browse import PlanInfo


class OverviewView(LazyReload, Retranslating, QWidget):
    _shown: tuple[dict, PlanInfo] | None = None  # the plan described: its header and contents

    def __init__(self, session: Session, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.current = session, current
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status_chart = StatusBarsChart()
        self.group_chart = GroupProgressChart()
        self.timeline_chart = TimelineChart()
        self.grid = QGridLayout()
        self.set_presentation(False)
        self.charts_box = QWidget()
        self.charts_box.setLayout(self.grid)
        # Charts keep a readable height (more with presentation mode's larger text): what does not fit scrolls.
        self.charts_area = QScrollArea()
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_area.setWidget(self.charts_box)
        self.charts_box.setAutoFillBackground(False)  # the tab's own background, as without scrolling
        self.charts_area.viewport().setAutoFillBackground(False)
        # Shown instead of empty charts while no plan is open: the ways to get one.
        self.start_box = QWidget()
        self.start_buttons = QHBoxLayout(self.start_box)
        self.start_buttons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.start_box, 1)
        layout.addWidget(self.charts_area, 1)
        current.changed.connect(self.request_reload)
        session.changed.connect(self._changed)
        self.retranslate()

    def set_start_actions(self, actions: list[QAction]) -> None:
        """The window's own actions (demo, new, open, import) as large buttons: they keep
        the actions' texts, translations and enabled state."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(40)
            self.start_buttons.addWidget(button)

    def set_presentation(self, on: bool) -> None:
        """Side by side at the desk; on a projector, with its larger text, one chart to a row, as wide as the
        tab, so the provinces' names under the bars are not cut ("Shang…"). The area scrolls."""
        grid = self.grid
        for chart in self.charts:
            grid.removeWidget(chart)
        if on:
            for row, chart in enumerate(self.charts):
                grid.addWidget(chart, row, 0, 1, 2)
        else:
            grid.addWidget(self.status_chart, 0, 0)
            grid.addWidget(self.group_chart, 0, 1)
            grid.addWidget(self.timeline_chart, 1, 0, 1, 2)
        for row in range(len(self.charts)):
            grid.setRowStretch(row, 1 if on or row < 2 else 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    @property
    def charts(self) -> tuple[ChartWidget, ...]:
        return self.status_chart, self.group_chart, self.timeline_chart

    def retranslate(self) -> None:
        if self._shown is None:
            self.request_reload()
        else:  # the charts redraw themselves in the new language: only the texts above them, not the data
            self._describe()

    def _changed(self, changed: Changed) -> None:
        if changed.plans:
            self.request_reload()
        elif changed.progress and self.isVisible():
            self.reload_charts()
        elif changed.progress:
            self._stale = True

    def reload(self) -> None:
        workspace, plan_id = self.session.workspace, self.current.plan_id
        if workspace is None or plan_id is None:
            self._shown = None
            self._describe()
            for chart in self.charts:
                chart.set_data(None)
            self.charts_area.hide()
            self.start_box.show()
            return
        self.start_box.hide()
        self.charts_area.show()
        for chart in self.charts:
            chart.sample = self.session.sample_data
        info = next(p for p in browse.plans(workspace) if p.id == plan_id)
        self._shown = browse.plan_header(workspace, plan_id), info
        self._describe()
        self.timeline_chart.set_data(browse.timeline(workspace, plan_id))
        self.reload_charts()

    def _describe(self) -> None:
        """The title and facts above the charts, in the current language."""
        if self._shown is None:
            heading = self.tr("No plan selected")  # lupdate does not look inside f-strings
            self.title.setText(f"<h2>{escape(heading)}</h2>")
            self.facts.setText(
                self.tr(
                    "Open a workspace (or the demo workspace from the File menu), "
                    "then choose a plan in the navigator on the left."
                )
            )
            return
        plan, info = self._shown
        self.title.setText(f"<h2>{escape(plan['title'])}</h2>")
        period = f"{plan['period_start'] or '?'}–{plan['period_end'] or '?'}"
        lines = [
            " · ".join(
                x
                for x in (
                    plan["kind"],
                    period,
                    plan["doc_number"] or "",
                    plan["issue_date"] or "",
                    "、".join(plan["issuers"]),
                )
                if x
            ),
            fill(
                self.tr("%1 tasks, %2 flagship projects, %3 safeguards, %4 indicators · source: %5"),
                info.tasks,
                info.projects,
                info.safeguards,
                info.indicators,
                plan["source_name"],
            ),
        ]
        if self.session.sample_data:
            lines.append(
                self.tr(
                    "Sample data: this is the demo workspace, its progress and indicator values are made up "
                    "for training, not reported by any province."
                )
            )
        self.facts.setText("<br>".join(escape(line) for line in lines))

    def reload_charts(self) -> None:
        workspace, plan_id, period = self.session.workspace, self.current.plan_id, self.current.period
        if workspace is None or plan_id is None:
            return
        self.status_chart.subtitle = self.group_chart.subtitle = period
        self.status_chart.set_data(browse.status_counts(workspace, plan_id, period))
        self.group_chart.set_data(browse.group_progress(workspace, plan_id, period))
