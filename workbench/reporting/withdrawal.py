"""Withdrawing a submission taken in: exactly the changes it made are reverted, its record is kept and marked
withdrawn, and all of it is audited, in one transaction.

A submission can be withdrawn when
- it was accepted and has not been withdrawn;
- no file accepted after it for the same plan, region and period stands over it (withdraw that one first: it
  wrote over these values, or confirmed them);
- every value it wrote still holds what it wrote: values changed since (by hand, say) are named, and nothing
  is withdrawn.

Its values go back to what they were before it (the audit log keeps each old value under the source
`submission:<id>:<file>`); a row it created, left holding nothing, is removed. The values put back are marked
as the office's (origin manual), as an undo's are, and audited under `withdrawal:<id>:<file>`, with an entry
for the submission's outcome; the file's kept bytes are dropped. No backup is taken: what a withdrawal puts back
is what the backup taken before the file was taken in holds, and taking the file in again (it is no longer a
duplicate) redoes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.queries import audit
from db.queries import submissions as q
from workbench import messages
from workbench.errors import InputError, NotFound
from workbench.reference import regions
from workbench.reporting.states import Outcome, RegionState
from workbench.reporting.submissions import source_of
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress
from workbench.tracking.progress import Change, Conflict

SUBMISSION = "submission"  # the audit log's entity of a submission's own record


@dataclass(frozen=True)
class Withdrawal:
    id: int
    plan_id: int
    region: str
    period: str
    file_name: str
    changes: tuple[Change, ...]  # the values put back

    def text(self, lang: str | None = None) -> str:
        return messages.text(
            "withdraw.done",
            lang,
            id=self.id,
            region=regions.BY_CODE[self.region].name,
            period=self.period,
            file=self.file_name,
            count=len(self.changes),
        )


def withdraw(workspace: Workspace, submission_id: int) -> Withdrawal:
    """Take back one submission (see the module's conditions); raises NotFound, InputError (not accepted,
    withdrawn already) or `Conflict` (a later file over it, values changed since), changing nothing."""
    return withdraw_all(workspace, [submission_id])[0]


def withdraw_all(workspace: Workspace, submission_ids: list[int]) -> list[Withdrawal]:
    """Several submissions, newest first (a later file of the same region and period before the one under
    it), in one transaction: all of them or none."""
    with workspace.write():
        return [_withdraw(workspace, i) for i in sorted(submission_ids, reverse=True)]


def _withdraw(workspace: Workspace, submission_id: int) -> Withdrawal:
    row = q.submission(workspace.db, submission_id)
    if row is None:
        raise NotFound("withdraw.not_found", id=submission_id)
    named = {"id": submission_id, "file": row["file_name"]}
    if row["outcome"] != Outcome.ACCEPTED:
        raise InputError("withdraw.not_accepted", **named)
    if row["withdrawn_at"]:
        raise InputError("withdraw.already", when=row["withdrawn_at"].replace("T", " "), **named)
    over = q.accepted_over(workspace.db, row)
    if over is not None:
        raise Conflict("withdraw.replaced", later=over["id"], later_file=over["file_name"], **named)
    written = progress.from_audit(audit.entries_of(workspace.db, source_of(submission_id, row["file_name"])))
    source = f"withdrawal:{submission_id}:{row['file_name']}"
    try:
        reverted = progress.apply(workspace, [c.reversed() for c in reversed(written)], source=source)
    except Conflict as refused:
        raise Conflict("withdraw.changed_since", **refused.params, **named) from None
    progress.remove_empty(workspace, written)
    q.mark_withdrawn(workspace.db, submission_id, now())
    q.drop_file(workspace.db, submission_id)
    outcome = Change(
        SUBMISSION, (("submission_id", submission_id),), "outcome", Outcome.ACCEPTED, RegionState.WITHDRAWN
    )
    progress.audit_changes(workspace, [outcome], source=source)
    return Withdrawal(submission_id, row["plan_id"], row["region"], row["period"], row["file_name"], tuple(reverted))


def newest_id(workspace: Workspace) -> int:
    """The id of the newest submission recorded (0: none)."""
    return q.newest_id(workspace.db)


def accepted_since(workspace: Workspace, after_id: int) -> list[tuple[int, str]]:
    """Submissions accepted (and standing) after the one with *after_id*: id and file name, oldest first."""
    return [(r["id"], r["file_name"]) for r in q.accepted_since(workspace.db, after_id)]


def standing(workspace: Workspace, submission_ids: list[int]) -> list[int]:
    """Those of the files that are taken in and not withdrawn since."""
    return q.standing(workspace.db, submission_ids)
