"""Writing workbooks (issues 3 and 5) on the large workspace: 江苏省's template for the
1,000-row plan, and the summary workbook of a scale plan (300 tasks × 4 provinces,
30 indicators over 20 quarters, one native chart per indicator). The floor of each is
openpyxl's write-only mode writing the same cell values (bench/floors.py).
"""

from __future__ import annotations

from pathlib import Path

from bench import Case, floors, large
from workbench.app import services
from workbench.storage.workspace import Workspace

SUMMARY_PLAN = 1


def _write_only_floor(made: Path, folder: Path) -> Case:
    sheets = floors.cells_of(made)
    return Case("floor: openpyxl write-only, same cells", lambda _: floors.write_only(sheets, folder / "floor.xlsx"))


def _template(folder: Path) -> Case:
    source, plan_id = large.built()
    path = large.copy_of(source, folder / "templates.sqlite")

    def issue(ws: Workspace) -> list[Path]:
        # force: the run before (perhaps in the forked child that measures memory) left the same file
        return services.issue_templates(ws, plan_id, ["JS"], large.PERIOD, folder / "template.xlsx", force=True)

    def setup() -> Workspace:
        return Workspace.open(path, program="bench")

    run = large.closing(issue)
    return Case(
        "write a region's template (1,000 rows: read, pre-fill, sign, write, record)",
        run,
        setup,
        floor=_write_only_floor(run(setup())[0], folder),
    )


def _summary(folder: Path) -> Case:
    path, _ = large.built()

    run = large.closing(
        lambda ws: services.write_summary(ws, SUMMARY_PLAN, large.PERIOD, folder / "summary.xlsx", force=True)
    )

    def setup() -> Workspace:
        return Workspace.open(path, write=False)

    return Case(
        "write the summary workbook (300 tasks × 4 provinces, 30 indicator charts)",
        run,
        setup,
        floor=_write_only_floor(run(setup()), folder),
    )


def cases(folder: Path) -> list[Case]:
    return [_template(folder), _summary(folder)]
