"""Plain data passed between the core, the template writer and the submission reader:
what a template holds, what a received workbook holds, what a submission would change.

Pure data and wording: no I/O, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench import messages
from workbench.reporting import layout
from workbench.reporting.states import Outcome, RegionState
from workbench.version import version


def listed(items: list[str], limit: int = 10) -> str:
    """Items for a message, the first *limit* of them: 1、2、3…"""
    return "、".join(items[:limit]) + ("…" if len(items) > limit else "")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a received file, located so a person can find and fix it."""

    code: str
    sheet: str = ""
    cell: str = ""
    value: str = ""
    params: dict = field(default_factory=dict, compare=False)

    def reason(self, lang: str | None = None) -> str:
        return messages.text(self.code, lang, value=self.value, **self.params)

    def text(self, lang: str | None = None) -> str:
        if not self.sheet:
            return self.reason(lang)
        return messages.text(
            "problem.at", lang, sheet=self.sheet, cell=self.cell or "-", value=self.value, reason=self.reason(lang)
        )

    def as_dict(self, lang: str | None = None) -> dict:
        return {
            "code": self.code,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            "reason": self.reason(lang),
            "text": self.text(lang),
        }


@dataclass
class TemplateRow:
    """One row of a template sheet: cells by column key (see template_layout.COLUMNS)."""

    kind: str
    row_id: int
    cells: dict[str, object]

    def locked(self) -> tuple[object, ...]:
        return tuple(self.cells.get(c.key) for c in layout.COLUMNS[self.kind] if c.locked)


@dataclass
class TemplateSpec:
    """Everything a template file holds, decided by the core; the exporter only lays it out."""

    template_id: str
    workspace_id: str
    plan_id: int
    plan_title: str
    region: str
    region_name: str
    period: str
    issued_at: str
    deadline: str
    contact: str
    file_name: str
    rows: dict[str, list[TemplateRow]]
    checksum: str = ""
    # Each indicator's definition as the guide sheet prints it: (编号 and name, 口径, source, formula…), so every
    # province counts alike; informational, like the guide's other lines, not part of the checksum.
    definitions: tuple[tuple[str, str], ...] = ()

    def meta(self) -> dict[str, str]:
        values = {
            "template_id": self.template_id,
            "workspace_id": self.workspace_id,
            "plan_id": self.plan_id,
            "plan_title": self.plan_title,
            "region": self.region,
            "period": self.period,
            "format_version": layout.FORMAT_VERSION,
            "issued_at": self.issued_at,
            "deadline": self.deadline,
            "checksum": self.checksum,
            **{key: layout.column_record(kind) for kind, key in layout.COLUMNS_META.items()},
            "app_version": version(),
        }
        return {k: str(values[k]) for k in layout.META_KEYS}

    def fixed(self) -> dict[str, str]:
        """Locked texts outside the rows: the guide's facts and each sheet's title."""
        label = layout.period_label(self.period)
        facts = {
            "plan": self.plan_title,
            "region": self.region_name,
            "period": label if label == f"{self.period}年" else f"{label}（{self.period}）",
            "deadline": self.deadline,
            "contact": self.contact,
            "template_id": self.template_id,
        }
        texts = {f"guide.{key}": facts[key] for key, _ in layout.GUIDE_INFO}
        for kind in layout.COLUMNS:
            texts[f"title.{kind}"] = layout.sheet_title(kind, self.plan_title, self.region_name, self.period)
        return texts


@dataclass(frozen=True)
class FileFacts:
    path: Path
    name: str
    size: int
    sha256: str
    # The bytes read and checked, kept with an accepted file (README: Review); not shown, not compared.
    data: bytes = field(default=b"", repr=False, compare=False)


@dataclass(frozen=True)
class ReadCell:
    sheet: str
    ref: str
    value: object  # as the reader returned it


@dataclass
class SubmittedRow:
    kind: str
    sheet: str
    row: int
    cells: dict[str, ReadCell]  # every recognised column, locked or not
    values: dict[str, object]  # editable fields that parsed; failures are problems
    blank: bool  # no editable cell filled: not reported


