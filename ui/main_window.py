"""The main window: navigator on the left, the views in tabs, search in the toolbar and a
results panel, menus for workspace handling, plans and submissions, and the status bar
with the running operation. It wires parts together; each part does its own work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QMainWindow, QTabWidget, QToolBar

from ui.charts.base import ChartWidget
from ui.current import Current
from ui.dialogs import Dialogs, fitted
from ui.drops import window_drops
from ui.flows.hub import Flows
from ui.language import Language
from ui.menus import Menus
from ui.navigator import Navigator
from ui.operations import Operations, ProgressPanel
from ui.plain import PlainLabel
from ui.presentation import Presentation
from ui.retranslate import Retranslating
from ui.search import SearchPanel
from ui.session import Session
from ui.settings import Settings
from ui.text import fill
from ui.views.audit import AuditView
from ui.views.indicators import IndicatorsView
from ui.views.overview import OverviewView
from ui.views.review import ReviewView
from ui.views.source_text import SourceTextView
from ui.views.submissions import SubmissionsView
from ui.views.tasks import TasksView
from ui.workspace_actions import WorkspaceActions
from workbench import browse
from workbench.app import logs
from workbench.browse import SearchHit
from workbench.errors import WorkbenchError
from workbench.reference import periods
from workbench.reporting import templates as submission_templates
from workbench.storage.paths import log_dir
from workbench.version import version


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: Settings, language: Language, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.settings, self.language, self.dialogs = settings, language, dialogs or Dialogs()
        self.session = Session(self)
        self.current = Current(self)
        self.progress_panel = ProgressPanel()
        self.operations = Operations(self.session, self.dialogs, self.progress_panel, self)
        self.session.background = lambda title, work, done: self.operations.run(
            title, lambda job: work(job.workspace), on_done=done
        )
        self.workspaces = WorkspaceActions(self, self.session, settings, self.dialogs, self.operations)
        self.overview = OverviewView(self.session, self.current)
        self.tasks = TasksView(self.session, self.current, settings)
        self.indicators = IndicatorsView(self.session, self.current, settings)
        self.submissions = SubmissionsView(self)
        self.review = ReviewView(self)
        self.source = SourceTextView(self.session, self.current)
        self.audit = AuditView(self.session, settings)
        self.tabs = QTabWidget()
        self.views = {
            "overview": self.overview,
            "tasks": self.tasks,
            "indicators": self.indicators,
            "submissions": self.submissions,
            "review": self.review,
            "source": self.source,
            "audit": self.audit,
        }
        for view in self.views.values():
            self.tabs.addTab(view, "")
        self.setCentralWidget(self.tabs)
        self.navigator = Navigator(self.session)
        self.navigator.setMinimumWidth(240)  # plan titles are long; the tables must not squeeze them
        self.search_panel = SearchPanel(self.session, settings)
        self.navigator_dock = self._dock("navigator", self.navigator, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.search_dock = self._dock("search", self.search_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock.hide()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(360)
        self.search_box.returnPressed.connect(self.run_search)
        self.period_label = PlainLabel()
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.setMinimumContentsLength(8)
        self.period.activated.connect(lambda _: self._period_entered())
        period_edit = self.period.lineEdit()
        assert period_edit is not None  # setEditable(True) made it
        period_edit.editingFinished.connect(self._period_entered)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        for widget in (self.search_box, self.period_label, self.period):
            self.toolbar.addWidget(widget)
        self.addToolBar(self.toolbar)
        self.status_message = PlainLabel()
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.progress_panel)
        self.presentation = Presentation(self)
        self.presentation.toggled.connect(lambda on: self.menus.presentation.setChecked(on))
        self.presentation.toggled.connect(self.overview.set_presentation)
        # Annotated: read (by Menus, SubmissionsView, the lambda above) before mypy would infer them.
        self.flows: Flows = Flows(self)
        self.menus: Menus = Menus(self)
        m = self.menus
        self.overview.set_start_actions([m.demo, m.new, m.open, m.import_plan])
        self.drops = window_drops(self)
        self._connect()
        self.retranslate()
        self._restore_layout()

    def _dock(self, name: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        s = self.session
        s.opened.connect(self._opened)
        s.closed.connect(self._closed)
        s.edit_failed.connect(lambda text: self.dialogs.error(self, self.tr("The change was not made"), text))
        s.changed.connect(lambda changed: self._fill_periods() if changed.submissions else None)
        self.operations.status.connect(self.say)
        self.operations.busy_changed.connect(self.menus.set_busy)
        self.workspaces.message.connect(self.say)
        self.navigator.plan_chosen.connect(self.show_plan)
        self.navigator.view_chosen.connect(self.show_view)
        self.navigator.item_chosen.connect(self.show_item)
        self.navigator.span_chosen.connect(self._show_span)
        self.search_panel.hit_chosen.connect(self.show_hit)
        self.source.item_activated.connect(self.show_item)
        self.tasks.task_selected.connect(lambda t: self.source.show_item("task", t.id) if t else None)
        for chart in self.findChildren(ChartWidget):
            chart.export_requested.connect(self.export_chart)

    def retranslate(self) -> None:
        titles = (
            self.tr("Overview"),
            self.tr("Tasks"),
            self.tr("Indicators"),
            self.tr("Submissions"),
            self.tr("Review"),
            self.tr("Source text"),
            self.tr("Audit log"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.navigator_dock.setWindowTitle(self.tr("Plans"))
        self.search_dock.setWindowTitle(self.tr("Search results"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.search_box.setPlaceholderText(self.tr("Search every plan (Ctrl+F)…"))
        self.period_label.setText(" " + self.tr("Period:") + " ")
        self.period.setToolTip(self.tr("Reporting period, e.g. 2023H1, 2023Q2 or 2023"))
        self.menus.retranslate()
        self._title()
        self.status_message.clear()  # a message of before the switch, in the other language

    def _title(self) -> None:
        app = self.tr("YRD Informatization Planning Workbench")
        path = self.session.path
        self.setWindowTitle(f"{path.name} — {app}" if path else app)
        self.setWindowFilePath(str(path) if path else "")

    def say(self, text: str) -> None:
        self.status_message.setText(text)

    # -- workspace lifecycle ----------------------------------------------------------------
    def start(self, given: Path | None, default: Path | None = None) -> None:
        """Open what the user asked for; without an explicit choice, the last workspace."""
        last = self.settings.last_workspace()
        if given is not None and given != default:
            self.workspaces.open_path(given, create=not given.exists())
        elif last is not None and last.exists():
            self.workspaces.open_path(last)
        elif given is not None and given.exists():
            self.workspaces.open_path(given)

    def _opened(self, path: Path) -> None:
        self._title()
        plans = browse.plans(self.session.require_workspace())
        self.navigator.current_plan = plans[-1].id if plans else None  # the newest plan
        self.navigator.reload()
        self.show_plan(self.navigator.current_plan, force=True)

    def _closed(self) -> None:
        self._title()
        self.navigator.current_plan = None
        self.navigator.reload()
        self.show_plan(None, force=True)

    def show_plan(self, plan_id: int | None, *, force: bool = False) -> None:
        """Look at a plan, in the period already chosen if the plan has data for it, else
        in its latest period with data."""
        if plan_id != self.navigator.current_plan:
            self.navigator.select_plan(plan_id)
        codes = self._fill_periods(plan_id)
        period = self.current.period if self.current.period in codes else (codes[-1] if codes else "")
        self.period.setCurrentText(period)
        self.current.set(plan_id, period, force=force)

    def _fill_periods(self, plan_id: int | None = None) -> list[str]:
        """The period list of a plan (default: the current one); the choice stays as it is."""
        workspace = self.session.workspace
        plan_id = self.current.plan_id if plan_id is None else plan_id
        codes = browse.periods(workspace, plan_id) if workspace is not None else []
        if workspace is not None and plan_id is not None:  # a round just sent out, before anything came back
            issued = submission_templates.issued_periods(workspace, plan_id)
            codes = sorted({*codes, *issued}, key=lambda code: periods.parse(code).order)
        shown = self.period.currentText()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(codes)
        self.period.setCurrentText(shown)
        self.period.blockSignals(False)
        return codes

    def _period_entered(self) -> None:
        text = self.period.currentText().strip()
        if not text or text == self.current.period:
            return
        try:
            code = periods.parse(text).code
        except WorkbenchError as exc:
            self.say(exc.text())
            self.period.setCurrentText(self.current.period)
            return
        self.period.setCurrentText(code)
        self.current.set(self.current.plan_id, code)

    # -- navigation -------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def show_item(self, kind: str, item_id: int) -> None:
        if kind == "task":
            self.show_view("tasks")
            self.tasks.show_task(item_id)
        elif kind == "indicator":
            self.show_view("indicators")
            self.indicators.show_indicator(item_id)
        else:
            self.show_view("source")
            self.source.show_item(kind, item_id)

    def _show_span(self, plan_id: int, start: int, end: int) -> None:
        self.show_view("source")
        self.source.show_span(start, end)

    def show_hit(self, hit: SearchHit) -> None:
        self.show_plan(hit.plan_id)
        if hit.kind == "text":
            self._show_span(hit.plan_id, *hit.span)
        else:
            self.show_item(hit.kind, hit.id)

    def run_search(self) -> list[SearchHit]:
        hits = self.search_panel.search(self.search_box.text())
        self.search_dock.show()
        if len(hits) == 1:
            self.show_hit(hits[0])
        return hits

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def set_language(self, language: str) -> None:
        self.language.apply(language)
        self.settings.set_language(language)

    def about(self) -> None:
        self.dialogs.info(
            self,
            self.tr("About"),
            self.tr(
                "YRD Informatization Planning Workbench: joint plans, tasks, indicators and the provinces' "
                "progress reports in one local workspace, with no network."
            )
            + "\n\n"
            + fill(self.tr("Version %1"), version())
            + "\n"
            + fill(self.tr("Workspace: %1"), self.session.path or self.tr("none open"))
            + "\n"
            + fill(self.tr("Log file: %1"), log_dir() / logs.FILE_NAME),
        )

    def export_chart(self, chart: ChartWidget, kind: str) -> None:
        path = self.dialogs.save_file(self, self.tr("Export chart"), f"*.{kind}", self.settings.start_in("charts"))
        self.settings.remember_folder("charts", path)
        if path is not None:
            path = path if path.suffix else path.with_suffix(f".{kind}")
            self.say(fill(self.tr("Chart saved as %1"), chart.export(path)))

    # -- layout and closing -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = self.settings.bytes("window/geometry"), self.settings.bytes("window/state")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted(self, 1280, 800))  # a 1366×768 laptop keeps its taskbar in view
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.shut_down()
        if self.presentation.active:
            self.presentation.toggle(False)
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.session.close()
        self.settings.sync()
        super().closeEvent(event)
