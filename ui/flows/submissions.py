"""Taking in submissions: files or a folder (also dropped onto the window) are checked
without writing anything; each shows what it would change and what is wrong with it;
then the person accepts or rejects it, and can save the annotated report for a
rejected file to mail back to the province."""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QSplitter, QTextBrowser, QVBoxLayout

from ui import labels, palette
from ui.changes import SUBMISSIONS, Changed
from ui.drops import WORKBOOKS, Drops
from ui.flows.common import FlowDialog
from ui.flows.templates import CITIES_OF
from ui.models.base import ROW_ROLE, Column, RowTableModel
from ui.plain import PlainLabel
from ui.text import QT_TRANSLATE_NOOP, fill
from ui.views.table import RowTable
from workbench import browse
from workbench.app import services
from workbench.reference import regions
from workbench.reporting import layout as template_layout
from workbench.reporting.model import CellChange, Expectation, SubmissionOutcome
from workbench.reporting.states import Outcome, RegionState

if TYPE_CHECKING:
    from ui.main_window import MainWindow

WORKBOOK_FILTER = "*.xlsx"
RETURNED = "returned-workbooks"  # the purpose whose last folder the file dialogs start in
CHANGE_TEXT = {
    "new": QT_TRANSLATE_NOOP("Labels", "new"),
    "changed": QT_TRANSLATE_NOOP("Labels", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("Labels", "unchanged"),
}
IDENTIFIED_BY = {
    "metadata": QT_TRANSLATE_NOOP("Labels", "the template's hidden sheet"),
    "headers": QT_TRANSLATE_NOOP("Labels", "its headers and task numbers (the hidden sheet is gone)"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "the province and period you assigned"),
}
# What Accept may take: a clean file, one that waits for the office's word (it is asked), and
# one a newer file of the same province and period displaced (taken instead, when asked).
ACCEPTABLE = (Outcome.VALID, Outcome.NEEDS_CONFIRMATION, Outcome.SUPERSEDED)


@dataclass(frozen=True)
class Received:
    """One file in the flow: what the check found, and what the person decided."""

    outcome: SubmissionOutcome
    decision: RegionState | None = None  # once decided
    expect: Expectation | None = None  # the province and period the office assigned to it

    @property
    def path(self) -> Path:
        return self.outcome.path

    def count(self, kind: str) -> int | None:
        return self.outcome.preview.counts()[kind] if self.outcome.preview else None

    def state_text(self) -> str:
        return labels.region_state(self.decision) if self.decision else labels.outcome(self.outcome.status)


def _preview(r: Received, attribute: str) -> str:
    return getattr(r.outcome.preview, attribute, "") if r.outcome.preview else ""


def _region_at(r: Received) -> str:
    return f"{labels.region_order(_preview(r, 'region') or None):03d}"


# Grouped by region, then period: the files of one province sit together whatever they are named.
FILE_COLUMNS = (
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Province or city"),
        lambda r: labels.region(_preview(r, "region") or None),
        sort=lambda r: f"{_region_at(r)}|{_preview(r, 'period')}|{r.path.name}",
    ),
    Column(
        "period",
        QT_TRANSLATE_NOOP("Columns", "Period"),
        lambda r: _preview(r, "period"),
        sort=lambda r: f"{_preview(r, 'period')}|{_region_at(r)}|{r.path.name}",
    ),
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.path.name),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "State"),
        Received.state_text,
        color=lambda r: None if r.decision else palette.OUTCOMES.get(r.outcome.status),
    ),
    Column("new", QT_TRANSLATE_NOOP("Columns", "New"), lambda r: r.count("new"), numeric=True),
    Column("changed", QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: r.count("changed"), numeric=True),
    Column("unchanged", QT_TRANSLATE_NOOP("Columns", "Unchanged"), lambda r: r.count("unchanged"), numeric=True),
    Column("problems", QT_TRANSLATE_NOOP("Columns", "Problems"), lambda r: len(r.outcome.problems), numeric=True),
)


def _place(c: CellChange) -> str:
    """Tasks before indicators, then the row's number, then the column: E4 before E10, as in the workbook."""
    column = c.cell.rstrip("0123456789")
    return f"{c.kind != template_layout.TASK:d}|{int(c.cell[len(column) :] or 0):06d}|{column:>3}"


