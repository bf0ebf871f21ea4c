"""Every tab on a 1280×720 projector, in normal and presentation mode: each is rendered (and can be looked
at), and what a trainer would see go wrong is measured: a chart's legend over its data, axis labels on top
of each other, a chart cut by its frame, table cells cut short ("Not star…", "202…").

The pictures go to tmp_path; scripts/screenshots.py runs this test with WORKBENCH_PROJECTOR_SHOTS set to
docs/screenshots/projector/, so the README shows exactly what was checked."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QStyle, QWidget

from tests.ui.test_flows import fill
from ui.charts.base import ChartWidget
from ui.views.table import RowTable
from workbench import browse
from workbench.app import services
from workbench.storage.workspace import Workspace

PROJECTOR = QSize(1280, 720)
SHOTS = "WORKBENCH_PROJECTOR_SHOTS"
ACTION_PLAN, CORRIDOR = "三年行动计划", "数字干线"
# (picture, tab, plan): the action plan's 16 tasks in five groups, the corridor's stages and indicators.
TABS = [
    ("overview", "overview", ACTION_PLAN),
    ("overview-stages", "overview", CORRIDOR),
    ("tasks", "tasks", ACTION_PLAN),
    ("indicators", "indicators", CORRIDOR),
    ("submissions", "submissions", CORRIDOR),
    ("review", "review", CORRIDOR),
    ("source-text", "source", ACTION_PLAN),
    ("audit-log", "audit", ACTION_PLAN),
]


@pytest.fixture
def round_in(demo_path, tmp_path) -> Path:
    """The demo with 江苏省's file for the corridor taken in: the Submissions and Audit tabs have rows."""
    workspace = Workspace.open(demo_path, program="pytest")
    try:
        plan = next(p.id for p in browse.plans(workspace) if CORRIDOR in p.title)
        [template] = services.issue_templates(workspace, plan, ["JS"], "2023H1", tmp_path / "out")
        services.submit(workspace, fill(template, status="滞后", percent=60, value=5100))
    finally:
        workspace.close()
    return demo_path


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def chart_problems(chart: ChartWidget) -> list[str]:
    found = []
    plot, view = chart.plot, chart.plot_widget.viewport()
    if plot.geometry().width() > view.width() + 1 or plot.geometry().height() > view.height() + 1:
        found.append(f"{chart.title}: the plot ({plot.geometry().size()}) is larger than its frame ({view.size()})")
    legend = chart.legend_row.legend
    data = scene_rect(plot.vb)
    if legend is not None and legend.items:
        shown = scene_rect(legend)
        if shown.intersects(data) or any(scene_rect(item).intersects(shown) for item in plot.items):
            found.append(f"{chart.title}: the legend covers the data")
        if not scene_rect(plot).contains(shown):
            found.append(f"{chart.title}: the legend is cut")
    if chart.readout.isVisible() and chart.readout.geometry().intersects(chart.plot_widget.geometry()):
        found.append(f"{chart.title}: the plot covers the caption under it")
    title = plot.titleLabel
    if title.isVisible() and scene_rect(title.item).width() > scene_rect(plot).width():
        found.append(f"{chart.title}: the title is wider than the chart")
    for name, entry in plot.axes.items():
        axis = entry["item"]
        if not axis.isVisible():
            continue
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        specs = axis.generateDrawSpecs(painter)
        painter.end()
        height = QFontMetricsF(axis.style["tickFont"]).height()
        # pyqtgraph measures a label 80 % as high as its text: the text's own height is what must not touch.
        rects = [(r.adjusted(0, -(height - r.height()) / 2, 0, (height - r.height()) / 2), t) for r, _, t in specs[2]]
        for (a, at), (b, bt) in itertools.combinations(rects, 2):
            if a.intersects(b):
                found.append(f"{chart.title}: labels {at!r} and {bt!r} of the {name} axis overlap")
    return found


def control_problems(view: QWidget) -> list[str]:
    """Buttons and lists narrower than their text ("Compare witl")."""
    controls = [w for kind in (QComboBox, QPushButton) for w in view.findChildren(kind) if w.isVisible()]
    return [
        f"{type(w).__name__} {w.currentText() if isinstance(w, QComboBox) else w.text()!r} is cut: "
        f"{w.width()} px of {w.sizeHint().width()}"
        for w in controls
        if w.width() < w.sizeHint().width()
    ]