@dataclass
class SubmittedWorkbook:
    """A received workbook as read, before the core has judged it."""

    file: FileFacts
    meta: dict[str, str] | None
    meta_rows: list[tuple[str, int, str]]
    sheets: dict[str, str]  # kind → sheet name where its rows were found
    rows: list[SubmittedRow]
    fixed: dict[str, ReadCell] = field(default_factory=dict)
    fields: dict[str, object] = field(default_factory=dict)  # reporter, phone, reported_on
    hints: dict[str, str] = field(default_factory=dict)  # region/period seen outside metadata
    extra_sheets: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)  # read, but worth saying: formulas, added columns


@dataclass(frozen=True)
class Expectation:
    """What the office expects a file to be (a file of another plan or region is refused, one of
    another period waits for a confirmation), and the user's explicit assignment of a file whose
    metadata is missing or does not verify: *as_region* and *as_period* (and *plan* where its
    rows fit several plans). An assigned file's locked content is still checked against what
    was issued to that region for that period."""

    plan: str | None = None
    region: str | None = None
    period: str | None = None
    as_region: str | None = None
    as_period: str | None = None

    @property
    def assigned(self) -> bool:
        return bool(self.as_region and self.as_period)


NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"


@dataclass(frozen=True)
class CellChange:
    kind: str
    row_id: int
    code: str
    label: str
    field: str
    sheet: str
    cell: str
    old: object
    new: object
    change: str  # new / changed / unchanged
    # Where nothing is stored for this period yet: the region's value in its latest earlier period, so a
    # new round shows what moved since the last one.
    previous: object = None


@dataclass
class SubmissionPreview:
    file: FileFacts
    identified_by: str  # metadata / assigned (older records: headers)
    plan_id: int | None = None
    plan_title: str = ""
    region: str = ""
    region_name: str = ""
    period: str = ""
    template_id: str | None = None
    fields: dict[str, object] = field(default_factory=dict)
    changes: list[CellChange] = field(default_factory=list)
    writes: list[tuple[str, dict, dict]] = field(default_factory=list)  # entity, key, values
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    # What the user must confirm before it is taken (another period than asked, replacing an
    # accepted file); not problems of the file.
    confirm: list[Problem] = field(default_factory=list)
    unfilled: bool = False  # its editable content is as issued: nothing filled in or changed

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        counts = {NEW: 0, CHANGED: 0, UNCHANGED: 0}
        for c in self.changes:
            counts[c.change] += 1
        return {"rows": len(self.writes), **counts}


# Problems an explicit assignment of region and period answers: the file's own identity (its
# hidden metadata sheet) is missing or does not verify.
IDENTITY_PROBLEMS = frozenset(
    {
        "problem.no_metadata",
        "problem.checksum",
        "problem.unknown_template",
        "problem.other_workspace",
        "problem.meta_altered",
    }
)


@dataclass
class SubmissionOutcome:
    """What became of one file."""

    path: Path
    status: Outcome
    preview: SubmissionPreview | None = None
    submission_id: int | None = None
    error: Exception | None = None  # the WorkbenchError that made a file unusable
    earlier: dict | None = None  # for a duplicate: the submission that had it
    # Why a file without problems was not taken: what awaits confirmation, a newer file, nothing filled in.
    reasons: list[Problem] = field(default_factory=list)
    superseded_by: Path | None = None  # the newer file of the same plan, region and period in its batch
    closed: bool = False  # refused as its period is locked or its region approved: not even the attempt is recorded

    @property
    def exit_code(self) -> int:
        return self.status.exit_code

    @property
    def problems(self) -> list[Problem]:
        if self.error is not None:
            return [Problem(getattr(self.error, "code", "internal_error"), params=getattr(self.error, "params", {}))]
        return (self.preview.problems if self.preview else []) + self.reasons

    @property
    def assignable(self) -> bool:
        """Whether the office may place this file by naming its region and period."""
        return any(p.code in IDENTITY_PROBLEMS for p in self.problems)


@dataclass(frozen=True)
class RegionStatus:
    region: str
    region_name: str
    state: RegionState
    when: str = ""
    file_name: str = ""
    why: str = ""
    deadline: str = ""
    overdue: bool = False
    issued_at: str = ""
    later_rejected: bool = False  # accepted, but a later file was refused

    def as_dict(self) -> dict:
        return dict(self.__dict__)