CHANGE_COLUMNS = (
    Column("cell", QT_TRANSLATE_NOOP("Columns", "Cell"), lambda c: f"{c.sheet}!{c.cell}", sort=_place),
    Column("item", QT_TRANSLATE_NOOP("Columns", "Item"), lambda c: f"{c.code} {c.label}".strip(), sort=_place),
    Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), lambda c: labels.field(c.field)),
    Column("old", QT_TRANSLATE_NOOP("Columns", "Stored"), lambda c: labels.value(c.field, c.old)),
    # For a period with nothing stored yet: what moved since the region's last one.
    Column("previous", QT_TRANSLATE_NOOP("Columns", "Last period"), lambda c: labels.value(c.field, c.previous)),
    Column("new", QT_TRANSLATE_NOOP("Columns", "In the file"), lambda c: labels.value(c.field, c.new)),
    Column("change", QT_TRANSLATE_NOOP("Columns", "Change"), lambda c: labels.translated(CHANGE_TEXT[c.change])),
)


def _changes_worth_showing(outcome: SubmissionOutcome) -> list[CellChange]:
    changes = outcome.preview.changes if outcome.preview else []
    return [c for c in changes if c.change != "unchanged"]


class TakeSubmissionsDialog(FlowDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Take in submissions"), 1150, 680)
        self.hint = PlainLabel(
            self.tr(
                "Add the workbooks the provinces sent back (or drop them onto the window). They "
                "are checked first; nothing is saved until you accept a file."
            )
        )
        self.hint.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button.clicked.connect(self._add_folder)
        self.files = RowTable(
            RowTableModel(FILE_COLUMNS, key=lambda r: r.path, parent=self),
            window.settings,
            "submission-files",
            stretch="file",
        )
        self.files.setTextElideMode(Qt.TextElideMode.ElideLeft)  # the ends of file names tell them apart
        self.changes = RowTable(
            RowTableModel(CHANGE_COLUMNS, key=lambda c: (c.sheet, c.cell), parent=self),
            window.settings,
            "submission-changes",
            stretch="item",
        )
        self.problems = QTextBrowser()
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_all_button = QPushButton(self.tr("Accept all clean files"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.assign_button = QPushButton(self.tr("Assign province and period…"))
        self.report_button = QPushButton(self.tr("Save the annotated report…"))
        self.accept_button.clicked.connect(self.accept_file)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_button.clicked.connect(self.reject_file)
        self.assign_button.clicked.connect(self.assign)
        self.report_button.clicked.connect(self.save_report)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_files_button)
        top.addWidget(self.add_folder_button)
        actions = QHBoxLayout()
        for button in (
            self.accept_button,
            self.accept_all_button,
            self.reject_button,
            self.assign_button,
            self.report_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.addWidget(self.changes)
        detail.addWidget(self.problems)
        detail.setStretchFactor(0, 3)  # the changes' task titles need the room
        detail.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.files)
        split.addWidget(detail)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.files.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.drops = Drops(self, WORKBOOKS, self.check)
        # Ctrl+Z here takes back the files just accepted, as in the window; the rows then say so.
        self.addActions([window.menus.undo, window.menus.redo])
        window.session.changed.connect(self._submissions_changed)
        self._show()

    @property
    def received(self) -> list[Received]:
        return self.files.source.rows

    def current(self) -> Received | None:
        return self.files.current_row()

    def _add_files(self) -> None:
        settings = self.main_window.settings
        paths = self.main_window.dialogs.open_files(
            self, self.tr("Returned workbooks"), WORKBOOK_FILTER, settings.start_in(RETURNED)
        )
        settings.remember_folder(RETURNED, paths)
        self.check(paths)

    def _add_folder(self) -> None:
        settings = self.main_window.settings
        folder = self.main_window.dialogs.directory(
            self, self.tr("Folder of returned workbooks"), settings.start_in(RETURNED)
        )
        settings.remember_folder(RETURNED, folder, is_folder=True)
        if folder is not None:
            self.check([folder])

    def check(self, paths: list[Path], expect: Expectation | None = None) -> None:
        """Check files (a folder stands for the workbooks in it) without writing anything."""
        if not paths:
            return
        self.main_window.operations.run(
            self.tr("Checking submissions"),
            lambda job: services.submit_many(
                job.workspace,
                list(paths),
                dry_run=True,
                expect=expect,
                progress=job.progress,
                cancel=job.cancel.is_set,
            ),
            on_done=lambda outcomes: self._checked(outcomes, expect),
        )

    def _checked(self, outcomes: list[SubmissionOutcome], expect: Expectation | None = None) -> None:
        known = {r.path: r for r in self.received}
        for outcome in outcomes:
            known[outcome.path] = Received(outcome, expect=expect)
        self.files.source.set_rows(list(known.values()))
        self.files.select_key(outcomes[0].path) if outcomes else None
        self._show()

    def _show(self) -> None:
        item = self.current()
        self.changes.source.set_rows(_changes_worth_showing(item.outcome) if item else [])
        if item is None:
            self.problems.setPlainText("")
        else:
            self.problems.setHtml(self._describe(item))
        pending = item.outcome.status if item is not None and item.decision is None else None  # not yet decided
        self.accept_button.setEnabled(pending in ACCEPTABLE)
        self.reject_button.setEnabled(pending in (*ACCEPTABLE, Outcome.REJECTED))
        self.assign_button.setEnabled(pending is not None and item is not None and item.outcome.assignable)
        self.accept_all_button.setEnabled(bool(self._clean()))
        self.report_button.setEnabled(item is not None and bool(item.outcome.problems))

    def _clean(self) -> list[Received]:
        return [r for r in self.received if r.decision is None and r.outcome.status == Outcome.VALID]

    def _next_pending(self) -> None:
        """Once the file shown is decided, show the next one still waiting (in the order listed), if any."""
        item = self.current()
        if item is not None and item.decision is None:
            return
        shown = [self.files.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.files.proxy.rowCount())]
        waiting = next((r for r in shown if r.decision is None), None)
        if waiting is not None:
            self.files.select_key(waiting.path)

    def _submissions_changed(self, changed: Changed) -> None:
        """A file taken back while the dialog is open (Ctrl+Z, Withdraw on the Submissions tab) is no longer
        shown as accepted."""
        workspace = self.main_window.session.workspace
        accepted = [r for r in self.received if r.decision == RegionState.ACCEPTED and r.outcome.submission_id]
        if not changed.submissions or workspace is None or not accepted:
            return
        plans = {r.outcome.preview.plan_id for r in accepted if r.outcome.preview and r.outcome.preview.plan_id}
        withdrawn = {
            s.id for plan in plans for s in browse.submissions(workspace, plan) if s.outcome == RegionState.WITHDRAWN
        }
        taken_back = [
            replace(r, decision=RegionState.WITHDRAWN) for r in accepted if r.outcome.submission_id in withdrawn
        ]
        if taken_back:
            self.files.source.update_rows(taken_back)
            self._show()

    def _describe(self, item: Received) -> str:
        preview, lines = item.outcome.preview, []
        if preview is not None:
            how = labels.translated(IDENTIFIED_BY.get(preview.identified_by, preview.identified_by))
            lines.append(
                fill(
                    self.tr("%1 · %2 · %3 (recognised by %4)"),
                    preview.plan_title,
                    preview.region_name,
                    preview.period,
                    how,
                )
            )
        if item.outcome.status == Outcome.DUPLICATE:
            lines.append(self.tr("This exact file was accepted before; taking it again changes nothing."))
        if item.decision == RegionState.WITHDRAWN:
            lines.append(self.tr("Taken in, then withdrawn: add the file again to take it in again."))
        problems = [p.text() for p in item.outcome.problems]
        notices = [p.text() for p in preview.notices] if preview is not None else []
        html = "".join(f"<p>{escape(line)}</p>" for line in lines)
        for title, texts in ((self.tr("Problems"), problems), (self.tr("Notes"), notices)):
            if texts:
                html += f"<p><b>{escape(title)}</b></p><ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"
        clean = self.tr("No problems found.")  # outside the f-string, where lupdate finds it
        return html or f"<p>{escape(clean)}</p>"

    def _decided(self, item: Received, outcome: SubmissionOutcome, decision: RegionState | None) -> None:
        self.files.source.update_rows([replace(item, outcome=outcome, decision=decision)])
        self._next_pending()
        self._show()

    def accept_file(self) -> None:
        item = self.current()
        if item is None or item.outcome.status not in ACCEPTABLE:
            return
        confirmed = item.outcome.status != Outcome.VALID
        if confirmed:
            reasons = "\n\n".join(p.text() for p in item.outcome.reasons)
            ask = self.tr("Take this file all the same?")  # outside the f-string, where lupdate finds it
            question = f"{reasons}\n\n{ask}".strip()
            if not self.main_window.dialogs.confirm(self, fill(self.tr("Accept %1?"), item.path.name), question):
                return
        self.main_window.operations.run(
            fill(self.tr("Accepting %1"), item.path.name),
            # What was previewed is what is taken: a file changed since comes back to be reviewed.
            lambda job: services.submit(
                job.workspace,
                item.path,
                expect=item.expect,
                previewed=item.outcome.preview,
                replace=confirmed,
                other_period=confirmed,
                progress=job.progress,
                cancel=job.cancel.is_set,
            ),
            changed=SUBMISSIONS,
            on_done=lambda outcome: self._decided(
                item, outcome, RegionState.ACCEPTED if outcome.status == Outcome.ACCEPTED else None
            ),
        )

    def accept_all(self) -> None:
        """Every clean file in one step; files with problems or questions stay for review."""
        clean = self._clean()

        def take(job):
            outcomes = []
            for done, item in enumerate(clean):
                job.check()
                outcomes.append(
                    services.submit(job.workspace, item.path, expect=item.expect, previewed=item.outcome.preview)
                )
                job.progress(done + 1, len(clean))
            return outcomes

        def taken(outcomes: list[SubmissionOutcome]) -> None:
            for item, outcome in zip(clean, outcomes):
                decision = RegionState.ACCEPTED if outcome.status == Outcome.ACCEPTED else None
                self.files.source.update_rows([replace(item, outcome=outcome, decision=decision)])
            self._next_pending()  # what is left to review
            self._show()

        if clean:
            self.main_window.operations.run(
                fill(self.tr("Accepting %1 files"), len(clean)), take, changed=SUBMISSIONS, on_done=taken
            )

    def assign(self) -> None:
        """Place a file whose hidden sheet is gone or does not verify: the office names its
        province or city and period, and the file is checked again against what was issued to them."""
        item = self.current()
        if item is None:
            return
        # Each province, then its cities under it: 江苏省, 江苏省 · 南京市, …
        codes = [code for p in regions.PROVINCES for code in (p, *CITIES_OF[p])]
        names = [
            labels.region(c)
            if c in regions.PROVINCES
            else f"{labels.region(regions.BY_CODE[c].parent)} · {labels.region(c)}"
            for c in codes
        ]
        at = self.main_window.dialogs.choose(self, self.tr("Assign"), self.tr("Province or city of this file:"), names)
        if at is None:
            return
        workspace = self.main_window.session.require_workspace()
        known = list(reversed(browse.periods(workspace)))
        current = self.main_window.current.period
        choices = [current, *(p for p in known if p != current)] if current else known
        which = self.main_window.dialogs.choose(self, self.tr("Assign"), self.tr("Period of this file:"), choices)
        if which is None:
            return
        self.check([item.path], Expectation(as_region=codes[at], as_period=choices[which]))

    def reject_file(self) -> None:
        """A file with problems is recorded as a refused attempt; a clean one is just not taken."""
        item = self.current()
        if item is None:
            return
        if item.outcome.status != Outcome.REJECTED:
            self._decided(item, item.outcome, RegionState.REJECTED)
            return
        self.main_window.operations.run(
            fill(self.tr("Rejecting %1"), item.path.name),
            lambda job: services.submit(job.workspace, item.path),
            changed=SUBMISSIONS,
            on_done=lambda outcome: self._decided(item, outcome, RegionState.REJECTED),
        )

    def save_report(self) -> None:
        item = self.current()
        if item is None:
            return
        settings = self.main_window.settings
        suggested = settings.start_in("reports", item.path.stem + "_问题说明.xlsx", default=item.path.parent)
        workspace = self.main_window.session.require_workspace().path
        target = self.main_window.dialogs.save_file(
            self, self.tr("Save the annotated report"), WORKBOOK_FILTER, suggested
        )
        settings.remember_folder("reports", target)
        if target is None:
            return
        self.main_window.operations.run(
            self.tr("Writing the report"),
            # The save dialog has asked before naming an existing file: that answer is the force.
            lambda job: services.write_report([item.outcome], target, workspace=workspace, force=True),
            workspace=False,
            on_done=lambda path: self.main_window.say(fill(self.tr("Report saved as %1"), path)),
        )