def table_problems(table: RowTable) -> list[str]:
    """Cells whose text is cut, and rows lower than their text. A column fitted to its contents may shorten only
    what is wider than a fitted column may be (its tooltip shows it whole); the column that stretches, only
    beyond that width too; the last one, stretched over what room is left, may shorten its text."""
    found = []
    metrics = QFontMetricsF(table.font())
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    header = table.horizontalHeader()
    widest = table.widest()
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    rows = range(max(first, 0), (last if last >= 0 else table.proxy.rowCount() - 1) + 1)
    last = max((c for c in range(header.count()) if not table.isColumnHidden(c)), key=header.visualIndex)
    for column in range(header.count()):
        if table.isColumnHidden(column) or (column == last and header.stretchLastSection()):
            continue
        width = table.columnWidth(column)
        title = table.source.column_title(column)
        if header.sectionSizeHint(column) > width:
            found.append(f"column {title!r} is narrower ({width}) than its title")
        for row in rows:
            text = str(table.proxy.index(row, column).data() or "")
            needed = metrics.horizontalAdvance(text) + margin
            if needed > width + 0.5 and width < widest:
                found.append(f"{title!r}: {text!r} needs {needed:.0f} px, has {width}")
    low = [r for r in rows if table.rowHeight(r) < metrics.height()]
    if low:
        found.append(f"rows {low} are lower than their text")
    return found


def decision_problems(table: RowTable) -> list[str]:
    """The Review tab's decisions (state, when approved, why returned) are what it is for: in sight without
    scrolling sideways; the file's name may be elided (its tooltip shows it)."""
    width = table.viewport().width()
    return [
        f"column {table.source.column_title(c)!r} is out of sight (scroll sideways)"
        for c in (table.source.column_of(key) for key in ("state", "approved", "reason"))
        if table.columnViewportPosition(c) + table.horizontalHeader().sectionSizeHint(c) > width
    ]


def test_every_tab_is_readable_on_a_1280x720_projector(make_window, round_in, qtbot, tmp_path):
    """As a trainer meets it: every tab seen, then F11 over them, then F11 again; and in English, whose words
    are longer."""
    out = Path(os.environ.get(SHOTS) or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = make_window(round_in)
    problems = render(window, qtbot, out, "normal")
    window.presentation.toggle(True)
    settle(qtbot)  # full screen first: the projector's size is set over it
    problems += render(window, qtbot, out, "presentation")
    window.presentation.toggle(False)
    settle(qtbot)
    problems += render(window, qtbot, tmp_path, "normal-again")
    window.set_language("en")
    window.presentation.toggle(True)
    settle(qtbot)
    problems += render(window, qtbot, tmp_path, "english-presentation")
    assert problems == [], "\n".join(problems)


def render(window, qtbot, out: Path, mode: str) -> list[str]:
    """Each tab at the projector's size, saved as out/MODE-PICTURE.png; what is wrong with it."""
    problems = []
    for picture, tab, plan in TABS:
        window.show_plan(next(p.id for p in browse.plans(window.session.workspace) if plan in p.title))
        window.show_view(tab)
        window.resize(PROJECTOR)
        settle(qtbot)
        assert window.size() == PROJECTOR
        image = window.grab()
        assert image.save(str(out / f"{mode}-{picture}.png"), "PNG", 0)
        view = window.views[tab]
        charts = [c for c in view.findChildren(ChartWidget) if c.plot_widget.isVisible()]
        tables = [t for t in view.findChildren(RowTable) if t.isVisible()]
        assert charts or tables or tab == "source"
        problems += [f"{mode} {picture}: {p}" for c in charts for p in chart_problems(c)]
        problems += [f"{mode} {picture}: {p}" for t in tables for p in table_problems(t)]
        problems += [f"{mode} {picture}: {p}" for p in control_problems(view)]
        if tab == "review":
            problems += [f"{mode} {picture}: {p}" for p in decision_problems(view.table)]
    return problems
