"""Render the main views of the window on a fresh demo workspace to PNG files for the
README (docs/screenshots/), and small copies of a few for the in-app guide (ui/help/images/);
then every tab at a 1280×720 projector's size, in normal and presentation mode, into
OUT_DIR/projector/, by running the test that checks them (tests/ui/test_projector.py; pytest
comes with the `[test]` extra). Runs offscreen; Chinese text needs a CJK font such as Debian's
fonts-noto-cjk (or run it under xvfb-run).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import openpyxl  # noqa: E402
from PySide6.QtCore import Qt, QThread  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.analysis_dialogs import IndexDialog  # noqa: E402
from ui.app import application, create_window  # noqa: E402
from ui.dialogs import Dialogs  # noqa: E402
from ui.help import dialogs as help_dialogs  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402
from workbench import browse, demo  # noqa: E402
from workbench.app import services  # noqa: E402
from workbench.reporting import layout  # noqa: E402

SIZE = (1440, 900)
ROUND = "2023H2"  # a new round: the take-in dialog shows each cell beside the last period's value
GUIDE = REPO / "ui" / "help" / "images"
GUIDE_IMAGES, GUIDE_WIDTH = {"overview", "take-submissions", "submissions"}, 640  # shipped in the wheel: few, small
ACTION_PLAN, CORRIDOR = "三年行动计划", "数字干线"


def settle(seconds: float = 0.3) -> None:
    """Let queued paints, posted events and background operations finish."""
    for _ in range(int(seconds * 50)):
        QApplication.processEvents()
        QThread.msleep(20)


def wait_for(window: MainWindow) -> None:
    while window.operations.busy:
        settle(0.1)
    settle()


def save(widget: QWidget, out: Path, name: str) -> None:
    if isinstance(widget, MainWindow):
        widget.resize(*SIZE)  # a dock shown in between may have widened it
    settle()
    path = out / f"{name}.png"
    image = widget.grab()
    image.save(str(path), "PNG", 0)  # 0: smallest file (PNG stays lossless)
    print(path)
    if name in GUIDE_IMAGES:
        small = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        small.save(str(GUIDE / path.name), "PNG", 0)


def plan_id(window: MainWindow, part: str) -> int:
    return next(p.id for p in browse.plans(window.session.require_workspace()) if part in p.title)


def lagging_return(template: Path) -> Path:
    """江苏省 sends back its template with the first three tasks marked 滞后 (lagging)."""
    book = openpyxl.load_workbook(template)
    sheet = book[layout.SHEET_TASKS]
    status = next(c.column for c in sheet[layout.HEADER_ROW] if c.value == "状态")
    for row in range(layout.FIRST_DATA_ROW, layout.FIRST_DATA_ROW + 3):
        sheet.cell(row, status).value = "滞后"
    returned = template.with_name("江苏省已填报.xlsx")
    book.save(returned)
    return returned


def shoot(out: Path, work: Path) -> None:
    workspace = demo.build(work / "demo.sqlite", services.import_plan)
    window = create_window(Settings(work / "settings.ini"), Dialogs())
    window.resize(*SIZE)
    window.show()
    window.start(workspace)

    window.show_plan(plan_id(window, ACTION_PLAN))
    window.show_view("overview")
    save(window, out, "overview")
    window.show_plan(plan_id(window, CORRIDOR))
    save(window, out, "overview-stages")

    window.show_plan(plan_id(window, ACTION_PLAN))
    window.show_view("tasks")
    window.tasks.region.setCurrentIndex(window.tasks.region.findData("JS"))
    window.tasks.table.selectRow(2)
    save(window, out, "tasks")

    window.show_view("source")
    window.source.show_item("task", window.tasks.table.current_row().id)
    save(window, out, "source-text")

    window.search_box.setText("量子")
    window.run_search()
    save(window, out, "search")
    window.search_dock.hide()

    window.show_plan(plan_id(window, CORRIDOR))
    window.show_view("indicators")
    save(window, out, "indicators")

    action_plan = plan_id(window, ACTION_PLAN)
    window.show_plan(action_plan)
    template = services.issue_templates(window.session.require_workspace(), action_plan, ["JS"], ROUND, work)[0]
    dialog = window.flows.take_submissions([lagging_return(template)])
    if dialog is None:
        raise RuntimeError("the submissions dialog did not open")
    wait_for(window)
    dialog.resize(1200, 700)
    save(dialog, out, "take-submissions")
    dialog.accept_button.click()
    wait_for(window)
    dialog.reject()
    typed = window.period.lineEdit()
    assert typed is not None  # the toolbar's period is editable
    window.period.setCurrentText(ROUND)
    typed.editingFinished.emit()  # as when typed and Enter pressed
    window.show_view("submissions")
    window.submissions.records.selectRow(0)  # Withdraw… applies to it
    save(window, out, "submissions")
    window.show_view("review")  # 江苏省's file awaits review; the others have sample progress only
    window.review.table.select_key("JS")
    save(window, out, "review")
    index = IndexDialog(window, plan_id(window, CORRIDOR), "2023H1")  # the corridor: indicators in each province
    index.resize(1100, 700)
    index.show()
    save(index, out, "development-index")
    index.close()
    window.show_view("audit")
    save(window, out, "audit-log")
    guide = help_dialogs.show(window, help_dialogs.GuideDialog)
    save(guide, out, "guide")
    guide.close()

    window.set_language("en")
    window.show_view("tasks")
    save(window, out, "tasks-english")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", nargs="?", type=Path, default=REPO / "docs" / "screenshots", metavar="OUT_DIR")
    out = parser.parse_args().out_dir  # --help answers without rendering into a folder named "--help"
    out.mkdir(parents=True, exist_ok=True)
    application([])
    with tempfile.TemporaryDirectory() as work:
        shoot(out, Path(work))
    projector = out / "projector"
    test = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ui/test_projector.py"]
    subprocess.run(test, cwd=REPO, env={**os.environ, "WORKBENCH_PROJECTOR_SHOTS": str(projector)}, check=True)
    for path in sorted(projector.glob("*.png")):
        print(path)


if __name__ == "__main__":
    main()
