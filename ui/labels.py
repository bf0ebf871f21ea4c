"""Display names of the core's codes (statuses, verdicts, item kinds, provinces), marked
for Qt's translation tooling and translated when shown, so they follow a language switch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import QT_TRANSLATE_NOOP
from workbench.planning.document import Direction, IndicatorAttribute
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting.states import Outcome, RegionState, ReviewState

CONTEXT = "Labels"

# Keyed by the core's vocabularies (StrEnum members, so the codes stored and read as str look
# them up); tests/ui/test_palette_and_labels.py fails when a member has no name.
STATUS: dict[str, str] = {
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    TaskStatus.LAGGING: QT_TRANSLATE_NOOP("Labels", "Lagging"),
    TaskStatus.ON_HOLD: QT_TRANSLATE_NOOP("Labels", "On hold"),
}
# What a received file would become, as the take-in dialog shows it before a decision.
OUTCOME: dict[str, str] = {
    Outcome.VALID: QT_TRANSLATE_NOOP("Labels", "Can be accepted"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("Labels", "Has problems"),
    Outcome.UNUSABLE: QT_TRANSLATE_NOOP("Labels", "Cannot be read"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("Labels", "Already received"),
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    Outcome.NEEDS_CONFIRMATION: QT_TRANSLATE_NOOP("Labels", "Needs confirmation"),
    Outcome.SUPERSEDED: QT_TRANSLATE_NOOP("Labels", "A newer file came"),
    Outcome.UNFILLED: QT_TRANSLATE_NOOP("Labels", "Nothing filled in"),
}
# Where a region stands; also the name of a decision taken on a file (accepted / rejected).
REGION_STATE: dict[str, str] = {
    RegionState.NOT_SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Not yet submitted"),
    RegionState.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    RegionState.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    RegionState.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
LOCK: dict[bool, str] = {True: QT_TRANSLATE_NOOP("Labels", "Locked"), False: QT_TRANSLATE_NOOP("Labels", "Unlocked")}
REVIEW_STATE: dict[str, str] = {
    ReviewState.NOT_SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Not yet submitted"),
    ReviewState.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted, awaiting review"),
    ReviewState.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned for revision"),
    ReviewState.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    ReviewState.LOCKED: QT_TRANSLATE_NOOP("Labels", "Locked"),
}
VERDICT: dict[str, str] = {
    "on_track": QT_TRANSLATE_NOOP("Labels", "On track"),
    "off_track": QT_TRANSLATE_NOOP("Labels", "Off track"),
    "no_data": QT_TRANSLATE_NOOP("Labels", "No data"),
    "not_reported": QT_TRANSLATE_NOOP("Labels", "Not reported"),
    "no_target": QT_TRANSLATE_NOOP("Labels", "No target yet"),
}
KIND: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("Labels", "Plan"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    "task_progress": QT_TRANSLATE_NOOP("Labels", "Task progress"),
    "indicator": QT_TRANSLATE_NOOP("Labels", "Indicator"),
    "indicator_values": QT_TRANSLATE_NOOP("Labels", "Indicator value"),
    "indicator_target": QT_TRANSLATE_NOOP("Labels", "Revised target"),
    "submission": QT_TRANSLATE_NOOP("Labels", "Submission"),
    "project": QT_TRANSLATE_NOOP("Labels", "Flagship project"),
    "safeguard": QT_TRANSLATE_NOOP("Labels", "Safeguard"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "index_weight": QT_TRANSLATE_NOOP("Labels", "Index weight"),
    "theme": QT_TRANSLATE_NOOP("Labels", "Theme"),
    "theme_link": QT_TRANSLATE_NOOP("Labels", "Theme link"),
    "review": QT_TRANSLATE_NOOP("Labels", "Review"),
    "period_lock": QT_TRANSLATE_NOOP("Labels", "Period lock"),
}
FIELD: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "percent": QT_TRANSLATE_NOOP("Labels", "Done %"),
    "progress": QT_TRANSLATE_NOOP("Labels", "Progress made"),
    "problems": QT_TRANSLATE_NOOP("Labels", "Problems"),
    "next_steps": QT_TRANSLATE_NOOP("Labels", "Next steps"),
    "value": QT_TRANSLATE_NOOP("Labels", "Actual value"),
    "note": QT_TRANSLATE_NOOP("Labels", "Source / note"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
    "weight": QT_TRANSLATE_NOOP("Labels", "Weight"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "state": QT_TRANSLATE_NOOP("Labels", "Review state"),
    "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    "cells": QT_TRANSLATE_NOOP("Labels", "Cells"),
    "tasks": QT_TRANSLATE_NOOP("Labels", "Tasks"),
    "locked": QT_TRANSLATE_NOOP("Labels", "Locked"),
    "definition": QT_TRANSLATE_NOOP("Labels", "Definition"),
    "data_source": QT_TRANSLATE_NOOP("Labels", "Data source"),
    "formula": QT_TRANSLATE_NOOP("Labels", "Formula"),
    "aggregation": QT_TRANSLATE_NOOP("Labels", "Aggregation"),
    "weight_by_id": QT_TRANSLATE_NOOP("Labels", "Weighted by"),
    "direction": QT_TRANSLATE_NOOP("Labels", "Direction"),
    "attribute": QT_TRANSLATE_NOOP("Labels", "Attribute"),
    "target": QT_TRANSLATE_NOOP("Labels", "Target"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "revised_on": QT_TRANSLATE_NOOP("Labels", "In force from"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source document"),
}
# An indicator's definition: how its regions' values combine, which way is better, 约束性/预期性.
AGGREGATION: dict[str, str] = {
    "sum": QT_TRANSLATE_NOOP("Labels", "Sum"),
    "mean": QT_TRANSLATE_NOOP("Labels", "Mean"),
    "none": QT_TRANSLATE_NOOP("Labels", "Not additive"),
}
DIRECTION: dict[str, str] = {
    Direction.INCREASE: QT_TRANSLATE_NOOP("Labels", "Higher is better"),
    Direction.DECREASE: QT_TRANSLATE_NOOP("Labels", "Lower is better"),
}
ATTRIBUTE: dict[str, str] = {
    IndicatorAttribute.BINDING: QT_TRANSLATE_NOOP("Labels", "Binding (约束性)"),
    IndicatorAttribute.EXPECTED: QT_TRANSLATE_NOOP("Labels", "Expected (预期性)"),
}
REGION: dict[str, str] = {
    "YRD": QT_TRANSLATE_NOOP("Labels", "Yangtze River Delta"),
    "SH": QT_TRANSLATE_NOOP("Labels", "Shanghai"),
    "JS": QT_TRANSLATE_NOOP("Labels", "Jiangsu"),
    "ZJ": QT_TRANSLATE_NOOP("Labels", "Zhejiang"),
    "AH": QT_TRANSLATE_NOOP("Labels", "Anhui"),
}


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Labels", …), in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def _shown(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return translated(table[code]) if code in table else code


def status(code: str | None) -> str:
    return _shown(STATUS, code)


def field(code: str | None) -> str:
    return _shown(FIELD, code)


def aggregation(code: str | None) -> str:
    return _shown(AGGREGATION, code)


def aggregation_choices() -> list[tuple[str | None, str]]:
    return [(code, aggregation(code)) for code in AGGREGATION]


def direction(code: str | None) -> str:
    return _shown(DIRECTION, code)


def attribute(code: str | None) -> str:
    return _shown(ATTRIBUTE, code)


def value(field_code: str, value: object) -> object:
    """A stored value as shown: statuses, a submission's outcome and a review's state by their name, anything else
    as it is."""
    if value is None:
        return value
    if field_code == "status":
        return status(str(value))
    if field_code == "state":
        return review_state(str(value))
    if field_code == "locked":  # a period's lock, stored as true or false
        return translated(LOCK[value == "True"])
    if field_code in WORDED:
        return WORDED[field_code](str(value))
    return region_state(str(value)) if field_code == "outcome" else value


WORDED = {"aggregation": aggregation, "direction": direction, "attribute": attribute}


def region_order(code: str | None) -> int:
    """Provinces in their usual order (沪苏浙皖), then their cities province by province, then everything else."""
    return list(REGION).index(code) if code in REGION else len(REGION) + _ORDER.get(code or "", len(_ORDER))


_ORDER = {code: at for at, code in enumerate(regions.BY_CODE)}


def status_choices() -> list[tuple[str, str]]:
    return [(code, status(code)) for code in STATUS]


def outcome(code: str | None) -> str:
    return _shown(OUTCOME, code)


def region_state(code: str | None) -> str:
    return _shown(REGION_STATE, code)


def review_state(code: str | None) -> str:
    return _shown(REVIEW_STATE, code)


def verdict(code: str | None) -> str:
    return _shown(VERDICT, code)


def kind(code: str | None) -> str:
    return _shown(KIND, code)


def region(code: str | None) -> str:
    """Provinces by their translated name; cities and districts by their own (Chinese) name."""
    if code in REGION or code not in regions.BY_CODE:
        return _shown(REGION, code)
    return regions.BY_CODE[code].name


def moment(stamp: str) -> str:
    """A stored time (2023-07-15T09:30:12) to the minute, as a person reads it in a table: 2023-07-15 09:30."""
    return stamp[:16].replace("T", " ")
