"""Operations that need a file adapter, wired once for the CLI and the GUI alike.

The core modules never import importers or exporters; this module is where the
workbench's operations meet them, so `workbench plan import` and the GUI's import
dialog run the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from exporters import index_table
from exporters.consolidated import write_consolidated
from exporters.meeting_report import write_meeting_report as _write_meeting_report
from exporters.reminder_notice import write_notice
from exporters.report import write_report as _write_report
from exporters.returns import own_workbook, stage_return
from exporters.summary import write_summary as _write_summary
from exporters.template import stage_template
from importers.plan_document import read_plan
from importers.submission import read_submission, template_meta
from workbench.analysis import development_index
from workbench.errors import Cancelled, InputError
from workbench.planning import changes, plans, reimport
from workbench.planning.document import ParsedPlan
from workbench.reference import regions
from workbench.reporting import consolidation, meeting, received, reminders, review, submissions, templates
from workbench.reporting import summary as submission_summary
from workbench.reporting.model import Expectation, SubmissionOutcome, SubmissionPreview
from workbench.storage import outputs
from workbench.storage.workspace import Workspace

# Long operations take progress(done, total) and cancel(); a cancel raises Cancelled after rolling back.
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None


def extract_plan(path: str | Path, *, cancel: Cancel = None) -> tuple[ParsedPlan, plans.ImportSummary]:
    """Read a plan document for review; writes nothing. A cancel raises Cancelled."""
    parsed = read_plan(path, cancel=cancel)
    return parsed, plans.summarize(parsed)


def import_plan(workspace: Workspace, path: str | Path) -> tuple[int, plans.ImportSummary]:
    parsed, summary = extract_plan(path)
    return plans.save(workspace, parsed), summary


def preview_update(
    workspace: Workspace, path: str | Path, plan_ref: str | int
) -> tuple[ParsedPlan, plans.ImportSummary, changes.PlanUpdate]:
    """A corrected version of a plan in the workspace read, and what updating the plan with it would change;
    writes nothing. `reimport.update(workspace, plan, parsed, previewed=…)` then writes exactly that."""
    parsed, summary = extract_plan(path)
    return parsed, summary, reimport.compare(workspace, plan_ref, parsed)


def issue_templates(
    workspace: Workspace,
    plan_ref: str | int,
    region_codes: list[str],
    period_code: str,
    out: str | Path,
    *,
    deadline: str | None = None,
    contact: str = "",
    force: bool = False,
    progress: Progress = None,
    cancel: Cancel = None,
) -> list[Path]:
    """One template per region; *out* is a folder (made if missing), or the .xlsx path when there is one region.
    Existing files are replaced only with *force* (else InputError "output.exists", before anything is written).
    A file is in place only once it is recorded: a failure or a cancel leaves neither."""
    specs = [
        templates.plan_template(workspace, plan_ref, code, period_code, deadline=deadline, contact=contact)
        for code in region_codes
    ]
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        if len(specs) > 1:
            raise InputError("template.out_is_file", path=str(out))
        paths = [out]
    else:
        folder = outputs.make_folder(out)
        paths = [folder / spec.file_name for spec in specs]
    targets = outputs.prepare(paths, workspace=workspace.path, force=force)
    return templates.issue(workspace, list(zip(specs, targets)), stage_template, progress_cb=progress, cancel=cancel)


def preview_submission(
    workspace: Workspace, path: str | Path, *, expect: Expectation | None = None
) -> SubmissionPreview:
    """What a received file would change and what is wrong with it; writes nothing.
    Raises InputError for a file that cannot be used at all."""
    return submissions.preview(workspace, read_submission(Path(path)), expect)


def submit(
    workspace: Workspace,
    path: str | Path,
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    replace: bool = False,
    other_period: bool = False,
    previewed: SubmissionPreview | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> SubmissionOutcome:
    """One file. The window passes the preview it showed as *previewed*, so what is accepted is
    exactly what was previewed (a file changed since comes back as needing confirmation, with its
    new preview); *replace* and *other_period* are the user's confirmations."""
    return submissions.submit(
        workspace,
        Path(path),
        read_submission,
        dry_run=dry_run,
        expect=expect,
        replace=replace,
        other_period=other_period,
        previewed=previewed,
        progress_cb=progress,
        cancel=cancel,
    )


def submit_many(
    workspace: Workspace,
    paths: list[str | Path],
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    replace: bool = False,
    other_period: bool = False,
    progress: Progress = None,
    cancel: Cancel = None,
) -> list[SubmissionOutcome]:
    """Files and folders (every file in them accounted for), all checked before any is written;
    of several for one plan, region and period only the newest is taken; each file atomic on its own."""
    return submissions.submit_all(
        workspace,
        paths,
        read_submission,
        dry_run=dry_run,
        expect=expect,
        replace=replace,
        other_period=other_period,
        progress_cb=progress,
        cancel=cancel,
    )


def write_report(
    outcomes: list[SubmissionOutcome], out_path: str | Path, *, workspace: Path | None = None, force: bool = False
) -> Path:
    """The problems of the given outcomes, with the refused workbooks annotated. Never over a received file or
    the *workspace*'s own files; over another existing file only with *force* (else "output.exists")."""
    return _write_report(outcomes, out_path, workspace=workspace, force=force)


