"""Submission states, each vocabulary defined once.

`Outcome` is what became of one received file; `RegionState` is where a region stands in
a round (plan × period). Their names in each language are the catalogue's `outcome.<value>`
and `state.<value>` entries; the stored `submissions.outcome` column holds an Outcome, and a file
taken back keeps its outcome with `submissions.withdrawn_at` set (shown as RegionState.WITHDRAWN).
`ReviewState` is where a region's report stands in the office's review of the round, named by the same
`state.<value>` entries (未报送 is one state in both).
"""

from __future__ import annotations

from enum import StrEnum

from workbench import messages


class Outcome(StrEnum):
    ACCEPTED = "accepted"  # taken in and committed
    VALID = "valid"  # a dry run that would be accepted
    REJECTED = "rejected"  # read, but with problems: nothing stored
    DUPLICATE = "duplicate"  # the same file was taken in before
    UNUSABLE = "unusable"  # not a template that can be read at all
    NEEDS_CONFIRMATION = "needs_confirmation"  # would be taken, once the user confirms (--replace…): nothing stored
    SUPERSEDED = "superseded"  # a newer file of the same batch is for the same plan, region and period
    UNFILLED = "unfilled"  # as issued: nothing filled in or changed, so not taken

    def label(self, lang: str | None = None) -> str:
        return messages.text(f"outcome.{self.value}", lang)

    @property
    def exit_code(self) -> int:
        """The CLI's exit code for a file with this outcome (0 accepted or nothing to take, 1 rejected or
        waiting for a confirmation, 2 unusable)."""
        return {Outcome.REJECTED: 1, Outcome.NEEDS_CONFIRMATION: 1, Outcome.UNUSABLE: 2}.get(self, 0)


class RegionState(StrEnum):
    NOT_SUBMITTED = "not_submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # the file accepted was taken back (`withdrawal`) and none has replaced it

    def label(self, lang: str | None = None) -> str:
        return messages.text(f"state.{self.value}", lang)


class ReviewState(StrEnum):
    """The office's review of a region's report for a plan and period (`review`): stored in `reviews.state` once a
    person acted on it (submitted, returned, approved); not_submitted and submitted are otherwise read from what
    is stored, and locked is the period's as a whole."""

    NOT_SUBMITTED = "not_submitted"  # nothing stored for the region's report
    SUBMITTED = "submitted"  # 已报送（待审核）: a file accepted, or the window's edits, awaiting review
    RETURNED = "returned"  # sent back with reasons; a new file accepted makes it submitted again
    APPROVED = "approved"  # its values change only after a reopen
    LOCKED = "locked"  # the plan's period is locked: nothing changes until it is unlocked

    def label(self, lang: str | None = None) -> str:
        return messages.text(f"state.{self.value}", lang)
