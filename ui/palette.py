"""The window's colours, keyed by the core's vocabularies: one place for every view and chart.

Okabe–Ito hues, distinguishable with the common colour-vision deficiencies, dark enough
to read as text on white and strong enough to fill a bar.
"""

from __future__ import annotations

from workbench.reference.statuses import TaskStatus
from workbench.reporting.states import Outcome, RegionState, ReviewState

REGIONS = {"SH": "#0072B2", "JS": "#009E73", "ZJ": "#E69F00", "AH": "#CC79A7"}
OTHER_REGION = "#555555"

STATUSES: dict[str, str] = {
    TaskStatus.NOT_STARTED: "#999999",
    TaskStatus.IN_PROGRESS: "#0072B2",
    TaskStatus.DONE: "#009E73",
    TaskStatus.LAGGING: "#D55E00",
    TaskStatus.ON_HOLD: "#CC79A7",
}

GOOD, BAD, MUTED = "#1e8449", "#c0392b", "#7f8c8d"
OUTCOMES: dict[str, str] = {
    Outcome.ACCEPTED: GOOD,
    Outcome.VALID: GOOD,
    Outcome.REJECTED: BAD,
    Outcome.UNUSABLE: BAD,
    Outcome.DUPLICATE: MUTED,
    Outcome.NEEDS_CONFIRMATION: BAD,
    Outcome.SUPERSEDED: MUTED,
    Outcome.UNFILLED: MUTED,
}
REGION_STATES: dict[str, str] = {RegionState.ACCEPTED: GOOD, RegionState.REJECTED: BAD, RegionState.WITHDRAWN: MUTED}
REVIEW_STATES: dict[str, str] = {
    ReviewState.APPROVED: GOOD,
    ReviewState.RETURNED: BAD,
    ReviewState.LOCKED: MUTED,
}
