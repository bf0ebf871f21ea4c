"""Operations that need a file adapter, wired once for the CLI and the GUI alike.

The core modules never import importers or exporters; this module is where the
workbench's operations meet them, so `workbench plan import` and the GUI's import
dialog run the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from exporters.report import write_report as _write_report
from exporters.summary import write_summary as _write_summary
from exporters.template import write_template
from importers.plan_document import read_plan
from importers.submission import read_submission
from workbench.errors import InputError
from workbench.planning import plans
from workbench.planning.document import ParsedPlan
from workbench.reporting import submissions, templates
from workbench.reporting import summary as submission_summary
from workbench.reporting.model import Expectation, SubmissionOutcome, SubmissionPreview
from workbench.storage.workspace import Workspace


def extract_plan(path: str | Path) -> tuple[ParsedPlan, plans.ImportSummary]:
    """Read a plan document for review; writes nothing."""
    parsed = read_plan(path)
    return parsed, plans.summarize(parsed)


def import_plan(workspace: Workspace, path: str | Path) -> tuple[int, plans.ImportSummary]:
    parsed, summary = extract_plan(path)
    return plans.save(workspace, parsed), summary


# Province submissions (issue 3). Long operations take progress(done, total) and cancel();
# a cancel raises Cancelled after rolling back.
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None


def issue_templates(
    workspace: Workspace,
    plan_ref: str | int,
    region_codes: list[str],
    period_code: str,
    out: str | Path,
    *,
    deadline: str | None = None,
    contact: str = "",
    progress: Progress = None,
    cancel: Cancel = None,
) -> list[Path]:
    """One template per region; *out* is a folder, or the .xlsx path when there is one region.
    The files are written and recorded together: a failure leaves neither."""
    specs = [
        templates.plan_template(workspace, plan_ref, code, period_code, deadline=deadline, contact=contact)
        for code in region_codes
    ]
    out = Path(out)
    if out.suffix.lower() == ".xlsx" and len(specs) > 1:
        raise InputError("template.out_is_file", path=str(out))

    def write(spec):
        return write_template(spec, out if out.suffix.lower() == ".xlsx" else out / spec.file_name)

    return templates.issue(workspace, specs, write, progress_cb=progress, cancel=cancel)


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
    progress: Progress = None,
    cancel: Cancel = None,
) -> SubmissionOutcome:
    return submissions.submit(
        workspace, Path(path), read_submission, dry_run=dry_run, expect=expect, progress_cb=progress, cancel=cancel
    )


def submit_many(
    workspace: Workspace,
    paths: list[str | Path],
    *,
    dry_run: bool = False,
    expect: Expectation | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> list[SubmissionOutcome]:
    """Files and folders (every .xlsx in them), each file atomic on its own."""
    return submissions.submit_all(
        workspace, paths, read_submission, dry_run=dry_run, expect=expect, progress_cb=progress, cancel=cancel
    )


def write_report(outcomes: list[SubmissionOutcome], out_path: str | Path) -> Path:
    """The problems of the given outcomes, with the refused workbooks annotated; a new file."""
    return _write_report(outcomes, out_path)


def write_summary(
    workspace: Workspace,
    plan_ref: str | int,
    period_code: str,
    out_path: str | Path,
    *,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    """The summary workbook for the joint meeting; a cancel leaves no file."""
    return _write_summary(
        submission_summary.summary_data(workspace, plan_ref, period_code), out_path, progress=progress, cancel=cancel
    )
