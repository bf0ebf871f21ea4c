"""Charts: fed plain data, readable hover values, export to PNG and SVG with the Chinese
labels as text; presentation mode; zoom and pan kept to what was drawn, with Reset view; the
table models pass Qt's model checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from ui.charts.base import HIGH_CONTRAST, NORMAL, ZOOM_IN, ChartWidget
from workbench import browse


def test_every_chart_exports_png_and_svg_with_chinese_text(window, tmp_path):
    window.show_view("indicators")
    charts = [*window.overview.charts, window.indicators.chart]
    assert all(c.data is not None for c in charts)
    for i, chart in enumerate(charts):
        png = chart.export(tmp_path / f"chart{i}.png")
        svg = chart.export(tmp_path / f"chart{i}.svg")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
        assert "<svg" in svg.read_text(encoding="utf-8")
    assert "产业规模" in (tmp_path / "chart3.svg").read_text(encoding="utf-8")
    assert "上海市" in (tmp_path / "chart0.svg").read_text(encoding="utf-8")


def test_export_from_the_chart_menu_asks_where(window, tmp_path, dialogs):
    dialogs.answers = [tmp_path / "status"]
    window.overview.status_chart.export_requested.emit(window.overview.status_chart, "svg")
    assert (tmp_path / "status.svg").exists() and "status.svg" in window.status_message.text()


def test_hovering_shows_the_values_under_the_mouse(window, qtbot):
    chart = window.overview.status_chart
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the axes take the width of their labels when first painted
    view = chart.plot_widget
    middle_of_jiangsu = chart.plot.vb.mapViewToScene(QPointF(1, 1))  # x=1: the second province
    point = view.mapFromScene(middle_of_jiangsu)
    qtbot.mouseMove(view.viewport(), QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: chart.readout.text().startswith("江苏省"), timeout=5000)
    assert "推进中" in chart.readout.text()
    assert chart.describe(0, 1).startswith("上海市") and chart.describe(0.5, 1) is None


def test_the_trajectory_chart_states_each_provinces_verdict(window):
    plan = next(p for p in browse.plans(window.session.workspace) if "数字干线" in p.title)
    window.show_plan(plan.id)
    window.show_view("indicators")
    chart = window.indicators.chart
    assert set(chart.data.assessments) == {"SH", "JS", "ZJ"}  # 数字三体 lies in three provinces, not 安徽
    caption = chart.readout.text()
    assert all(name in caption for name in ("上海市", "江苏省", "浙江省")) and "安徽省" not in caption
    assert "进度正常" in caption or "进度落后" in caption
    labels = [text for text, _, _ in chart.milestones()]
    assert labels == ["2023 α 目标：5,000", "2025 β 目标：7,000", "2027 γ 目标：10,000"]


def test_presentation_mode_is_full_screen_large_and_high_contrast(window, qtbot):
    size = QApplication.font().pointSizeF()
    window.menus.presentation.trigger()
    assert window.presentation.active and window.isFullScreen() and window.menus.presentation.isChecked()
    assert QApplication.font().pointSizeF() == size * 1.5
    assert all(c.theme is HIGH_CONTRAST for c in window.findChildren(ChartWidget))
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presentation.active and not window.isFullScreen()
    assert QApplication.font().pointSizeF() == size
    assert all(c.theme is NORMAL for c in window.findChildren(ChartWidget))


def test_table_models_pass_qts_model_checks(window, qtmodeltester):
    qtmodeltester.check(window.tasks.model)
    qtmodeltester.check(window.tasks.table.proxy)
    qtmodeltester.check(window.indicators.model)
    qtmodeltester.check(window.audit.table.source)


def wheel(chart: ChartWidget, steps: int) -> None:
    """Turn the mouse wheel over the middle of the chart: up zooms in, down zooms out."""
    viewport = chart.plot_widget.viewport()
    at = QPointF(viewport.rect().center())
    event = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def flat(view_range: list[list[float]]) -> list[float]:
    """x from, x to, y from, y to."""
    return [end for axis in view_range for end in axis]


def shown(chart: ChartWidget) -> list[float]:
    return flat(chart.plot.vb.viewRange())


def spans(chart: ChartWidget) -> list[float]:
    return [end - start for start, end in chart.plot.vb.viewRange()]


def test_the_mouse_zooms_and_pans_only_within_what_was_drawn_and_the_view_resets(window, qtbot):
    chart = window.overview.status_chart
    qtbot.waitExposed(window)
    for presentation in (False, True):
        window.presentation.toggle(presentation)
        qtbot.wait(50)
        (x0, x1), (y0, y1) = drawn = chart.home
        assert not chart.zoomed and chart.reset_button.isHidden()
        wheel(chart, -10)  # out: no further than what was drawn
        assert shown(chart) == pytest.approx(flat(drawn))
        for _ in range(40):
            wheel(chart, 3)  # in, far past where a bar would fill the view
        assert chart.zoomed and chart.reset_button.isVisible()
        assert spans(chart) >= [(x1 - x0) / ZOOM_IN - 1e-9, (y1 - y0) / ZOOM_IN - 1e-9]  # never down to nothing
        chart.plot.vb.translateBy(x=-100, y=-100)  # dragged far off to the side
        (a, b), (c, d) = chart.plot.vb.viewRange()
        assert x0 - 1e-9 <= a < b <= x1 + 1e-9 and y0 - 1e-9 <= c < d <= y1 + 1e-9
        chart.reset_button.click()
        assert shown(chart) == pytest.approx(flat(drawn)) and chart.reset_button.isHidden()
    window.presentation.toggle(False)


def test_reset_view_is_in_the_charts_menu_while_zoomed(window, qtbot, monkeypatch):
    chart = window.overview.group_chart
    shown = []
    monkeypatch.setattr(
        QMenu, "popup", lambda menu, *_: shown.append([a.text() for a in menu.actions() if a.isEnabled()])
    )
    chart._menu(QPoint(10, 10))
    wheel(chart, 5)
    chart._menu(QPoint(10, 10))
    assert "重置视图" not in shown[0] and shown[1][0] == "重置视图" and "导出为 PNG…" in shown[1]
