"""Returned files whose identity is in doubt, for test_returned_identity: each made from a template
the office really issued for the test plan, the way it happens in an office — edited in Excel (here
openpyxl), saved again by LibreOffice, renamed, or lying in a folder beside other files."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl.workbook import Workbook

from tests.workbench.reporting import hostile
from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.conftest import soffice_convert
from tests.workbench.reporting.workbooks import fill, issue, set_guide
from workbench.app import services
from workbench.planning import plans
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

PERIOD, NEXT, LAST = "2023H1", "2023H2", "2022H2"
# What 江苏省 reports in its file (it reports tasks 1–4, 6–8 and indicators 1, 2, 4 of the test plan).
TASKS = {
    "1": {"status": "推进中", "percent": 40, "progress": "完成方案编制"},
    "4": {"status": "滞后", "percent": 10, "problems": "资金未到位"},
}
INDICATORS = {"1": {"value": 25.5, "note": "省通信管理局"}}
# ... and read back through the core: task number → (status, percent, progress); indicator seq → value.
STORED_TASKS = {"1": ("in_progress", 40.0, "完成方案编制"), "4": ("lagging", 10.0, "")}
STORED_VALUES = {1: 25.5}
# Last period's report, which pre-fills the templates issued after it.
LAST_TASKS = {code: {"status": "推进中", "percent": 5 * int(code), "progress": f"上期进展{code}"} for code in "12346"}

Edit = Callable[[Workbook], None]


class Office:
    """The office's workspace with the templates it issued, and the folder files arrive in."""

    def __init__(self, workspace: Workspace, plan_id: int, root: Path) -> None:
        self.workspace, self.plan_id, self.root = workspace, plan_id, root
        self.inbox = root / "inbox"
        self.inbox.mkdir(parents=True, exist_ok=True)
        self._issued: dict[tuple[str, str], Path] = {}

    def template(self, region: str = "JS", period: str = PERIOD) -> Path:
        if (region, period) not in self._issued:
            self._issued[region, period] = issue(self.workspace, self.plan_id, region, period, self.root / "issued")
        return self._issued[region, period]

    def took_last_period(self) -> None:
        """江苏省's report of the period before, accepted before this period's template is issued."""
        back = fill(self.template("JS", LAST), self.root / "earlier" / "上期.xlsx", tasks=LAST_TASKS)
        assert services.submit(self.workspace, back).status == "accepted"

    def filled(
        self,
        name: str,
        *,
        region: str = "JS",
        period: str = PERIOD,
        tasks: dict[str, dict] | None = None,
        edit: Edit | None = None,
        reported_on: str | None = "2023-07-05",
        folder: Path | None = None,
    ) -> Path:
        """The template filled in by the province: TASKS (or *tasks*), INDICATORS, who and when."""

        def change(wb: Workbook) -> None:
            set_guide(wb, "填报人", "王芳")
            set_guide(wb, "填报日期", reported_on)
            if edit:
                edit(wb)

        target = (folder or self.inbox) / name
        return fill(
            self.template(region, period),
            target,
            tasks=TASKS if tasks is None else tasks,
            indicators=INDICATORS,
            change=change,
        )

    def libreoffice(self, source: Path, to: str = "xlsx:Calc MS Excel 2007 XML", *, name: str | None = None) -> Path:
        """*source* opened and saved again by LibreOffice, into the inbox."""
        out = soffice_convert(source, self.root / "converted", to, self.root / "profile")
        return out.replace(self.inbox / (name or out.name))


def other_workspace_template(root: Path) -> Path:
    """江苏省's 2023H1 template of the same plan, issued by another workspace (another office's computer)."""
    with Workspace.open(root / "other.sqlite", create=True) as other:
        return issue(other, plans.save(other, test_plans.plan(8)), "JS", PERIOD, root / "other")


# --- edits ------------------------------------------------------------------------------------------


def without_meta(wb: Workbook) -> None:
    """The very hidden _meta sheet deleted (VBA, or a tool that shows very hidden sheets)."""
    del wb[layout.SHEET_META]


def meta(key: str, value: str) -> Edit:
    def edit(wb: Workbook) -> None:
        ws = wb[layout.SHEET_META]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value == key:
                ws.cell(r, 2).value = value

    return edit


def relabelled(old: str, new: str) -> Edit:
    """Every visible mention of the region changed: the guide's 地区 and both sheet titles."""

    def edit(wb: Workbook) -> None:
        set_guide(wb, "地区", new)
        for sheet in (layout.SHEET_TASKS, layout.SHEET_INDICATORS):
            wb[sheet]["A1"] = wb[sheet]["A1"].value.replace(old, new)

    return edit


def title(sheet: str, old: str, new: str) -> Edit:
    return lambda wb: setattr(wb[sheet]["A1"], "value", wb[sheet]["A1"].value.replace(old, new))


def both(*edits: Edit) -> Edit:
    def edit(wb: Workbook) -> None:
        for each in edits:
            each(wb)

    return edit


# --- files that are not .xlsx -------------------------------------------------------------------------


def xlsm(source: Path, target: Path) -> Path:
    """The workbook saved as a macro-enabled .xlsm: its workbook part typed so, a VBA project inside."""

    def edit(name: str, data: bytes) -> bytes:
        if name != "[Content_Types].xml":
            return data
        return data.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )

    return hostile.rezip(source, target, edit=edit, add={"xl/vbaProject.bin": hostile.compound_file(("VBA",))})


def zipped(source: Path, target: Path) -> Path:
    """The filled template sent as a .zip attachment."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(source, source.name)
    return target


def docx(target: Path) -> Path:
    """The covering letter, a Word document."""
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", "<w:document><w:body><w:p>报送说明</w:p></w:body></w:document>")
    return target


def lock_file(folder: Path, name: str) -> Path:
    """The owner file Excel leaves beside a workbook open on another computer."""
    path = folder / f"~${name}"
    path.write_bytes(b"\x06wangfang" + b"\x00" * 150)
    return path


def modified_at(path: Path, seconds: float) -> Path:
    os.utime(path, (seconds, seconds))
    return path