def write_summary(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    out_path: str | Path,
    *,
    force: bool = False,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    """The summary workbook for the joint meeting; a cancel leaves no file. An existing file is replaced only
    with *force* (else "output.exists"), the workspace's own files never."""
    return _write_summary(
        submission_summary.summary_data(workspace, plan_ref, period_code),
        out_path,
        workspace=workspace.path,
        force=force,
        progress=progress,
        cancel=cancel,
    )


def write_index(
    workspace: Workspace, plan: dict, period_code: str, method: str, out_path: str | Path, *, force: bool = False
) -> Path:
    """The development index's ranking as .xlsx or .csv, with its method and weights (exporters/index_table.py)."""
    doc = development_index.as_dict(development_index.compute(workspace, plan, period_code, method))
    names = {code: r.name for code, r in regions.BY_CODE.items()}
    return index_table.write(doc, out_path, names, workspace=workspace.path, force=force)


def write_meeting_report(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    out_path: str | Path,
    *,
    force: bool = False,
    progress: Progress = None,
    cancel: Cancel = None,
) -> tuple[Path, meeting.MeetingReport]:
    """The joint meeting's report (.docx) and the figures it holds; a cancel leaves no file. An existing file is
    replaced only with *force* (else "output.exists"), the workspace's own files never."""
    report = meeting.meeting_report(workspace, plan_ref, period_code)
    path = _write_meeting_report(
        report, out_path, workspace=workspace.path, force=force, progress=progress, cancel=cancel
    )
    return path, report


def write_reminders(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    folder: str | Path,
    *,
    force: bool = False,
    progress: Progress = None,
    cancel: Cancel = None,
) -> list[tuple[reminders.ReminderNotice, Path, Path]]:
    """A notice (.docx) and its mail text (.txt) in *folder* (made if missing) for each region that needs a
    reminder. Every target is checked before anything is written (existing files only with *force*); a cancel
    removes what the run wrote."""
    notices = reminders.reminders(workspace, plan_ref, period_code)
    if not notices:
        return []
    target = outputs.make_folder(folder)
    paths = [target / f"{n.file_stem}{suffix}" for n in notices for suffix in (".docx", ".txt")]
    checked = outputs.prepare(paths, workspace=workspace.path, force=force)
    written: list[tuple[reminders.ReminderNotice, Path, Path]] = []
    for index, notice in enumerate(notices):
        if cancel and cancel():  # what this run wrote goes too: a cancelled run leaves no half set of notices
            outputs.discard([p for _, d, x in written for p in (d, x)])
            raise Cancelled("cancelled")
        docx_path, txt_path = checked[2 * index], checked[2 * index + 1]
        write_notice(notice, docx_path, txt_path)
        written.append((notice, docx_path, txt_path))
        if progress:
            progress(index + 1, len(notices))
    return written


@dataclass(frozen=True)
class Returned:
    """A return workbook written: the province's own file (its name), or its template reissued (own_file "")."""

    path: Path
    own_file: str


def send_back(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    region: str,
    reason: str,
    out_path: str | Path,
    *,
    cells: Sequence[str] = (),
    tasks: Sequence[str] = (),
    force: bool = False,
) -> Returned:
    """Return a region's report for revision: its state, reasons, cells and tasks recorded and audited, and the
    return workbook written at *out_path* — the province's own file where one is kept, else its template reissued
    (and recorded as issued) — all or nothing. Checked first: the return itself (`review.plan_return`), then the
    output (replaced only with *force*)."""
    back = review.plan_return(workspace, plan_ref, period_code, region, reason, cells=cells, tasks=tasks)
    [target] = outputs.prepare([out_path], workspace=workspace.path, force=force)
    own = own_workbook(back)
    if own is None:
        with workspace.write():
            review.record_return(workspace, back)
            [written] = templates.issue(workspace, [(back.spec, target)], lambda _, t: stage_return(back, t))
        return Returned(written, "")
    partial = stage_return(back, target, own)
    try:
        with workspace.write():
            review.record_return(workspace, back)
    except BaseException:
        outputs.discard([partial])
        raise
    # Renamed only after the commit, as `templates.issue` does: never a return workbook without its record.
    return Returned(outputs.place(partial, target), back.own_name)


# A template another office issued is small; a larger workbook dropped is taken for a return without a look.
PEEK_LIMIT = 2 * 1024 * 1024


def is_received_template(workspace: Workspace, path: str | Path) -> bool:
    """Whether a workbook dropped on the window is a template another workspace issued (to receive), not a
    return of one of ours: a look at its hidden metadata alone, quick enough for the moment of the drop."""
    path = Path(path)
    try:
        small = path.is_file() and path.stat().st_size <= PEEK_LIMIT
    except OSError:
        return False
    return small and received.issued_elsewhere(workspace, template_meta(path))


def preview_received(workspace: Workspace, path: str | Path) -> received.ReceivedTemplate:
    """What taking in a template a higher office issued would store (and, for a later period, change); writes
    nothing. Read by the reader of returned workbooks, within its limits."""
    return received.preview(workspace, read_submission(Path(path)))


def receive(
    workspace: Workspace, path: str | Path, *, previewed: received.ReceivedTemplate | None = None
) -> received.ReceivedTemplate:
    """Take the template in as a received plan (the one *previewed*, whose file must not have changed since);
    returns what was stored, with its plan's id."""
    found = previewed or preview_received(workspace, path)
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise InputError("receive.changed", file=Path(path).name) from None
    found.plan_id = received.save(workspace, found, data)
    return found


def write_consolidation(
    workspace: Workspace, answer: consolidation.Consolidation, out: str | Path, *, force: bool = False
) -> Path:
    """The received template filled with *answer* (`consolidation.consolidate`, edited or not), written to *out*;
    an existing file is replaced only with *force*, the workspace's own files never."""
    data = received.received_file(workspace, answer.template_id)
    return write_consolidated(data, answer, out, workspace=workspace.path, force=force)
